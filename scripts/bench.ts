// `make bench`: builds a synthetic corpus of N unique files from the bench pages (default 20,000),
// then measures in one run:
//   (a) floor  — a minimal script that only reads every file and writes its text to one JSONL file
//                (run twice, the second timed, so it reads from a page cache as warm as the build's);
//   (b) full   — `make dataset` with a cold cache (OUT removed first);
//   (c) cached — `make dataset` again after adding 10 new files (only those are processed).
// Prints wall time, docs/s, MB/s, peak RSS (of the largest process, from /usr/bin/time -v) and the
// ratios build/floor and cached/full.   npx tsx scripts/bench.ts [N]   (env: N, BENCH_DIR, KEEP=1)
// RAY=1 (`make bench RAY=1`) also times `make dataset-ray` (local Ray, cold cache) on the same files in
// the same run, with all CPUs and with 1 worker CPU, checks that its version is byte-identical to the
// full build's (SHA256SUMS of both), and prints the ray/full ratio.
// BASELINE=<git ref> (`make bench BASELINE=79cda61`) also times that commit's full build on the same
// corpus in the same run (exported with `git archive` into BENCH_DIR, its own `npm ci`), alternating
// baseline and current ROUNDS times (default 2) and keeping each one's fastest, so a shared machine's
// load falls on both; prints current/baseline. Output is not compared (the rules differ by design).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { generate } from "./gen-corpus.ts";
import { ZYTE_DEV } from "./lib/sites.ts";

const N = Number(process.argv[2] ?? process.env.N ?? 20000);
// The corpus is made from the zyte-dev bench pages (../shared/bench, never copied into the project).
const SRC = path.join(ZYTE_DEV, "raw");
if (!existsSync(SRC)) {
  console.error(`make bench needs the development bench: ${SRC} not found`);
  process.exit(2);
}
const ADDED = 10;
const base = process.env.BENCH_DIR ?? path.join(os.tmpdir(), "clippings-bench");
const raw = path.join(base, `raw-${N}`);
const out = path.join(base, "out");
const floorOut = path.join(base, "floor.jsonl");
const config = path.join(base, "dataset.json");

interface Run {
  seconds: number;
  maxRssMB: number;
  stdout: string;
}

function timed(cmd: string[], env: NodeJS.ProcessEnv = {}): Run {
  const hasTime = existsSync("/usr/bin/time");
  const argv = hasTime ? ["/usr/bin/time", "-v", ...cmd] : cmd;
  const t = performance.now();
  const r = spawnSync(argv[0], argv.slice(1), { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed (${r.status}):\n${r.stderr.slice(-3000)}`);
  const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  return { seconds, maxRssMB: m ? Number(m[1]) / 1024 : NaN, stdout: r.stdout };
}

/** The baseline commit's tree, exported once into BENCH_DIR with its own dependencies installed. */
function baselineTree(ref: string): { sha: string; dir: string } {
  const git = (...args: string[]) => {
    const r = spawnSync("git", args, { encoding: "utf8", maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr.trim()}`);
    return r.stdout.trim();
  };
  const sha = git("rev-parse", "--verify", `${ref}^{commit}`);
  const dir = path.join(base, `baseline-${sha.slice(0, 12)}`);
  if (!existsSync(path.join(dir, "node_modules", ".package-lock.json"))) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const tar = spawnSync("sh", ["-c", `git archive ${sha} | tar -x -C "$1"`, "sh", dir], { encoding: "utf8" });
    if (tar.status !== 0) throw new Error(`exporting ${ref}: ${tar.stderr.trim()}`);
    const ci = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: dir, encoding: "utf8" });
    if (ci.status !== 0) throw new Error(`npm ci in the ${ref} tree failed:\n${ci.stderr.slice(-2000)}`);
    console.log(`baseline ${ref} (${sha.slice(0, 12)}) exported to BENCH_DIR/${path.basename(dir)}`);
  }
  return { sha, dir };
}

const marker = path.join(raw, ".bench-corpus");
let corpusBytes: number;
mkdirSync(base, { recursive: true });
if (existsSync(marker)) corpusBytes = Number(readFileSync(marker, "utf8"));
else {
  rmSync(raw, { recursive: true, force: true });
  const t = performance.now();
  corpusBytes = generate(SRC, raw, N).bytes;
  writeFileSync(marker, String(corpusBytes));
  console.log(`generated ${N} files (${(corpusBytes / 1e6).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
// Earlier runs' extra files are removed, so the corpus is exactly N files again.
const addedDir = path.join(raw, "added");
rmSync(addedDir, { recursive: true, force: true });
writeFileSync(config, JSON.stringify({ name: "bench", title: "Bench", version: "1.0.0", license: "CC-BY-4.0", description: "synthetic benchmark corpus" }));

const MB = corpusBytes / 1e6;
const line = (name: string, r: Run, docs: number, mb: number) =>
  `${name.padEnd(8)} ${r.seconds.toFixed(1).padStart(7)} s ${(docs / r.seconds).toFixed(0).padStart(7)} docs/s ${(mb / r.seconds).toFixed(1).padStart(7)} MB/s  peak RSS ${r.maxRssMB.toFixed(0).padStart(5)} MB`;

console.log(`corpus: ${N} files, ${MB.toFixed(0)} MB, ${os.availableParallelism()} CPUs`);
// The floor runs twice and the second run is timed: the first brings the corpus into the page cache,
// as it is for the build that follows, so both are timed reading from the same warm cache.
rmSync(floorOut, { force: true });
timed(["node", "--import", "tsx", "scripts/floor.ts", raw, floorOut]);
rmSync(floorOut, { force: true });
const floor = timed(["node", "--import", "tsx", "scripts/floor.ts", raw, floorOut]);
console.log(line("floor", floor, N, MB));
rmSync(floorOut, { force: true });

rmSync(out, { recursive: true, force: true });
const fullBuild = (cwd: string, outDir: string): Run => {
  rmSync(outDir, { recursive: true, force: true });
  return timed(["make", "--no-print-directory", "-C", cwd, "dataset", `RAW=${raw}`, `OUT=${outDir}`, `CONFIG=${config}`, "FLAGS=--quiet"]);
};
const baselineRef = process.env.BASELINE;
let full: Run;
if (baselineRef) {
  const tree = baselineTree(baselineRef);
  const rounds = Math.max(1, Number(process.env.ROUNDS ?? 2));
  const old: Run[] = [];
  const cur: Run[] = [];
  for (let i = 0; i < rounds; i++) {
    old.push(fullBuild(tree.dir, path.join(base, "baseline-out")));
    cur.push(fullBuild(process.cwd(), out));
  }
  rmSync(path.join(base, "baseline-out"), { recursive: true, force: true });
  const fastest = (runs: Run[]) => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const oldBest = fastest(old);
  full = fastest(cur);
  console.log(line(`base ${tree.sha.slice(0, 7)}`, oldBest, N, MB) + `   (runs: ${old.map((r) => r.seconds.toFixed(1)).join(", ")} s)`);
  console.log(line("full", full, N, MB) + `   (runs: ${cur.map((r) => r.seconds.toFixed(1)).join(", ")} s)`);
  console.log(`full / baseline ${tree.sha.slice(0, 7)}: ${(full.seconds / oldBest.seconds).toFixed(3)}  (target ≤ 1.10)`);
} else {
  full = fullBuild(process.cwd(), out);
  console.log(line("full", full, N, MB));
}
console.log(full.stdout.trim().split("\n").map((l) => `         | ${l}`).join("\n"));
// The full build's checksums, before the cached rebuild below adds files to the version.
const fullSums = readFileSync(path.join(out, "v1.0.0", "SHA256SUMS"), "utf8");

generate(SRC, addedDir, ADDED, N);
const cached = timed(["make", "--no-print-directory", "dataset", `RAW=${raw}`, `OUT=${out}`, `CONFIG=${config}`, "FLAGS=--quiet --force"]);
console.log(line("cached", cached, N + ADDED, MB));
console.log(cached.stdout.trim().split("\n").filter((l) => /processed|files read/.test(l)).map((l) => `         | ${l}`).join("\n"));
rmSync(addedDir, { recursive: true, force: true });

if (process.env.RAY === "1") {
  const rayOut = path.join(base, "ray-out");
  const sums = (dir: string) => readFileSync(path.join(dir, "v1.0.0", "SHA256SUMS"), "utf8");
  for (const cpus of [os.availableParallelism(), 1]) {
    rmSync(rayOut, { recursive: true, force: true });
    const r = timed(["make", "--no-print-directory", "dataset-ray", `RAW=${raw}`, `OUT=${rayOut}`, `CONFIG=${config}`, `RAY_CPUS=${cpus}`, "FLAGS=--quiet"]);
    console.log(line(`ray ${cpus}cpu`, r, N, MB));
    console.log(r.stdout.trim().split("\n").filter((l) => /^ray:|processed|output/.test(l)).map((l) => `         | ${l}`).join("\n"));
    console.log(`ray (${cpus} CPU${cpus > 1 ? "s" : ""}) / full: ${(r.seconds / full.seconds).toFixed(2)}  (target ≤ 1.25 with all CPUs); version ${sums(rayOut) === fullSums ? "byte-identical to" : "DIFFERENT FROM"} the full build's`);
  }
  // Per-page storage, for sizing a cluster build (README, "A 100-million-page build").
  const du = (dir: string): number => {
    let n = 0;
    for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? du(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).size;
    return n;
  };
  const parquet = readdirSync(path.join(rayOut, "v1.0.0")).filter((f) => f.endsWith(".parquet")).reduce((n, f) => n + statSync(path.join(rayOut, "v1.0.0", f)).size, 0);
  console.log(`per page: raw ${(corpusBytes / N / 1e3).toFixed(1)} KB, result cache ${(du(path.join(rayOut, ".cache")) / N / 1e3).toFixed(1)} KB, Parquet tables ${(parquet / N / 1e3).toFixed(1)} KB`);
  rmSync(rayOut, { recursive: true, force: true });
}

const outBytes = (() => {
  let s = 0;
  const dir = path.join(out, "v1.0.0");
  for (const f of readFileSync(path.join(dir, "SHA256SUMS"), "utf8").trim().split("\n")) s += statSync(path.join(dir, f.split(/ [ *]/)[1])).size;
  return s;
})();
console.log(`output: ${(outBytes / 1e6).toFixed(0)} MB per version`);
console.log(`build/floor ratio: ${(full.seconds / floor.seconds).toFixed(1)}  (target ≤ 5)`);
console.log(`docs/s end to end: ${(N / full.seconds).toFixed(0)}  (target ≥ 1000)`);
console.log(`cached +${ADDED} / full: ${((100 * cached.seconds) / full.seconds).toFixed(1)}%  (target < 10%)`);
console.log(`peak RSS: ${full.maxRssMB.toFixed(0)} MB  (target < 1024 MB at N=100000, ≤ 1.5× the N=10000 figure)`);
if (!process.env.KEEP) rmSync(out, { recursive: true, force: true });
