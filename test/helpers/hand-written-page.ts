// Shared by the end-to-end tests on hand-written pages: a page's lines, one paragraph each, through the
// pure stages (ingest → clean → extract → validate), failing loudly when any stage rejects it.
import { ingestBytes } from "../../pipeline/ingest/index.ts";
import { processDocument } from "../../pipeline/process.ts";
import type { Article } from "../../schemas/article.ts";

/** The article record of a page whose lines are separated by blank lines. */
export function articleOfPage(page: { name: string; lines: readonly string[] }): Article {
  const ingested = ingestBytes(`${page.name}.txt`, new TextEncoder().encode(page.lines.join("\n\n") + "\n"));
  if (!ingested.ok) throw new Error(`ingest rejected: ${ingested.reject.reason}`);
  const out = processDocument(ingested.doc);
  if (!out.ok) throw new Error(`rejected: ${out.reject.reason} (${out.reject.detail})`);
  return out.value.article;
}
