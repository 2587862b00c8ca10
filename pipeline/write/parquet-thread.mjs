// Parquet encoding thread (plain JavaScript: it needs no TypeScript loader, so it starts fast and
// small). The writing thread posts each record batch of a table as Arrow IPC stream bytes; this thread
// turns them into one row group each with parquet-wasm's streaming writer and posts the file's bytes
// back as they come. Moving the zstd compression here lets it run beside the rest of the build.
// Messages in:  {type: "open", id, batchRows} · {type: "batch", id, ipc} · {type: "end", id}
//               {type: "empty", id, ipc, batchRows} (a table with no rows: schema only) · {type: "abort", id}
// Messages out: {type: "taken", id} (a batch was pulled: the writer may send another)
//               {type: "chunk", id, bytes} · {type: "done", id} · {type: "error", id, message}
import { parentPort } from "node:worker_threads";
import * as pw from "parquet-wasm";

const port = parentPort;
if (!port) throw new Error("parquet-thread.mjs must run in a worker thread");

/** zstd at the library's default level, one row group per batch: the same settings as parquet.ts documents. */
const props = (batchRows) => new pw.WriterPropertiesBuilder().setCompression(pw.Compression.ZSTD).setMaxRowGroupSize(batchRows).build();
const fromIpc = (ipc) => pw.Table.fromIPCStream(ipc);
const files = new Map();

const fail = (id, e) => {
  files.delete(id);
  port.postMessage({ type: "error", id, message: e instanceof Error ? e.message : String(e) });
};
const send = (id, bytes) => {
  const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const out = own ? bytes : bytes.slice();
  port.postMessage({ type: "chunk", id, bytes: out }, [out.buffer]);
};

function open(id, batchRows) {
  const f = { queue: [], ended: false, wake: undefined, started: false, batchRows };
  f.input = new ReadableStream(
    {
      async pull(controller) {
        while (!f.queue.length && !f.ended) await new Promise((r) => (f.wake = r));
        const next = f.queue.shift();
        if (next) {
          controller.enqueue(next);
          port.postMessage({ type: "taken", id });
        } else controller.close();
      },
    },
    { highWaterMark: 0 },
  );
  files.set(id, f);
}

// transformParquetStream reads the first batch (for the schema) before it resolves, so it starts
// once a batch is queued.
async function pump(id, f) {
  try {
    const reader = (await pw.transformParquetStream(f.input, props(f.batchRows))).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (files.get(id) !== f) return; // aborted
      send(id, value);
    }
    files.delete(id);
    port.postMessage({ type: "done", id });
  } catch (e) {
    fail(id, e);
  }
}

port.on("message", (m) => {
  try {
    if (m.type === "open") return open(m.id, m.batchRows);
    if (m.type === "empty") {
      send(m.id, pw.writeParquet(fromIpc(m.ipc), props(m.batchRows)));
      return port.postMessage({ type: "done", id: m.id });
    }
    const f = files.get(m.id);
    if (!f) return;
    if (m.type === "batch") {
      const t = fromIpc(m.ipc);
      f.queue.push(t.recordBatch(0));
      t.free();
      if (!f.started) {
        f.started = true;
        void pump(m.id, f);
      }
      f.wake?.();
    } else if (m.type === "end") {
      f.ended = true;
      f.wake?.();
    } else if (m.type === "abort") {
      files.delete(m.id);
      f.ended = true;
      f.wake?.();
    }
  } catch (e) {
    fail(m.id, e);
  }
});
