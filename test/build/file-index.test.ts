// The cache's file index lets a rebuild skip reading files whose stamps (size, inode, device, mtime,
// ctime) are unchanged; any change to a file — even one that keeps its size and mtime — must be seen,
// files changed just before the build are never trusted, and the dataset stays byte-identical.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../pipeline/build.ts";
import { openFileIndex, RACY_MS } from "../../pipeline/cache/file-index.ts";
import { article, OTHER_PARAS } from "../robustness/cases.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-index-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const HOUR_AGO = new Date(Date.now() - 3_600_000);
const stampOf = (file: string) => statSync(file, { bigint: true });
const SHA_A = "a".repeat(64);

describe("file index", () => {
  const dir = path.join(tmp, "unit");
  mkdirSync(dir);
  const file = path.join(dir, "a.txt");
  writeFileSync(file, "one");
  utimesSync(file, HOUR_AGO, HOUR_AGO);

  it("remembers a hash across builds while the stamps hold, and forgets it when any stamp changes", async () => {
    // (a build starting 10 s from now: the file's ctime, set by writing it, is then old enough)
    const first = openFileIndex(dir, "/raw", Date.now() + 10_000);
    expect(first.known("a.txt", stampOf(file))).toBeNull();
    first.record("a.txt", stampOf(file), SHA_A);
    await first.save();

    const second = openFileIndex(dir, "/raw", Date.now());
    expect(second.known("a.txt", stampOf(file))).toBe(SHA_A);
    expect(second.known("b.txt", stampOf(file))).toBeNull();
    // Another RAW folder has its own index.
    expect(openFileIndex(dir, "/other-raw", Date.now()).known("a.txt", stampOf(file))).toBeNull();

    // Same size, mtime put back: the ctime still moved, so the file is no longer known.
    writeFileSync(file, "two");
    utimesSync(file, HOUR_AGO, HOUR_AGO);
    expect(stampOf(file).size).toBe(3n);
    expect(openFileIndex(dir, "/raw", Date.now()).known("a.txt", stampOf(file))).toBeNull();
  });

  it("never records a file changed less than RACY_MS before the build started", async () => {
    const fresh = path.join(dir, "fresh.txt");
    writeFileSync(fresh, "new");
    const index = openFileIndex(dir, "/fresh", Date.now() + Number(RACY_MS) / 2);
    index.record("fresh.txt", stampOf(fresh), SHA_A);
    expect(index.stats.recorded).toBe(0);
    await index.save();
    expect(openFileIndex(dir, "/fresh", Date.now()).known("fresh.txt", stampOf(fresh))).toBeNull();
  });

  it("ignores a corrupt index", async () => {
    const c = path.join(dir, "c.txt");
    writeFileSync(c, "three");
    const had = new Set(readdirSync(dir));
    const index = openFileIndex(dir, "/corrupt", Date.now() + 10_000);
    index.record("c.txt", stampOf(c), SHA_A);
    await index.save();
    const [name] = readdirSync(dir).filter((n) => !had.has(n));
    expect(openFileIndex(dir, "/corrupt", Date.now()).known("c.txt", stampOf(c))).toBe(SHA_A);
    writeFileSync(path.join(dir, name), "{not json");
    expect(openFileIndex(dir, "/corrupt", Date.now()).known("c.txt", stampOf(c))).toBeNull();
  });
});

describe("rebuilds with the file index", () => {
  const raw = path.join(tmp, "raw");
  const out = path.join(tmp, "out");
  const config = path.join(tmp, "dataset.json");
  mkdirSync(raw);
  writeFileSync(config, JSON.stringify({ name: "idx", title: "Idx", version: "1.0.0", license: "CC-BY-4.0", description: "test" }));
  const names = ["a.txt", "b.txt", "c.txt"];
  names.forEach((n, i) => writeFileSync(path.join(raw, n), article(` (story ${i})`, i % 2 ? OTHER_PARAS : undefined)));
  for (const n of names) utimesSync(path.join(raw, n), HOUR_AGO, HOUR_AGO);
  const opts = (o: string, more: object = {}) => ({ raw, out: o, config, progress: false, jobs: 1, force: true, ...more });
  const sums = (o: string) => readFileSync(path.join(o, "v1.0.0", "SHA256SUMS"), "utf8");

  it("skips reading unchanged files, re-reads a changed one that kept its size and mtime", async () => {
    // Writing the files set their ctime to now: they count as racy until RACY_MS have passed.
    await new Promise((r) => setTimeout(r, Number(RACY_MS) + 100));
    const cold = await build(opts(out));
    expect(cold).toMatchObject({ processed: 3, cached: 0, unchangedFiles: 0 });
    const warm = await build(opts(out));
    expect(warm).toMatchObject({ processed: 0, cached: 3, unchangedFiles: 3, status: "unchanged" });

    // Rewrite b.txt with other text of the same length and put its mtime back.
    const b = path.join(raw, "b.txt");
    const before = readFileSync(b, "utf8");
    const changed = before.replace("story 1", "story 9");
    expect(changed.length).toBe(before.length);
    writeFileSync(b, changed);
    utimesSync(b, HOUR_AGO, HOUR_AGO);
    await new Promise((r) => setTimeout(r, Number(RACY_MS) + 100));
    const after = await build(opts(out));
    expect(after).toMatchObject({ processed: 1, cached: 2, unchangedFiles: 2, status: "replaced" });

    const clean = await build(opts(path.join(tmp, "clean"), { cache: false }));
    expect(clean.unchangedFiles).toBe(0);
    expect(sums(out)).toBe(sums(path.join(tmp, "clean")));
    expect(readFileSync(path.join(out, "v1.0.0", "articles.jsonl"), "utf8")).toContain("story 9");
  }, 120_000);
});
