// Arrow IPC *file* (Feather v2), streamed: rows are collected into record batches of BATCH_ROWS,
// each batch is encoded and written out before the next one is built, so memory stays flat.
import {
  AsyncByteQueue,
  makeBuilder,
  makeData,
  RecordBatch,
  RecordBatchFileWriter,
  Struct,
  type Builder,
  type Schema,
} from "apache-arrow";
import { arrowSchemaFor } from "../../schemas/derive/arrow.ts";
import { describeColumns, type ColumnSpec } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { openFileSink } from "./sink.ts";
import type { Row, TableWriter } from "./types.ts";

export const BATCH_ROWS = 1000;

/** Collects the writer's output so we can hand it to the file with back-pressure. */
class ChunkQueue extends AsyncByteQueue {
  chunks: Uint8Array[] = [];
  override write(value: unknown): void {
    if (!ArrayBuffer.isView(value)) throw new Error("arrow writer produced a non-binary chunk");
    if (value.byteLength > 0) this.chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  take(): Uint8Array[] {
    const out = this.chunks;
    this.chunks = [];
    return out;
  }
}

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;

/** JS value → what the Arrow builder of that column expects. */
function toArrowValue(c: ColumnSpec, v: unknown): unknown {
  if (v === undefined) throw new Error(`column ${c.name}: value missing`);
  if (v === null) {
    // Builders would store it silently, leaving a null in a column declared non-nullable.
    if (!c.nullable) throw new Error(`column ${c.name}: null in a non-nullable column`);
    return null;
  }
  if (c.kind === "date") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(v));
    if (!m) throw new Error(`column ${c.name}: expected YYYY-MM-DD, got ${JSON.stringify(v)}`);
    return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  }
  if (c.kind === "integer" && !(Number.isInteger(v) && (v as number) >= INT32_MIN && (v as number) <= INT32_MAX))
    throw new Error(`column ${c.name}: ${JSON.stringify(v)} does not fit Int32`);
  return v;
}

export function buildBatch(schema: Schema, specs: ColumnSpec[], rows: Row[]): RecordBatch {
  // Fresh builders per batch: finished buffers are never reused while the file write is pending.
  const builders: Builder[] = schema.fields.map((f) => makeBuilder({ type: f.type, nullValues: [null] }));
  for (const row of rows) specs.forEach((c, i) => builders[i].append(toArrowValue(c, row[c.name])));
  const children = builders.map((b) => b.finish().flush());
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

export function openArrowWriter(path: string, table: TableDef, batchRows = BATCH_ROWS): TableWriter {
  const schema = arrowSchemaFor(table);
  const specs = describeColumns(table.schema);
  const queue = new ChunkQueue();
  const writer = new RecordBatchFileWriter();
  // Starts the file (magic + schema) even if no batch follows, so empty tables are valid files.
  writer.reset(queue, schema);
  const sink = openFileSink(path);
  let rows: Row[] = [];

  const drain = async () => {
    for (const c of queue.take()) await sink.write(c);
  };
  const flushBatch = async () => {
    if (!rows.length) return;
    writer.write(buildBatch(schema, specs, rows));
    rows = [];
    await drain();
  };

  return {
    async write(row: Row) {
      rows.push(row);
      if (rows.length >= batchRows) await flushBatch();
    },
    async close() {
      await flushBatch();
      writer.finish(); // writes the footer
      await drain();
      await sink.close();
    },
    abort: () => sink.abort(),
  };
}
