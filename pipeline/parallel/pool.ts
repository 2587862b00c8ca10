// A fixed pool of worker threads running processFile. Jobs go to the worker with the fewest in
// flight; results come back in any order and the build re-orders them by file index, so the output
// does not depend on which thread finished first. With jobs = 1 everything runs inline instead.
// lazyPool starts the threads only once a build has more than a few files to process (a cached
// rebuild that adds ten files never pays for starting them); the first jobs run inline meanwhile.
import { Worker } from "node:worker_threads";
import { processFile, type FileJob, type FileResult } from "./process-file.ts";

export interface Processor {
  run(job: FileJob): Promise<FileResult>;
  close(): Promise<void>;
}

export function inlineProcessor(): Processor {
  return { run: async (job) => processFile(job), close: async () => {} };
}

interface Slot {
  worker: Worker;
  inFlight: number;
}

export function workerPool(size: number): Processor {
  const entry = new URL("./worker-entry.mjs", import.meta.url);
  const waiting = new Map<number, { resolve: (r: FileResult) => void; reject: (e: Error) => void; slot: Slot }>();
  let seq = 0;
  let failure: Error | null = null;
  const slots: Slot[] = Array.from({ length: size }, () => {
    const worker = new Worker(entry, { execArgv: [] });
    const slot: Slot = { worker, inFlight: 0 };
    worker.on("message", (msg: { seq: number; result: FileResult }) => {
      const w = waiting.get(msg.seq);
      if (!w) return;
      waiting.delete(msg.seq);
      slot.inFlight--;
      w.resolve(msg.result);
    });
    const fail = (err: Error) => {
      failure ??= err;
      for (const [k, w] of waiting) {
        if (w.slot !== slot) continue;
        waiting.delete(k);
        w.reject(err);
      }
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`worker thread exited with code ${code}`));
    });
    return slot;
  });
  return {
    run(job) {
      if (failure) return Promise.reject(failure);
      const slot = slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      const s = seq++;
      slot.inFlight++;
      return new Promise<FileResult>((resolve, reject) => {
        waiting.set(s, { resolve, reject, slot });
        // Transfer the bytes when they own their buffer; otherwise they are copied.
        const own = job.bytes.byteOffset === 0 && job.bytes.byteLength === job.bytes.buffer.byteLength;
        slot.worker.postMessage({ seq: s, job }, own ? [job.bytes.buffer as ArrayBuffer] : []);
      });
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Jobs a lazy pool runs inline before it starts its worker threads. */
export const INLINE_BEFORE_WORKERS = 24;

/** Inline for the first `inlineFirst` jobs, then a pool of `size` worker threads (started on demand). */
export function lazyPool(size: number, inlineFirst = INLINE_BEFORE_WORKERS): Processor {
  const inline = inlineProcessor();
  let pool: Processor | null = null;
  let seen = 0;
  return {
    run(job) {
      if (seen++ < inlineFirst) return inline.run(job);
      pool ??= workerPool(size);
      return pool.run(job);
    },
    async close() {
      if (pool) await pool.close();
    },
  };
}
