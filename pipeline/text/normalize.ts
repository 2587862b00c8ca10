// Text comparisons that ignore typography: used to spot a title printed twice or a masthead that
// spells the site's domain.

/** Case-folded, quote/dash-normalised, white-space-collapsed form for equality tests. */
export const comparable = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/[*_#]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/** Letters and digits only, lower-case: "The Moscow Times" → "themoscowtimes". */
export const squash = (s: string): string => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Words of a line, for counts and length signals (Unicode-aware). */
export const wordsOf = (s: string): string[] => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu) ?? [];

/** Does the text end like a sentence (terminal punctuation, optionally inside closing quotes)? */
export const endsSentence = (s: string): boolean => /[.!?…。！？](?:["'”’»)\]]*)\s*$/u.test(s.trim());

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per UTF-16 code unit beyond ASCII: 0 not yet looked up, 1 a letter or digit, 2 not. */
const unitClass = new Uint8Array(0x10000);
const letterOrDigitUnit = (c: number): boolean => {
  let k = unitClass[c];
  if (k === 0) unitClass[c] = k = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
};

/**
 * The runs of letters and digits (\p{L}, \p{N}) of a text, in order: the words of
 * `s.replace(/[^\p{L}\p{N}]+/gu, " ").trim()`, found by one pass over the characters (a Unicode-class
 * replace over a whole page is an order of magnitude slower). Code points outside the BMP are looked up
 * as a pair; a lone surrogate is neither letter nor digit, as in the Unicode pattern.
 */
export function letterDigitRuns(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let ln: boolean;
    let pair = false;
    if (c < 128) ln = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      ln = LETTER_OR_DIGIT.test(s.slice(i, i + 2));
      pair = true;
    } else ln = letterOrDigitUnit(c);
    if (ln) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    if (pair) i++;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** `s.replace(/\s+/g, " ").trim()`, skipping the replace when no white space needs collapsing (most lines). */
export const collapseWhitespace = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, " ") : s).trim();

/** Is the UTF-16 code unit white space as `\s` (and String.prototype.trim) define it? */
const spaceUnit = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) ||
  (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/** Number of white-space-separated words, `s.split(/\s+/).filter(Boolean).length`, without building the array. */
export function countSpaced(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    if (spaceUnit(s.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}
