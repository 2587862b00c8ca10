// Per-file CPU on one folder, single-threaded: every file under RAW is read and hashed first, then run
// through processFile (the whole per-file work a build worker does: decode → clean → extract → quotes →
// validate → encode rows) in this one thread, timed with process.cpuUsage. No writing, no cache, no
// worker pool, so two code versions can be compared on a shared machine: run both alternately, several
// times each, and compare the minimums. The figure is the first pass, a build's cost; later passes
// (PASSES > 1, printed for profiling) find the rules' memo tables and the JIT warm.
// The code timed is an esbuild bundle of processFile made as the worker threads' bundle is made, so
// it runs as in a build (the tsx loader's transform adds its own cost).
//   npx tsx scripts/cpu-bench.ts RAW [PASSES]    (default: 1 pass)
import { buildSync } from "esbuild";
import { mkdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BUNDLE_OPTIONS } from "../pipeline/bundle-options.mjs";
import { sha256, walkRaw } from "../pipeline/ingest/index.ts";
import type { FileJob, processFile as ProcessFile } from "../pipeline/parallel/process-file.ts";

const [raw, passesArg] = process.argv.slice(2);
if (!raw) {
  console.error("usage: tsx scripts/cpu-bench.ts RAW [PASSES]");
  process.exit(2);
}
const passes = Number(passesArg ?? 1);

// Inside node_modules, as the workers' bundle: bundled code resolves package files from where it lies.
const root = fileURLToPath(new URL("..", import.meta.url));
const bundleDir = path.join(root, "node_modules", ".cache", "clippings");
mkdirSync(bundleDir, { recursive: true });
const bundle = path.join(bundleDir, `cpu-bench-${process.pid}.mjs`);
buildSync({ ...BUNDLE_OPTIONS, entryPoints: [path.join(root, "pipeline", "parallel", "process-file.ts")], outfile: bundle });
const { processFile } = (await import(pathToFileURL(bundle).href)) as { processFile: typeof ProcessFile };
rmSync(bundle);

// Reading and hashing stay out of the timed loop: they are I/O and the same in every version.
const { files } = await walkRaw(raw);
const jobs: FileJob[] = [];
for (const sourceFile of files) {
  const bytes = new Uint8Array(await readFile(path.join(raw, sourceFile)));
  jobs.push({ sourceFile, bytes, sha256: sha256(bytes) });
}

/** CPU milliseconds (user + system) of one pass over every file. */
function cpuPass(): number {
  const start = process.cpuUsage();
  for (const job of jobs) processFile(job);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const first = cpuPass();
console.log(`${jobs.length} files: ${(first / 1000).toFixed(2)} s CPU, ${(first / jobs.length).toFixed(2)} ms/file`);
for (let i = 2; i <= passes; i++) {
  const ms = cpuPass();
  console.log(`pass ${i} (warm): ${(ms / 1000).toFixed(2)} s CPU, ${(ms / jobs.length).toFixed(2)} ms/file`);
}
