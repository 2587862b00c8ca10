// A block printed twice in a row. Text dumps render an image's alt text and then its caption, which sites
// often fill with the same sentence ("U.S. Defense Secretary Mark Esper, left, and …" twice, the second
// with a credit); a teaser over the story repeats its first paragraph the same way. Both copies read as
// prose, so the model keeps both. An article never says the same thing twice in a row: where two kept
// blocks next to each other open with the same eight words, the first copy goes and the second stays
// (for a caption, half the leak is gone; for a repeated lead, the body keeps it once).
import type { Block } from "./blocks.ts";

/** Both copies open with this many identical words (lower case, leading marks ignored). */
const SAME_WORDS = 8;
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;

/** The first SAME_WORDS words of a block, lower case, or null when it is shorter. */
function opening(text: string): string | null {
  const words = text.replace(LEADING_MARKS, "").toLowerCase().split(/\s+/, SAME_WORDS);
  return words.length === SAME_WORDS ? words.join(" ") : null;
}

/** Kept blocks in [from, to] whose next block is kept and opens with the same words: the first copies. */
export function adjacentRepeats(blocks: Block[], keep: boolean[], from: number, to: number): number[] {
  const out: number[] = [];
  let prev: string | null = null;
  for (let i = from; i <= to; i++) {
    if (!keep[i]) {
      prev = null;
      continue;
    }
    const cur = opening(blocks[i].text);
    if (cur !== null && cur === prev) out.push(i - 1);
    prev = cur;
  }
  return out;
}
