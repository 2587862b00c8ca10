// Parquet (zstd), streamed: rows are collected into record batches of BATCH_ROWS exactly like the
// Arrow writer, each batch is handed to parquet-wasm (the Rust `parquet` crate compiled to
// WebAssembly, shipped inside the npm package: no native build, no download) through its streaming
// writer, and every batch becomes one row group whose bytes are written out before the next batch is
// built. The writer waits until parquet-wasm has taken a batch before accepting more rows, so at most
// one batch is in flight and memory stays flat however many rows a table has.
// Column types are the Arrow schema's (date32, list<utf8>, int32, float64, bool, utf8), with the
// field descriptions kept as Arrow metadata. No timestamps are written, so the bytes are deterministic.
import { Table as ArrowTable, tableToIPC, type RecordBatch } from "apache-arrow";
import type { RecordBatch as WasmBatch, Table as WasmTable, WriterProperties } from "parquet-wasm";
import { arrowSchemaFor } from "../../schemas/derive/arrow.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { BATCH_ROWS, batchingWriter, type BatchWriter } from "./arrow.ts";
import { openFileSink } from "./sink.ts";
import type { TableWriter } from "./types.ts";

/** zstd level 3 (the library default): a good ratio at a fast write; any Parquet reader decodes it. */
export const PARQUET_COMPRESSION = "zstd";

type ParquetWasm = typeof import("parquet-wasm");
/** Loaded (and its WebAssembly compiled) on first use, so commands that write no Parquet skip it. */
let lib: Promise<ParquetWasm> | undefined;
const loadParquet = () => (lib ??= import("parquet-wasm"));

function writerProperties(pw: ParquetWasm, batchRows: number): WriterProperties {
  return new pw.WriterPropertiesBuilder().setCompression(pw.Compression.ZSTD).setMaxRowGroupSize(batchRows).build();
}

/** An apache-arrow batch (or table) moved into WebAssembly memory via the IPC stream format. */
function toWasmTable(pw: ParquetWasm, t: ArrowTable): WasmTable {
  return pw.Table.fromIPCStream(tableToIPC(t, "stream"));
}

export function openParquetBatchWriter(path: string, table: TableDef, batchRows = BATCH_ROWS): BatchWriter {
  const schema = arrowSchemaFor(table);
  const sink = openFileSink(path);

  // Batches waiting for parquet-wasm to pull them; each resolves its `taken` when pulled.
  const waiting: { batch: WasmBatch; taken: () => void }[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  let pump: Promise<void> | undefined;
  let failure: unknown;

  const input = new ReadableStream<WasmBatch>(
    {
      async pull(controller) {
        while (!waiting.length && !ended) await new Promise<void>((r) => (wake = r));
        const next = waiting.shift();
        if (next) {
          controller.enqueue(next.batch);
          next.taken();
        } else controller.close();
      },
    },
    { highWaterMark: 0 },
  );

  const start = (pw: ParquetWasm) => {
    // transformParquetStream reads the first batch (for the schema) before it resolves, so it is
    // started only once a batch is waiting; its output is copied to the file as it comes.
    pump = (async () => {
      const reader = (await pw.transformParquetStream(input, writerProperties(pw, batchRows))).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        await sink.write(value as Uint8Array);
      }
    })().catch((e) => {
      failure = e;
      ended = true;
      wake?.();
    });
  };

  const writeBatch = async (arrowBatch: RecordBatch) => {
    const pw = await loadParquet();
    const wasm = toWasmTable(pw, new ArrowTable([arrowBatch]));
    const batch = wasm.recordBatch(0)!;
    wasm.free();
    const taken = new Promise<void>((res) => waiting.push({ batch, taken: res }));
    if (!pump) start(pw);
    wake?.();
    await Promise.race([taken, pump]);
    if (failure) throw failure;
  };

  return {
    writeBatch,
    async close() {
      if (pump) {
        ended = true;
        wake?.();
        await pump;
        if (failure) throw failure;
      } else {
        // No rows: a file with the schema and no row group (the streaming writer needs a first batch).
        const pw = await loadParquet();
        await sink.write(pw.writeParquet(toWasmTable(pw, new ArrowTable(schema)), writerProperties(pw, batchRows)));
      }
      await sink.close();
    },
    abort() {
      ended = true;
      wake?.();
      sink.abort();
    },
  };
}

export function openParquetWriter(path: string, table: TableDef, batchRows = BATCH_ROWS): TableWriter {
  return batchingWriter(table, [openParquetBatchWriter(path, table, batchRows)], batchRows);
}
