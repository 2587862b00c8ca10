// Sentences at the edges of the article region. The densest run of article-like blocks often stops one
// block short: a short closing line right above the footer ("And have you found yours yet?", "The book
// is out now, €14.90.") or a short opening sentence right above the first paragraph scores below the
// region threshold, because short blocks next to page furniture look like furniture. By shape they are
// not: a sentence of five or more words ending in a sentence mark, touching the region, is article text
// where the model gives it at least EDGE_MIN_PROB. Menu entries, labels and headlines (no sentence mark)
// and link lines never qualify, and the walk stops at the first block that does not, so it cannot cross
// a footer's headings into whatever follows them.
// A paragraph split mid-sentence over two lines ("… ma odciążyć zatłoczone" / "skrzyżowania w
// śródmieściu.") is two blocks: the walk treats such a run as one unit, and a region that ends or starts
// inside one takes the rest of it.
import type { Block } from "./blocks.ts";

/** The model's probability a sentence next to the region needs to be taken in. */
export const EDGE_MIN_PROB = 0.2;
/** At most this many sentences are taken at each edge. */
const MAX_EDGE_BLOCKS = 2;

/**
 * The article's last paragraph, when short, scores lowest of all: one sentence with a "Read also" link or
 * a tag line under it looks like a teaser to the model ("Construction is due to begin next spring.",
 * "Przez pierwszy tydzień przejazdy będą bezpłatne."). The one unit right after the region's end (and
 * after the edge sentences taken there) is taken from this probability when it is a sentence ending in a
 * full stop (no link line, no cue, no appeal).
 */
export const LAST_MIN_PROB = 0.05;

export interface EdgeTests {
  /** Are blocks a..b (one unit) a sentence (of the shape a closing line has)? */
  closing: (a: number, b: number) => boolean;
  /** Are blocks a..b a sentence that may open the article (above its first paragraph)? */
  opening: (a: number, b: number) => boolean;
  /** Are blocks a..b a sentence that may be the article's last paragraph, ending in a full stop? */
  last: (a: number, b: number) => boolean;
  /** Does block i continue the sentence block i - 1 leaves open (the next line of a split paragraph)? */
  continues: (i: number) => boolean;
  /**
   * Is block i a live blog's entry time ("20:00"), a picture with its short caption, or an item of a list
   * or a table's row: something the article runs on across when a sentence of it follows?
   */
  bridge: (i: number) => "stamp" | "picture" | "list" | null;
}

/** A list or table crossed to reach a sentence after it has at most this many blocks. */
const MAX_BRIDGE_BLOCKS = 15;
/** Live-blog entries and lists crossed after the region's end, at most. */
const MAX_BRIDGES = 12;

/**
 * The region [start, end] widened over sentence blocks touching it: returns the new bounds and the blocks
 * taken (to keep).
 */
export function edgeSentences(blocks: Block[], probs: ArrayLike<number>, start: number, end: number, t: EdgeTests): { start: number; end: number; taken: number[] } {
  const n = blocks.length;
  const taken: number[] = [];
  /** The last block of the unit that starts at i; the first of the unit that ends at i. */
  const unitEnd = (i: number) => {
    while (i + 1 < n && t.continues(i + 1)) i++;
    return i;
  };
  const unitStart = (i: number) => {
    while (i > 0 && t.continues(i)) i--;
    return i;
  };
  const best = (a: number, b: number) => {
    let p = 0;
    for (let i = a; i <= b; i++) p = Math.max(p, probs[i]);
    return p;
  };
  let e = end;
  // A region that ends inside a split paragraph takes the rest of it.
  while (e + 1 < n && t.continues(e + 1)) taken.push(++e);
  for (let units = 0; e + 1 < n && units < MAX_EDGE_BLOCKS; units++) {
    const b = unitEnd(e + 1);
    if (best(e + 1, b) < EDGE_MIN_PROB || !t.closing(e + 1, b)) break;
    while (e < b) taken.push(++e);
  }
  // Past the region's end, a live blog's entry time, a picture or a list or table with a sentence of the
  // article after it ("20:00" / "Cierran los colegios…"; "[chart-2] Click to enlarge" / "It is not yet
  // known when…"; "- lower inflation" / "Lenders expect rates to settle…"): the article runs on across
  // it. An entry time or a picture is crossed but not kept; a list or a table is kept.
  for (let bridges = 0; e + 1 < n && bridges < MAX_BRIDGES; bridges++) {
    const kind = t.bridge(e + 1);
    if (!kind) break;
    let k = e + 1;
    // (a list's items, or pictures in a row, are crossed together)
    while (kind !== "stamp" && k + 1 < n && k + 1 - e <= MAX_BRIDGE_BLOCKS && t.bridge(k + 1) === kind) k++;
    if (k + 1 >= n) break;
    const b = unitEnd(k + 1);
    const p = best(k + 1, b);
    if (!((p >= EDGE_MIN_PROB && t.closing(k + 1, b)) || (p >= LAST_MIN_PROB && t.last(k + 1, b)))) break;
    if (kind === "list") for (let i = e + 1; i <= k; i++) taken.push(i);
    e = k;
    while (e < b) taken.push(++e);
  }
  if (e + 1 < n) {
    const b = unitEnd(e + 1);
    if (best(e + 1, b) >= LAST_MIN_PROB && t.last(e + 1, b)) while (e < b) taken.push(++e);
  }
  let s = start;
  while (s > 0 && t.continues(s)) taken.push(--s);
  for (let units = 0; s > 0 && units < MAX_EDGE_BLOCKS; units++) {
    const a = unitStart(s - 1);
    if (best(a, s - 1) < EDGE_MIN_PROB || !t.opening(a, s - 1)) break;
    while (s > a) taken.push(--s);
  }
  return { start: s, end: e, taken };
}
