// A deterministic .tar.gz: POSIX ustar entries in byte order of their paths, every mtime fixed at
// TAR_MTIME, uid/gid 0 with empty owner names, modes 0644 (files) / 0755 (folders), gzip header without
// a time stamp and with a fixed OS byte. The same files always give the same bytes, on any machine.
// Written by hand (about a hundred lines) rather than with the npm `tar` package, because determinism is
// the whole point here and a hand-written ustar leaves no field to a library default.
// Files are streamed from disk, so memory does not grow with the archive.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip, constants } from "node:zlib";

const BLOCK = 512;
/** GNU tar's default record size (20 blocks); archives are padded to a multiple of it. */
const RECORD = 20 * BLOCK;
/** Fixed modification time of every entry (the Unix epoch): no build date in the archive. */
export const TAR_MTIME = 0;
const MAX_SIZE = 8 ** 11 - 1; // 11 octal digits

export interface TarEntry {
  /** Path inside the archive, '/'-separated; folders end with '/'. */
  name: string;
  /** File on disk to copy (absent for folders). */
  source?: string;
}

function octal(n: number, width: number): string {
  return n.toString(8).padStart(width - 1, "0") + "\0";
}

function splitName(name: string): { name: string; prefix: string } {
  const bytes = Buffer.byteLength(name);
  if (bytes <= 100) return { name, prefix: "" };
  for (let i = name.lastIndexOf("/", name.length - 2); i > 0; i = name.lastIndexOf("/", i - 1)) {
    const prefix = name.slice(0, i);
    const rest = name.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) return { name: rest, prefix };
  }
  throw new Error(`path too long for a ustar archive: ${name}`);
}

export function tarHeader(entry: { name: string; size: number; dir: boolean }): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  const { name, prefix } = splitName(entry.name);
  if (entry.size > MAX_SIZE) throw new Error(`file too large for a ustar archive: ${entry.name}`);
  h.write(name, 0, 100, "utf8");
  h.write(octal(entry.dir ? 0o755 : 0o644, 8), 100, "ascii");
  h.write(octal(0, 8), 108, "ascii"); // uid
  h.write(octal(0, 8), 116, "ascii"); // gid
  h.write(octal(entry.size, 12), 124, "ascii");
  h.write(octal(TAR_MTIME, 12), 136, "ascii");
  h.write("        ", 148, "ascii"); // checksum placeholder: 8 spaces
  h.write(entry.dir ? "5" : "0", 156, "ascii");
  h.write("ustar\0", 257, "ascii");
  h.write("00", 263, "ascii");
  h.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const b of h) sum += b;
  h.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, "ascii");
  return h;
}

const byteOrder = (a: TarEntry, b: TarEntry) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name));

async function* tarStream(entries: TarEntry[]): AsyncGenerator<Buffer> {
  let written = 0;
  for (const e of [...entries].sort(byteOrder)) {
    const dir = e.name.endsWith("/");
    const size = dir || !e.source ? 0 : (await stat(e.source)).size;
    yield tarHeader({ name: e.name, size, dir });
    written += BLOCK;
    if (dir || !e.source) continue;
    let got = 0;
    for await (const chunk of createReadStream(e.source)) {
      got += (chunk as Buffer).byteLength;
      yield chunk as Buffer;
    }
    if (got !== size) throw new Error(`${e.source} changed while being archived`);
    const pad = (BLOCK - (size % BLOCK)) % BLOCK;
    if (pad) yield Buffer.alloc(pad, 0);
    written += size + pad;
  }
  const end = 2 * BLOCK;
  const total = Math.ceil((written + end) / RECORD) * RECORD;
  yield Buffer.alloc(total - written, 0);
}

/** Sets the gzip header's OS byte to "Unix" whatever zlib was built for. */
function fixedOsByte(): Transform {
  let first = true;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (first && chunk.byteLength > 9) {
        chunk = Buffer.from(chunk);
        chunk[9] = 3;
        first = false;
      }
      done(null, chunk);
    },
  });
}

/** Writes `entries` as a deterministic .tar.gz at `path`. */
export async function writeTarGz(path: string, entries: TarEntry[]): Promise<void> {
  await pipeline(Readable.from(tarStream(entries)), createGzip({ level: constants.Z_BEST_COMPRESSION }), fixedOsByte(), createWriteStream(path));
}

export interface TarListing {
  name: string;
  type: "file" | "dir";
  size: number;
  mtime: number;
  mode: number;
  sha256: string;
}

const field = (h: Buffer, at: number, len: number) => h.subarray(at, at + len).toString("utf8").replace(/\0.*$/s, "");
const num = (h: Buffer, at: number, len: number) => parseInt(field(h, at, len).trim() || "0", 8);

/** Reads a .tar.gz back (streamed), with the SHA-256 of every file: used to verify a release. */
export async function listTarGz(path: string): Promise<TarListing[]> {
  const out: TarListing[] = [];
  let buf: Buffer = Buffer.alloc(0);
  let current: { entry: TarListing; left: number; pad: number; hash: ReturnType<typeof createHash> } | null = null;
  let ended = false;
  const gunzip = createReadStream(path).pipe(createGunzip());
  for await (const chunk of gunzip) {
    buf = buf.byteLength ? Buffer.concat([buf, chunk as Buffer]) : (chunk as Buffer);
    for (;;) {
      if (current) {
        const take = Math.min(current.left, buf.byteLength);
        current.hash.update(buf.subarray(0, take));
        buf = buf.subarray(take);
        current.left -= take;
        if (current.left) break;
        if (buf.byteLength < current.pad) break;
        buf = buf.subarray(current.pad);
        current.entry.sha256 = current.hash.digest("hex");
        out.push(current.entry);
        current = null;
        continue;
      }
      if (ended || buf.byteLength < BLOCK) break;
      const h = buf.subarray(0, BLOCK);
      buf = buf.subarray(BLOCK);
      if (h.every((b) => b === 0)) {
        ended = true;
        break;
      }
      let sum = 0;
      for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
      if (sum !== num(h, 148, 8)) throw new Error(`${path}: bad tar header checksum`);
      const prefix = field(h, 345, 155);
      const name = (prefix ? prefix + "/" : "") + field(h, 0, 100);
      const size = num(h, 124, 12);
      const type = field(h, 156, 1) === "5" ? "dir" : "file";
      const entry: TarListing = { name, type, size, mtime: num(h, 136, 12), mode: num(h, 100, 8), sha256: "" };
      if (type === "dir" || size === 0) {
        if (type === "file") entry.sha256 = createHash("sha256").digest("hex");
        out.push(entry);
        continue;
      }
      current = { entry, left: size, pad: (BLOCK - (size % BLOCK)) % BLOCK, hash: createHash("sha256") };
    }
  }
  if (current) throw new Error(`${path}: archive ends inside ${current.entry.name}`);
  return out;
}
