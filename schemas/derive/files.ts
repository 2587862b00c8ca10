// Names and media types of the files in a version folder, shared by the writers and the generated docs.
import type { TableDef } from "../tables.ts";

export const TABLE_FORMATS = {
  jsonl: { label: "JSON Lines", mediatype: "application/jsonl" },
  csv: { label: "CSV", mediatype: "text/csv" },
  arrow: { label: "Arrow IPC file (Feather v2)", mediatype: "application/vnd.apache.arrow.file" },
} as const;

export type TableFormat = keyof typeof TABLE_FORMATS;
export const FORMAT_ORDER = Object.keys(TABLE_FORMATS) as TableFormat[];

export const DICTIONARY_FILE = "DATA_DICTIONARY.md";
export const DATAPACKAGE_FILE = "datapackage.json";
export const CHECKSUMS_FILE = "SHA256SUMS";

export const tableFile = (table: TableDef, format: TableFormat): string => `${table.name}.${format}`;

/** Media type from a file name, for files listed in datapackage.json; undefined when unknown. */
export function mediatypeOf(file: string): string | undefined {
  const ext = file.slice(file.lastIndexOf(".") + 1);
  if (ext in TABLE_FORMATS) return TABLE_FORMATS[ext as TableFormat].mediatype;
  return { md: "text/markdown", json: "application/json", txt: "text/plain" }[ext];
}
