// A notice taken for the article. On a page whose article is short, the densest run of prose can be a
// cookie or privacy notice, a consent form or a site's terms: paragraphs of real sentences, but nearly
// every one of them holds a boilerplate cue ("cookies", "privacy policy", "Datenschutz"). An article has
// such words in a paragraph here and there, a notice in most of them. Where most of the region's kept
// words stand in blocks with a cue, the region is a notice: the next densest run, with the notice's
// blocks left out, is the article when it has any kept block.
import type { Block } from "./blocks.ts";
import { selectBlocks, type Thresholds } from "./block-scoring.ts";

/** A region is a notice when blocks with a cue hold at least this share of its kept words. */
export const NOTICE_CUE_SHARE = 0.6;
/** ... and it has at least this many kept blocks with a cue (one cookie line under a brief is no notice). */
const MIN_CUE_BLOCKS = 3;

/**
 * A block's words count up to this many, as in the region's evidence (block-scoring.ts): one giant block
 * (a page's whole text repeated in its metadata, with a cue somewhere in it) does not outweigh the rest.
 */
const MAX_COUNTED_WORDS = 80;

export function isNoticeRegion(keep: boolean[], region: [number, number], words: (i: number) => number, cue: (i: number) => boolean): boolean {
  let all = 0;
  let cued = 0;
  let cueBlocks = 0;
  for (let i = region[0]; i <= region[1]; i++) {
    if (!keep[i]) continue;
    const w = Math.min(MAX_COUNTED_WORDS, words(i));
    all += w;
    if (cue(i)) {
      cued += w;
      cueBlocks++;
    }
  }
  return cueBlocks >= MIN_CUE_BLOCKS && all > 0 && cued / all >= NOTICE_CUE_SHARE;
}

/** The densest region once the notice's blocks are scored 0, or null when it keeps nothing. */
export function regionBesideNotice(blocks: Block[], probs: ArrayLike<number>, notice: [number, number], m: Pick<Thresholds, "regionThreshold" | "keepThreshold">): { region: [number, number]; keep: boolean[] } | null {
  const masked = Array.from(probs, (p, i) => (i >= notice[0] && i <= notice[1] ? 0 : p));
  const next = selectBlocks(blocks, masked, m);
  return next.region && next.keep.some(Boolean) ? { region: next.region, keep: next.keep } : null;
}
