// JSON Lines: one object per line, keys in schema order (not the producer's key order), so identical
// rows always give identical bytes.
import { describeColumns } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { openFileSink } from "./sink.ts";
import type { Row, TableWriter } from "./types.ts";

export function openJsonlWriter(path: string, table: TableDef): TableWriter {
  const names = describeColumns(table.schema).map((c) => c.name);
  const sink = openFileSink(path);
  return {
    write(row: Row) {
      const ordered: Row = {};
      for (const n of names) ordered[n] = row[n];
      return sink.write(JSON.stringify(ordered) + "\n");
    },
    close: () => sink.close(),
    abort: () => sink.abort(),
  };
}
