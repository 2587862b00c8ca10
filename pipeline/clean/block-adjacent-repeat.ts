// A block printed twice in a row. Text dumps render an image's alt text and then its caption, which sites
// often fill with the same sentence ("U.S. Defense Secretary Mark Esper, left, and …" twice, the second
// with a credit); a teaser over the story repeats its first paragraph the same way. Both copies read as
// prose, so the model keeps both. An article never says the same thing twice in a row: where two kept
// blocks next to each other are the same words — the shorter one, of eight words or more, is (nearly all)
// the start of the longer one — the first copy goes and the second stays (for a caption, half the leak is
// gone; for a repeated lead, the body keeps it once). Paragraphs that only open alike ("The council met
// on Tuesday and spent two hours …", "… spent three hours …") differ before that and stay.
import type { Block } from "./blocks.ts";
import { skipOthers, skipRun } from "../text/normalize.ts";

/** Both copies open with this many identical words (lower case, leading marks ignored)... */
const SAME_WORDS = 8;
/** ... and the words they share from the start are at least this share of the shorter copy. */
const SAME_SHARE = 0.9;
/** (the opening is read from the block's first characters: eight words fit) */
const OPENING_CHARS = 240;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The first SAME_WORDS words of a block, lower case, or null when it is shorter. (The runs of WORD read
 * in place and only as far as the SAME_WORDS-th: every kept block is read.)
 */
function opening(text: string): string | null {
  const s = text.slice(0, OPENING_CHARS).toLowerCase();
  const words: string[] = [];
  for (let a = skipOthers(s, 0); a < s.length && words.length < SAME_WORDS; ) {
    const b = skipRun(s, a);
    words.push(s.slice(a, b));
    a = skipOthers(s, b);
  }
  return words.length >= SAME_WORDS ? words.join(" ") : null;
}

/** Is the shorter text (nearly all) the start of the longer one? */
function sameWords(a: string, b: string): boolean {
  const x = a.toLowerCase().match(WORD) ?? [];
  const y = b.toLowerCase().match(WORD) ?? [];
  let k = 0;
  while (k < x.length && k < y.length && x[k] === y[k]) k++;
  return k >= SAME_SHARE * Math.min(x.length, y.length);
}

/** Kept blocks in [from, to] whose next block is kept and repeats their words: the first copies. */
export function adjacentRepeats(blocks: Block[], keep: boolean[], from: number, to: number): number[] {
  const out: number[] = [];
  let prev: string | null = null;
  for (let i = from; i <= to; i++) {
    if (!keep[i]) {
      prev = null;
      continue;
    }
    const cur = opening(blocks[i].text);
    if (cur !== null && cur === prev && sameWords(blocks[i - 1].text, blocks[i].text)) out.push(i - 1);
    prev = cur;
  }
  return out;
}
