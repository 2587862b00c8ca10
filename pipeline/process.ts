// One document through the pure stages: clean → extract → validate. No I/O: given the ingested text,
// the result is always the same, which is what makes builds deterministic and cacheable.
import type { Reject } from "../schemas/reject.ts";
import { clean } from "./clean/index.ts";
import { extract, type ExtractedArticle } from "./extract/index.ts";
import type { IngestedDoc } from "./ingest/index.ts";
import { validate } from "./validate/index.ts";

export type DocOutcome = { ok: true; value: ExtractedArticle } | { ok: false; reject: Reject };

export function processDocument(doc: IngestedDoc): DocOutcome {
  const extracted = extract(clean(doc));
  if (!extracted.ok) return extracted;
  return validate(extracted.value);
}
