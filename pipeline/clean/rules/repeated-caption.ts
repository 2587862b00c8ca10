// Removes a paragraph printed twice in a row inside the article: an image's alt text and then its
// caption, or a teaser card's headline and its link, repeat the same words within a paragraph or two.
// Article text is not written twice in a row, so both copies go (a caption is not the article either),
// except near the top, where a teaser or standfirst that repeats the lead paragraph is dropped and the
// lead kept. Language-neutral: it reads the paragraphs' text only. (Fit: zyte-dev body 0.925 → 0.929,
// text dump 0.917 → 0.923; trafilatura-dev snippets FP 266 → 264; titles, dates, authors unchanged.
// Dropping both copies everywhere lost four lead paragraphs on trafilatura-dev.)
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";
import { countSpaced } from "../../text/normalize.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";

/** Copies at most this many paragraphs apart are one repeated caption (alt text, caption, credit between). */
export const MAX_REPEAT_GAP = 2;
/** Shorter paragraphs ("Share", "Read more", a name) repeat for other reasons and are left to other rules. */
export const MIN_REPEAT_WORDS = 5;
/** A first copy among the article's first paragraphs is a teaser of the lead: only it goes. */
export const LEAD_PARAGRAPHS = 3;
const LIST_MARK = /^[\s•·▪◦*\-–—#>]+/u;

const keyOf = (t: string) => stripInlineMarkdown(t).replace(LIST_MARK, "").replace(/\s+/g, " ").trim().toLowerCase();

export const repeatedCaption: Rule = {
  id: "repeated-caption",
  description: "Removes a paragraph printed twice within two paragraphs in the article (an image's alt text and caption), both copies.",
  apply(ctx) {
    const { doc } = ctx;
    const art = doc.article;
    if (!art) return;
    const paras = paragraphs(doc).filter((p) => p.lines[0] >= art.start && p.lines[p.lines.length - 1] <= art.end);
    const keys = paras.map((p) => keyOf(p.text));
    const drop = new Set<number>();
    for (let a = 0; a < paras.length; a++) {
      if (countSpaced(keys[a]) < MIN_REPEAT_WORDS) continue;
      for (let b = a + 1; b <= a + MAX_REPEAT_GAP && b < paras.length; b++) {
        if (keys[b] !== keys[a]) continue;
        drop.add(a);
        if (a >= LEAD_PARAGRAPHS) drop.add(b);
      }
    }
    // (a page that is nothing but repeated paragraphs keeps them: the rule backs off rather than empty it)
    if (drop.size === paras.length) return;
    for (const k of [...drop].sort((x, y) => x - y)) {
      const p = paras[k];
      ctx.remove(p.lines[0], p.lines[p.lines.length - 1], k < LEAD_PARAGRAPHS ? "paragraph repeated right below (a teaser of the lead)" : "paragraph repeated within two paragraphs (an image's alt text and caption)");
    }
  },
};
