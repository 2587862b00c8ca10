// Opens the writers of one table (all formats) behind a single TableWriter, and checks each row's
// keys against the schema once, so a missing or stray field fails loudly instead of vanishing.
import { join } from "node:path";
import { FORMAT_ORDER, tableFile, type TableFormat } from "../../schemas/derive/files.ts";
import { describeColumns } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { batchingWriter, openArrowBatchWriter, openArrowWriter } from "./arrow.ts";
import { openCsvWriter } from "./csv.ts";
import { openJsonlWriter } from "./jsonl.ts";
import { openParquetBatchWriter, openParquetWriter } from "./parquet.ts";
import type { EncodedRows, Row, Rows, TableWriter } from "./types.ts";

const OPENERS: Record<TableFormat, (path: string, table: TableDef) => TableWriter> = {
  jsonl: openJsonlWriter,
  csv: openCsvWriter,
  arrow: openArrowWriter,
  parquet: openParquetWriter,
};

export function openTableWriter(dir: string, table: TableDef, format: TableFormat): TableWriter {
  return OPENERS[format](join(dir, tableFile(table, format)), table);
}

/** One writer fanning out to `<dir>/<table>.<format>` for each format. */
export function openTableWriters(dir: string, table: TableDef, formats: TableFormat[] = FORMAT_ORDER): TableWriter {
  const names = describeColumns(table.schema).map((c) => c.name);
  const known = new Set(names);
  // Arrow and Parquet share one record batch per BATCH_ROWS rows (built once, written twice).
  const batched = formats.filter((f): f is "arrow" | "parquet" => f === "arrow" || f === "parquet");
  const textFormats = formats.filter((f): f is "jsonl" | "csv" => f === "jsonl" || f === "csv");
  const writers = textFormats.map((f) => openTableWriter(dir, table, f));
  if (batched.length)
    writers.push(
      batchingWriter(
        table,
        batched.map((f) => (f === "arrow" ? openArrowBatchWriter : openParquetBatchWriter)(join(dir, tableFile(table, f)), table)),
      ),
    );
  const writeFrom = async (row: Row, from: number) => {
    for (let i = from; i < writers.length; i++) await writers[i].write(row);
  };
  const check = (row: Row) => {
    for (const n of names) if (!(n in row)) throw new Error(`${table.name}: row lacks field ${n}`);
    for (const k of Object.keys(row)) if (!known.has(k)) throw new Error(`${table.name}: row has unknown field ${k}`);
  };
  return {
    async writeMany(rows: Row[], encoded?: EncodedRows) {
      for (const row of rows) check(row);
      for (let i = 0; i < writers.length; i++) {
        const w = writers[i];
        const bytes = encoded && i < textFormats.length ? encoded[textFormats[i]] : undefined;
        if (bytes && w.writeEncoded) await w.writeEncoded(bytes);
        else for (const row of rows) await w.write(row);
      }
    },
    write(row: Row) {
      check(row);
      // Writers only return a promise when their file needs draining: await those, not every row.
      for (let i = 0; i < writers.length; i++) {
        const p = writers[i].write(row);
        if (p) return p.then(() => writeFrom(row, i + 1));
      }
    },
    async close() {
      for (const w of writers) await w.close();
    },
    abort() {
      for (const w of writers) w.abort();
    },
  };
}

/** Writes all rows of one table in every format; returns the row count. */
export async function writeTable(dir: string, table: TableDef, rows: Rows<Row>, formats?: TableFormat[]): Promise<number> {
  const w = openTableWriters(dir, table, formats);
  let n = 0;
  try {
    for await (const row of rows) {
      await w.write(row);
      n++;
    }
    await w.close();
  } catch (e) {
    w.abort();
    throw e;
  }
  return n;
}
