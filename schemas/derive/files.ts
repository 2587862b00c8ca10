// Names and media types of the files in a version folder, shared by the writers and the generated docs.
import type { TableDef } from "../tables.ts";

export const TABLE_FORMATS = {
  jsonl: { label: "JSON Lines", mediatype: "application/jsonl" },
  csv: { label: "CSV", mediatype: "text/csv" },
  arrow: { label: "Arrow IPC file (Feather v2)", mediatype: "application/vnd.apache.arrow.file" },
  parquet: { label: "Parquet (zstd)", mediatype: "application/vnd.apache.parquet" },
} as const;

export type TableFormat = keyof typeof TABLE_FORMATS;
export const FORMAT_ORDER = Object.keys(TABLE_FORMATS) as TableFormat[];

export const DICTIONARY_FILE = "DATA_DICTIONARY.md";
export const DATAPACKAGE_FILE = "datapackage.json";
export const CHECKSUMS_FILE = "SHA256SUMS";
/** The dataset card (Hugging Face hub style), the citation file and the changes since the previous version. */
export const CARD_FILE = "README.md";
export const CITATION_FILE = "CITATION.cff";
export const CHANGES_FILE = "CHANGES.md";
/** Charts are flat files (`chart-<name>.svg`) so the version folder stays one level deep. */
export const chartFile = (name: string): string => `chart-${name}.svg`;

export const tableFile = (table: TableDef, format: TableFormat): string => `${table.name}.${format}`;

/** Media type from a file name, for files listed in datapackage.json; undefined when unknown. */
export function mediatypeOf(file: string): string | undefined {
  const ext = file.slice(file.lastIndexOf(".") + 1);
  if (ext in TABLE_FORMATS) return TABLE_FORMATS[ext as TableFormat].mediatype;
  return { md: "text/markdown", json: "application/json", txt: "text/plain", svg: "image/svg+xml", cff: "application/x-yaml" }[ext];
}
