// The whole per-file work of a build, pure: bytes → decode → clean → extract → validate → rows for
// every table, plus the MinHash signature the build's near-duplicate check needs. Runs in a worker
// thread or inline (one job); both give the same result, which is what makes output byte-identical.
import { TABLES, type TableName } from "../../schemas/tables.ts";
import type { Reject } from "../../schemas/reject.ts";
import { checkBody } from "../body-gate.ts";
import { minhash } from "../dedupe/index.ts";
import { ingestBytes } from "../ingest/index.ts";
import { processDocument } from "../process.ts";

export type Row = Record<string, unknown>;

/** Rows a record contributes to each table other than rejects (articles: one row; audit, quotes, ...: many). */
export type RecordRows = Partial<Record<TableName, Row[]>>;

export type FileResult =
  | { ok: true; id: string; sha256: string; rows: RecordRows; signature: number[] }
  | { ok: false; reject: Reject };

export interface FileJob {
  sourceFile: string;
  bytes: Uint8Array;
  sha256: string;
}

/** Tables a record fills, in TABLES order: every table but rejects. */
export const RECORD_TABLES = (Object.keys(TABLES) as TableName[]).filter((n) => n !== "rejects");

/**
 * Spreads a processed article over the tables generically: `articles` gets the article itself; every
 * other table takes the same-named list on the result (audit, quotes, ...), so a new table only needs
 * its rows on the processed value.
 */
export function rowsOf(value: { article: Row } & Record<string, unknown>): RecordRows {
  const rows: RecordRows = {};
  for (const n of RECORD_TABLES) {
    if (n === "articles") rows[n] = [value.article];
    else {
      const list = value[n];
      rows[n] = Array.isArray(list) ? (list as Row[]) : [];
    }
  }
  return rows;
}

export function processFile(job: FileJob): FileResult {
  const ing = ingestBytes(job.sourceFile, job.bytes, job.sha256);
  if (!ing.ok) return ing;
  try {
    const out = processDocument(ing.doc);
    if (!out.ok) return out;
    const value = out.value as unknown as { article: Row } & Record<string, unknown>;
    const empty = checkBody(String(value.article.body ?? ""), job.sourceFile, job.sha256);
    if (empty) return { ok: false, reject: empty };
    return { ok: true, id: ing.doc.id, sha256: job.sha256, rows: rowsOf(value), signature: Array.from(minhash(String(value.article.body ?? ""))) };
  } catch (err) {
    // A bug in one rule must not stop the build: the file becomes a reject saying what broke.
    const e = err as Error;
    return {
      ok: false,
      reject: { source_file: job.sourceFile, source_sha256: job.sha256, stage: "extract", reason: "pipeline error", detail: `${e.name}: ${e.message}`.slice(0, 500) },
    };
  }
}
