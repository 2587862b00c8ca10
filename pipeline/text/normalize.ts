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

/**
 * `/[marks][closers]*$/.test(text)` for sets of UTF-16 units that share none, read backwards from the
 * end: the pattern would look for a mark all through the text, this reads only its last characters.
 */
export function endsInMarkThen(text: string, marks: ReadonlySet<number>, closers: ReadonlySet<number>): boolean {
  let i = text.length - 1;
  while (i >= 0 && closers.has(text.charCodeAt(i))) i--;
  return i >= 0 && marks.has(text.charCodeAt(i));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Per UTF-16 code unit: 0 not yet looked up, 1 a letter or digit, 2 not, 3 a high surrogate (a letter or
 * digit only as the first half of a pair that is one). ASCII and the surrogates are filled in up front;
 * a low surrogate read alone is neither, as in the Unicode pattern.
 */
const unitClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) unitClass[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 2;
unitClass.fill(3, 0xd800, 0xdc00);
unitClass.fill(2, 0xdc00, 0xe000);
const lookUp = (c: number): number => (unitClass[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2);

/**
 * What starts at index i (< s.length): a letter or digit of 1 unit (1) or of a surrogate pair (2), a
 * surrogate pair that is neither (-2), or one unit that is neither (0; so is a high surrogate alone).
 */
const letterDigitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  let k = unitClass[c];
  if (k === 0) k = lookUp(c);
  if (k !== 3) return k === 1 ? 1 : 0;
  if (i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return LETTER_OR_DIGIT.test(s.slice(i, i + 2)) ? 2 : -2;
  return 0;
};

/**
 * The runs of letters and digits (\p{L}, \p{N}) of a text, in order: the words of
 * `s.replace(/[^\p{L}\p{N}]+/gu, " ").trim()`, found by one pass over the characters (a Unicode-class
 * replace over a whole page is an order of magnitude slower). Code points outside the BMP are looked up
 * as a pair; a lone surrogate is neither letter nor digit, as in the Unicode pattern.
 */
export function letterDigitRuns(s: string): string[] {
  const out: string[] = [];
  const len = s.length;
  let i = 0;
  while (i < len) {
    i = skipOthers(s, i);
    if (i >= len) break;
    const start = i;
    i = skipRun(s, i);
    out.push(s.slice(start, i));
  }
  return out;
}

/** Index of the first letter or digit at or after i (a surrogate pair that is neither is passed as a whole): where the next run of letterDigitRuns starts, or s.length. */
export function skipOthers(s: string, i: number): number {
  for (; i < s.length; i++) {
    let k = unitClass[s.charCodeAt(i)];
    if (k === 0) k = lookUp(s.charCodeAt(i));
    if (k === 1) break;
    if (k === 3) {
      const w = letterDigitAt(s, i);
      if (w === 2) break;
      if (w === -2) i++;
    }
  }
  return i;
}

/** Index just past the run of letters and digits starting at i. */
export function skipRun(s: string, i: number): number {
  for (; i < s.length; i++) {
    let k = unitClass[s.charCodeAt(i)];
    if (k === 0) k = lookUp(s.charCodeAt(i));
    if (k === 1) continue;
    if (k === 3 && letterDigitAt(s, i) === 2) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/** `s.replace(/\s+/g, " ").trim()`, skipping the replace when no white space needs collapsing (most lines). */
export const collapseWhitespace = (s: string): string => (ODD_SPACE.test(s) ? s.replace(SPACES, " ") : s).trim();
const ODD_SPACE = /[^\S ]| {2}/;
const SPACES = /\s+/g;

/** Is the UTF-16 code unit white space as `\s` (and String.prototype.trim) define it? */
export const spaceUnit = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) ||
  (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/**
 * A test for one character class (`re`: a one-character Unicode pattern such as /\p{L}/u) at index i
 * of a string: how many UTF-16 units the matching character spans there (1, or 2 for a surrogate
 * pair), or 0 when the character there does not match. The answer per BMP unit is kept in a table
 * filled on first use, so hot scanners pay for the regex once per distinct character.
 */
export function unitMatcher(re: RegExp): (s: string, i: number) => number {
  // 0 not yet looked up, 1 matches, 2 does not, 3 a high surrogate (judged with its pair).
  const table = new Uint8Array(0x10000);
  table.fill(3, 0xd800, 0xdc00);
  table.fill(2, 0xdc00, 0xe000);
  return (s, i) => {
    const c = s.charCodeAt(i);
    let k = table[c];
    if (k === 0) k = table[c] = re.test(String.fromCharCode(c)) ? 1 : 2;
    if (k !== 3) return k === 1 ? 1 : 0;
    return i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 && re.test(s.slice(i, i + 2)) ? 2 : 0;
  };
}

/** Does a letter (\p{L}) start at index i: a BMP unit, or a surrogate pair? */
const letterUnits = unitMatcher(/\p{L}/u);
const letterAt = (s: string, i: number): boolean => letterUnits(s, i) !== 0;

/** Number of white-space-separated words holding a letter, `s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length`, without the array. */
export function countLetterWords(s: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    if (spaceUnit(s.charCodeAt(i))) counted = false;
    else if (!counted && letterAt(s, i)) {
      counted = true;
      n++;
    }
  }
  return n;
}

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

/**
 * Letters that a case-insensitive Unicode pattern (flags "iu") compares by their lower-case form, as
 * far as the letters of the month names and byline leads go (test/text/normalize.test.ts checks each
 * against each): the letters of ASCII, Latin-1, Latin Extended-A but 'İ' and 'ſ', and Cyrillic. A word of them
 * matches a lower-case lexicon word under "iu" exactly when its toLowerCase() is that word; words with
 * other letters (Greek, whose final sigma folds like σ; 'ſ'; CJK) are left to the pattern.
 */
export const PLAIN_LETTERS = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u012F\u0131-\u017E\u0400-\u0481\u048A-\u04FF]+$/;

/** Is the UTF-16 code unit one of PLAIN_LETTERS? */
export const plainLetterUnit = (c: number): boolean =>
  c < 0x80
    ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
    : (c >= 0xc0 && c <= 0x17e && c !== 0xd7 && c !== 0xf7 && c !== 0x130) || (c >= 0x400 && c <= 0x4ff && (c < 0x482 || c > 0x489));
