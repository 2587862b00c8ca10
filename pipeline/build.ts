// The recipe: ingest → clean → extract → validate → dedupe → write. Reads RAW at one end, writes one
// dataset version at the other; the per-file work between is pure (parallel/process-file.ts) and runs
// on worker threads, inline, or not at all when the cache already holds its result.
//
// Streaming: files are read, processed and written through a bounded window (IN_FLIGHT_PER_JOB per
// job); results are re-ordered by file index and written row by row as soon as their turn comes, so
// memory does not grow with the corpus and the output never depends on thread timing.
// Row order (documented in the data dictionary): every table by source_file in byte order of the
// UTF-8 path; rows of one record (audit, quotes, ...) in the order the pipeline produced them.
import os from "node:os";
import path from "node:path";
import { realpathSync, statSync, type BigIntStats } from "node:fs";
import type { Reject } from "../schemas/reject.ts";
import { TABLES, type TableName } from "../schemas/tables.ts";
import { openFileIndex } from "./cache/file-index.ts";
import { openCache, type ResultCache } from "./cache/index.ts";
import { Deduper, type NearDuplicate } from "./dedupe/index.ts";
import { readRawFile, walkRaw, type Skipped } from "./ingest/index.ts";
import { inlineProcessor, lazyPool, type PoolStats, type Processor } from "./parallel/pool.ts";
import { RECORD_TABLES, type FileResult, type Row } from "./parallel/process-file.ts";
import { openProgress } from "./progress.ts";
import { loadDatasetConfig } from "./write/config.ts";
import type { EncodedRows, TableWriter } from "./write/types.ts";
import { openVersion } from "./write/version.ts";

/** Files read ahead of the writer per job: bounds memory while keeping every thread busy. */
export const IN_FLIGHT_PER_JOB = 16;
/** Below this many files the default is single-threaded: starting worker threads costs more than it saves. */
export const WORKERS_FROM_FILES = 200;

export interface BuildOptions {
  raw: string;
  out: string;
  config: string;
  force?: boolean;
  /** Worker threads for the per-file work; 1 runs it inline. Default: available CPUs. */
  jobs?: number;
  /** Use and fill the result cache under OUT/.cache (default true). */
  cache?: boolean;
  /** Progress on stderr (bar on a TTY, lines otherwise). Default true. */
  progress?: boolean;
  /**
   * SHA-256 of raw files already hashed elsewhere (source_file → hex; the Ray build's shard tasks): a file
   * listed here whose result is cached is neither read nor hashed. Without it, the cache's file index is used.
   */
  knownHashes?: ReadonlyMap<string, string>;
  /** Duplicate decisions made elsewhere (the Ray build's join across shards) instead of the in-order Deduper. */
  duplicates?: DuplicateDecisions;
}

/** Exact and near duplicates decided for the whole corpus beforehand, by source_file. */
export interface DuplicateDecisions {
  /** Id of the record whose bytes this file repeats, or undefined. */
  exactOf(sourceFile: string): string | undefined;
  near(sourceFile: string): NearDuplicate | undefined;
}

export interface BuildSummary {
  /** Entries met under RAW: records + rejects + skipped. */
  filesSeen: number;
  records: number;
  rejects: number;
  skipped: number;
  rejectsByReason: Record<string, number>;
  skippedByReason: Record<string, number>;
  nearDuplicates: number;
  /** Files whose result came from the cache / were processed this run. */
  cached: number;
  processed: number;
  /** Files known unchanged from the cache's file index: their bytes were not read or hashed again. */
  unchangedFiles: number;
  /** Files a worker thread ran out of memory on, processed again on the main thread. */
  retriedInline: number;
  rows: Record<TableName, number>;
  dir: string;
  status: string;
  seconds: number;
  jobs: number;
}

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
};

/** A file's stamps for the file index, or null when it cannot be stat'ed (the read then says why). */
function statStamp(file: string): BigIntStats | null {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** Refuses an OUT that is RAW itself or lies inside it (also through symlinks): the build would read its own output. */
export function checkFolders(raw: string, out: string): void {
  for (const [r, o] of [
    [path.resolve(raw), path.resolve(out)],
    [real(raw), real(out)],
  ])
    if (o === r || o.startsWith(r + path.sep)) throw new Error(`OUT (${out}) must not be RAW (${raw}) or inside it`);
}

const countBy = <T>(xs: T[], key: (x: T) => string) => {
  const out: Record<string, number> = {};
  for (const x of xs) out[key(x)] = (out[key(x)] ?? 0) + 1;
  return out;
};

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export async function build(opts: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  const startedAt = Date.now();
  checkFolders(opts.raw, opts.out);
  const config = await loadDatasetConfig(opts.config);

  // 1. ingest: every entry under RAW, sorted, so output order is stable.
  const walk = await walkRaw(opts.raw);
  const { files } = walk;
  const jobs = Math.max(1, opts.jobs ?? (files.length < WORKERS_FROM_FILES ? 1 : os.availableParallelism()));
  const skipped: Skipped[] = walk.skipped;
  const cache: ResultCache | null = opts.cache === false ? null : openCache(opts.out);
  // A build handed the hashes keeps the file index as it is (it would otherwise save it empty).
  const fileIndex = cache && !opts.knownHashes ? openFileIndex(cache.dir, realpathSync(opts.raw), startedAt) : null;
  const processor: Processor & { stats?: PoolStats } = jobs === 1 ? inlineProcessor() : lazyPool(jobs);
  const deduper = new Deduper();
  const progress = openProgress(files.length, process.stderr, opts.progress !== false);

  const version = await openVersion({ outDir: opts.out, config, force: opts.force ?? false });
  const rejectsByReason: Record<string, number> = {};
  const rows = Object.fromEntries((Object.keys(TABLES) as TableName[]).map((n) => [n, 0])) as Record<TableName, number>;
  let records = 0;
  let rejects = 0;
  let nearDuplicates = 0;
  let cached = 0;
  let processed = 0;

  // The one place rows reach the tables, counted for the summary and the accounting check. Rows a
  // worker already encoded go through writeMany; otherwise write() returns a promise only when a
  // file needs draining, so most rows cost no await.
  const writeRows = async (table: TableName, list: Row[], encoded?: EncodedRows) => {
    rows[table] += list.length;
    const writer = version.tables[table] as TableWriter<Row>;
    if (encoded) return writer.writeMany!(list, encoded);
    for (const row of list) {
      const p = writer.write(row);
      if (p) await p;
    }
  };
  const writeReject = async (r: Reject) => {
    await writeRows("rejects", [r]);
    rejects++;
    rejectsByReason[r.reason] = (rejectsByReason[r.reason] ?? 0) + 1;
  };
  // Walk-level rejects (symlink loops, ...) are merged into the rejects table in source_file order.
  let walkNext = 0;
  const flushWalkRejects = async (upTo: string | null) => {
    while (walkNext < walk.rejects.length && (upTo === null || byBytes(walk.rejects[walkNext].source_file, upTo) < 0))
      await writeReject(walk.rejects[walkNext++]);
  };

  /** Read → cache → process, for file i; runs concurrently within the window. */
  const handle = async (sourceFile: string): Promise<FileResult> => {
    const given = opts.knownHashes?.get(sourceFile);
    if (cache && given) {
      const hit = cache.get(sourceFile, given);
      if (hit) {
        cached++;
        return hit;
      }
    }
    if (cache && fileIndex) {
      // An unchanged file (same stamps as when it was last hashed) is not read again.
      const stamp = statStamp(path.join(opts.raw, ...sourceFile.split("/")));
      const known = stamp && fileIndex.known(sourceFile, stamp);
      const hit = known ? cache.get(sourceFile, known) : null;
      if (hit) {
        cached++;
        return hit;
      }
    }
    const read = await readRawFile(opts.raw, sourceFile);
    if (!read.ok) return read;
    fileIndex?.record(sourceFile, read.stamp, read.sha256);
    if (cache) {
      const hit = cache.get(sourceFile, read.sha256);
      if (hit) {
        cached++;
        return hit;
      }
    }
    const result = await processor.run({ sourceFile, bytes: read.bytes, sha256: read.sha256 });
    processed++;
    if (cache) await cache.put(sourceFile, read.sha256, result);
    return result;
  };

  /** Writes file i's result: exact and near duplicates are decided here, in output order. */
  const emit = async (sourceFile: string, result: FileResult) => {
    await flushWalkRejects(sourceFile);
    if (!result.ok) return writeReject(result.reject);
    const dups = opts.duplicates;
    const original = dups ? (dups.exactOf(sourceFile) ?? null) : deduper.exact(result.sha256, result.id);
    if (original !== null)
      return writeReject({ source_file: sourceFile, source_sha256: result.sha256, stage: "dedupe", reason: "duplicate file", detail: `duplicate of ${original}` });
    const near = dups ? (dups.near(sourceFile) ?? null) : deduper.near(result.id, result.signature);
    if (near) nearDuplicates++;
    for (const table of RECORD_TABLES) {
      const list = result.rows[table] ?? [];
      await writeRows(table, table === "articles" && near ? list.map((row) => ({ ...row, ...near })) : list, result.encoded?.[table]);
    }
    records++;
  };

  const window = IN_FLIGHT_PER_JOB * jobs;
  const pending: Promise<FileResult>[] = [];
  let done = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      pending.push(handle(files[i]));
      // Every promise gets a handler at once, so a failure cannot go unobserved while it waits its turn.
      pending[pending.length - 1].catch(() => {});
      if (pending.length >= window) {
        await emit(files[done], await pending.shift()!);
        progress.tick(++done);
      }
    }
    while (pending.length) {
      await emit(files[done], await pending.shift()!);
      progress.tick(++done);
    }
    await flushWalkRejects(null);
  } catch (e) {
    await version.abort();
    throw e;
  } finally {
    progress.end();
    await processor.close();
  }

  // Accounting: every entry met is a record, a reject or skipped — or the build fails loudly.
  const read = files.length + walk.rejects.length;
  const broke =
    records + rejects !== read
      ? `${read} files read but ${records} records + ${rejects} rejects`
      : rows.articles !== records
        ? `${records} records but ${rows.articles} article rows`
        : rows.rejects !== rejects
          ? `${rejects} rejects but ${rows.rejects} reject rows`
          : null;
  if (broke) {
    await version.abort();
    throw new Error(`accounting broke: ${broke}`);
  }

  // 5. write: one immutable version folder, all or nothing.
  const written = await version.commit();
  if (cache) await cache.prune();
  if (fileIndex) await fileIndex.save();
  return {
    filesSeen: read + skipped.length,
    records,
    rejects,
    skipped: skipped.length,
    rejectsByReason,
    skippedByReason: countBy(skipped, (s) => s.reason),
    nearDuplicates,
    cached,
    unchangedFiles: fileIndex?.stats.known ?? 0,
    processed,
    retriedInline: processor.stats?.retriedInline ?? 0,
    rows,
    dir: written.dir,
    status: written.status,
    seconds: (performance.now() - started) / 1000,
    jobs,
  };
}
