// A comment section's header inside the article region. Blogs open their comments with a count and the
// post's title in quotes ("11 responses to “Title”", "5 Gedanken zu „Titel“", "3 commentaires sur « Titre »");
// in a text dump the comments that follow are short prose, so the densest run can run on into them. The
// shape is language-free: a count, at most four words, then the headline printed above in quotes (a
// short block earlier on the page holds the quoted words). Where such a block follows the article's first
// paragraph, the article ends before it.
import type { Block } from "./blocks.ts";

/** A count ("11", "2. 11" in a numbered dump), one to four words, then quoted words and nothing after. */
const COUNT_QUOTE = /^(?:\d+\.\s+)?\d+\s+(?:[^\s\d“”"„«»‚‘’]+\s+){1,4}[“"„«‚‘]\s*(.+?)\s*[”"“»‘’]\s*:?$/u;
/** The quoted title has at least this many characters. */
const MIN_TITLE_CHARS = 8;
/** The headline block above holds the title with at most this many characters around it. */
const HEADLINE_SLACK = 40;

/** The quoted title of a comment-count header, or null when the text is not one. */
export function commentHeaderTitle(text: string): string | null {
  const m = COUNT_QUOTE.exec(text);
  return m && m[1].length >= MIN_TITLE_CHARS ? m[1] : null;
}

/**
 * The first block in (from, to] that is a comment-count header quoting a short block above it (the
 * page's headline), or -1.
 */
export function commentHeaderIn(blocks: Block[], from: number, to: number): number {
  for (let i = from + 1; i <= to; i++) {
    const t = blocks[i].text;
    // (cheap test first: a header opens with a digit)
    const c = t.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    const title = commentHeaderTitle(t);
    if (!title) continue;
    for (let j = 0; j < i; j++) {
      const h = blocks[j].text;
      if (h.length <= title.length + HEADLINE_SLACK && h.includes(title)) return i;
    }
  }
  return -1;
}
