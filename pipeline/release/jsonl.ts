// Reads a JSON Lines file row by row (memory holds one line at a time).
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

export async function* readJsonl<T = Record<string, unknown>>(path: string): AsyncGenerator<T> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  try {
    for await (const line of lines) if (line) yield JSON.parse(line) as T;
  } finally {
    lines.close();
  }
}

export async function countLines(path: string): Promise<number> {
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const buf = chunk as Buffer;
    for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) n++;
  }
  return n;
}
