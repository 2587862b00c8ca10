// Arrow IPC *file* (Feather v2), streamed: rows are collected into record batches of BATCH_ROWS,
// each batch is encoded and written out before the next one is built, so memory stays flat. The same
// batch feeds the Parquet writer (tables.ts), so it is built once per table, not once per format.
import {
  AsyncByteQueue,
  makeBuilder,
  makeData,
  RecordBatch,
  RecordBatchFileWriter,
  Struct,
  type Builder,
  type Data,
  type DataType,
  type Field,
  type Int32,
  type List,
  type Schema,
  type Utf8,
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

/** The record batch of `rows`, built with apache-arrow's builders (the reference; slow per value). */
export function buildBatchWithBuilders(schema: Schema, specs: ColumnSpec[], rows: Row[]): RecordBatch {
  // Fresh builders per batch: finished buffers are never reused while the file write is pending.
  const builders: Builder[] = schema.fields.map((f) => makeBuilder({ type: f.type, nullValues: [null] }));
  for (const row of rows) specs.forEach((c, i) => builders[i].append(toArrowValue(c, row[c.name])));
  const children = builders.map((b) => b.finish().flush());
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

// Direct column encoding. Gives exactly the buffers apache-arrow's builders give (same lengths, same
// padding: the IPC writer copies whole validity bitmaps and offset arrays, so their sizes reach the
// file), at a fraction of the cost: one UTF-8 encode per column instead of one per value.
// test/write/arrow-fast.test.ts checks the bytes against buildBatchWithBuilders.

/** apache-arrow's BufferBuilder rounding: element count whose byte size is the next multiple of 64. */
function roundTo64Bytes(len: number, bytesPerElement: number): number {
  const bytesMinus1 = Math.ceil(len) * bytesPerElement - 1;
  return (bytesMinus1 - (bytesMinus1 % 64) + 64 || 64) / bytesPerElement;
}

/** Validity bitmap for `valid` (null when nothing is null, as the builders do). */
function validityOf(valid: boolean[], nullCount: number): Uint8Array | undefined {
  if (nullCount === 0) return undefined;
  const bits = new Uint8Array(roundTo64Bytes(valid.length / 8, 1));
  for (let i = 0; i < valid.length; i++) if (valid[i]) bits[i >> 3] |= 1 << (i & 7);
  return bits;
}

/** Utf8 data for strings (nulls allowed where `valid` is false). */
function utf8Data(type: DataType, strings: (string | null)[], valid: boolean[], nullCount: number): Data {
  const n = strings.length;
  const offsets = new Int32Array(roundTo64Bytes(n + 1, 4));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const s = strings[i];
    if (s !== null) bytes += Buffer.byteLength(s, "utf8");
    offsets[i + 1] = bytes;
  }
  const values = new Uint8Array(roundTo64Bytes(bytes, 1));
  const buf = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  for (let i = 0; i < n; i++) {
    const s = strings[i];
    if (s) buf.write(s, offsets[i], "utf8");
  }
  return makeData({ type: type as Utf8, length: n, nullCount, nullBitmap: validityOf(valid, nullCount), valueOffsets: offsets, data: values });
}

function columnData(field: Field, c: ColumnSpec, rows: Row[]): Data {
  const n = rows.length;
  const valid: boolean[] = new Array(n);
  const vals: unknown[] = new Array(n);
  let nullCount = 0;
  for (let i = 0; i < n; i++) {
    const v = toArrowValue(c, rows[i][c.name]);
    vals[i] = v;
    valid[i] = v !== null;
    if (v === null) nullCount++;
  }
  const nullBitmap = validityOf(valid, nullCount);
  switch (c.kind) {
    case "string":
      return utf8Data(field.type, vals as (string | null)[], valid, nullCount);
    case "integer":
    case "date":
    case "number": {
      const arr = c.kind === "number" ? new Float64Array(roundTo64Bytes(n, 8)) : new Int32Array(roundTo64Bytes(n, 4));
      // DateDay stores days since the epoch; toArrowValue gives milliseconds.
      for (let i = 0; i < n; i++) if (valid[i]) arr[i] = c.kind === "date" ? Math.floor((vals[i] as number) / 86400000) : (vals[i] as number);
      return makeData({ type: field.type as Int32, length: n, nullCount, nullBitmap, data: arr as Int32Array });
    }
    case "string_list": {
      const items: string[] = [];
      const offsets = new Int32Array(roundTo64Bytes(n + 1, 4));
      for (let i = 0; i < n; i++) {
        if (valid[i]) for (const s of vals[i] as string[]) items.push(s);
        offsets[i + 1] = items.length;
      }
      const itemType = (field.type as List).children[0].type;
      const child = utf8Data(itemType, items, new Array(items.length).fill(true), 0);
      return makeData({ type: field.type as List, length: n, nullCount, nullBitmap, valueOffsets: offsets, child });
    }
    default: {
      // Booleans (none in the tables today): the builder, value by value.
      const b = makeBuilder({ type: field.type, nullValues: [null] });
      for (const v of vals) b.append(v);
      return b.finish().flush();
    }
  }
}

export function buildBatch(schema: Schema, specs: ColumnSpec[], rows: Row[]): RecordBatch {
  const children = schema.fields.map((f, i) => columnData(f, specs[i], rows));
  const data = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new RecordBatch(schema, data);
}

/** A writer fed whole record batches (built once per batch and shared by the Arrow and Parquet files). */
export interface BatchWriter {
  writeBatch(batch: RecordBatch): Promise<void>;
  close(): Promise<void>;
  abort(): void;
}

export function openArrowBatchWriter(path: string, table: TableDef): BatchWriter {
  const schema = arrowSchemaFor(table);
  const queue = new ChunkQueue();
  const writer = new RecordBatchFileWriter();
  // Starts the file (magic + schema) even if no batch follows, so empty tables are valid files.
  writer.reset(queue, schema);
  const sink = openFileSink(path);
  const drain = async () => {
    for (const c of queue.take()) await sink.write(c);
  };
  return {
    async writeBatch(batch) {
      writer.write(batch);
      await drain();
    },
    async close() {
      writer.finish(); // writes the footer
      await drain();
      await sink.close();
    },
    abort: () => sink.abort(),
  };
}

/** Row-level front of one or more batch writers: collects BATCH_ROWS rows, builds the batch once, hands it to each. */
export function batchingWriter(table: TableDef, targets: BatchWriter[], batchRows = BATCH_ROWS): TableWriter {
  const schema = arrowSchemaFor(table);
  const specs = describeColumns(table.schema);
  let rows: Row[] = [];
  const flushBatch = async () => {
    if (!rows.length) return;
    const batch = buildBatch(schema, specs, rows);
    rows = [];
    for (const t of targets) await t.writeBatch(batch);
  };
  return {
    write(row: Row) {
      rows.push(row);
      if (rows.length >= batchRows) return flushBatch();
    },
    async close() {
      await flushBatch();
      for (const t of targets) await t.close();
    },
    abort() {
      for (const t of targets) t.abort();
    },
  };
}

export function openArrowWriter(path: string, table: TableDef, batchRows = BATCH_ROWS): TableWriter {
  return batchingWriter(table, [openArrowBatchWriter(path, table)], batchRows);
}
