// Incremental builds: a content-addressed cache of per-file results under `<OUT>/.cache/<fingerprint>/`,
// outside every version folder. An entry's key is SHA-256 of (source_file, raw-file SHA-256); the
// folder's fingerprint is a hash of the pipeline's own code and rules (every file under pipeline/ and
// schemas/, the lockfile, Node's and ICU's versions), so changing any rule or library starts a fresh
// cache and a stale result can never be served. Entries are written to a temp file and renamed, carry
// their key, and are parsed defensively: a truncated or corrupt entry is a miss and gets rewritten.
// Only the per-file work is cached; duplicate detection runs on every build, so the dataset is
// byte-identical to a clean build.
// Entry layout: one line of JSON (the key and the result, with each pre-encoded byte block replaced
// by its length), then the blocks' bytes back to back. JSON never holds a raw line break, so the first
// "\n" ends the header; lengths that do not add up to the rest of the file mark the entry corrupt.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FileResult } from "../parallel/process-file.ts";
import type { EncodedRows } from "../write/types.ts";

type Blocks = Record<string, { jsonl: number; csv: number }>;

/** A result as the bytes of one cache entry. */
export function encodeEntry(key: string, result: FileResult): Buffer {
  if (!result.ok || !result.encoded) return Buffer.from(JSON.stringify({ key, result }) + "\n");
  const { encoded, ...rest } = result;
  const blocks: Blocks = {};
  const parts: Uint8Array[] = [];
  for (const [table, e] of Object.entries(encoded) as [string, EncodedRows][]) {
    blocks[table] = { jsonl: e.jsonl.byteLength, csv: e.csv.byteLength };
    parts.push(e.jsonl, e.csv);
  }
  return Buffer.concat([Buffer.from(JSON.stringify({ key, result: rest, blocks }) + "\n"), ...parts]);
}

/** The result held by a cache entry, or null when it is not a complete entry for `key`. */
export function decodeEntry(key: string, bytes: Buffer): FileResult | null {
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  let head: { key?: string; result?: FileResult; blocks?: Blocks };
  try {
    head = JSON.parse(bytes.toString("utf8", 0, nl));
  } catch {
    return null;
  }
  const result = head.result;
  if (head.key !== key || !result || typeof result.ok !== "boolean") return null;
  let at = nl + 1;
  if (head.blocks && result.ok) {
    const encoded: Record<string, EncodedRows> = {};
    for (const [table, len] of Object.entries(head.blocks)) {
      if (!Number.isInteger(len?.jsonl) || !Number.isInteger(len?.csv) || at + len.jsonl + len.csv > bytes.byteLength) return null;
      const view = (from: number, n: number) => new Uint8Array(bytes.buffer, bytes.byteOffset + from, n);
      encoded[table] = { jsonl: view(at, len.jsonl), csv: view(at + len.jsonl, len.csv) };
      at += len.jsonl + len.csv;
    }
    result.encoded = encoded;
  }
  return at === bytes.byteLength ? result : null;
}

/** Sub-folder of OUT holding the cache (hidden, so no version logic ever touches it). */
export const CACHE_DIR = ".cache";
/** Bump when the entry format changes. */
const FORMAT = 2;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function listSources(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) listSources(abs, out);
    else if (/\.(ts|mts|mjs|js|json)$/.test(name)) out.push(abs);
  }
}

let memo: string | null = null;

/** Hash of everything that decides a file's result: pipeline and schema sources, lockfile, runtime. */
export function pipelineFingerprint(): string {
  if (memo) return memo;
  const h = createHash("sha256").update(`format ${FORMAT}\0node ${process.versions.node}\0icu ${process.versions.icu ?? ""}\0`);
  const files: string[] = [];
  for (const d of ["pipeline", "schemas"]) listSources(path.join(repoRoot, d), files);
  files.push(path.join(repoRoot, "package-lock.json"));
  for (const f of files) {
    h.update(path.relative(repoRoot, f).split(path.sep).join("/")).update("\0");
    try {
      h.update(readFileSync(f));
    } catch {
      h.update("(missing)");
    }
    h.update("\0");
  }
  memo = h.digest("hex").slice(0, 16);
  return memo;
}

export interface ResultCache {
  /** This fingerprint's folder (the raw-file index lives there too). */
  dir: string;
  /**
   * The cached result, or null. Synchronous on purpose: entries are small, mostly in the page cache,
   * and a cached rebuild's main thread does little else; fs.promises would spend about 4x as long
   * per entry in thread-pool round trips (open, fstat, read, close).
   */
  get(sourceFile: string, sha256: string): FileResult | null;
  put(sourceFile: string, sha256: string, result: FileResult): Promise<void>;
  /** Removes cache folders of other fingerprints (older code) once a build has succeeded. */
  prune(): Promise<void>;
  stats: { hits: number; misses: number; corrupt: number };
}

const keyOf = (sourceFile: string, sha256: string) => createHash("sha256").update(sourceFile).update("\0").update(sha256).digest("hex");

/**
 * `fingerprint` defaults to this code's own; a Ray shard task, which runs a bundle without the sources
 * to hash, is handed its driver's.
 */
export function openCache(outDir: string, fingerprint: string = pipelineFingerprint()): ResultCache {
  const fp = fingerprint;
  const root = path.join(outDir, CACHE_DIR);
  const dir = path.join(root, fp);
  const fileFor = (key: string) => path.join(dir, key.slice(0, 2), `${key}.entry`);
  const stats = { hits: 0, misses: 0, corrupt: 0 };
  const made = new Set<string>();
  let tmpSeq = 0;
  return {
    dir,
    stats,
    get(sourceFile, sha256) {
      const key = keyOf(sourceFile, sha256);
      let bytes: Buffer;
      try {
        bytes = readFileSync(fileFor(key));
      } catch {
        stats.misses++;
        return null;
      }
      const result = decodeEntry(key, bytes);
      if (result) stats.hits++;
      else {
        stats.corrupt++;
        stats.misses++;
      }
      return result;
    },
    async put(sourceFile, sha256, result) {
      const key = keyOf(sourceFile, sha256);
      const file = fileFor(key);
      const sub = path.dirname(file);
      try {
        if (!made.has(sub)) {
          await mkdir(sub, { recursive: true });
          made.add(sub);
        }
        const tmp = `${file}.tmp-${process.pid}-${tmpSeq++}`;
        await writeFile(tmp, encodeEntry(key, result));
        await rename(tmp, file);
      } catch {
        // A cache that cannot be written only costs speed next time; the build goes on.
      }
    },
    async prune() {
      let names: string[];
      try {
        names = await readdir(root);
      } catch {
        return;
      }
      for (const n of names) if (n !== fp) await rm(path.join(root, n), { recursive: true, force: true });
    },
  };
}
