// Worker thread body: processes file jobs posted by the pool (pool.ts) and posts the results back.
import { parentPort } from "node:worker_threads";
import { processFile, type FileJob } from "./process-file.ts";

if (!parentPort) throw new Error("worker.ts must run in a worker thread");
const port = parentPort;
port.on("message", (msg: { seq: number; job: FileJob }) => {
  port.postMessage({ seq: msg.seq, result: processFile(msg.job) });
});
