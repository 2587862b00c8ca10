// A buffered file sink that respects stream back-pressure, so writers can await it per row.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { resolve } from "node:path";
import type { FileStat } from "../../schemas/derive/datapackage.ts";
import { once } from "node:events";
import { finished } from "node:stream/promises";

const FLUSH_AT = 1 << 16;
// Bytes a stream may hold before write() asks the writer to wait. At Node's default (16 KB) every
// 64 KB flush waited for its own write to finish, which left a cached rebuild's thread idle a quarter
// of the time; 1 MB keeps several flushes in flight per file (at most ~1 MB of each open file held).
const IN_FLIGHT = 1 << 20;

/**
 * Size and SHA-256 of files this process wrote and closed, by absolute path: hashed on the way out, so
 * checksums need not read a freshly written file back (checksums.ts takes them, once each).
 */
const closedFiles = new Map<string, FileStat>();

/** The stat recorded when `path` was closed by a sink (and forgets it), or undefined. */
export function takeWrittenStat(path: string): FileStat | undefined {
  const abs = resolve(path);
  const s = closedFiles.get(abs);
  closedFiles.delete(abs);
  return s;
}

export interface FileSink {
  write(chunk: string | Uint8Array): Promise<void> | void;
  close(): Promise<void>;
  abort(): void;
}

export function openFileSink(path: string): FileSink {
  // "wx": a writer never silently overwrites a file of the version folder.
  const out = createWriteStream(path, { flags: "wx", highWaterMark: IN_FLIGHT });
  let failure: Error | undefined;
  out.on("error", (e) => (failure = e));
  let pending: Uint8Array[] = [];
  let size = 0;
  const hash = createHash("sha256");
  let total = 0;
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
    hash.update(buf);
    total += buf.byteLength;
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
      closedFiles.set(resolve(path), { bytes: total, sha256: hash.digest("hex") });
    },
    abort() {
      out.destroy();
    },
  };
}
