// A buffered file sink that respects stream back-pressure, so writers can await it per row.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { finished } from "node:stream/promises";

const FLUSH_AT = 1 << 16;

export interface FileSink {
  write(chunk: string | Uint8Array): Promise<void> | void;
  close(): Promise<void>;
  abort(): void;
}

export function openFileSink(path: string): FileSink {
  // "wx": a writer never silently overwrites a file of the version folder.
  const out = createWriteStream(path, { flags: "wx" });
  let failure: Error | undefined;
  out.on("error", (e) => (failure = e));
  let pending: Uint8Array[] = [];
  let size = 0;
  // Text is gathered as one string and encoded once per flush, not once per row.
  let text = "";

  const takeText = () => {
    if (!text) return;
    const bytes = Buffer.from(text, "utf8");
    text = "";
    pending.push(bytes);
    size += bytes.byteLength;
  };

  const flush = (): Promise<void> | void => {
    if (failure) throw failure;
    takeText();
    if (!size) return;
    const buf = pending.length === 1 ? pending[0] : Buffer.concat(pending, size);
    pending = [];
    size = 0;
    if (!out.write(buf)) return once(out, "drain").then(() => undefined);
  };

  return {
    write(chunk) {
      if (typeof chunk === "string") text += chunk;
      else {
        takeText();
        pending.push(chunk);
        size += chunk.byteLength;
      }
      if (size + text.length >= FLUSH_AT) return flush();
    },
    async close() {
      await flush();
      out.end();
      await finished(out);
      if (failure) throw failure;
    },
    abort() {
      out.destroy();
    },
  };
}
