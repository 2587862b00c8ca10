// Word tokens with their positions, and the small predicates the attribution patterns read: is a token
// capitalised, does it end a sentence, is it an initial or an abbreviation ("U.S.", "Jr.", "A.").
import { spaceUnit } from "../text/normalize.ts";

export interface Token {
  /** Offsets of the raw whitespace-delimited token in the analysed string (UTF-16). */
  start: number;
  end: number;
  raw: string;
  /** The token without surrounding punctuation and quote marks ("said," → "said"). */
  word: string;
  lower: string;
  /** Punctuation after the word ("," ".", ":", "—" ...). */
  trail: string;
  /** Punctuation before the word ("(", "—" ...). */
  lead: string;
  /** isNameToken's answer, kept once asked (it reads only word and lead). */
  nameToken?: boolean;
}

const WORDISH_RE = /[\p{L}\p{N}\p{M}]/u;
/** Per UTF-16 code unit beyond ASCII: 0 not yet looked up, 1 word character, 2 not. */
const unitClass = new Uint8Array(0x10000);
/** Is the code unit part of a word (letter, digit, mark)? Tested alone, as the single character it is. */
function wordish(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let k = unitClass[c];
  if (k === 0) unitClass[c] = k = WORDISH_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}
/** Abbreviations whose period does not end a sentence. */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr jr sr st gen sen rep gov lt col capt sgt adm inc corp co ltd no vs etc prof rev mt ft jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m e.g i.e u.s u.k u.n d.c approx est dept fig vol op".split(" "),
);

/** The whitespace-delimited tokens of s (the matches of /\S+/gu: white space is all in the BMP, so units suffice). */
export function tokenize(s: string, base = 0): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < s.length; ) {
    if (spaceUnit(s.charCodeAt(i))) {
      i++;
      continue;
    }
    const at = i;
    while (i < s.length && !spaceUnit(s.charCodeAt(i))) i++;
    const raw = s.slice(at, i);
    let a = 0;
    while (a < raw.length && !wordish(raw.charCodeAt(a))) a++;
    let b = raw.length;
    while (b > a && !wordish(raw.charCodeAt(b - 1))) b--;
    const word = raw.slice(a, b);
    // A token of punctuation alone ("—", ",") joins the previous token's trailing punctuation.
    if (!word) {
      // (the previous token is this call's own, not yet seen by anyone: extended in place)
      const prev = out[out.length - 1];
      if (prev) prev.trail += raw;
      continue;
    }
    // (nameToken is declared up front so every token keeps one shape when it is set later)
    out.push({ start: base + at, end: base + at + raw.length, raw, word, lower: word.toLowerCase(), trail: raw.slice(b), lead: raw.slice(0, a), nameToken: undefined });
  }
  return out;
}

const UPPER_RE = /^\p{Lu}/u;
const LOWER_RE = /^\p{Ll}/u;
// Unicode-property patterns compiled once: a literal inside a function is rebuilt on every call once transpiled.
const INITIAL_RE = /^\p{Lu}$/u;
const DOTTED_RE = /\p{L}\.\p{L}/u;
/** Does the word start with a capital? ASCII is decided without a regex. */
export const isCapitalised = (t: Token) => {
  const c = t.word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_RE.test(t.word);
};
export const isLowerWord = (t: Token) => {
  const c = t.word.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_RE.test(t.word);
};
export const hasComma = (t: Token) => t.trail !== "" && /[,;]/.test(t.trail);
/** Possessive form ("China’s", "Carlineo's"). Words not ending in "s" are not tested further. */
export const isPossessive = (t: Token) => t.word.endsWith("s") && /['’]s$/u.test(t.word);
export const stripPossessive = (w: string) => (w.endsWith("s") ? w.replace(/['’]s$/u, "") : w);

/** Does the token end a sentence? A period after an initial or a known abbreviation does not. */
export function endsSentence(t: Token): boolean {
  // Without punctuation after it no word ends a sentence (most words).
  if (!t.trail) return false;
  // (the Devanagari danda and the Arabic question mark end sentences too)
  if (/[!?।؟]/u.test(t.trail)) return true;
  if (!t.trail.startsWith(".") && !/\.[”"’'»)]*$/u.test(t.trail)) return false;
  if (INITIAL_RE.test(t.word)) return false; // initial "A."
  if (ABBREVIATIONS.has(t.lower) || DOTTED_RE.test(t.word)) return false; // "Jr.", "U.S."
  return true;
}

/** Words in a quotation: whitespace tokens holding a letter or digit; CJK text counts two characters a word. */
export function countQuoteWords(s: string): number {
  let n = 0;
  for (const tok of s.split(/\s+/u)) {
    if (!/[\p{L}\p{N}]/u.test(tok)) continue;
    // Chinese and Japanese write no spaces: a word is about one and a half ideographs or kana. Korean
    // spaces its words, but a spaced unit often holds two (a noun and its particle).
    const hanKana = tok.match(HAN_KANA)?.length ?? 0;
    const hangul = tok.match(HANGUL)?.length ?? 0;
    n += hanKana || hangul ? Math.max(1, Math.round(hanKana / 1.5 + hangul / 2)) : 1;
  }
  return n;
}
const HAN_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
