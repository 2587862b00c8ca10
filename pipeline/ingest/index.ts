// Ingest: walk RAW (sorted, recursive), read each file's bytes, hash and decode them. This is one of the
// pipeline's two I/O ends; everything after it works on the typed values returned here.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Reject } from "../../schemas/reject.ts";
import { decodeBytes } from "./decode.ts";

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

/** Files the walker skips and counts, never reads: hidden files and OS debris. */
export const isSkippable = (name: string) => name.startsWith(".") || /^(Thumbs\.db|desktop\.ini|Icon\r)$/i.test(name);

export interface WalkResult {
  files: string[];
  skipped: string[];
}

/** Lists every regular file under root (relative '/'-separated paths, byte-order sorted). */
export async function walkRaw(root: string, exclude: string[] = []): Promise<WalkResult> {
  const files: string[] = [];
  const skipped: string[] = [];
  const excluded = exclude.map((p) => path.resolve(p));
  async function walk(dir: string, rel: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    for (const e of entries) {
      const abs = path.join(dir, e.name);
      const relPath = rel ? `${rel}/${e.name}` : e.name;
      if (excluded.includes(path.resolve(abs))) continue;
      if (isSkippable(e.name)) skipped.push(relPath);
      else if (e.isDirectory()) await walk(abs, relPath);
      else if (e.isFile()) files.push(relPath);
      else skipped.push(relPath);
    }
  }
  await walk(root, "");
  const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));
  return { files: files.sort(byBytes), skipped: skipped.sort(byBytes) };
}

/** Pure: turns one file's bytes into a document or a reject. */
export function ingestBytes(sourceFile: string, bytes: Uint8Array): IngestOutcome {
  const hash = sha256(bytes);
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    return { ok: false, reject: { source_file: sourceFile, source_sha256: hash, stage: "ingest", reason: decoded.reason, detail: decoded.detail } };
  return { ok: true, doc: { id: idFor(sourceFile), sourceFile, sha256: hash, encoding: decoded.encoding, text: decoded.text } };
}

export async function ingestFile(root: string, sourceFile: string): Promise<IngestOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path.join(root, ...sourceFile.split("/")));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "error";
    return { ok: false, reject: { source_file: sourceFile, source_sha256: null, stage: "ingest", reason: "unreadable file", detail: `${code}: ${(err as Error).message.split(",")[0]}` } };
  }
  return ingestBytes(sourceFile, bytes);
}
