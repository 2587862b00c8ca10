// CSV: RFC 4180, "\n" line ends, quotes only where needed, header row. Each row is encoded straight to
// its line (csvLine): a cell is quoted when it holds a quote, a comma, a line break or a byte-order mark,
// or starts or ends with a space, and quotes inside are doubled — exactly papaparse's `unparse`
// (quotes: false) output, which test/write/csv-encode.test.ts checks, without its per-call overhead.
import { csvColumns, toCsvRow } from "../../schemas/derive/csv.ts";
import { describeColumns, type ColumnSpec } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { openFileSink } from "./sink.ts";
import type { Row, TableWriter } from "./types.ts";

const NEEDS_QUOTES = /[",\r\n\uFEFF]/;

/** One cell as papaparse writes it. */
export function csvCell(s: string): string {
  if (NEEDS_QUOTES.test(s) || s.startsWith(" ") || s.endsWith(" ")) return `"${s.replace(/"/g, '""')}"`;
  return s;
}

/** One row's line, with its "\n". */
export function csvLine(cells: string[]): string {
  let out = "";
  for (let i = 0; i < cells.length; i++) out += (i ? "," : "") + csvCell(cells[i]);
  return out + "\n";
}

/** A table row's CSV line (cells encoded by the schema, see schemas/derive/csv.ts). */
export const csvRowLine = (specs: ColumnSpec[], row: Row): string => csvLine(toCsvRow(specs, row));

export function openCsvWriter(path: string, table: TableDef): TableWriter {
  const specs = describeColumns(table.schema);
  const sink = openFileSink(path);
  // (the header is far below the sink's flush threshold, so that write never waits)
  void sink.write(csvLine(csvColumns(table)));
  return {
    write: (row: Row) => sink.write(csvRowLine(specs, row)),
    writeEncoded: (bytes: Uint8Array) => sink.write(bytes),
    close: () => sink.close(),
    abort: () => sink.abort(),
  };
}
