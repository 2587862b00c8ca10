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

// A paywall or sign-up appeal near the region's end, with a few blocks under it ("To view the full story,
// please subscribe." and a list of what members get; "If you liked this article, support us." over the
// author's bio; "Sign up for our newsletter." over a trust-project note): the article stopped at the
// appeal, and what follows it belongs to the page, not the story. Where an appeal with an address to the
// reader (isAppeal, not a list item: a step of the story may ask the reader to sign up) stands in the last
// fifth-to-two-fifths of the region's kept words, with at most MAX_UNDER_APPEAL kept blocks under it
// holding at most MAX_UNDER_SHARE of those words, the region ends above the appeal.

/** At most this many kept blocks stand under the appeal. */
const MAX_UNDER_APPEAL = 3;
/** The appeal stands after this share of the region's kept words. */
const MIN_SHARE_ABOVE = 0.6;
/** The blocks under it hold at most this share of the region's kept words (a bio, a note, not the story's last paragraphs). */
const MAX_UNDER_SHARE = 0.2;

/**
 * The kept block in (start, end] where the article stops at an appeal, or -1. `words(i)` counts a block's
 * words; `appeal(i)` tells an appeal with an address to the reader that is no list item.
 */
export function appealAboveTail(keep: boolean[], start: number, end: number, words: (i: number) => number, appeal: (i: number) => boolean): number {
  const kept: number[] = [];
  for (let i = start; i <= end; i++) if (keep[i]) kept.push(i);
  if (kept.length < 2) return -1;
  let total = 0;
  for (const i of kept) total += words(i);
  // (from the end up: the highest appeal within reach wins, so a run of appeals goes with the blocks under it)
  let under = 0;
  let found = -1;
  for (let k = kept.length - 1; k >= 1 && kept.length - 1 - k <= MAX_UNDER_APPEAL && under <= MAX_UNDER_SHARE * total; k--) {
    const i = kept[k];
    if (words(i) <= MAX_APPEAL_WORDS && appeal(i) && total - under - words(i) >= MIN_SHARE_ABOVE * total) found = i;
    under += words(i);
  }
  return found;
}

// An appeal inside the article region, between its paragraphs: a sign-up box or a plea for support set
// into the story ("Never miss the latest news by signing up to our newsletter today!", "Wenn Ihnen unser
// Artikel gefallen hat: Unterstützen Sie diese Form des Journalismus."). A text dump prints it as a line of
// prose, which the model may keep; as at the region's end, it is the page's, not the story's.

/** The kept blocks in [start, end] that are short appeals (`appeal(i)`), which go. */
export function innerAppeals(keep: boolean[], start: number, end: number, appeal: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = start; i <= end; i++) if (keep[i] && appeal(i)) found.push(i);
  return found;
}
