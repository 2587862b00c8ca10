// The whole per-file work of a build, pure: bytes → decode → clean → extract → validate → rows for
// every table, plus the MinHash signature the build's near-duplicate check needs. Runs in a worker
// thread or inline (one job); both give the same result, which is what makes output byte-identical.
import { describeColumns } from "../../schemas/describe.ts";
import { TABLES, type TableName } from "../../schemas/tables.ts";
import type { Reject } from "../../schemas/reject.ts";
import { checkBody } from "../body-gate.ts";
import { minhash } from "../dedupe/index.ts";
import { ingestBytes } from "../ingest/index.ts";
import { processDocument } from "../process.ts";
import { csvRowLine } from "../write/csv.ts";
import { jsonLineEncoder } from "../write/jsonl.ts";
import type { EncodedRows } from "../write/types.ts";

export type Row = Record<string, unknown>;

/** Rows a record contributes to each table other than rejects (articles: one row; audit, quotes, ...: many). */
export type RecordRows = Partial<Record<TableName, Row[]>>;

// A table's rows of one record are also encoded here as the JSONL and CSV writers would write them
// (EncodedRows). Encoding on the worker thread takes that work off the writing thread, and the cache
// keeps the bytes, so a cached rebuild copies them instead of encoding every row again. The writers
// use them only when the release policy leaves the rows untouched (pipeline/write/version.ts).

export type FileResult =
  | { ok: true; id: string; sha256: string; rows: RecordRows; signature: number[]; encoded?: Partial<Record<TableName, EncodedRows>> }
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

/**
 * Tables whose rows are encoded by the worker: all record tables but articles, whose row the build still
 * completes (near-duplicate fields) and which is one row per record anyway.
 */
export const PRE_ENCODED_TABLES = RECORD_TABLES.filter((n) => n !== "articles");

const utf8 = new TextEncoder();
const encoders = new Map<TableName, { jsonl: (row: Row) => string; csv: (row: Row) => string }>();
function encoderFor(table: TableName) {
  let e = encoders.get(table);
  if (!e) {
    const specs = describeColumns(TABLES[table].schema);
    const jsonl = jsonLineEncoder(specs.map((c) => c.name));
    e = { jsonl, csv: (row) => csvRowLine(specs, row) };
    encoders.set(table, e);
  }
  return e;
}

/** The pre-encoded JSONL and CSV bytes of each PRE_ENCODED_TABLES table with rows. */
export function encodeRows(rows: RecordRows): Partial<Record<TableName, EncodedRows>> {
  const out: Partial<Record<TableName, EncodedRows>> = {};
  for (const table of PRE_ENCODED_TABLES) {
    const list = rows[table];
    if (!list?.length) continue;
    const e = encoderFor(table);
    let jsonl = "";
    let csv = "";
    for (const row of list) {
      jsonl += e.jsonl(row);
      csv += e.csv(row);
    }
    out[table] = { jsonl: utf8.encode(jsonl), csv: utf8.encode(csv) };
  }
  return out;
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
    const rows = rowsOf(value);
    return {
      ok: true,
      id: ing.doc.id,
      sha256: job.sha256,
      rows,
      signature: Array.from(minhash(String(value.article.body ?? ""))),
      encoded: encodeRows(rows),
    };
  } catch (err) {
    // A bug in one rule must not stop the build: the file becomes a reject saying what broke.
    const e = err as Error;
    return {
      ok: false,
      reject: { source_file: job.sourceFile, source_sha256: job.sha256, stage: "extract", reason: "pipeline error", detail: `${e.name}: ${e.message}`.slice(0, 500) },
    };
  }
}
