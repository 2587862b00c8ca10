// Atomic, versioned output. Everything is written into a hidden temp folder next to the target and
// only renamed to `v<version>` when complete, so readers never see a half-written version. A version
// is immutable: rewriting it with different bytes needs a version bump (or an explicit --force).
import { readdir, readFile, rename, rm, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { z } from "zod";
import type { DatasetConfig } from "../../schemas/dataset-config.ts";
import { renderDataPackage } from "../../schemas/derive/datapackage.ts";
import { renderDataDictionary } from "../../schemas/derive/dictionary.ts";
import {
  CARD_FILE,
  CHANGES_FILE,
  CHECKSUMS_FILE,
  CITATION_FILE,
  DATAPACKAGE_FILE,
  DICTIONARY_FILE,
  FORMAT_ORDER,
  tableFile,
} from "../../schemas/derive/files.ts";
import { TABLES, type TableDef, type TableName } from "../../schemas/tables.ts";
import { renderCard, renderCitation } from "../release/card.ts";
import { findPreviousVersion, renderChanges } from "../release/changes.ts";
import { chartsFor, renderSvg } from "../release/charts.ts";
import { readJsonl } from "../release/jsonl.ts";
import { articleKeyOf, releasePolicy, type ReleasePolicy } from "../release/policy.ts";
import { provenance } from "../release/provenance.ts";
import { checkVersionBump, compareSchemas, schemaSnapshot, snapshotFromDataPackage } from "../release/semver.ts";
import { StatsCollector, versionStats } from "../release/stats.ts";
import type { FileStat } from "../../schemas/derive/datapackage.ts";
import { byName, fileStats, renderChecksums } from "./checksums.ts";
import { openTableWriters } from "./tables.ts";
import type { EncodedRows, Row, Rows, TableWriter } from "./types.ts";

export type TableRow<K extends TableName> = z.infer<(typeof TABLES)[K]["schema"]>;
export type VersionStatus = "written" | "unchanged" | "replaced";

export interface WriteVersionResult {
  /** `<outDir>/v<version>` */
  dir: string;
  status: VersionStatus;
  counts: Record<TableName, number>;
  /** File names in the version folder, sorted. */
  files: string[];
}

export interface OpenVersionOptions {
  outDir: string;
  config: DatasetConfig;
  /** Replace an existing version folder whose content differs. */
  force?: boolean;
}

export interface WriteVersionOptions extends OpenVersionOptions {
  /** Rows per table. Tables are consumed concurrently, so one pipeline pass may feed all three. */
  tables: { [K in TableName]: Rows<TableRow<K>> };
  /** Additional small files (name → content) to publish in the folder, e.g. a build report. */
  extraFiles?: Record<string, string | Uint8Array>;
}

export interface VersionWriter {
  /** Final folder, `<outDir>/v<version>`. */
  dir: string;
  tables: { [K in TableName]: TableWriter<TableRow<K>> };
  /** Closes the tables, writes docs and checksums, and moves the folder into place. */
  commit(extraFiles?: Record<string, string | Uint8Array>): Promise<WriteVersionResult>;
  /** Discards everything written so far. */
  abort(): Promise<void>;
}

const TEMP_RE = /^\.v.+\.(tmp|old)-(\d+)$/;
const REFILTER_DIR = ".refilter";
const EXTRA_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const TABLE_NAMES = Object.keys(TABLES) as TableName[];

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temp/old folders left by builds that were killed; a live build's folder is left alone. */
async function removeStaleTemps(outDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const e of await readdir(outDir, { withFileTypes: true })) {
    const m = TEMP_RE.exec(e.name);
    if (!m || !e.isDirectory()) continue;
    const pid = Number(m[2]);
    if (pid !== process.pid && pidAlive(pid)) continue;
    await rm(join(outDir, e.name), { recursive: true, force: true });
    removed.push(e.name);
  }
  return removed;
}

async function listFiles(dir: string): Promise<string[] | null> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    // A sub-folder can never match what we write, so report it as a difference via a marker name.
    return entries.map((e) => (e.isFile() ? e.name : `${e.name}/`)).sort(byName);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/** name → SHA-256 as listed in a folder's SHA256SUMS (empty when it has none or it cannot be read). */
async function recordedSums(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  let text: string;
  try {
    text = await readFile(join(dir, CHECKSUMS_FILE), "utf8");
  } catch {
    return out;
  }
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (m) out[m[2]] = m[1];
  }
  return out;
}

/** Names of files that differ between two flat folders (missing on either side counts). */
async function differingFiles(a: string, b: string, known: Record<string, FileStat> = {}): Promise<string[]> {
  const [fa, fb] = [(await listFiles(a)) ?? [], (await listFiles(b)) ?? []];
  const all = [...new Set([...fa, ...fb])].sort(byName);
  const onlyFiles = (xs: string[]) => xs.filter((n) => !n.endsWith("/"));
  // `a`'s hashes are known when it was just written. `b` (a published version) is hashed afresh, except
  // files its own SHA256SUMS already shows to differ: reading those back could only confirm it.
  const sa = { ...known, ...(await fileStats(a, onlyFiles(fa).filter((n) => !known[n]))) };
  const recorded = await recordedSums(b);
  const surelyDiffer = (n: string) => !!sa[n] && !!recorded[n] && recorded[n] !== sa[n].sha256;
  const sb = await fileStats(b, onlyFiles(fb).filter((n) => !surelyDiffer(n)));
  return all.filter((n) => surelyDiffer(n) || !sa[n] || !sb[n] || sa[n].sha256 !== sb[n].sha256);
}

/**
 * Rewrites the files of `table` keeping only the rows `keep` accepts (streamed from its JSONL). Used
 * when an article excluded by url turns up after rows of other tables that point at it were written.
 */
async function refilterTable(dir: string, table: TableDef, keep: (row: Row) => boolean): Promise<number> {
  const work = join(dir, REFILTER_DIR);
  await rm(work, { recursive: true, force: true });
  await mkdir(work);
  const w = openTableWriters(work, table, FORMAT_ORDER);
  let dropped = 0;
  try {
    for await (const row of readJsonl(join(dir, tableFile(table, "jsonl")))) {
      if (keep(row)) await w.write(row);
      else dropped++;
    }
    await w.close();
  } catch (e) {
    w.abort();
    throw e;
  }
  for (const f of FORMAT_ORDER) await rename(join(work, tableFile(table, f)), join(dir, tableFile(table, f)));
  await rm(work, { recursive: true, force: true });
  return dropped;
}

/** Refuses a version number too small for the schema change since the previous version in `outDir`. */
function checkSchemaVersion(outDir: string, config: DatasetConfig): void {
  const prev = findPreviousVersion(outDir, config.version);
  if (!prev) return;
  const changes = compareSchemas(snapshotFromDataPackage(prev.datapackage), schemaSnapshot(Object.values(TABLES)));
  checkVersionBump(prev.version, config.version, changes);
}

export async function openVersion({ outDir, config, force = false }: OpenVersionOptions): Promise<VersionWriter> {
  await mkdir(outDir, { recursive: true });
  await removeStaleTemps(outDir);
  checkSchemaVersion(outDir, config);
  const policy: ReleasePolicy = releasePolicy(config);
  const dir = join(outDir, `v${config.version}`);
  const tmp = join(outDir, `.v${config.version}.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp);

  const counts = Object.fromEntries(TABLE_NAMES.map((n) => [n, 0])) as Record<TableName, number>;
  // The card's figures, gathered from the rows as they are written (see finish()).
  const gathered = new StatsCollector();
  const collect: Partial<Record<TableName, (row: Row) => void>> = {
    articles: (r) => gathered.addArticle(r),
    rejects: (r) => gathered.addReject(r),
  };
  const raw = Object.fromEntries(TABLE_NAMES.map((n) => [n, openTableWriters(tmp, TABLES[n], FORMAT_ORDER)])) as Record<
    TableName,
    TableWriter
  >;
  const tables = Object.fromEntries(
    TABLE_NAMES.map((n) => [
      n,
      {
        write(row: TableRow<typeof n>) {
          // The release policy (exclusions, metadata-only) applies to every row, whoever writes it.
          const out = policy.apply(TABLES[n], row as Row);
          if (out === null) return;
          counts[n]++;
          collect[n]?.(out);
          return raw[n].write(out);
        },
        async writeMany(rows: TableRow<typeof n>[], encoded?: EncodedRows) {
          const out: Row[] = [];
          let untouched = true;
          for (const row of rows) {
            const kept = policy.apply(TABLES[n], row as Row);
            if (kept !== row) untouched = false;
            if (kept !== null) out.push(kept);
          }
          counts[n] += out.length;
          const add = collect[n];
          if (add) for (const r of out) add(r);
          // Bytes encoded upstream describe the rows as they came: usable only if the policy changed none.
          await raw[n].writeMany!(out, untouched ? encoded : undefined);
        },
        close: () => raw[n].close(),
        abort: () => raw[n].abort(),
      },
    ]),
  ) as VersionWriter["tables"];

  const abort = async () => {
    for (const n of TABLE_NAMES) raw[n].abort();
    await rm(tmp, { recursive: true, force: true });
  };

  /** Hashes of the files finish() wrote, so commit() need not read them again. */
  let written: Record<string, FileStat> = {};

  async function finish(extraFiles: Record<string, string | Uint8Array>): Promise<WriteVersionResult> {
    for (const n of TABLE_NAMES) await raw[n].close();
    const tableDefs: TableDef[] = TABLE_NAMES.map((n) => TABLES[n]);
    // Rows pointing at articles excluded by url may have been written before the article showed up.
    const late = policy.lateIds();
    if (late.size)
      for (const n of TABLE_NAMES) {
        if (n === "articles" || !counts[n] || !articleKeyOf(TABLES[n])) continue;
        const dropped = await refilterTable(tmp, TABLES[n], (row) => !policy.isExcluded(TABLES[n], row));
        counts[n] -= dropped;
        policy.noteDropped(n, dropped);
      }

    // The dataset card, its charts, the citation and the changes since the previous version.
    // Rows dropped after writing are not in the gathered figures: then they are read back from the files.
    const stats = late.size ? await versionStats(tmp, tableDefs) : gathered.result(counts);
    const charts = chartsFor(stats);
    const prov = provenance();
    const previous = findPreviousVersion(outDir, config.version);
    const schema = schemaSnapshot(tableDefs);
    const changes = await renderChanges({ version: config.version, dir: tmp, tables: tableDefs, schema, previous, provenance: prov });
    const release = policy.summary();
    const docs: Record<string, string> = {
      [DICTIONARY_FILE]: renderDataDictionary(config),
      [CHANGES_FILE]: changes.text,
      [CITATION_FILE]: renderCitation(config),
      [CARD_FILE]: renderCard({ config, tables: tableDefs, stats, charts, policy: release, provenance: prov, previousVersion: previous?.version ?? null }),
    };
    for (const c of charts) docs[c.file] = await renderSvg(c.spec);

    const generated = new Set([...Object.keys(docs), DATAPACKAGE_FILE, CHECKSUMS_FILE]);
    for (const n of TABLE_NAMES) for (const f of FORMAT_ORDER) generated.add(tableFile(TABLES[n], f));
    for (const [name, content] of Object.entries(extraFiles)) {
      if (!EXTRA_NAME_RE.test(name) || generated.has(name)) throw new Error(`extra file name not allowed: ${name}`);
      await writeFile(join(tmp, name), content);
    }
    for (const [name, content] of Object.entries(docs)) await writeFile(join(tmp, name), content);
    const dataFiles = ((await listFiles(tmp)) ?? []).filter((f) => f !== DATAPACKAGE_FILE && f !== CHECKSUMS_FILE);
    const extras = {
      "clippings:provenance": prov,
      "clippings:release": {
        mode: release.mode,
        exclusion_list: release.excludeEntries,
        excluded_records: release.excludedRecords,
        excluded_rows: release.excludedRows,
      },
      "clippings:schema": schema,
    };
    // Each file is hashed once: the data files for datapackage.json, then only what was written after.
    const dataStats = await fileStats(tmp, dataFiles);
    await writeFile(join(tmp, DATAPACKAGE_FILE), renderDataPackage(config, dataStats, extras));
    const files = (await listFiles(tmp)) ?? [];
    const hashes = { ...dataStats, ...(await fileStats(tmp, files.filter((f) => !(f in dataStats)))) };
    await writeFile(join(tmp, CHECKSUMS_FILE), renderChecksums(hashes));
    written = { ...hashes, [CHECKSUMS_FILE]: (await fileStats(tmp, [CHECKSUMS_FILE]))[CHECKSUMS_FILE] };
    return { dir, status: "written", counts: { ...counts }, files: [...files, CHECKSUMS_FILE].sort(byName) };
  }

  async function commit(extraFiles: Record<string, string | Uint8Array> = {}): Promise<WriteVersionResult> {
    let result: WriteVersionResult;
    try {
      result = await finish(extraFiles);
    } catch (e) {
      await abort();
      throw e;
    }
    if ((await listFiles(dir)) === null) {
      await rename(tmp, dir);
      return result;
    }
    const diff = await differingFiles(tmp, dir, written);
    if (diff.length === 0) {
      await rm(tmp, { recursive: true, force: true });
      return { ...result, status: "unchanged" };
    }
    if (!force) {
      await rm(tmp, { recursive: true, force: true });
      throw new Error(
        `${dir} already exists with different content (${diff.join(", ")}). ` +
          `Published versions are immutable: bump "version" in dataset.json, or pass --force to replace it.`,
      );
    }
    // Swap: the old folder is moved aside first so the target name is never missing for long.
    const old = join(outDir, `.v${config.version}.old-${process.pid}`);
    await rm(old, { recursive: true, force: true });
    await rename(dir, old);
    try {
      await rename(tmp, dir);
    } catch (e) {
      await rename(old, dir);
      await rm(tmp, { recursive: true, force: true });
      throw e;
    }
    await rm(old, { recursive: true, force: true });
    return { ...result, status: "replaced" };
  }

  return { dir, tables, commit, abort };
}

async function pump<R>(rows: Rows<R>, w: TableWriter<R>): Promise<void> {
  for await (const row of rows) await w.write(row);
}

/** Writes a complete version folder from row iterables; see openVersion for the incremental form. */
export async function writeVersion(opts: WriteVersionOptions): Promise<WriteVersionResult> {
  const v = await openVersion(opts);
  try {
    await Promise.all(TABLE_NAMES.map((n) => pump(opts.tables[n] as Rows<TableRow<typeof n>>, v.tables[n])));
  } catch (e) {
    await v.abort();
    throw e;
  }
  return v.commit(opts.extraFiles);
}
