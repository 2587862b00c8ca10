// CSV via papaparse: RFC 4180, "\n" line ends, quotes only where needed, header row. Rows are
// serialised in chunks so papaparse is not called per row.
import Papa from "papaparse";
import { csvColumns, toCsvRow } from "../../schemas/derive/csv.ts";
import { describeColumns } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { openFileSink } from "./sink.ts";
import type { Row, TableWriter } from "./types.ts";

const CHUNK_ROWS = 500;
const UNPARSE = { newline: "\n", quotes: false, escapeFormulae: false } as const;

export function openCsvWriter(path: string, table: TableDef): TableWriter {
  const specs = describeColumns(table.schema);
  const sink = openFileSink(path);
  let chunk: string[][] = [];
  const flush = () => {
    if (!chunk.length) return;
    const text = Papa.unparse(chunk, UNPARSE) + "\n";
    chunk = [];
    return sink.write(text);
  };
  void sink.write(Papa.unparse([csvColumns(table)], UNPARSE) + "\n");
  // (the header is far below the sink's flush threshold, so that write never waits)
  return {
    write(row: Row) {
      chunk.push(toCsvRow(specs, row));
      if (chunk.length >= CHUNK_ROWS) return flush();
    },
    async close() {
      await flush();
      await sink.close();
    },
    abort: () => sink.abort(),
  };
}
