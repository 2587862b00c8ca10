// Removes the chrome of social-media posts embedded in the story: the "View this post on Instagram" link
// and the "A post shared by Name (@handle)" line (in the page's language). The post's own words stay (a
// quoted post is part of what the story reports), and so does an embedded tweet's sign-off ("— Name
// (@handle) March 3, 2026"), which says whose words they are; the chrome is not article text, and its
// account's name is no author.
import type { Rule } from "../../rules.ts";
import { EMBED_SHARED_LEADS, EMBED_VIEW_LEADS } from "../lexicon/embeds.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";

/** An embed's chrome is one short line. */
const MAX_CHARS = 160;
/** A shared-by line without a handle is a few words: a longer one is a sentence. */
const MAX_SHARED_WORDS = 10;
const HANDLE = /@[\w.]+/;
/** The first character after the leading marks the test trims; the first characters of the leads. */
const FIRST_LETTER = /[^\s*_#>]/u;
const LEAD_FIRST = new Set([...EMBED_VIEW_LEADS, ...EMBED_SHARED_LEADS].map((l) => l[0]));
const lower = (t: string) => t.toLowerCase().replace(/\s+/g, " ");

/** Is the line an embedded post's chrome: its "view this post" link or its "shared by" line? */
export function isEmbedChrome(text: string): boolean {
  if (text.length > MAX_CHARS * 3) return false;
  // Without link markup, only leading marks and spaces are trimmed: a longer line is no chrome, and a line
  // with no handle must open with a lead's first letter (most lines stop at these tests).
  const links = text.includes("](");
  if (!links && text.trim().length > MAX_CHARS + 16) return false;
  if (!text.includes("@")) {
    // (a link's text is what a reader sees first: "[View this post on Instagram](…)"; an image or an
    // autolink at the start is left to the full test)
    const at = FIRST_LETTER.exec(text);
    let k = at ? at.index : -1;
    if (links && k >= 0 && text[k] === "[") while ("[*_ \t".includes(text[k] ?? "x")) k++;
    const c = k >= 0 ? text[k] : undefined;
    if (c === undefined || (!(links && (c === "!" || c === "<")) && !LEAD_FIRST.has(c.toLowerCase()))) return false;
  }
  const t = (text.includes("](") ? stripInlineMarkdown(text) : text).replace(/^[\s*_#>]+|[\s*_]+$/g, "").trim();
  if (!t || t.length > MAX_CHARS) return false;
  const l = lower(t);
  if (EMBED_VIEW_LEADS.some((lead) => l.startsWith(lead))) return true;
  const handle = HANDLE.test(l);
  // The lead opens the line (or, in CJK and Korean, follows the account's name), with a handle or in a few words.
  return EMBED_SHARED_LEADS.some((lead) => (l.startsWith(lead) && (handle || l.split(" ").length <= MAX_SHARED_WORDS)) || (handle && l.includes(lead)));
}

export const embeddedPost: Rule = {
  id: "embedded-post",
  description: "Removes an embedded social post's chrome: 'View this post on Instagram', 'A post shared by …'.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy || !line.text.trim()) return;
      if (isEmbedChrome(line.text)) ctx.remove(i, i, "embedded post's chrome (view link or shared-by line)");
    });
  },
};
