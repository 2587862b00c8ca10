// Boilerplate cues (boilerplate-lexicon.ts) as patterns: a cue counts where it stands as whole words
// in the lower-cased text. Text that is all ASCII (most lines of most pages) is matched with a
// non-Unicode pattern over the ASCII cues alone, which finds the same cues several times faster.
// Patterns are alternations of literal phrases between fixed boundaries: linear.
import { BOILERPLATE_CUES } from "./boilerplate-lexicon.ts";

const NON_ASCII = /[^\x00-\x7f]/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (cues: readonly string[]) => cues.map(escapeRe).join("|") || "(?!)";
const CUE_SOURCE = `(?:^|[^\\p{L}])(?:${alternatives(BOILERPLATE_CUES)})(?![\\p{L}])`;
// On ASCII text a letter is [A-Za-z] and a cue with other characters cannot occur.
const CUE_ASCII_SOURCE = `(?:^|[^A-Za-z])(?:${alternatives(BOILERPLATE_CUES.filter((c) => !NON_ASCII.test(c)))})(?![A-Za-z])`;

const CUE_ALL = new RegExp(CUE_SOURCE, "gu");
const CUE_ALL_ASCII = new RegExp(CUE_ASCII_SOURCE, "g");
const CUE_ANY = new RegExp(CUE_SOURCE, "u");
const CUE_ANY_ASCII = new RegExp(CUE_ASCII_SOURCE);
// A cue anywhere, word boundaries aside: few non-ASCII texts contain one, and this plain pattern rules
// the others out faster than the Unicode-aware one can.
const CUE_SUBSTRING = new RegExp(alternatives(BOILERPLATE_CUES));
// Beyond ASCII, only letters and the characters of the non-ASCII cues can change what the patterns
// find: a text whose other characters are all punctuation, symbols or spaces (English with curly
// quotes and dashes) is a boundary wherever the ASCII pattern sees one and holds no non-ASCII cue.
const NON_ASCII_CUE_CHARS = [...new Set(BOILERPLATE_CUES.filter((c) => NON_ASCII.test(c)).join(""))].filter((c) => NON_ASCII.test(c));
const LETTER_OR_CUE_BEYOND_ASCII = new RegExp(`(?![A-Za-z])[\\p{L}${NON_ASCII_CUE_CHARS.map(escapeRe).join("")}]`, "u");
const asciiPatternsFit = (lower: string) => !NON_ASCII.test(lower) || !LETTER_OR_CUE_BEYOND_ASCII.test(lower);

/** Number of cue matches in a lower-cased text. */
export function countCues(lower: string): number {
  if (asciiPatternsFit(lower)) return lower.match(CUE_ALL_ASCII)?.length ?? 0;
  return CUE_SUBSTRING.test(lower) ? (lower.match(CUE_ALL)?.length ?? 0) : 0;
}

/** Does a lower-cased text contain a cue? */
export function hasCue(lower: string): boolean {
  if (asciiPatternsFit(lower)) return CUE_ANY_ASCII.test(lower);
  return CUE_SUBSTRING.test(lower) && CUE_ANY.test(lower);
}
