// The recipe: ingest → clean → extract → validate → write. Reads RAW at one end, writes one dataset
// version at the other; everything between is the pure per-document pipeline in process.ts.
import path from "node:path";
import type { Article } from "../schemas/article.ts";
import type { AuditEntry } from "../schemas/audit.ts";
import type { Reject } from "../schemas/reject.ts";
import { ingestFile, walkRaw } from "./ingest/index.ts";
import { processDocument } from "./process.ts";
import { loadDatasetConfig } from "./write/config.ts";
import { writeVersion } from "./write/version.ts";

export interface BuildOptions {
  raw: string;
  out: string;
  config: string;
  force?: boolean;
  log?: (line: string) => void;
}

export interface BuildSummary {
  filesSeen: number;
  records: number;
  rejects: number;
  skipped: number;
  rejectsByReason: Record<string, number>;
  dir: string;
  status: string;
  seconds: number;
}

/** Refuses an OUT that is RAW itself or lies inside it: the build would read its own output. */
export function checkFolders(raw: string, out: string): void {
  const r = path.resolve(raw);
  const o = path.resolve(out);
  if (o === r || o.startsWith(r + path.sep)) throw new Error(`OUT (${out}) must not be RAW (${raw}) or inside it`);
}

export async function build(opts: BuildOptions): Promise<BuildSummary> {
  const started = performance.now();
  checkFolders(opts.raw, opts.out);
  const config = await loadDatasetConfig(opts.config);

  // 1. ingest: every file under RAW, sorted, so output order is stable.
  const { files, skipped } = await walkRaw(opts.raw);
  const articles: Article[] = [];
  const audit: AuditEntry[] = [];
  const rejects: Reject[] = [];
  const firstBySha = new Map<string, string>();

  for (const file of files) {
    const ingested = await ingestFile(opts.raw, file);
    if (!ingested.ok) {
      rejects.push(ingested.reject);
      continue;
    }
    // Exact duplicates: one record, the others rejected with a pointer to it.
    const original = firstBySha.get(ingested.doc.sha256);
    if (original) {
      rejects.push({ source_file: file, source_sha256: ingested.doc.sha256, stage: "dedupe", reason: "duplicate file", detail: `duplicate of ${original}` });
      continue;
    }
    // 2–4. clean → extract → validate (pure).
    const outcome = processDocument(ingested.doc);
    if (!outcome.ok) {
      rejects.push(outcome.reject);
      continue;
    }
    firstBySha.set(ingested.doc.sha256, outcome.value.article.id);
    articles.push(outcome.value.article);
    audit.push(...outcome.value.audit);
  }

  if (articles.length + rejects.length !== files.length)
    throw new Error(`accounting broke: ${files.length} files read but ${articles.length} records + ${rejects.length} rejects`);

  // 5. write: one immutable version folder, all or nothing.
  const written = await writeVersion({ outDir: opts.out, config, tables: { articles, rejects, audit }, force: opts.force ?? false });
  const rejectsByReason: Record<string, number> = {};
  for (const r of rejects) rejectsByReason[r.reason] = (rejectsByReason[r.reason] ?? 0) + 1;
  return {
    filesSeen: files.length + skipped.length,
    records: articles.length,
    rejects: rejects.length,
    skipped: skipped.length,
    rejectsByReason,
    dir: written.dir,
    status: written.status,
    seconds: (performance.now() - started) / 1000,
  };
}
