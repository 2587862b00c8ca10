// A fixed pool of worker threads running processFile. Jobs go to the worker with the fewest in
// flight; results come back in any order and the build re-orders them by file index, so the output
// does not depend on which thread finished first. With jobs = 1 everything runs inline instead.
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
