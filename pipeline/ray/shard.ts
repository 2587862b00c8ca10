// The body of one Ray shard task (ray/clippings_ray.py runs it on a worker, from the bundle shipped with
// the job, see job.ts): the same per-file work as `make dataset` (read, hash, then the result cache under
// OUT/.cache or processFile: ingest → clean → extract → quotes → validate) for a contiguous run of the
// sorted file list. Results go to the cache (the version writer reads them from there); stdout carries
// one JSON line per file with what the corpus-wide duplicate join needs: the raw file's SHA-256 and, for
// a record, its id, LSH band keys and 16-bit signature.
//   node shard.mjs --out OUT < job.json      (job: raw, out, fingerprint, node, files: [[index, source_file], ...])
// OUT is repeated on the command line so that a process list tells which build a task belongs to.
import { readFileSync } from "node:fs";
import { openCache } from "../cache/index.ts";
import { bandKeys, signature16 } from "../dedupe/index.ts";
import { readRawFile } from "../ingest/index.ts";
import { processFile, type FileResult } from "../parallel/process-file.ts";

export interface ShardJob {
  raw: string;
  out: string;
  /** The driver's code fingerprint: names the cache folder (this bundle has no sources to hash). */
  fingerprint: string;
  /** The driver's Node version: results (Intl, ICU) may differ between versions, so they must match. */
  node: string;
  files: [number, string][];
}

export interface ShardLine {
  i: number;
  f: string;
  ok: boolean;
  /** SHA-256 of the raw bytes; null when the file could not be read. */
  sha: string | null;
  id?: string;
  band?: number[];
  sig?: number[];
}

const FLUSH_LINES = 256;

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(0, "utf8")) as ShardJob;
  if (job.node !== process.versions.node)
    throw new Error(`this worker runs Node ${process.versions.node} but the driver runs ${job.node}: results could differ, install the same Node version on every node`);
  const cache = openCache(job.out, job.fingerprint);
  const parent = process.ppid;
  let buf = "";
  const flush = async () => {
    if (!buf) return;
    const chunk = buf;
    buf = "";
    if (!process.stdout.write(chunk)) await new Promise((r) => process.stdout.once("drain", r));
  };
  for (const [i, f] of job.files) {
    // The Ray worker that started this process is gone (killed): stop, Ray runs the shard again elsewhere.
    if (process.ppid !== parent) process.exit(1);
    const read = await readRawFile(job.raw, f);
    let line: ShardLine;
    if (!read.ok) line = { i, f, ok: false, sha: read.reject.source_sha256 ?? null };
    else {
      let result: FileResult | null = cache.get(f, read.sha256);
      if (!result) {
        result = processFile({ sourceFile: f, bytes: read.bytes, sha256: read.sha256 });
        await cache.put(f, read.sha256, result);
      }
      line = result.ok
        ? { i, f, ok: true, sha: read.sha256, id: result.id, band: bandKeys(result.signature), sig: Array.from(signature16(result.signature)) }
        : { i, f, ok: false, sha: read.sha256 };
    }
    buf += JSON.stringify(line) + "\n";
    if (i % FLUSH_LINES === 0) await flush();
  }
  await flush();
}

// No process.exit on success: the process ends once stdout has taken every line.
main().catch((e: Error) => {
  process.stderr.write(`clippings shard: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
