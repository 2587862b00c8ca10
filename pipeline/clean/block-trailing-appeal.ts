// Appeals closing the article region. A paywall or sign-up note often sits right under the last
// paragraph, styled like it ("To read the full story, please subscribe.", "Subscribe now to our print
// edition for the full story.", "Sign up to get the best of the week in your inbox."): prose in shape, so
// the densest run takes it in. Where the region's last kept blocks are short and ask the reader to
// subscribe, sign up, donate or log in (an appeal, block-features.ts), they are cut off the region's end.
// A long paragraph that only mentions subscribers is article text and stops the walk.
import type { Block } from "./blocks.ts";
import { hasAppealCue, isAppeal } from "./block-features.ts";
import { countSpaced } from "../text/normalize.ts";

/** A closing appeal has at most this many words. */
const MAX_APPEAL_WORDS = 30;
/** At most this many blocks are cut from the end. */
const MAX_CUT = 3;

/** Is the block a short appeal: an appeal with an address to the reader, or a short line holding an appeal word? */
export const closingAppeal = (text: string): boolean => {
  const words = countSpaced(text);
  if (words > MAX_APPEAL_WORDS) return false;
  const lower = text.toLowerCase();
  return isAppeal(text, lower) || (words <= MAX_APPEAL_WORDS / 2 && hasAppealCue(lower));
};

/**
 * Walks back from the region's end over its kept blocks and returns the appeals to cut (from the end)
 * and the new end: the last kept block before them. Never cuts the region's first kept block.
 */
export function trailingAppeals(blocks: Block[], keep: boolean[], start: number, end: number, appeal: (i: number) => boolean = (i) => closingAppeal(blocks[i].text)): { end: number; cut: number[] } {
  const cut: number[] = [];
  let e = end;
  for (let i = end; i > start && cut.length < MAX_CUT; i--) {
    if (!keep[i]) continue;
    if (!appeal(i)) break;
    cut.push(i);
    e = i - 1;
  }
  if (!cut.length) return { end, cut };
  while (e > start && !keep[e]) e--;
  return { end: e, cut };
}
