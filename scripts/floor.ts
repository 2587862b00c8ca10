// Benchmark floor: the least any tool must do — read every file under RAW and write its text to one
// JSONL file. `make bench` compares the real build against this.
//   npx tsx scripts/floor.ts RAW OUT_FILE
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { walkRaw } from "../pipeline/ingest/index.ts";

const [raw, outFile] = process.argv.slice(2);
if (!raw || !outFile) {
  console.error("usage: tsx scripts/floor.ts RAW OUT_FILE");
  process.exit(2);
}
const { files } = await walkRaw(raw);
const out = createWriteStream(outFile);
const WINDOW = 32;
const pending: Promise<Buffer>[] = [];
let next = 0;
for (let i = 0; i < files.length || pending.length; ) {
  while (pending.length < WINDOW && i < files.length) pending.push(readFile(path.join(raw, files[i++])));
  const bytes = await pending.shift()!;
  if (!out.write(JSON.stringify({ source_file: files[next++], text: bytes.toString("utf8") }) + "\n")) await once(out, "drain");
}
out.end();
await once(out, "finish");
console.log(`${files.length} files`);
