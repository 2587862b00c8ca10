// Sentences at the edges of the article region. The densest run of article-like blocks often stops one
// block short: a short closing line right above the footer ("And have you found yours yet?", "The book
// is out now, €14.90.") or a short opening sentence right above the first paragraph scores below the
// region threshold, because short blocks next to page furniture look like furniture. By shape they are
// not: a sentence of five or more words ending in a sentence mark, touching the region, is article text
// where the model gives it at least EDGE_MIN_PROB. Menu entries, labels and headlines (no sentence mark)
// and link lines never qualify, and the walk stops at the first block that does not, so it cannot cross
// a footer's headings into whatever follows them.
import type { Block } from "./blocks.ts";

/** The model's probability a sentence next to the region needs to be taken in. */
export const EDGE_MIN_PROB = 0.2;
/** At most this many sentences are taken at each edge. */
const MAX_EDGE_BLOCKS = 2;

export interface EdgeTests {
  /** Is the block a sentence (of the shape a closing line has)? */
  closing: (i: number) => boolean;
  /** Is the block a sentence that may open the article (above its first paragraph)? */
  opening: (i: number) => boolean;
  /** Is the block a sentence that may be the article's last paragraph, ending in a full stop? */
  last: (i: number) => boolean;
}

/**
 * The article's last paragraph, when short, scores lowest of all: one sentence with a "Read also" link or
 * a tag line under it looks like a teaser to the model ("Construction is due to begin next spring.",
 * "Przez pierwszy tydzień przejazdy będą bezpłatne."). The one block right after the region's end is
 * taken from this probability when it is a sentence ending in a full stop (no link line, no cue, no appeal).
 */
export const LAST_MIN_PROB = 0.05;

/**
 * The region [start, end] widened over sentence blocks touching it: returns the new bounds and the blocks
 * taken (to keep).
 */
export function edgeSentences(blocks: Block[], probs: ArrayLike<number>, start: number, end: number, t: EdgeTests): { start: number; end: number; taken: number[] } {
  const taken: number[] = [];
  let e = end;
  while (e + 1 < blocks.length && e - end < MAX_EDGE_BLOCKS && probs[e + 1] >= EDGE_MIN_PROB && t.closing(e + 1)) taken.push(++e);
  if (e === end && e + 1 < blocks.length && probs[e + 1] >= LAST_MIN_PROB && t.last(e + 1)) taken.push(++e);
  let s = start;
  while (s > 0 && start - s < MAX_EDGE_BLOCKS && probs[s - 1] >= EDGE_MIN_PROB && t.opening(s - 1)) taken.push(--s);
  return { start: s, end: e, taken };
}
