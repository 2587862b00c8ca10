// The Ray build (ray/clippings_ray.py, `make dataset-ray`) on a local Ray with 2 CPUs: the version
// folder is byte-identical to `make dataset`'s for 1, 3 and 8 shards, with exact and near duplicates
// in other shards than their originals; a shard task whose worker process is killed mid-task is run
// again and leaves nothing under OUT; LAYOUT=parts gives the same rows in pyarrow, polars, DuckDB and
// Hugging Face datasets, and the same card figures and charts. Skipped (with the reason) where the project's .venv is missing.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../pipeline/build.ts";
import { makeCorpus } from "./corpus.ts";
import { VENV_PYTHON, venvReason } from "../helpers/python.ts";

const skip = venvReason(["ray", "pyarrow", "polars", "duckdb", "datasets"]);
if (skip) console.warn(`[ray-build.test] skipping the Ray build tests: ${skip}`);

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-ray-"));
const raw = path.join(tmp, "raw");
const config = path.join(tmp, "dataset.json");
const ref = path.join(tmp, "ref");
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file under dir (relative paths, sorted), folders included as "name/". */
function tree(dir: string, prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.posix.join(prefix, e.name);
    if (e.isDirectory()) out.push(`${rel}/`, ...tree(dir, rel));
    else out.push(rel);
  }
  return out.sort();
}

/** Fails with the first differing file unless both version folders hold the same files with the same bytes. */
function expectSameFolder(a: string, b: string): void {
  const fa = tree(a);
  expect(tree(b)).toEqual(fa);
  for (const f of fa) if (!f.endsWith("/")) expect(readFileSync(path.join(b, f)).equals(readFileSync(path.join(a, f))), f).toBe(true);
}

const rayArgs = (out: string, shards: number, asUri = false) => {
  const at = (p: string) => (asUri ? pathToFileURL(p).href : p);
  return ["ray/clippings_ray.py", "--raw", at(raw), "--out", at(out), "--config", config, "--shards", String(shards), "--cpus", "2", "--quiet"];
};

function rayBuild(out: string, shards: number, extra: string[] = [], asUri = false): string {
  const r = spawnSync(VENV_PYTHON, [...rayArgs(out, shards, asUri), ...extra], { encoding: "utf8" });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

(skip ? describe.skip : describe)("make dataset-ray (local Ray, 2 CPUs)", () => {
  beforeAll(async () => {
    makeCorpus(raw);
    writeFileSync(config, JSON.stringify({ name: "ray", title: "Ray", version: "1.0.0", license: "CC-BY-4.0", description: "Ray build test" }));
    await build({ raw, out: ref, config, progress: false });
  }, 300_000);

  it("the test corpus has exact and near duplicates of pages in earlier shards", () => {
    const rejects = readFileSync(path.join(ref, "v1.0.0", "rejects.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const articles = readFileSync(path.join(ref, "v1.0.0", "articles.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const dups = rejects.filter((r) => r.reason === "duplicate file");
    expect(dups.length).toBeGreaterThanOrEqual(55);
    // Every duplicate is a copy placed after all the pages (a near-copy whose swapped words were equal is one too).
    expect(dups.every((r) => r.source_file.startsWith("z/"))).toBe(true);
    expect(dups.filter((r) => r.source_file.startsWith("z/copy-")).length).toBeGreaterThanOrEqual(55);
    const near = articles.filter((a) => a.near_duplicate_of !== null);
    expect(near.length).toBeGreaterThanOrEqual(40);
    expect(near.filter((a) => a.source_file.startsWith("z/near-")).length).toBeGreaterThanOrEqual(40);
    expect(rejects.map((r) => r.reason)).toEqual(expect.arrayContaining(["empty file", "binary file"]));
  });

  for (const shards of [1, 3, 8])
    it(`writes the same bytes as make dataset with ${shards} shard(s)${shards === 8 ? ", RAW and OUT given as file:// URIs" : ""}`, () => {
      const out = path.join(tmp, `ray-${shards}`);
      const stdout = rayBuild(out, shards, [], shards === 8);
      expect(stdout).toMatch(new RegExp(`ray: ${shards} shards on 2 CPUs \\(local Ray\\)`));
      expect(stdout).toMatch(/near-duplicates flagged: [1-9]/);
      expectSameFolder(path.join(ref, "v1.0.0"), path.join(out, "v1.0.0"));
      // Nothing but the version and the cache is left under OUT.
      expect(readdirSync(out).sort()).toEqual([".cache", "v1.0.0"]);
      rmSync(out, { recursive: true, force: true });
    }, 300_000);

  it("runs a shard again after its worker process is killed mid-task; nothing of the killed attempt remains", async () => {
    const out = path.join(tmp, "ray-kill");
    const child = spawn(VENV_PYTHON, rayArgs(out, 3), { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    const exited = new Promise<number | null>((r) => child.once("exit", r));
    let done = false;
    void exited.then(() => (done = true));

    // A shard task's Node process (its command line names this OUT) that has written some results:
    // its parent, the Ray worker process running the task, is killed.
    let killed: number | null = null;
    const cacheEntries = () => {
      let n = 0;
      const root = path.join(out, ".cache");
      if (!existsSync(root)) return 0;
      for (const fp of readdirSync(root)) for (const sub of readdirSync(path.join(root, fp), { withFileTypes: true })) if (sub.isDirectory()) n += readdirSync(path.join(root, fp, sub.name)).length;
      return n;
    };
    const deadline = Date.now() + 240_000;
    while (!done && killed === null && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      if (cacheEntries() < 20) continue;
      for (const pid of readdirSync("/proc").filter((p) => /^\d+$/.test(p))) {
        let cmd: string;
        try {
          cmd = readFileSync(`/proc/${pid}/cmdline`, "utf8");
        } catch {
          continue;
        }
        if (!cmd.includes("shard.mjs") || !cmd.includes(out)) continue;
        const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")[1]);
        process.kill(ppid, "SIGKILL");
        killed = ppid;
        break;
      }
    }
    expect(killed, `no shard task was caught running: ${stderr}`).not.toBeNull();
    expect(await exited, stderr).toBe(0);
    expect(stdout).toMatch(/output: .*v1\.0\.0 \(written\)/);
    expectSameFolder(path.join(ref, "v1.0.0"), path.join(out, "v1.0.0"));
    const left = tree(out).filter((f) => /\.tmp-|\.old-|\.ray/.test(f));
    expect(left).toEqual([]);
    expect(readdirSync(out).sort()).toEqual([".cache", "v1.0.0"]);
  }, 300_000);

  it("LAYOUT=parts: numbered Parquet parts with the single-file layout's rows (pyarrow, polars, DuckDB, datasets), card figures and charts", () => {
    const out = path.join(tmp, "ray-parts");
    const stdout = rayBuild(out, 3, ["--layout", "parts"]);
    expect(stdout).toMatch(/output: .*v1\.0\.0 \(written; 3 parts per table\)/);
    const v = path.join(out, "v1.0.0");
    const single = path.join(ref, "v1.0.0");
    const names = ["articles", "rejects", "audit", "quotes"];
    const partFiles = names.flatMap((t) => [0, 1, 2].map((k) => `data/${t}-0000${k}-of-00003.parquet`)).sort();
    expect(tree(v).filter((f) => f.startsWith("data/"))).toEqual(["data/", ...partFiles]);
    // Every file listed in SHA256SUMS, with its hash.
    const sums = readFileSync(path.join(v, "SHA256SUMS"), "utf8").trim().split("\n").map((l) => l.split("  "));
    expect(sums.map(([, f]) => f).sort()).toEqual(tree(v).filter((f) => !f.endsWith("/") && f !== "SHA256SUMS").sort());
    for (const [hash, f] of sums) expect(createHash("sha256").update(readFileSync(path.join(v, f))).digest("hex"), f).toBe(hash);
    // datapackage.json: each table's parts in order.
    const pkg = JSON.parse(readFileSync(path.join(v, "datapackage.json"), "utf8"));
    expect(pkg.resources.map((r: { name: string; path: string[] }) => [r.name, r.path])).toEqual(names.map((t) => [t, partFiles.filter((f) => f.startsWith(`data/${t}-`))]));
    // The card: configs list the parts; its figures and charts are the single-file layout's.
    const card = readFileSync(path.join(v, "README.md"), "utf8");
    expect(card).toContain('  - split: "train"\n    path:\n    - "data/articles-00000-of-00003.parquet"\n    - "data/articles-00001-of-00003.parquet"\n    - "data/articles-00002-of-00003.parquet"\n');
    const glance = (text: string) => text.slice(text.indexOf("| | |"), text.indexOf("## Charts"));
    expect(glance(card)).toBe(glance(readFileSync(path.join(single, "README.md"), "utf8")));
    expect(glance(card)).toMatch(/records \(articles\) \| \d+/);
    for (const f of tree(single).filter((f) => f.startsWith("chart-"))) expect(readFileSync(path.join(v, f)).equals(readFileSync(path.join(single, f))), f).toBe(true);
    // Read back by four libraries.
    const r = spawnSync(VENV_PYTHON, ["test/ray/read_parts.py", single, v, path.join(tmp, "hf-cache")], {
      encoding: "utf8",
      env: { ...process.env, HF_HUB_OFFLINE: "1", HF_DATASETS_OFFLINE: "1", HF_HOME: path.join(tmp, "hf-home") },
    });
    expect(r.status, r.stderr).toBe(0);
    const counts = JSON.parse(r.stdout.trim().split("\n").pop()!);
    for (const t of names) expect(counts[t]).toBe(readFileSync(path.join(single, `${t}.jsonl`), "utf8").split("\n").filter(Boolean).length);
    expect(counts.articles).toBeGreaterThan(150);
    expect(readdirSync(out).sort()).toEqual([".cache", "v1.0.0"]);
  }, 300_000);
});

(skip ? describe.skip : describe)("make dataset-ray: bad input", () => {
  const run = (...args: string[]) => spawnSync(VENV_PYTHON, ["ray/clippings_ray.py", ...args], { encoding: "utf8" });
  it("refuses, in one line and before starting Ray, a missing RAW, a bad shard count and an object store without LAYOUT=parts", () => {
    const cases: [string[], RegExp][] = [
      [["--raw", path.join(tmp, "nowhere"), "--out", path.join(tmp, "o")], /^clippings-ray: RAW folder not found: /],
      [["--raw", "raw", "--out", path.join(tmp, "o"), "--shards", "0"], /^clippings-ray: --shards must be a whole number >= 1, got 0/],
      [["--raw", "raw", "--out", "s3://bucket/clippings"], /^clippings-ray: OUT s3:\/\/bucket\/clippings: the single-file layout is written by one process into a folder; object stores need --layout parts/],
      [["--raw", "raw", "--out", "raw/inside"], /^clippings: OUT \(.*\) must not be RAW \(.*\) or inside it/],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect(r.status, args.join(" ")).not.toBe(0);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr.trim()).toMatch(message);
    }
    expect(existsSync(path.join(tmp, "o"))).toBe(false);
  }, 120_000);
});
