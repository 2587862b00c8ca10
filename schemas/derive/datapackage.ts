// Frictionless Data Package descriptor (tabular-data-package, spec v1) derived from the Zod schemas.
// The CSV files are the tabular resources; JSONL, Arrow and docs are listed under "clippings:files"
// (a custom property) because a tabular-data-package may only contain tabular-data-resources.
// No timestamps: the descriptor must be byte-identical for identical data.
import type { DatasetConfig } from "../dataset-config.ts";
import { describeColumns, type ColumnKind, type ColumnSpec } from "../describe.ts";
import { TABLES, type TableDef } from "../tables.ts";
import { toCsvCell } from "./csv.ts";
import { DATAPACKAGE_FILE, CHECKSUMS_FILE, FORMAT_ORDER, mediatypeOf, tableFile, TABLE_FORMATS } from "./files.ts";

export interface FileStat {
  bytes: number;
  /** Lower-case hex SHA-256 of the file's bytes. */
  sha256: string;
}

const FRICTIONLESS_TYPE: Record<ColumnKind, string> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "date",
  string_list: "array",
};

/** Required strings without a minimum length (e.g. body) may be "", which Frictionless reads as missing. */
export const mayBeEmptyString = (c: ColumnSpec): boolean => c.kind === "string" && !c.nullable && !c.minLength;

export const CSV_DIALECT = {
  delimiter: ",",
  lineTerminator: "\n",
  quoteChar: '"',
  doubleQuote: true,
  skipInitialSpace: false,
  header: true,
} as const;

function fieldDescriptor(c: ColumnSpec) {
  let description = c.description;
  if (c.kind === "string_list") description += " In CSV: a JSON array of strings, [] when empty.";
  if (mayBeEmptyString(c)) description += " Never null; may be the empty string (an empty CSV cell).";
  const constraints: Record<string, unknown> = { required: !c.nullable && !mayBeEmptyString(c) };
  // Table Schema patterns are XML Schema regexes, which are implicitly anchored.
  if (c.pattern) constraints.pattern = c.pattern.replace(/^\^/, "").replace(/\$$/, "");
  if (c.minimum !== undefined) constraints.minimum = c.minimum;
  if (c.minLength !== undefined) constraints.minLength = c.minLength;
  return {
    name: c.name,
    type: FRICTIONLESS_TYPE[c.kind],
    ...(c.kind === "date" ? { format: "default" } : {}),
    description,
    example: toCsvCell(c, c.example),
    constraints,
    "clippings:derivation": c.derivation,
  };
}

const withStat = (file: string, stats?: Record<string, FileStat>) => {
  const s = stats?.[file];
  return s ? { bytes: s.bytes, hash: `sha256:${s.sha256}` } : {};
};

function tableResource(table: TableDef, stats?: Record<string, FileStat>) {
  const path = tableFile(table, "csv");
  return {
    name: table.name,
    path,
    profile: "tabular-data-resource",
    title: table.title,
    description: `${table.description} Rows ordered ${table.order}.`,
    format: "csv",
    mediatype: TABLE_FORMATS.csv.mediatype,
    encoding: "utf-8",
    ...withStat(path, stats),
    dialect: CSV_DIALECT,
    schema: {
      fields: describeColumns(table.schema).map(fieldDescriptor),
      missingValues: [""],
      ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}),
      ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
    },
  };
}

/**
 * The descriptor as a plain object. `stats` (file name → size and hash) adds `bytes`/`hash`; files in
 * it that are not CSV tables are listed under "clippings:files". Without stats the descriptor is the
 * pure schema view (used by drift tests and docs).
 */
export function dataPackageFor(
  config: DatasetConfig,
  stats?: Record<string, FileStat>,
  tables: TableDef[] = Object.values(TABLES),
  extras: Record<string, unknown> = {},
): Record<string, unknown> {
  const tableOf = new Map<string, { table: string; format: string }>();
  for (const t of tables) for (const f of FORMAT_ORDER) tableOf.set(tableFile(t, f), { table: t.name, format: f });
  const csvFiles = new Set(tables.map((t) => tableFile(t, "csv")));
  const otherFiles = Object.keys(stats ?? {})
    .filter((f) => !csvFiles.has(f) && f !== DATAPACKAGE_FILE && f !== CHECKSUMS_FILE)
    .sort();
  const spdx = !/^(other|LicenseRef-)/.test(config.license);
  return {
    profile: "tabular-data-package",
    name: config.name,
    title: config.title,
    version: config.version,
    description: config.description,
    ...(config.homepage ? { homepage: config.homepage } : {}),
    licenses: [
      spdx
        ? { name: config.license, path: `https://spdx.org/licenses/${config.license}.html` }
        : { name: config.license, title: "Custom terms: see the package description" },
    ],
    sources: config.sources ?? [],
    resources: tables.map((t) => tableResource(t, stats)),
    "clippings:files": otherFiles.map((path) => ({
      path,
      ...(tableOf.get(path) ?? {}),
      ...(mediatypeOf(path) ? { mediatype: mediatypeOf(path) } : {}),
      ...withStat(path, stats),
    })),
    // Custom properties added by the write stage: provenance, release policy, schema snapshot.
    ...extras,
  };
}

/**
 * `extras` are "clippings:*" properties the write stage adds: "clippings:provenance" (code version and
 * rules fingerprint), "clippings:release" (release mode and exclusion counts) and "clippings:schema"
 * (each table's fields with kind and nullability, which the next version's build compares against).
 */
export function renderDataPackage(config: DatasetConfig, stats?: Record<string, FileStat>, extras: Record<string, unknown> = {}): string {
  return JSON.stringify(dataPackageFor(config, stats, Object.values(TABLES), extras), null, 2) + "\n";
}
