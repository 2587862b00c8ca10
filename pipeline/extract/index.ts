// Extract: read the article's fields out of the cleaned document — headline first (it anchors the
// rest), then date, byline, standfirst, dateline, outlet, language — and assemble the record. The
// body is whatever live text the rules left, as paragraphs.
import type { Article } from "../../schemas/article.ts";
import type { AuditEntry } from "../../schemas/audit.ts";
import type { Quote } from "../../schemas/quote.ts";
import type { Reject } from "../../schemas/reject.ts";
import type { CleanedDoc } from "../clean/index.ts";
import { paragraphs } from "../document.ts";
import { collapseWhitespace } from "../text/normalize.ts";
import { countWords } from "../text/words.ts";
import { auditRows } from "./audit-rows.ts";
import { quoteAuditRows } from "../quotes/audit.ts";
import { extractQuotes, peopleOf, type SpeakerDecision } from "../quotes/index.ts";
import { runRules, type Rule } from "../rules.ts";
import { byline } from "./rules/byline.ts";
import { dateline } from "./rules/dateline.ts";
import { headerLeftovers } from "./rules/header-leftovers.ts";
import { language } from "./rules/language.ts";
import { outlet } from "./rules/outlet/index.ts";
import { publishedDate } from "./rules/published-date.ts";
import { subtitle } from "./rules/subtitle.ts";
import { title } from "./rules/title.ts";

// (the dateline after the outlet: the outlet rule reads an agency credited in it before it leaves the body)
export const EXTRACT_RULES: readonly Rule[] = [title, publishedDate, byline, subtitle, headerLeftovers, outlet, dateline, language];

/** An article before validation, with its audit trail and its quotations (rows of the quotes table). */
export interface ExtractedArticle {
  article: Article;
  audit: AuditEntry[];
  quotes: Quote[];
}

export type ExtractOutcome = { ok: true; value: ExtractedArticle } | { ok: false; reject: Reject };

export function extract(input: CleanedDoc, rules: readonly Rule[] = EXTRACT_RULES): ExtractOutcome {
  const doc = runRules(input.doc, rules, "extract");
  // Body paragraphs with the raw lines they come from (for the quote stage's audit rows).
  const kept = paragraphs(doc)
    .map((p) => ({ text: collapseWhitespace(p.text), lines: p.lines }))
    .filter((p) => p.text);
  const paras = kept.map((p) => p.text);
  const body = paras.join("\n\n");
  if (!body) {
    const seen = doc.log.filter((e) => e.action === "removed").map((e) => e.rule);
    const counts = [...new Set(seen)].map((r) => `${r}×${seen.filter((x) => x === r).length}`).join(", ");
    return {
      ok: false,
      reject: {
        source_file: input.sourceFile,
        source_sha256: input.sha256,
        stage: "extract",
        reason: "no article body found",
        detail: `${doc.lines.filter((l) => l.text.trim()).length} non-blank lines, all removed or used as metadata (${counts || "nothing matched"})`,
      },
    };
  }
  const c = doc.captured;
  const article: Article = {
    id: input.id,
    source_file: input.sourceFile,
    source_sha256: input.sha256,
    title: c.title,
    subtitle: c.subtitle,
    language: c.language,
    published_date: c.published_date,
    published_time: c.published_time,
    outlet: c.outlet,
    url: c.url,
    authors: c.authors,
    dateline: c.dateline,
    image_credits: c.image_credits,
    related_headlines: c.related_headlines,
    tags: c.tags,
    body,
    paragraph_count: paras.length,
    word_count: countWords(body, c.language),
    source_encoding: input.encoding,
    // Set later by the build, which sees the records in order (pipeline/dedupe).
    near_duplicate_of: null,
    similarity: null,
    quote_count: 0,
    people: [],
    warnings: doc.warnings,
  };
  // Quotations are read from the final body, so their offsets index `article.body`.
  const decisions: SpeakerDecision[] = [];
  const quotes = extractQuotes(article, { decisions });
  article.quote_count = quotes.length;
  article.people = peopleOf(quotes);
  const audit = auditRows(input.id, doc);
  const rawLine = (i: number | undefined) => (i === undefined ? 0 : doc.lines[i].n);
  const linesOf = (k: number): [number, number] => [rawLine(kept[k]?.lines[0]), rawLine(kept[k]?.lines[kept[k].lines.length - 1])];
  audit.push(...quoteAuditRows(input.id, quotes, decisions, linesOf, audit.length));
  return { ok: true, value: { article, audit, quotes } };
}
