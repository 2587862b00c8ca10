// Audit rows of the quote stage: one row per quotation saying which attribution rule named its speaker
// (a reporting cue after or before it, a dash-speech cue, a colon label, a heading, the patterns for
// scripts without capitals, a carry-over from the previous quotation, the narration's subject) or why
// it has none, so "why is this speaker null?" has an answer in the audit table like a removed line does.
import type { AuditEntry } from "../../schemas/audit.ts";
import type { Quote } from "../../schemas/quote.ts";
import type { SpeakerDecision } from "./index.ts";

/** Longest audit text, as the rule driver cuts it (pipeline/rules.ts). */
const MAX_TEXT = 200;

/**
 * The rows, numbered from `seq`. `lines(k)` gives the first and last raw line of body paragraph k (0 when
 * unknown); a quotation's row spans its paragraphs' lines.
 */
export function quoteAuditRows(articleId: string, quotes: readonly Quote[], decisions: readonly SpeakerDecision[], lines: (k: number) => [number, number], seq: number): AuditEntry[] {
  const byId = new Map(quotes.map((q) => [q.quote_id, q]));
  return decisions.map((d, i) => {
    const q = byId.get(d.quote_id);
    const text = `${d.quote_id} → ${q?.speaker ?? "null"}: ${q?.text ?? ""}`;
    return {
      article_id: articleId,
      seq: seq + i,
      stage: "extract",
      rule: `quote-${d.via}`,
      action: "decided",
      field: "speaker",
      first_line: lines(d.paragraph)[0],
      last_line: lines(d.lastParagraph)[1],
      reason: d.reason,
      text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT - 1) + "…" : text,
    };
  });
}
