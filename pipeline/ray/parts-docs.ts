// The documents of a LAYOUT=parts version, written by the driver once every part task has finished:
// the data dictionary, citation, dataset card (its `configs` list each table's parts) and charts, from
// the counters the part tasks gathered (merged here, so the card's figures and charts are those of the
// single-file layout), then datapackage.json (each table a resource whose path lists its parts) and
// SHA256SUMS, in that order: where there is no folder rename (object stores), these two make the
// manifest, and a version counts as written once they are. Rows are never read here.
import { writeFileSync } from "node:fs";
import path from "node:path";
import type { DatasetConfig } from "../../schemas/dataset-config.ts";
import { dataPackageFor, type FileStat } from "../../schemas/derive/datapackage.ts";
import { renderDataDictionary } from "../../schemas/derive/dictionary.ts";
import { CARD_FILE, CHECKSUMS_FILE, CITATION_FILE, DATAPACKAGE_FILE, DICTIONARY_FILE, TABLE_FORMATS } from "../../schemas/derive/files.ts";
import { TABLES, type TableDef, type TableName } from "../../schemas/tables.ts";
import { renderCard, renderCitation } from "../release/card.ts";
import { chartsFor, renderSvg } from "../release/charts.ts";
import type { PolicySummary } from "../release/policy.ts";
import { provenance } from "../release/provenance.ts";
import { schemaSnapshot } from "../release/semver.ts";
import { StatsCollector, type StatsState } from "../release/stats.ts";
import { byName, fileStats, renderChecksums } from "../write/checksums.ts";

/** Folder of the parts inside a version, and a part's name. */
export const PARTS_DIR = "data";
export const partName = (table: string, part: number, parts: number) =>
  `${PARTS_DIR}/${table}-${String(part).padStart(5, "0")}-of-${String(parts).padStart(5, "0")}.parquet`;

export interface PartsInput {
  config: DatasetConfig;
  /** Local folder the documents are written to (for a local OUT, the version's temp folder). */
  dir: string;
  /** Previous version in OUT, for the card; null for a first version or an object store. */
  previousVersion: string | null;
  /** Per part task, in part order: its rows per table, counters and policy counts. */
  tasks: { rows: Record<string, number>; stats: StatsState; policy: PolicySummary }[];
  /** Every part file (path under the version) with its size and SHA-256, as written by the tasks. */
  files: Record<string, FileStat>;
}

/** The policy counts of all part tasks together. */
function mergedPolicy(all: PolicySummary[]): PolicySummary {
  const first = all[0];
  const excludedRows: Record<string, number> = {};
  for (const p of all) for (const [t, n] of Object.entries(p.excludedRows)) excludedRows[t] = (excludedRows[t] ?? 0) + n;
  return { mode: first.mode, excludeEntries: first.excludeEntries, excludedRecords: all.reduce((s, p) => s + p.excludedRecords, 0), excludedRows };
}

/** datapackage.json for parts: each table one resource whose `path` lists its parts in order. */
function partsDataPackage(config: DatasetConfig, tables: TableDef[], parts: Record<string, string[]>, stats: Record<string, FileStat>, extras: Record<string, unknown>): string {
  const pkg = dataPackageFor(config, stats, tables, extras) as { resources: Record<string, unknown>[]; "clippings:files": Record<string, unknown>[] } & Record<string, unknown>;
  const tableOfPart = new Map(Object.entries(parts).flatMap(([t, ps]) => ps.map((p) => [p, t] as const)));
  const resources = pkg.resources.map((r) => {
    const { dialect: _d, encoding: _e, bytes: _b, hash: _h, ...rest } = r;
    return { ...rest, path: parts[String(r.name)] ?? [], format: "parquet", mediatype: TABLE_FORMATS.parquet.mediatype };
  });
  const files = pkg["clippings:files"].map((f) => (tableOfPart.has(String(f.path)) ? { ...f, table: tableOfPart.get(String(f.path)), format: "parquet" } : f));
  // A Parquet resource is not a tabular-data-resource (those are CSV), so the package is a plain data package.
  return JSON.stringify({ ...pkg, profile: "data-package", resources, "clippings:files": files }, null, 2) + "\n";
}

export async function writePartsDocs(input: PartsInput): Promise<{ rows: Record<string, number>; records: number }> {
  const tableDefs = Object.values(TABLES) as TableDef[];
  const names = Object.keys(TABLES) as TableName[];
  const collector = new StatsCollector();
  const rows = Object.fromEntries(names.map((n) => [n, 0])) as Record<string, number>;
  for (const t of input.tasks) {
    collector.addState(t.stats);
    for (const n of names) rows[n] += t.rows[n] ?? 0;
  }
  const stats = collector.result(rows);
  const parts: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, Object.keys(input.files).filter((f) => f.startsWith(`${PARTS_DIR}/${n}-`)).sort(byName)]));
  // The card's configs (what the Hugging Face hub loads) name only the parts that hold rows: `datasets`
  // takes its batch size from a file's first row group and fails on a split that starts with an empty part.
  const cardParts = Object.fromEntries(
    names.map((n) => {
      const full = parts[n].filter((_, k) => (input.tasks[k]?.rows[n] ?? 0) > 0);
      return [n, full.length ? full : parts[n]];
    }),
  );
  const policy = mergedPolicy(input.tasks.map((t) => t.policy));
  const charts = chartsFor(stats);
  const prov = provenance();
  const docs: Record<string, string> = {
    [DICTIONARY_FILE]: renderDataDictionary(input.config),
    [CITATION_FILE]: renderCitation(input.config),
    [CARD_FILE]: renderCard({ config: input.config, tables: tableDefs, stats, charts, policy, provenance: prov, previousVersion: input.previousVersion, parts: cardParts }),
  };
  for (const c of charts) docs[c.file] = await renderSvg(c.spec);
  for (const [name, text] of Object.entries(docs)) writeFileSync(path.join(input.dir, name), text);
  const dataStats = { ...input.files, ...(await fileStats(input.dir, Object.keys(docs))) };
  const extras = {
    "clippings:provenance": prov,
    "clippings:release": { mode: policy.mode, exclusion_list: policy.excludeEntries, excluded_records: policy.excludedRecords, excluded_rows: policy.excludedRows },
    "clippings:schema": schemaSnapshot(tableDefs),
    "clippings:layout": "parts",
  };
  writeFileSync(path.join(input.dir, DATAPACKAGE_FILE), partsDataPackage(input.config, tableDefs, parts, dataStats, extras));
  const all = { ...dataStats, ...(await fileStats(input.dir, [DATAPACKAGE_FILE])) };
  writeFileSync(path.join(input.dir, CHECKSUMS_FILE), renderChecksums(all));
  return { rows, records: stats.records };
}
