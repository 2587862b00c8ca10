// Removes a short label left as the article's last paragraph: "Tags", "Topics", "Weiterführende Links",
// "zurück zur Listenansicht", "Kommentieren Sie hier", "إضافة تعليق جديد", a lone "0" (a comment count).
// Such a line heads or links to the section after the article — tags, related links, the comment form —
// which the region rule has dropped; nothing of the article follows it, and an article does not end in
// a line of a few words that is no sentence. Told by shape alone, in any language and script: at most
// five words and forty characters, no sentence mark or closing bracket at its end, not a list item
// (the last ingredient, the last step) and not a sign-off opening with a dash ("— Anna Berg, Oslo").
// Only after the article's running text, and at most three such lines are taken off the end.
import type { Rule } from "../../rules.ts";
import { removeTrailingParagraphs } from "../trailing-paragraphs.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";
import { countSpaced } from "../../text/normalize.ts";

const MAX_WORDS = 5;
const MAX_CHARS = 40;
const MAX_TRAILING = 3;
/** Ends a sentence, a quotation, a bracketed note or a lead-in (dangling-lead-in's concern). */
const CLOSED = /[.!?…。！？؟।:：;；"'”’»)\]）】」』]$/u;
/** A list item (its mark), a sign-off dash or a Markdown heading mark is checked on the raw line. */
const LIST_OR_SIGN_OFF = /^\s*(?:[-*+•·▪◦●□☆–—]|\d{1,3}[.)])\s*\S/u;
const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;

/** Is this paragraph (its raw lines joined) a short label rather than a closing line of the article? */
export function trailingLabel(raw: string): boolean {
  const r = raw.replace(HEADING_MARK, "");
  if (LIST_OR_SIGN_OFF.test(r)) return false;
  const t = stripInlineMarkdown(r).trim();
  return t.length > 0 && t.length <= MAX_CHARS && countSpaced(t) <= MAX_WORDS && !CLOSED.test(t);
}

export const trailingLabelRule: Rule = {
  id: "trailing-label",
  description: "Removes a short label that is no sentence ('Tags', 'Weiterführende Links') left as the article's last paragraph.",
  apply(ctx) {
    // (as metadata: the extract rules still read it — a footer naming the outlet, a "Posted by" line)
    removeTrailingParagraphs(ctx, MAX_TRAILING, trailingLabel, "short label at the end of the article (no sentence, nothing of the article after it)", "metadata");
  },
};
