// Signals of a block's text read in one pass over its code points (tokens, stop words, capitals,
// digits, CJK characters, sentence ends, commas) and the key that tells a block repeated on the page.
// Hand-rolled for speed: these run on every block of every page; test/clean/block-features-exact.test.ts
// checks them against the plain patterns they replace.
import { letterDigitRuns, spaceUnit } from "../text/normalize.ts";
import { STOPWORDS } from "./lexicon/stopwords.ts";

/** Text with no character beyond ASCII: the Unicode classes below reduce to plain ranges on it. */
const NON_ASCII = /[^\x00-\x7f]/;

/** Longest stop word: a longer token is not one. */
const MAX_STOP_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));

/**
 * Character classes of a code point, as bits: what the block signals used to read through the
 * patterns /[\p{L}\p{N}]/u (a token character), /\p{M}/u (a mark, which continues a token), /\p{N}/u
 * (a digit), /^\p{Lu}/u (a capital) and the scripts written without spaces between words (CJK_RE; the
 * `cjk` count), looked up once per code point and kept.
 */
const LETTER_OR_NUMBER = 1;
const NUMBER = 2;
const UPPER = 4;
const CJK_SCRIPT = 8;
/** Set on every looked-up entry, so 0 means "not yet". */
const KNOWN = 16;
/** A combining mark (\p{M}): the vowel signs of Devanagari, Thai, Bengali, ... inside a word. */
const MARK = 32;
const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;
const NUMBER_RE = /\p{N}/u;
const UPPER_RE = /\p{Lu}/u;
const MARK_RE = /\p{M}/u;
/** Scripts whose words are not separated by spaces (CJK, Thai, Lao, Khmer, Myanmar): words are counted from letters there. */
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const classify = (ch: string): number =>
  KNOWN |
  (LETTER_OR_NUMBER_RE.test(ch) ? LETTER_OR_NUMBER : 0) |
  (NUMBER_RE.test(ch) ? NUMBER : 0) |
  (UPPER_RE.test(ch) ? UPPER : 0) |
  (CJK_RE.test(ch) ? CJK_SCRIPT : 0) |
  (MARK_RE.test(ch) ? MARK : 0);

/** Classes per UTF-16 unit (a lone surrogate is a code point of its own, in no class). */
const unitClasses = new Uint8Array(0x10000);
/** Classes of code points beyond the BMP, as met. */
const astralClasses = new Map<number, number>();

function unitClass(c: number): number {
  const k = unitClasses[c];
  return k !== 0 ? k : (unitClasses[c] = classify(String.fromCharCode(c)));
}

function astralClass(cp: number): number {
  let k = astralClasses.get(cp);
  if (k === undefined) astralClasses.set(cp, (k = classify(String.fromCodePoint(cp))));
  return k;
}

/** Token signals of a block text, with the counts of its digits, CJK characters, sentence ends and commas. */
export interface TextStats {
  tokens: number;
  stopHits: number;
  capHits: number;
  tokenChars: number;
  digits: number;
  /** Letters of the scripts written without spaces between words: Han, Kana, Hangul, Thai, Lao, Khmer, Myanmar. */
  cjk: number;
  /** Matches of /[.!?。！？](?=\s|$)/u: sentence punctuation before white space or the end. */
  punct: number;
  /** Matches of /[,，、;]/. */
  commas: number;
}

/** Characters inside a token after its first: apostrophes, underscore, hyphen (besides letters and digits). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 95 || c === 45;
/**
 * Sentence marks: . ! ? and the CJK 。！？, the Devanagari danda । and ॥, the Arabic ؟ and Urdu ۔, the
 * Armenian ։, the Ethiopic ።, the Myanmar ။ and the Khmer ។.
 */
const SENTENCE_MARKS = new Set([46, 33, 63, 0x3002, 0xff01, 0xff1f, 0x0964, 0x0965, 0x061f, 0x06d4, 0x0589, 0x1362, 0x104b, 0x17d4]);
const isSentencePunct = (c: number) => (c < 128 ? c === 46 || c === 33 || c === 63 : SENTENCE_MARKS.has(c));
/** , ， 、 ; and the Arabic comma ، and semicolon ؛. */
const isComma = (c: number) => c === 44 || c === 0xff0c || c === 0x3001 || c === 59 || c === 0x060c || c === 0x061b;

/** ASCII letters lower-cased, other units as they are. */
const asciiLower = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** FNV-1a step over a code unit. */
const fnv = (h: number, c: number) => Math.imul(h ^ c, 16777619);
const FNV_START = 0x811c9dc5;

/**
 * The stop words written in ASCII, in an open-addressing table by a hash of their characters, so an
 * ASCII token is looked up without building its lower-case string (STOPWORDS.has on a fresh string per
 * token was the dearest step of the block features).
 */
const ASCII_STOPS = [...STOPWORDS].filter((w) => !NON_ASCII.test(w));
const STOP_BITS = Math.ceil(Math.log2(ASCII_STOPS.length * 2 + 1));
/** Per slot: 1 + the index of a stop word in ASCII_STOPS, or 0 when free. */
const stopSlots = new Int32Array(1 << STOP_BITS);
const stopSlot = (h: number) => (h >>> (32 - STOP_BITS)) & ((1 << STOP_BITS) - 1);
ASCII_STOPS.forEach((w, k) => {
  let h = FNV_START;
  for (let i = 0; i < w.length; i++) h = fnv(h, w.charCodeAt(i));
  let slot = stopSlot(Math.imul(h, 0x9e3779b1));
  while (stopSlots[slot]) slot = (slot + 1) & (stopSlots.length - 1);
  stopSlots[slot] = k + 1;
});

/** Is text[from, to), lower-cased, a stop word? */
function isStopToken(text: string, from: number, to: number): boolean {
  if (to - from > MAX_STOP_LENGTH) return false;
  let h = FNV_START;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // (beyond ASCII, lower-casing may depend on the neighbours or change the length: the plain way)
    if (c >= 128) return STOPWORDS.has(text.slice(from, to).toLowerCase());
    h = fnv(h, asciiLower(c));
  }
  for (let slot = stopSlot(Math.imul(h, 0x9e3779b1)); stopSlots[slot]; slot = (slot + 1) & (stopSlots.length - 1))
    if (sameAsciiLower(ASCII_STOPS[stopSlots[slot] - 1], text, from, to)) return true;
  return false;
}

/** Is `word` text[from, to) with its ASCII capitals lower-cased? */
function sameAsciiLower(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== asciiLower(text.charCodeAt(from + k))) return false;
  return true;
}

/** unitClass of the ASCII units, filled up front for the loops' fast path. */
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, c) => unitClass(c));

/** The code point at i: its classes, and 2 when it is a surrogate pair (else 1) in bit 8. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if ((d & 0xfc00) === 0xdc00) return astralClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | PAIR;
  }
  return unitClass(c);
}
/** Marks a surrogate pair in classAt's answer. */
const PAIR = 256;

/**
 * What scanText found in the last text it read: the TextStats counts, plus the spaces in the text and,
 * when the text is all ASCII, dupKeyHash of its lower case. One object, refilled per text, so the
 * per-block pass allocates nothing.
 */
export const scanned = {
  tokens: 0, stopHits: 0, capHits: 0, tokenChars: 0, digits: 0, cjk: 0, punct: 0, commas: 0,
  /** U+0020 units: a block text has its white space collapsed, so its spaced words are spaces + 1. */
  spaces: 0,
  /** dupKeyHash(text.toLowerCase()) when the text is all ASCII (its lower case then only maps A-Z), else NaN. */
  asciiDupHash: NaN,
};

/**
 * The signals of a block text in one pass over its code points, into `scanned`. The tokens are the
 * matches of /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*\/gu; a token is a stop word when its lower case (of at most
 * MAX_STOP_LENGTH units: lower-casing never shortens a text) is in STOPWORDS, and capitalised when its
 * first code point is \p{Lu}.
 */
export function scanText(text: string): void {
  let tokens = 0, stopHits = 0, capHits = 0, tokenChars = 0, digits = 0, cjk = 0, punct = 0, commas = 0, spaces = 0;
  // dupKeyHash over the ASCII lower case, run along (see dupKeyHash), given up at the first unit beyond ASCII.
  let ascii = true;
  let h = FNV_START;
  let runs = 0;
  let inRun = false;
  const n = text.length;
  let tokenStart = -1;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    let k: number;
    if (c < 128) {
      k = ASCII_CLASSES[c];
      if (c === 32) spaces++;
      if (ascii) {
        if (k & LETTER_OR_NUMBER) {
          if (!inRun && runs++ > 0) h = fnv(h, 32);
          h = fnv(h, asciiLower(c));
          inRun = true;
        } else inRun = false;
      }
    } else {
      k = classAt(text, i);
      ascii = false;
    }
    const next = k & PAIR ? i + 2 : i + 1;
    if (k & NUMBER) digits++;
    if (k & CJK_SCRIPT) cjk++;
    if (tokenStart >= 0 && !(k & (LETTER_OR_NUMBER | MARK) || isJoiner(c))) {
      tokens++;
      tokenChars += i - tokenStart;
      if (isStopToken(text, tokenStart, i)) stopHits++;
      tokenStart = -1;
    }
    if (tokenStart < 0) {
      if (k & LETTER_OR_NUMBER) {
        tokenStart = i;
        if (k & UPPER) capHits++;
      } else if (isSentencePunct(c)) {
        if (next === n || spaceUnit(text.charCodeAt(next))) punct++;
      } else if (isComma(c)) commas++;
    }
    i = next;
  }
  if (tokenStart >= 0) {
    tokens++;
    tokenChars += n - tokenStart;
    if (isStopToken(text, tokenStart, n)) stopHits++;
  }
  const st = scanned;
  st.tokens = tokens;
  st.stopHits = stopHits;
  st.capHits = capHits;
  st.tokenChars = tokenChars;
  st.digits = digits;
  st.cjk = cjk;
  st.punct = punct;
  st.commas = commas;
  st.spaces = spaces;
  st.asciiDupHash = ascii ? (runs ? h & 0x3fffffff : -1) : NaN;
}

/** The token signals of a block text (see scanText). */
export function textStats(text: string): TextStats {
  scanText(text);
  const { tokens, stopHits, capHits, tokenChars, digits, cjk, punct, commas } = scanned;
  return { tokens, stopHits, capHits, tokenChars, digits, cjk, punct, commas };
}

/** scanText's spaces and ASCII dup-key hash of a text, for the equivalence tests. */
export function scanExtras(text: string): { spaces: number; asciiDupHash: number } {
  scanText(text);
  return { spaces: scanned.spaces, asciiDupHash: scanned.asciiDupHash };
}

/**
 * Lower-cased letters and digits, words separated by one space: the key for "is this block repeated?".
 * (On ASCII text the letters and digits are [A-Za-z0-9], which a plain pattern finds faster.)
 */
const dupKey = (lower: string): string => (!NON_ASCII.test(lower) ? lower.replace(/[^A-Za-z0-9]+/g, " ").trim() : letterDigitRuns(lower).join(" "));

/**
 * A hash of dupKey(lower), computed without building the key (FNV-1a over its code units, cut
 * to a small integer), or -1 when the key is empty. The key's words are the runs of letters and
 * digits (on ASCII text, of [A-Za-z0-9]). Blocks with different hashes have different keys, so only
 * blocks that share a hash need their keys built and compared.
 */
export function dupKeyHash(lower: string): number {
  let h = FNV_START;
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    const k = c < 128 ? ASCII_CLASSES[c] : classAt(lower, i);
    const next = k & PAIR ? i + 2 : i + 1;
    if (k & LETTER_OR_NUMBER) {
      if (!inRun && runs++ > 0) h = fnv(h, 32);
      for (; i < next; i++) h = fnv(h, lower.charCodeAt(i));
      inRun = true;
    } else inRun = false;
    i = next;
  }
  return runs ? h & 0x3fffffff : -1;
}

/** Is each block's dupKey (non-empty and) shared with another block of the page? */
export function repeatedKeys(lowers: string[]): boolean[] {
  return repeatedByHash(lowers.map(dupKeyHash), (i) => lowers[i]);
}

/** repeatedKeys, given each block's dupKeyHash and a way to its lower-cased text (only blocks that share a hash need it). */
export function repeatedByHash(hashes: number[], lowerOf: (i: number) => string): boolean[] {
  const perHash = new Map<number, number>();
  for (const h of hashes) if (h >= 0) perHash.set(h, (perHash.get(h) ?? 0) + 1);
  // Blocks whose hash is shared: the keys themselves, counted.
  const keys = hashes.map((h, i) => (h >= 0 && perHash.get(h)! > 1 ? dupKey(lowerOf(i)) : null));
  const perKey = new Map<string, number>();
  for (const k of keys) if (k) perKey.set(k, (perKey.get(k) ?? 0) + 1);
  return keys.map((k) => !!k && perKey.get(k)! > 1);
}

/** Words (runs of letters and digits) in the start key of a block: prefixKey. */
export const PREFIX_WORDS = 5;

/**
 * The block's first PREFIX_WORDS runs of letters and digits of its lower case, joined by one space, or
 * null when it has fewer. Read from the start only (a loop that stops at the fifth word), so it costs
 * little on long blocks. Two blocks with the same start key open with the same five words: a caption
 * printed twice (once with "less"/"more" after it, once with its credit), a headline repeated as the
 * alt text of its picture and again as a teaser, a card's title over its summary.
 */
export function prefixKey(lower: string): string | null {
  let runs = 0;
  let inRun = false;
  let start = -1;
  let key = "";
  for (let i = 0; i < lower.length; ) {
    const c = lower.charCodeAt(i);
    const k = c < 128 ? ASCII_CLASSES[c] : classAt(lower, i);
    const next = k & PAIR ? i + 2 : i + 1;
    if (k & LETTER_OR_NUMBER || (inRun && k & MARK)) {
      if (!inRun) start = i;
      inRun = true;
    } else if (inRun) {
      key += (runs ? " " : "") + lower.slice(start, i);
      inRun = false;
      if (++runs === PREFIX_WORDS) return key;
    }
    i = next;
  }
  if (inRun && ++runs === PREFIX_WORDS) return key + " " + lower.slice(start);
  return null;
}

/** For each block's prefixKey (null: none), is it shared with another block of the page? */
export function sharedPrefix(keys: (string | null)[]): boolean[] {
  const count = new Map<string, number>();
  for (const k of keys) if (k !== null) count.set(k, (count.get(k) ?? 0) + 1);
  return keys.map((k) => k !== null && count.get(k)! > 1);
}
