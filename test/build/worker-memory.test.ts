// Worker threads run under a heap cap (pool.ts WORKER_HEAP_MB) so peak memory stays bounded; a file
// too big for that cap must not stop the build or change its result: the dead worker's job is re-run
// on the main thread and a fresh worker takes over. Forced here with a tiny cap and a big page.
import { afterAll, describe, expect, it } from "vitest";
import { workerPool } from "../../pipeline/parallel/pool.ts";
import { processFile, type FileJob } from "../../pipeline/parallel/process-file.ts";

const PARA = "The council said on Tuesday that the new bridge would open next spring after years of delays and rising costs.";
const page = (title: string, paras: number) => {
  let t = `${title}\n\n`;
  for (let i = 0; i < paras; i++) t += `${PARA} Item ${i}.\n\n`;
  return t;
};
const job = (name: string, text: string): FileJob => ({ sourceFile: name, bytes: new TextEncoder().encode(text), sha256: name.padEnd(64, "0") });

describe("worker heap cap", () => {
  const pool = workerPool(1, { heapMb: 24 });
  afterAll(() => pool.close());

  it("re-runs a job on the main thread when its worker runs out of memory, with the same result", async () => {
    const big = job("big.txt", page("A bridge opens at last after years of delay", 20000));
    const viaPool = await pool.run(big);
    expect(pool.stats.retriedInline).toBe(1);
    expect(viaPool.ok).toBe(true);
    expect(viaPool).toEqual(processFile(job("big.txt", page("A bridge opens at last after years of delay", 20000))));
  }, 120_000);

  it("keeps working with a fresh worker afterwards", async () => {
    const small = job("small.txt", page("Council approves the harbour budget for next year", 3));
    const r = await pool.run(small);
    expect(r).toEqual(processFile(job("small.txt", page("Council approves the harbour budget for next year", 3))));
    expect(pool.stats.retriedInline).toBe(1);
  }, 60_000);
});
