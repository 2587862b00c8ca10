// A fixed pool of worker threads running processFile. Jobs go to the worker with the fewest in
// flight; results come back in any order and the build re-orders them by file index, so the output
// does not depend on which thread finished first. With jobs = 1 everything runs inline instead.
// lazyPool starts the threads only once a build has more than a few files to process (a cached
// rebuild that adds ten files never pays for starting them); the first jobs run inline meanwhile.
import { Worker } from "node:worker_threads";
import { workerScript } from "./bundle.ts";
import { processFile, type FileJob, type FileResult } from "./process-file.ts";

export interface Processor {
  run(job: FileJob): Promise<FileResult>;
  close(): Promise<void>;
}

export function inlineProcessor(): Processor {
  return { run: async (job) => processFile(job), close: async () => {} };
}

/**
 * Heap cap of a worker thread (V8 old generation, MB). V8 collects lazily, so without a cap a thread's
 * heap keeps growing with the number of files it has seen, far beyond its live data (~40 MB: code,
 * word lists; ~400 MB per thread was measured), and peak RSS grew with the corpus. 128 MB holds any
 * page up to several MB; a file too big for it (the worker dies with ERR_WORKER_OUT_OF_MEMORY) is
 * processed again on the main thread, whose heap is larger, and a fresh worker takes the dead one's
 * place: the output is the same either way.
 */
export const WORKER_HEAP_MB = 128;

interface Slot {
  worker: Worker;
  inFlight: number;
}

export interface WorkerPoolOptions {
  /** Old-generation heap cap per worker, MB (tests use a tiny one to force the fallback). */
  heapMb?: number;
}

export interface PoolStats {
  /** Jobs re-run on the main thread after their worker ran out of memory. */
  retriedInline: number;
}

export function workerPool(size: number, { heapMb = WORKER_HEAP_MB }: WorkerPoolOptions = {}): Processor & { stats: PoolStats } {
  const entry = workerScript();
  const waiting = new Map<number, { job: FileJob; resolve: (r: FileResult) => void; reject: (e: Error) => void; slot: Slot }>();
  const stats: PoolStats = { retriedInline: 0 };
  let seq = 0;
  let failure: Error | null = null;
  let closing = false;

  const start = (): Slot => {
    const worker = new Worker(entry, { execArgv: [], resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    const slot: Slot = { worker, inFlight: 0 };
    worker.on("message", (msg: { seq: number; result: FileResult }) => {
      const w = waiting.get(msg.seq);
      if (!w) return;
      waiting.delete(msg.seq);
      slot.inFlight--;
      w.resolve(msg.result);
    });
    let dead = false;
    const die = (err: Error) => {
      if (dead) return;
      dead = true;
      const mine = [...waiting].filter(([, w]) => w.slot === slot);
      for (const [k] of mine) waiting.delete(k);
      // A thread that dies of memory holding no job cannot even start under the cap: replacing it would loop.
      if ((err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" && !mine.length)
        err = new Error(`a worker thread ran out of memory while starting (heap cap ${heapMb} MB)`);
      else if ((err as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" && !closing) {
        // Replace the thread, and run what it held here: one file too big for a worker's heap must
        // neither stop the build nor change its output.
        slots[slots.indexOf(slot)] = start();
        for (const [, w] of mine) {
          stats.retriedInline++;
          try {
            w.resolve(processFile(w.job));
          } catch (e) {
            w.reject(e as Error);
          }
        }
        return;
      }
      failure ??= err;
      for (const [, w] of mine) w.reject(err);
    };
    worker.on("error", die);
    worker.on("exit", (code) => {
      if (code !== 0) die(new Error(`worker thread exited with code ${code}`));
    });
    return slot;
  };
  const slots: Slot[] = Array.from({ length: size }, start);
  return {
    stats,
    run(job) {
      if (failure) return Promise.reject(failure);
      const slot = slots.reduce((a, b) => (b.inFlight < a.inFlight ? b : a));
      const s = seq++;
      slot.inFlight++;
      return new Promise<FileResult>((resolve, reject) => {
        // The bytes are copied, not transferred: the job must stay whole here in case it is re-run.
        waiting.set(s, { job, resolve, reject, slot });
        slot.worker.postMessage({ seq: s, job });
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Jobs a lazy pool runs inline before it starts its worker threads. */
export const INLINE_BEFORE_WORKERS = 24;

/** Inline for the first `inlineFirst` jobs, then a pool of `size` worker threads (started on demand). */
export function lazyPool(size: number, inlineFirst = INLINE_BEFORE_WORKERS, options: WorkerPoolOptions = {}): Processor & { stats: PoolStats } {
  const inline = inlineProcessor();
  let pool: (Processor & { stats: PoolStats }) | null = null;
  const stats: PoolStats = { retriedInline: 0 };
  let seen = 0;
  return {
    run(job) {
      if (seen++ < inlineFirst) return inline.run(job);
      pool ??= workerPool(size, options);
      return pool.run(job);
    },
    get stats() {
      return pool ? pool.stats : stats;
    },
    async close() {
      if (pool) await pool.close();
    },
  };
}
