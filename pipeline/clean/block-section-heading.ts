// The heading of the page's next section under the article: a block that is nothing but a related-links
// lead ("Related articles", "Ähnliche Beiträge", "Otras noticias", "関連記事"), the heading of the author's
// box ("About the author", "Über den Autor") or a tag label ("Tags:", "Schlagwörter"), alone or with its
// tags ("Tags: Verkehr, Bus"). In a text dump the teasers, tags and comments under such a heading are
// plain lines of prose-like text (their links are gone), so the densest run can run on into them. Where
// the heading stands after most of the region's kept words, the article ends above it. A lead with a
// headline on the same line ("Lesen Sie auch: …") is an inline link, not a section's heading, and does
// not count.
import type { Block } from "./blocks.ts";
import { RELATED_ONLY_LEADS } from "./lexicon/related.ts";
import { TAG_LABELS } from "./lexicon/tag-labels.ts";
import { AUTHOR_BOX_HEADINGS } from "./lexicon/author-bio.ts";

const HEADINGS: ReadonlySet<string> = new Set([...RELATED_ONLY_LEADS, ...TAG_LABELS, ...AUTHOR_BOX_HEADINGS]);
/** A heading is at most this many characters long once its marks are stripped. */
const MAX_HEADING_CHARS = Math.max(...[...HEADINGS].map((h) => h.length));
/** Heading, list and emphasis marks around the words, and a closing colon, arrow or ellipsis. */
const AROUND = /^[\s#*_>•·\-–—|[]+|[\s*_:：»›→…|.\]]+$/gu;

const TAGS: ReadonlySet<string> = new Set(TAG_LABELS);
/** "Label: items" — a tag label, its colon (a dump may drop the space after it) and a few tags. */
const LABELLED = /^\s*([^:：]{1,40}?)\s*[:：]\s*(\S.*)$/u;
/** The tags after a tag label: at most this many words, with no sentence mark at the end. */
const MAX_TAG_LINE_WORDS = 12;

/** Is the text a section heading: a related-links lead or a tag label alone, or a tag label with its tags? */
export function isSectionHeading(text: string): boolean {
  if (text.length > MAX_HEADING_CHARS + 12) return taggedLine(text);
  const words = text.replace(AROUND, "").replace(/\s+/g, " ").toLowerCase();
  return HEADINGS.has(words) || taggedLine(text);
}

function taggedLine(text: string): boolean {
  const m = LABELLED.exec(text);
  if (!m || !TAGS.has(m[1].replace(AROUND, "").toLowerCase())) return false;
  return m[2].split(/\s+/).length <= MAX_TAG_LINE_WORDS && !/[.!?…。！？]["'”’»)]*$/u.test(m[2]);
}

/**
 * The heading stands after this share of the region's kept words: a "Read also" box inside the story
 * (a lead, one teaser, then more paragraphs) stands higher up.
 */
const MIN_SHARE_ABOVE = 0.8;

/**
 * The first block in (start, end] that is a section heading with at least MIN_SHARE_ABOVE of the kept
 * words of [start, end] above it, or -1. `words(i)` counts a block's words.
 */
export function sectionHeadingIn(blocks: Block[], keep: boolean[], start: number, end: number, words: (i: number) => number): number {
  let total = 0;
  for (let i = start; i <= end; i++) if (keep[i]) total += words(i);
  let above = keep[start] ? words(start) : 0;
  for (let i = start + 1; i <= end; i++) {
    if (above >= MIN_SHARE_ABOVE * total && isSectionHeading(blocks[i].text)) return i;
    if (keep[i]) above += words(i);
  }
  return -1;
}
