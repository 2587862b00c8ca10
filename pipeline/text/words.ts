// Word counts by Unicode word segmentation. Intl.Segmenter (ICU, UAX #29 plus dictionaries) is the
// reference, but it is slow on long Latin text; so runs of scripts written without spaces (Chinese,
// Japanese, Thai, Lao, Khmer, Myanmar) go through the segmenter and everything else is counted with a
// letter/digit-run pattern that agrees with UAX #29 on space-delimited scripts.
import { unitMatcher } from "./normalize.ts";

const NO_SPACE_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆]+/gu;
const WORD = /[\p{L}\p{N}\p{M}_]+(?:['’.:·][\p{L}\p{N}\p{M}_]+)*/gu;

// Building a segmenter costs far more than using one: keep one per language.
const segmenters = new Map<string, Intl.Segmenter>();
const segmenterFor = (lang: string | null) => {
  const key = lang ?? "";
  let seg = segmenters.get(key);
  if (!seg) segmenters.set(key, (seg = new Intl.Segmenter(lang ?? undefined, { granularity: "word" })));
  return seg;
};

export function countWords(text: string, lang: string | null = null): number {
  let n = 0;
  const spaced = text.replace(NO_SPACE_RUN, (run) => {
    for (const s of segmenterFor(lang).segment(run)) if (s.isWordLike) n++;
    return " ";
  });
  return n + countWordMatches(spaced);
}

/** Units of the WORD character starting at i: 1 or 2 (a surrogate pair), or 0 when it is none. */
const wordUnitAt = unitMatcher(/[\p{L}\p{N}\p{M}_]/u);

/** ' ’ . : · — the units WORD allows between two runs of word characters. */
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x3a || c === 0xb7;

/**
 * The number of matches of WORD in s, counted in one pass without building them (a match object per
 * word made this a large share of a page's extraction). A match is a run of word characters and every
 * run joined to it by a single joiner; so each run starts a match unless one joiner alone separates it
 * from the previous run.
 */
function countWordMatches(s: string): number {
  let n = 0;
  // Index just past the previous run of word characters, or -2 when none.
  let lastEnd = -2;
  for (let i = 0; i < s.length; ) {
    let u = wordUnitAt(s, i);
    if (!u) {
      i++;
      continue;
    }
    if (!(i === lastEnd + 1 && isJoiner(s.charCodeAt(lastEnd)))) n++;
    while (u) {
      i += u;
      u = i < s.length ? wordUnitAt(s, i) : 0;
    }
    lastEnd = i;
  }
  return n;
}
