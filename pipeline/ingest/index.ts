// Ingest: walk RAW (sorted, recursive), read each file's bytes, hash and decode them. This is one of the
// pipeline's two I/O ends; everything after it works on the typed values returned here.
//
// Accounting: every entry the walk meets is exactly one of
//   - a file to read (files[]), which later becomes a record or a reject,
//   - a walk-level reject (rejects[]): symlink loops, dangling symlinks, folders that cannot be listed,
//   - a skipped entry (skipped[]): hidden files and folders, OS debris, sockets/FIFOs/devices.
import { createHash } from "node:crypto";
import { createReadStream, type BigIntStats } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Reject } from "../../schemas/reject.ts";
import { decodeBytes, MAX_FILE_BYTES } from "./decode.ts";

export { decodeBytes, MAX_FILE_BYTES, MAX_LINE_CHARS } from "./decode.ts";

export interface IngestedDoc {
  id: string;
  sourceFile: string;
  sha256: string;
  encoding: string;
  text: string;
}

export type IngestOutcome = { ok: true; doc: IngestedDoc } | { ok: false; reject: Reject };

export const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

/** Stable record key: depends only on the relative path, so a corrected file keeps its id. */
export const idFor = (sourceFile: string) => sha256(sourceFile).slice(0, 16);

/** OS debris that is never an article: Finder/Explorer metadata files. */
const OS_DEBRIS = /^(\.DS_Store|\._.+|\.Spotlight-V100|\.Trashes|\.fseventsd|Thumbs\.db|ehthumbs\.db|desktop\.ini|Icon\r|__MACOSX|\$RECYCLE\.BIN)$/i;

/** Why the walker skips an entry without reading it, or null to read it. */
export function skipReason(name: string): string | null {
  if (OS_DEBRIS.test(name)) return "OS debris";
  if (name.startsWith(".")) return "hidden";
  return null;
}

/** Kept for callers that only need a yes/no. */
export const isSkippable = (name: string) => skipReason(name) !== null;

export interface Skipped {
  path: string;
  reason: string;
}

export interface WalkResult {
  /** Regular files (or symlinks to them) to read, relative '/'-separated paths, byte-order sorted. */
  files: string[];
  /** Entries skipped unread, with why. */
  skipped: Skipped[];
  /** Entries that are neither readable files nor skippable: symlink loops, dangling links, unlistable folders. */
  rejects: Reject[];
}

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? "error";

/** Lists every entry under root; follows symlinks to files and folders, refusing loops. */
export async function walkRaw(root: string): Promise<WalkResult> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const rejects: Reject[] = [];
  const walkReject = (relPath: string, reason: string, detail: string) =>
    rejects.push({ source_file: relPath, source_sha256: null, stage: "ingest", reason, detail });

  // Real paths of the folders on the current descent path: a symlink back to one of them is a loop.
  async function walk(dir: string, rel: string, ancestors: Map<string, string>): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      walkReject(rel || ".", "unreadable folder", `${errCode(err)}: cannot list the folder`);
      return;
    }
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      const why = skipReason(e.name);
      if (why) {
        skipped.push({ path: relPath, reason: why });
        continue;
      }
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = await stat(abs);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          const code = errCode(err);
          if (code === "ELOOP") walkReject(relPath, "symlink loop", "ELOOP: the symlink resolves to itself");
          else if (code === "ENOENT") walkReject(relPath, "unreadable file", "ENOENT: dangling symlink (its target does not exist)");
          else walkReject(relPath, "unreadable file", `${code}: cannot follow the symlink`);
          continue;
        }
      }
      if (isDir) {
        let real: string;
        try {
          real = await realpath(abs);
        } catch (err) {
          walkReject(relPath, "unreadable folder", `${errCode(err)}: cannot resolve the folder`);
          continue;
        }
        const loopTo = ancestors.get(real);
        if (loopTo !== undefined) {
          walkReject(relPath, "symlink loop", `symlink to a folder that contains it (${loopTo || "RAW itself"}); not followed`);
          continue;
        }
        const next = new Map(ancestors);
        next.set(real, relPath);
        await walk(abs, relPath, next);
      } else if (isFile) files.push(relPath);
      else skipped.push({ path: relPath, reason: "not a regular file" });
    }
  }
  await walk(root, "", new Map([[await realpath(root), ""]]));
  return {
    files: files.sort(byBytes),
    skipped: skipped.sort((a, b) => byBytes(a.path, b.path)),
    rejects: rejects.sort((a, b) => byBytes(a.source_file, b.source_file)),
  };
}

/** Pure: turns one file's bytes into a document or a reject. */
export function ingestBytes(sourceFile: string, bytes: Uint8Array, hash: string = sha256(bytes)): IngestOutcome {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    return { ok: false, reject: { source_file: sourceFile, source_sha256: hash, stage: "ingest", reason: decoded.reason, detail: decoded.detail } };
  return { ok: true, doc: { id: idFor(sourceFile), sourceFile, sha256: hash, encoding: decoded.encoding, text: decoded.text } };
}

/** The raw bytes of one file and their hash, or a ready reject (unreadable, too large). */
export type ReadOutcome = { ok: true; bytes: Uint8Array; sha256: string; stamp: BigIntStats } | { ok: false; reject: Reject };

const unreadable = (sourceFile: string, err: unknown): ReadOutcome => ({
  ok: false,
  reject: {
    source_file: sourceFile,
    source_sha256: null,
    stage: "ingest",
    reason: "unreadable file",
    detail: `${errCode(err)}: ${(err as Error).message.split(",")[0].replace(/^\w+: /, "")}`,
  },
});

async function hashStream(file: string): Promise<string> {
  const h = createHash("sha256");
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest("hex");
}

/** Reads one file under root. Files over MAX_FILE_BYTES are hashed as a stream, never held in memory. */
export async function readRawFile(root: string, sourceFile: string): Promise<ReadOutcome> {
  const abs = path.join(root, ...sourceFile.split("/"));
  try {
    const st = await stat(abs, { bigint: true });
    if (st.size > BigInt(MAX_FILE_BYTES)) {
      const hash = await hashStream(abs);
      return {
        ok: false,
        reject: { source_file: sourceFile, source_sha256: hash, stage: "ingest", reason: "file too large", detail: `${st.size} bytes, over the limit of ${MAX_FILE_BYTES} bytes` },
      };
    }
    const bytes = await readFile(abs);
    return { ok: true, bytes, sha256: sha256(bytes), stamp: st };
  } catch (err) {
    return unreadable(sourceFile, err);
  }
}

export async function ingestFile(root: string, sourceFile: string): Promise<IngestOutcome> {
  const read = await readRawFile(root, sourceFile);
  if (!read.ok) return read;
  return ingestBytes(sourceFile, read.bytes, read.sha256);
}
