// Worker threads run a bundle of the pipeline (pipeline/parallel/bundle.ts) rather than the TypeScript
// sources: it must be built for exactly this code version, and give exactly the results of the sources.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { pipelineFingerprint } from "../../pipeline/cache/index.ts";
import { TSX_WORKER_ENTRY, workerScript } from "../../pipeline/parallel/bundle.ts";
import { processFile, type FileJob } from "../../pipeline/parallel/process-file.ts";
import { article } from "../robustness/cases.ts";

describe("worker bundle", () => {
  it("is built once per code version inside node_modules/.cache", () => {
    const url = workerScript();
    expect(url).not.toEqual(TSX_WORKER_ENTRY);
    const file = fileURLToPath(url);
    expect(file.endsWith(`node_modules/.cache/clippings/worker-${pipelineFingerprint()}.mjs`)).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(workerScript()).toBe(url);
  });

  it("processes a file exactly as the sources do", async () => {
    const job = (): FileJob => ({ sourceFile: "b.txt", bytes: new TextEncoder().encode(article(" (bundle)")), sha256: "b".repeat(64) });
    const w = new Worker(workerScript());
    try {
      const got = await new Promise((resolve, reject) => {
        w.once("message", (m: { result: unknown }) => resolve(m.result));
        w.once("error", reject);
        w.postMessage({ seq: 0, job: job() });
      });
      const want = processFile(job());
      expect(want.ok).toBe(true);
      expect(got).toEqual(want);
    } finally {
      await w.terminate();
    }
  }, 60_000);
});
