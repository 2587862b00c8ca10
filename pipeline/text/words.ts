// Word counts by Unicode word segmentation. Intl.Segmenter (ICU, UAX #29 plus dictionaries) is the
// reference, but it is slow on long Latin text; so runs of scripts written without spaces (Chinese,
// Japanese, Thai, Lao, Khmer, Myanmar) go through the segmenter and everything else is counted with a
// letter/digit-run pattern that agrees with UAX #29 on space-delimited scripts.
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
  for (const _ of spaced.matchAll(WORD)) n++;
  return n;
}
