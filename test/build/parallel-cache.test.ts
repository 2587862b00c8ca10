// Worker threads and the result cache must never change a byte of the dataset: a two-worker build, a
// single-threaded build, a cached rebuild and a rebuild over a corrupted cache give identical files;
// after adding files only those are processed; --no-cache processes everything.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../pipeline/build.ts";
import { CACHE_DIR } from "../../pipeline/cache/index.ts";
import { article, OTHER_PARAS } from "../robustness/cases.ts";
import { generate } from "../../scripts/gen-corpus.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-par-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const raw = path.join(tmp, "raw");
const config = path.join(tmp, "dataset.json");
mkdirSync(raw);
writeFileSync(config, JSON.stringify({ name: "par", title: "Par", version: "1.0.0", license: "CC-BY-4.0", description: "test" }));
// 24 unique files made from the sample pages in raw/ (a few swapped words each), one exact copy, one empty file.
generate("raw", raw, 24);
writeFileSync(path.join(raw, "dup.txt"), readFileSync(path.join(raw, "0000", "doc-000000.txt")));
writeFileSync(path.join(raw, "empty.txt"), "");

const sums = (out: string) => readFileSync(path.join(out, "v1.0.0", "SHA256SUMS"), "utf8");
const opts = (out: string, more: object = {}) => ({ raw, out, config, progress: false, ...more });

describe("parallel and cached builds", () => {
  it("gives byte-identical output with 2 worker threads and single-threaded", async () => {
    const one = await build(opts(path.join(tmp, "one"), { jobs: 1, cache: false }));
    const two = await build(opts(path.join(tmp, "two"), { jobs: 2, cache: false }));
    expect(two.records).toBe(one.records);
    expect(one.records + one.rejects).toBe(26);
    expect(one.rejectsByReason).toMatchObject({ "empty file": 1, "duplicate file": 1 });
    expect(sums(path.join(tmp, "two"))).toBe(sums(path.join(tmp, "one")));
  }, 120_000);

  it("serves unchanged files from the cache, processes only new ones, and survives corruption", async () => {
    const out = path.join(tmp, "cached");
    const cold = await build(opts(out, { jobs: 1 }));
    expect(cold.processed).toBe(26);
    const warm = await build(opts(out, { jobs: 1 }));
    expect(warm).toMatchObject({ processed: 0, cached: 26, status: "unchanged" });

    writeFileSync(path.join(raw, "new-1.txt"), article(" (new one)"));
    writeFileSync(path.join(raw, "new-2.txt"), article(" (new two)", OTHER_PARAS));
    const added = await build(opts(out, { jobs: 1, force: true }));
    expect(added).toMatchObject({ processed: 2, cached: 26, status: "replaced" });
    const clean = await build(opts(path.join(tmp, "clean"), { jobs: 1, cache: false }));
    expect(clean.processed).toBe(28);
    expect(sums(out)).toBe(sums(path.join(tmp, "clean")));

    // Truncate and garble cache entries: they are misses, recomputed, and the output is unchanged.
    const cacheRoot = path.join(out, CACHE_DIR);
    const [fp] = readdirSync(cacheRoot);
    const entries = readdirSync(path.join(cacheRoot, fp), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".entry"));
    writeFileSync(path.join(entries[0].parentPath, entries[0].name), '{"key":"trunc');
    writeFileSync(path.join(entries[1].parentPath, entries[1].name), "\0\0garbage");
    const repaired = await build(opts(out, { jobs: 1 }));
    expect(repaired).toMatchObject({ processed: 2, status: "unchanged" });

    const full = await build(opts(out, { jobs: 1, cache: false }));
    expect(full).toMatchObject({ processed: 28, cached: 0, status: "unchanged" });
  }, 120_000);
});
