// JSON Lines: one object per line, keys in schema order (not the producer's key order), so identical
// rows always give identical bytes. jsonLine writes the object text directly (key prefixes prepared
// once), which is the text JSON.stringify gives for the re-ordered object.
import { describeColumns } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { openFileSink } from "./sink.ts";
import type { Row, TableWriter } from "./types.ts";

/** Row → its JSON line (with "\n"), keys in the order of `names`; undefined values are left out, as JSON.stringify does. */
export function jsonLineEncoder(names: string[]): (row: Row) => string {
  const keys = names.map((n) => JSON.stringify(n) + ":");
  return (row) => {
    let out = "{";
    for (let i = 0; i < names.length; i++) {
      const v = row[names[i]];
      if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
      out += (out.length > 1 ? "," : "") + keys[i] + JSON.stringify(v);
    }
    return out + "}\n";
  };
}

export function openJsonlWriter(path: string, table: TableDef): TableWriter {
  const line = jsonLineEncoder(describeColumns(table.schema).map((c) => c.name));
  const sink = openFileSink(path);
  return {
    write: (row: Row) => sink.write(line(row)),
    writeEncoded: (bytes: Uint8Array) => sink.write(bytes),
    close: () => sink.close(),
    abort: () => sink.abort(),
  };
}
