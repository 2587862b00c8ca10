// Removes a lead-in left hanging at the end of the article: "Das könnte dich auch interessieren:",
// "Weitere Beiträge aus der Kolumne:", "Autoren:", "See also", "Otras noticias". Once the region rule
// has dropped the list of links, teasers or names it introduced, nothing follows it, so it is no
// article text. Told by shape (a short paragraph ending in a colon, the last of the article, after its
// running text) or by a related-article lead-in of the word list, in any language.
import type { Rule } from "../../rules.ts";
import { removeTrailingParagraphs } from "../trailing-paragraphs.ts";
import { RELATED_LEADS } from "../lexicon/related.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";
import { countSpaced } from "../../text/normalize.ts";

/** A dangling lead-in has at most this many words (a sentence that introduces a quote or a list is longer). */
export const MAX_LEAD_WORDS = 8;
/** At most this many lead-ins are taken off the end (a heading over a label: "More from us" / "Tags:"). */
const MAX_TRAILING = 3;
const LEADS: ReadonlySet<string> = new Set(RELATED_LEADS);
const COLON_END = /[:：]$/u;
const INNER_SENTENCE_END = /[.!?。！？]\s+\S/u;
/** Closing emphasis, arrows and ellipses after a lead-in ("Read more »", "Lesen Sie auch …"). */
const TRAILING_MARKS = /[\s*_»›>→…]+$/u;
const LEADING_MARKS = /^[\s*_#>•·▪◦\-–—]+/u;

/** The lead-in's words: markup, list and heading marks, and trailing arrows stripped. */
const bare = (t: string) => stripInlineMarkdown(t).replace(LEADING_MARKS, "").replace(TRAILING_MARKS, "").trim();

/** Does the paragraph read as a lead-in with nothing after it? */
export function danglingLead(text: string): boolean {
  const t = bare(text);
  if (!t || countSpaced(t) > MAX_LEAD_WORDS) return false;
  // A sentence before it ("… knows the answer. In short:") or code ("install it with `pip`:") means the
  // paragraph introduced code or a quotation, which the region rule may have dropped as not prose.
  if (INNER_SENTENCE_END.test(t) || t.includes("`")) return false;
  if (COLON_END.test(t)) return true;
  return LEADS.has(t.toLowerCase().replace(/\.+$/, ""));
}

export const danglingLeadIn: Rule = {
  id: "dangling-lead-in",
  description: "Removes a lead-in ('See also', 'More on this:') left as the article's last paragraph, once what it introduced has gone.",
  apply(ctx) {
    removeTrailingParagraphs(ctx, MAX_TRAILING, danglingLead, "lead-in at the end of the article, with nothing after it");
  },
};
