// Parquet (zstd), streamed: rows are collected into record batches of BATCH_ROWS exactly like the
// Arrow writer, and each batch goes (as Arrow IPC bytes) to a Parquet thread (parquet-thread.mjs)
// running parquet-wasm (the Rust `parquet` crate compiled to WebAssembly, shipped inside the npm
// package: no native build, no download) through its streaming writer; every batch becomes one row
// group, whose bytes come back and are written here in order. Compression thus runs beside the rest
// of the build. A writer waits once MAX_QUEUED of its batches are not yet taken, so memory stays flat
// however many rows a table has.
// Column types are the Arrow schema's (date32, list<utf8>, int32, float64, bool, utf8), with the
// field descriptions kept as Arrow metadata. No timestamps are written, so the bytes are deterministic.
import { Table as ArrowTable, tableToIPC, type RecordBatch } from "apache-arrow";
import { Worker } from "node:worker_threads";
import { arrowSchemaFor } from "../../schemas/derive/arrow.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { BATCH_ROWS, batchingWriter, type BatchWriter } from "./arrow.ts";
import { openFileSink } from "./sink.ts";
import type { TableWriter } from "./types.ts";

/** zstd level 3 (the library default): a good ratio at a fast write; any Parquet reader decodes it. */
export const PARQUET_COMPRESSION = "zstd";

/** Batches a writer may have sent that the Parquet thread has not pulled yet (bounds memory). */
const MAX_QUEUED = 2;

interface FileHandlers {
  taken(): void;
  chunk(bytes: Uint8Array): void;
  done(): void;
  error(e: Error): void;
}

/**
 * The one Parquet thread of the process (parquet-thread.mjs), started when a file opens and stopped
 * when the last open file is done, so nothing lingers after a build.
 */
const thread = (() => {
  let worker: Worker | null = null;
  const open = new Map<number, FileHandlers>();
  let nextId = 0;
  const failAll = (e: Error) => {
    for (const h of open.values()) h.error(e);
    open.clear();
    worker = null;
  };
  const start = (): Worker => {
    const w = new Worker(new URL("./parquet-thread.mjs", import.meta.url), { execArgv: [] });
    w.on("message", (m: { type: string; id: number; bytes?: Uint8Array; message?: string }) => {
      const h = open.get(m.id);
      if (!h) return;
      if (m.type === "taken") h.taken();
      else if (m.type === "chunk") h.chunk(m.bytes!);
      else if (m.type === "done" || m.type === "error") {
        open.delete(m.id);
        if (m.type === "done") h.done();
        else h.error(new Error(`Parquet writer: ${m.message}`));
        if (!open.size) stop();
      }
    });
    w.on("error", failAll);
    w.on("exit", (code) => {
      if (worker === w && code !== 0) failAll(new Error(`Parquet thread exited with code ${code}`));
    });
    return w;
  };
  const stop = () => {
    const w = worker;
    worker = null;
    void w?.terminate();
  };
  return {
    open(h: FileHandlers): { id: number; post: (msg: object, transfer?: ArrayBuffer[]) => void; forget: () => void } {
      worker ??= start();
      const w = worker;
      const id = nextId++;
      open.set(id, h);
      return {
        id,
        post: (msg, transfer = []) => w.postMessage({ ...msg, id }, transfer),
        forget: () => {
          if (open.delete(id) && !open.size) stop();
        },
      };
    },
  };
})();

/** Arrow IPC stream bytes of a batch (or an empty table of the schema), as a buffer that can be transferred. */
function ipcOf(t: ArrowTable): Uint8Array {
  const bytes = tableToIPC(t, "stream");
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

export function openParquetBatchWriter(path: string, table: TableDef, batchRows = BATCH_ROWS): BatchWriter {
  const schema = arrowSchemaFor(table);
  const sink = openFileSink(path);
  let writes: Promise<void> = Promise.resolve();
  let failure: Error | null = null;
  let queued = 0;
  let sent = 0;
  let onTaken: (() => void) | null = null;
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const finished = new Promise<void>((res, rej) => {
    finish = res;
    fail = rej;
  });
  finished.catch(() => {});
  const conn = thread.open({
    taken() {
      queued--;
      onTaken?.();
    },
    chunk(bytes) {
      // File writes stay in order and respect the sink's back-pressure.
      writes = writes.then(() => sink.write(bytes));
    },
    done: () => finish(),
    error(e) {
      failure = e;
      onTaken?.();
      fail(e);
    },
  });
  conn.post({ type: "open", batchRows });

  return {
    async writeBatch(batch: RecordBatch) {
      if (failure) throw failure;
      const ipc = ipcOf(new ArrowTable([batch]));
      conn.post({ type: "batch", ipc }, [ipc.buffer as ArrayBuffer]);
      queued++;
      sent++;
      while (queued >= MAX_QUEUED && !failure) await new Promise<void>((r) => (onTaken = r));
      onTaken = null;
      if (failure) throw failure;
    },
    async close() {
      if (sent) conn.post({ type: "end" });
      else {
        // No rows: a file with the schema and no row group (the streaming writer needs a first batch).
        const ipc = ipcOf(new ArrowTable(schema));
        conn.post({ type: "empty", ipc, batchRows }, [ipc.buffer as ArrayBuffer]);
      }
      await finished;
      await writes;
      await sink.close();
    },
    abort() {
      conn.post({ type: "abort" });
      conn.forget();
      sink.abort();
    },
  };
}

export function openParquetWriter(path: string, table: TableDef, batchRows = BATCH_ROWS): TableWriter {
  return batchingWriter(table, [openParquetBatchWriter(path, table, batchRows)], batchRows);
}
