// The body of one Ray part task (LAYOUT=parts; ray/clippings_ray.py runs it on a worker, from the job
// bundle): the rows of one shard's files for every table, as `make dataset` would write them there —
// the per-file results from the cache the shard task filled, the corpus-wide duplicate decisions
// applied (a duplicate file becomes a reject, a near-duplicate gets near_duplicate_of and similarity),
// the release policy applied to every row — written as one Arrow IPC file per table into a local
// folder, which the task (Python) turns into the Parquet part. stdout: one JSON line with the rows per
// table, the card's counters (StatsState) and the policy's counts, merged by the driver.
//   node part.mjs --out OUT < job.json
import { readFileSync } from "node:fs";
import type { DatasetConfig } from "../../schemas/dataset-config.ts";
import type { Reject } from "../../schemas/reject.ts";
import { TABLES, type TableName } from "../../schemas/tables.ts";
import { openCache } from "../cache/index.ts";
import { readRawFile } from "../ingest/index.ts";
import { processFile, RECORD_TABLES, type FileResult, type Row } from "../parallel/process-file.ts";
import { releasePolicy } from "../release/policy.ts";
import { StatsCollector } from "../release/stats.ts";
import { openTableWriters } from "../write/tables.ts";
import type { TableWriter } from "../write/types.ts";
import { decisionsOf } from "./decisions.ts";

export interface PartJob {
  raw: string;
  out: string;
  fingerprint: string;
  node: string;
  config: DatasetConfig;
  /** Folder (local to the worker) the Arrow files are written to. */
  dir: string;
  /** This shard's files in order, with the SHA-256 its shard task computed (null: unreadable). */
  files: [string, string | null][];
  /** Walk-level rejects (symlink loops, ...) that sort within this shard. */
  walkRejects: Reject[];
  exact: [string, string][];
  near: [string, string, number][];
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
const TABLE_NAMES = Object.keys(TABLES) as TableName[];

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(0, "utf8")) as PartJob;
  if (job.node !== process.versions.node)
    throw new Error(`this worker runs Node ${process.versions.node} but the driver runs ${job.node}: install the same Node version on every node`);
  const cache = openCache(job.out, job.fingerprint);
  const dups = decisionsOf(job);
  const policy = releasePolicy(job.config);
  const stats = new StatsCollector();
  const rows = Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) as Record<TableName, number>;
  const writers = Object.fromEntries(TABLE_NAMES.map((n) => [n, openTableWriters(job.dir, TABLES[n], ["arrow"])])) as Record<TableName, TableWriter>;

  // As the version writer does (pipeline/write/version.ts): the policy on every row, counted, the card's figures gathered.
  const write = async (table: TableName, row: Row) => {
    const kept = policy.apply(TABLES[table], row);
    if (kept === null) return;
    rows[table]++;
    if (table === "articles") stats.addArticle(kept);
    else if (table === "rejects") stats.addReject(kept);
    await writers[table].write(kept);
  };
  let walkNext = 0;
  const flushWalkRejects = async (upTo: string | null) => {
    while (walkNext < job.walkRejects.length && (upTo === null || byBytes(job.walkRejects[walkNext].source_file, upTo) < 0))
      await write("rejects", job.walkRejects[walkNext++]);
  };
  const resultOf = async (f: string, sha: string | null): Promise<FileResult> => {
    const hit = sha ? cache.get(f, sha) : null;
    if (hit) return hit;
    // Not in the cache (unreadable when its shard ran, or the cache was cleared since): as a build would.
    const read = await readRawFile(job.raw, f);
    if (!read.ok) return read;
    return cache.get(f, read.sha256) ?? processFile({ sourceFile: f, bytes: read.bytes, sha256: read.sha256 });
  };

  for (const [f, sha] of job.files) {
    await flushWalkRejects(f);
    const result = await resultOf(f, sha);
    if (!result.ok) {
      await write("rejects", result.reject);
      continue;
    }
    const original = dups.exactOf(f);
    if (original !== undefined) {
      await write("rejects", { source_file: f, source_sha256: result.sha256, stage: "dedupe", reason: "duplicate file", detail: `duplicate of ${original}` });
      continue;
    }
    const near = dups.near(f);
    for (const table of RECORD_TABLES)
      for (const row of result.rows[table] ?? []) await write(table, table === "articles" && near ? { ...row, ...near } : row);
  }
  await flushWalkRejects(null);
  for (const n of TABLE_NAMES) await writers[n].close();
  process.stdout.write(JSON.stringify({ rows, stats: stats.toState(), policy: policy.summary() }) + "\n");
}

main().catch((e: Error) => {
  process.stderr.write(`clippings part: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
