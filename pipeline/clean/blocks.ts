// Blocks and block features for the article-region rule. A block is what a reader sees as one unit:
// in Markdown renderings one line (a paragraph, a list item, a heading); in hard-wrapped text-browser
// dumps the run of lines that the browser broke at its width, re-joined. Each block gets a vector of
// numeric features (length, link density, stop-word and punctuation density, boilerplate cues, list
// and heading marks, position, and the same signals of its neighbours), which a small logistic model
// turns into the probability that the block is article text (see block-model.json and
// scripts/train-block-model.ts).
import { isBlank, joinLines, type WorkingDoc } from "../document.ts";
import { mdLinks, stripInlineMarkdown } from "../text/markdown.ts";
import { countCues } from "../text/cues.ts";
import { collapseWhitespace, letterDigitRuns, spaceUnit } from "../text/normalize.ts";
import { CJK_PARTICLES, STOPWORDS } from "./lexicon/stopwords.ts";
import { continuesWrappedLine } from "../text/wrap.ts";

export interface Block {
  /** Indices into doc.lines, in order. */
  lines: number[];
  /** The block's raw text (Markdown kept), lines joined by a space. */
  raw: string;
  /** What a reader sees: inline Markdown removed, white space collapsed. */
  text: string;
}

const BULLET = /^\s*(?:[-*+•·▪◦●□■☆★◆→>]|\d{1,3}[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}\s+\S/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;

/** Splits the live lines into blocks: removed and blank lines end a block; wrapped lines re-join. */
export function buildBlocks(doc: WorkingDoc): Block[] {
  const out: Block[] = [];
  let cur: number[] = [];
  const flush = () => {
    if (!cur.length) return;
    const raw = joinLines(doc, cur);
    const text = collapseWhitespace(stripInlineMarkdown(raw));
    // A line with nothing a reader sees (an image, an empty link) is not a block: it would only skew
    // its neighbours' signals. The article-region rule removes such lines with the region's edges.
    if (text) out.push({ lines: cur, raw, text });
    cur = [];
  };
  doc.lines.forEach((l, i) => {
    if (l.removedBy || isBlank(l.text)) return flush();
    if (cur.length) {
      const joined = doc.wrapWidth !== null && cur[cur.length - 1] === i - 1 && continuesWrappedLine(doc.lines[i - 1].raw, l.raw, doc.wrapWidth);
      if (!joined) flush();
    }
    cur.push(i);
  });
  flush();
  return out;
}

/** Text with no character beyond ASCII: the Unicode classes below reduce to plain ranges on it. */
const NON_ASCII = /[^\x00-\x7f]/;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved/i;
/** Characters a text matching SENTENCE_END ends in: the sentence mark, or a quote or bracket after it. */
const SENTENCE_END_CHARS = new Set([...'.!?…。！？"\'”’»)]'].map((c) => c.charCodeAt(0)));
/**
 * Can the text match COPYRIGHT? Each of its alternatives, lower-cased, holds one of these strings
 * (the pattern ignores only ASCII case), which plain searches of the lower-cased text find fast.
 */
const mayBeCopyright = (lower: string) => lower.includes("©") || lower.includes("(c)") || lower.includes("copyright") || lower.includes("all rights reserved");
/** A teaser cut to length: the text stops in "..." or "…" (often mid-word), as in lists of other stories. */
const CLIPPED = /(?:\.\.\.|…)\s*$/u;
const DATE_ISH = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/;

/** Intrinsic signals of one block (before neighbours are added). */
interface Own {
  words: number;
  linkDensity: number;
  links: number;
  stop: number;
  sentEnd: number;
  punct: number;
  commas: number;
  caps: number;
  digits: number;
  bullet: number;
  heading: number;
  table: number;
  cues: number;
  copyright: number;
  indent: number;
  dup: number;
  dateish: number;
  pipes: number;
  avgWord: number;
  prose: number;
  clipped: number;
}

/** Longest stop word: a longer token is not one. */
const MAX_STOP_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));

/**
 * Character classes of a code point, as bits: what the block signals used to read through the
 * patterns /[\p{L}\p{N}]/u (a token character), /\p{N}/u (a digit), /^\p{Lu}/u (a capital) and the
 * CJK scripts (Han, Hiragana, Katakana, Hangul), looked up once per code point and kept.
 */
const LETTER_OR_NUMBER = 1;
const NUMBER = 2;
const UPPER = 4;
const CJK_SCRIPT = 8;
/** Set on every looked-up entry, so 0 means "not yet". */
const KNOWN = 16;
const LETTER_OR_NUMBER_RE = /[\p{L}\p{N}]/u;
const NUMBER_RE = /\p{N}/u;
const UPPER_RE = /\p{Lu}/u;
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const classify = (ch: string): number =>
  KNOWN |
  (LETTER_OR_NUMBER_RE.test(ch) ? LETTER_OR_NUMBER : 0) |
  (NUMBER_RE.test(ch) ? NUMBER : 0) |
  (UPPER_RE.test(ch) ? UPPER : 0) |
  (CJK_RE.test(ch) ? CJK_SCRIPT : 0);

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
  cjk: number;
  /** Matches of /[.!?。！？](?=\s|$)/u: sentence punctuation before white space or the end. */
  punct: number;
  /** Matches of /[,，、;]/. */
  commas: number;
}

/** Characters inside a token after its first: apostrophes, underscore, hyphen (besides letters and digits). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 95 || c === 45;
const isSentencePunct = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
const isComma = (c: number) => c === 44 || c === 0xff0c || c === 0x3001 || c === 59;

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
const scanned = {
  tokens: 0, stopHits: 0, capHits: 0, tokenChars: 0, digits: 0, cjk: 0, punct: 0, commas: 0,
  /** U+0020 units: a block text has its white space collapsed, so its spaced words are spaces + 1. */
  spaces: 0,
  /** dupKeyHash(text.toLowerCase()) when the text is all ASCII (its lower case then only maps A-Z), else NaN. */
  asciiDupHash: NaN,
};

/**
 * The signals of a block text in one pass over its code points, into `scanned`. The tokens are the
 * matches of /[\p{L}\p{N}][\p{L}\p{N}'’_-]*\/gu; a token is a stop word when its lower case (of at most
 * MAX_STOP_LENGTH units: lower-casing never shortens a text) is in STOPWORDS, and capitalised when its
 * first code point is \p{Lu}.
 */
function scanText(text: string): void {
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
    if (tokenStart >= 0 && !(k & LETTER_OR_NUMBER || isJoiner(c))) {
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

/** Leading white space of a line, in code units (/^\s*\/ without the match). */
function indentOf(line: string): number {
  let k = 0;
  while (k < line.length && spaceUnit(line.charCodeAt(k))) k++;
  return k;
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
function repeatedByHash(hashes: number[], lowerOf: (i: number) => string): boolean[] {
  const perHash = new Map<number, number>();
  for (const h of hashes) if (h >= 0) perHash.set(h, (perHash.get(h) ?? 0) + 1);
  // Blocks whose hash is shared: the keys themselves, counted.
  const keys = hashes.map((h, i) => (h >= 0 && perHash.get(h)! > 1 ? dupKey(lowerOf(i)) : null));
  const perKey = new Map<string, number>();
  for (const k of keys) if (k) perKey.set(k, (perKey.get(k) ?? 0) + 1);
  return keys.map((k) => !!k && perKey.get(k)! > 1);
}

/** Any character of the pipes pattern's middle: without one, the pattern has nothing to count. */
const PIPE_CHAR = /[|·•]/;
const PIPES = /\s[|·•]\s/g;

/** The signals of a block that depend on its text alone, with its spaces and its dupKeyHash. */
interface TextSignals
  extends Pick<Own, "words" | "stop" | "sentEnd" | "punct" | "commas" | "caps" | "digits" | "cues" | "copyright" | "dateish" | "pipes" | "avgWord" | "prose" | "clipped"> {
  /** The text's length (at least 1), for the link density. */
  visible: number;
  spaces: number;
  dupHash: number;
}

function textSignals(text: string): TextSignals {
  const lower = text.toLowerCase();
  scanText(text);
  const tok = scanned;
  const spaces = tok.spaces;
  const dupHash = Number.isNaN(tok.asciiDupHash) ? dupKeyHash(lower) : tok.asciiDupHash;
  const cjk = tok.cjk;
  // Unspaced scripts: count two characters as a word.
  const words = Math.max(tok.tokens, Math.round(cjk / 2)) || 0;
  const visible = Math.max(1, text.length);
  let particleHits = 0;
  if (cjk) for (const c of text) if (CJK_PARTICLES.includes(c)) particleHits++;
  const stop = cjk > tok.tokens ? particleHits / Math.max(1, cjk) : tok.stopHits / Math.max(1, tok.tokens);
  // (block texts are trimmed: the end patterns are only tried on texts whose last character can end a match)
  const last = text.charCodeAt(text.length - 1);
  const sentEnd = SENTENCE_END_CHARS.has(last) && SENTENCE_END.test(text) ? 1 : 0;
  return {
    words,
    visible,
    stop,
    sentEnd,
    punct: tok.punct / Math.max(1, words),
    commas: tok.commas / Math.max(1, words),
    caps: tok.capHits / Math.max(1, tok.tokens),
    digits: tok.digits / visible,
    cues: countCues(lower),
    copyright: mayBeCopyright(lower) && COPYRIGHT.test(text) ? 1 : 0,
    // (a date or time needs a digit)
    dateish: tok.digits > 0 && words <= 12 && DATE_ISH.test(text) ? 1 : 0,
    pipes: PIPE_CHAR.test(text) ? Math.min(5, text.match(PIPES)?.length ?? 0) : 0,
    avgWord: tok.tokens ? Math.min(15, tok.tokenChars / tok.tokens) / 10 : 0,
    prose: words >= 12 && sentEnd ? 1 : 0,
    clipped: (last === 46 || last === 0x2026) && CLIPPED.test(text) ? 1 : 0,
    spaces,
    dupHash,
  };
}

/** The block's own signals (dup is set by the caller, once every block's key is known). */
function ownSignals(b: Block, doc: WorkingDoc, t: TextSignals): Own {
  let inLinks = 0;
  let links = 0;
  // (a link needs "](": most blocks have none)
  if (b.raw.includes("]("))
    for (const m of mdLinks(b.raw)) {
      inLinks += m.bang ? 0 : m.label.length;
      links++;
    }
  const firstRaw = doc.lines[b.lines[0]].raw;
  return {
    words: t.words,
    linkDensity: Math.min(1, inLinks / t.visible),
    links,
    stop: t.stop,
    sentEnd: t.sentEnd,
    punct: t.punct,
    commas: t.commas,
    caps: t.caps,
    digits: t.digits,
    bullet: BULLET.test(firstRaw) ? 1 : 0,
    heading: HEADING.test(firstRaw) ? 1 : 0,
    table: TABLE_ROW.test(firstRaw) ? 1 : 0,
    cues: t.cues,
    copyright: t.copyright,
    indent: Math.min(20, indentOf(firstRaw)) / 10,
    dup: 0,
    dateish: t.dateish,
    pipes: t.pipes,
    avgWord: t.avgWord,
    prose: t.prose,
    clipped: t.clipped,
  };
}

const lw = (n: number) => Math.log1p(n);

/** Feature names, in the order of the vectors; the model file stores one weight per name. */
export const FEATURES = [
  "bias", "logWords", "short", "long", "linkDensity", "logLinks", "stop", "sentEnd", "punct", "commas", "caps", "digits",
  "bullet", "heading", "table", "cues", "cuesShort", "copyright", "indent", "dup", "dateish", "pipes", "avgWord",
  "pos", "pos2", "prevLogWords", "nextLogWords", "prevLink", "nextLink", "prevSentEnd", "nextSentEnd",
  "win3Prose", "win3Link", "win10Prose", "beforeFirstProse", "afterLastProse", "proseShareBefore", "proseShareAfter",
  "segShare", "segLogProse", "clipped", "win3Clipped",
] as const;

/**
 * A barrier between page sections: a short block with a boilerplate cue ("Share this", "Related"), a
 * block of links, a copyright line, a block repeated on the page or a one-to-four-word list item (a
 * menu entry). The article is usually one section between barriers, even where its blocks are list
 * items or table rows rather than prose; the share of the page's prose in a block's section tells
 * the model which section that is.
 */
const isBarrier = (o: Own) =>
  (o.cues > 0 && o.words <= 8) || o.linkDensity >= 0.5 || o.copyright > 0 || o.dup > 0 || (o.bullet > 0 && o.words <= 4 && !o.sentEnd);

/** The section index of each block: a barrier is a section of its own, between the ones around it. */
export function sections(barrier: boolean[]): number[] {
  let k = 0;
  return barrier.map((b, i) => (b || (i > 0 && barrier[i - 1]) ? ++k : k));
}

/** The feature vectors of a page's blocks, row after row in one array (block i's at i * N_FEATURES). */
export interface FeatureRows {
  x: Float64Array;
  /** Each block's words as white space separates them (countSpaced of its text), which scanText counts on the way. */
  spaced: Int32Array;
}

export const N_FEATURES = FEATURES.length;

/** upTo[i]: how many of the first i items have flag 1 (flags are 0 or 1). */
function countsUpTo<T>(items: T[], flag: (t: T) => number): Int32Array {
  const upTo = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) upTo[i + 1] = upTo[i] + flag(items[i]);
  return upTo;
}

/** One feature vector per block (same order as FEATURES). */
export function blockFeatures(blocks: Block[], doc: WorkingDoc): number[][] {
  const { x } = blockFeatureRows(blocks, doc);
  return blocks.map((_, i) => Array.from(x.subarray(i * N_FEATURES, (i + 1) * N_FEATURES)));
}

/** blockFeatures as rows of one typed array: no array per block, which the article-region rule reads as it is. */
export function blockFeatureRows(blocks: Block[], doc: WorkingDoc): FeatureRows {
  const n = blocks.length;
  const hashes = new Array<number>(n);
  const spaced = new Int32Array(n);
  const own = new Array<Own>(n);
  for (let i = 0; i < n; i++) {
    const t = textSignals(blocks[i].text);
    own[i] = ownSignals(blocks[i], doc, t);
    // (block texts have their white space collapsed to single spaces between words)
    spaced[i] = t.spaces + 1;
    hashes[i] = t.dupHash;
  }
  const dup = repeatedByHash(hashes, (i) => blocks[i].text.toLowerCase());
  for (let i = 0; i < n; i++) if (dup[i]) own[i].dup = 1;
  // Prose words before/after each block, for "where is the running text" signals.
  const proseWords = own.map((o) => (o.prose ? o.words : 0));
  const total = proseWords.reduce((a, b) => a + b, 0) || 1;
  const firstProse = own.findIndex((o) => o.prose);
  let lastProse = -1;
  own.forEach((o, i) => {
    if (o.prose) lastProse = i;
  });
  // Sections between barriers and the prose words in each.
  const seg = sections(own.map(isBarrier));
  const segProse = new Array<number>(n ? seg[n - 1] + 1 : 0).fill(0);
  own.forEach((_, i) => (segProse[seg[i]] += proseWords[i]));
  let cum = 0;
  // Mean of a signal over the r blocks on each side of block i (the signals as plain arrays: no call per neighbour).
  const linkDensity = own.map((o) => o.linkDensity);
  const window = (i: number, r: number, values: number[]) => {
    let s = 0;
    let c = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      if (j === i) continue;
      s += values[j];
      c++;
    }
    return c ? s / c : 0;
  };
  // The same mean of a 0/1 signal from running counts: its sums are small integers, exact in any order.
  const proseUpTo = countsUpTo(own, (o) => o.prose);
  const clippedUpTo = countsUpTo(own, (o) => o.clipped);
  const flagWindow = (i: number, r: number, upTo: Int32Array) => {
    const lo = Math.max(0, i - r);
    const hi = Math.min(n - 1, i + r);
    const c = hi - lo;
    return c ? (upTo[hi + 1] - upTo[lo] - (upTo[i + 1] - upTo[i])) / c : 0;
  };
  const x = new Float64Array(n * N_FEATURES);
  for (let i = 0; i < n; i++) {
    const o = own[i];
    const before = cum / total;
    cum += proseWords[i];
    const after = 1 - cum / total;
    const prev = own[i - 1];
    const next = own[i + 1];
    const pos = n > 1 ? i / (n - 1) : 0;
    let k = i * N_FEATURES;
    // (in FEATURES order)
    x[k++] = 1;
    x[k++] = lw(o.words);
    x[k++] = o.words <= 4 ? 1 : 0;
    x[k++] = o.words >= 40 ? 1 : 0;
    x[k++] = o.linkDensity;
    x[k++] = lw(o.links);
    x[k++] = o.stop;
    x[k++] = o.sentEnd;
    x[k++] = Math.min(1, o.punct * 5);
    x[k++] = Math.min(1, o.commas * 5);
    x[k++] = o.caps;
    x[k++] = Math.min(1, o.digits * 5);
    x[k++] = o.bullet;
    x[k++] = o.heading;
    x[k++] = o.table;
    x[k++] = Math.min(3, o.cues);
    x[k++] = o.cues && o.words <= 15 ? 1 : 0;
    x[k++] = o.copyright;
    x[k++] = o.indent;
    x[k++] = o.dup;
    x[k++] = o.dateish;
    x[k++] = o.pipes / 5;
    x[k++] = o.avgWord;
    x[k++] = pos;
    x[k++] = pos * pos;
    x[k++] = prev ? lw(prev.words) : 0;
    x[k++] = next ? lw(next.words) : 0;
    x[k++] = prev ? prev.linkDensity : 1;
    x[k++] = next ? next.linkDensity : 1;
    x[k++] = prev ? prev.sentEnd : 0;
    x[k++] = next ? next.sentEnd : 0;
    x[k++] = flagWindow(i, 3, proseUpTo);
    x[k++] = window(i, 3, linkDensity);
    x[k++] = flagWindow(i, 10, proseUpTo);
    x[k++] = firstProse >= 0 && i < firstProse ? 1 : 0;
    x[k++] = lastProse >= 0 && i > lastProse ? 1 : 0;
    x[k++] = before;
    x[k++] = after;
    x[k++] = segProse[seg[i]] / total;
    x[k++] = lw(segProse[seg[i]]) / 8;
    x[k++] = o.clipped;
    x[k++] = flagWindow(i, 3, clippedUpTo);
  }
  return { x, spaced };
}

/** Second-stage feature names: a block's first-stage score and the scores around it. */
export const CONTEXT_FEATURES = [
  "bias", "logit", "win1", "win3", "win10", "max5", "relMax", "relMean", "inCore", "coreDistBefore", "coreDistAfter",
  "evidenceBefore", "evidenceAfter", "logWords", "linkDensity",
] as const;

const logit = (p: number) => Math.log(Math.max(1e-4, p) / Math.max(1e-4, 1 - p));

/**
 * Second-stage features from the first stage's probabilities: how article-like the neighbourhood is,
 * where the block sits relative to the densest run of article-like blocks (the "core"), and how the
 * block compares with the page's best blocks (pages differ in how prose-like their text is).
 */
export function contextFeatures(blocks: Block[], probs: number[], own: number[][], core: [number, number] | null): number[][] {
  const x1 = new Float64Array(own.length * N_FEATURES);
  own.forEach((row, i) => x1.set(row, i * N_FEATURES));
  const x = contextFeatureRows(blocks.length, probs, x1, core);
  return blocks.map((_, i) => Array.from(x.subarray(i * N_CONTEXT_FEATURES, (i + 1) * N_CONTEXT_FEATURES)));
}

export const N_CONTEXT_FEATURES = CONTEXT_FEATURES.length;
const LOG_WORDS = FEATURES.indexOf("logWords");
const LINK_DENSITY = FEATURES.indexOf("linkDensity");

/** contextFeatures of n blocks over rows of blockFeatureRows, as rows of one typed array. */
export function contextFeatureRows(n: number, probs: ArrayLike<number>, x1: Float64Array, core: [number, number] | null): Float64Array {
  // (a loop, not Math.max(...probs): a page of 100k+ blocks would overflow the call stack)
  let maxP = 1e-4;
  let sumP = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i];
    if (p > maxP) maxP = p;
    sumP += p;
  }
  const meanP = sumP / Math.max(1, n);
  const ev = new Float64Array(n);
  let sumEv = 0;
  for (let i = 0; i < n; i++) {
    ev[i] = Math.max(0, probs[i] - 0.5) * Math.sqrt(Math.min(80, Math.max(1, Math.exp(x1[i * N_FEATURES + LOG_WORDS]) - 1)));
    sumEv += ev[i];
  }
  const totalEv = sumEv || 1;
  const win = (i: number, r: number) => {
    let s = 0;
    let c = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      if (j === i) continue;
      s += probs[j];
      c++;
    }
    return c ? s / c : 0;
  };
  const max5 = (i: number) => {
    let m = 0;
    for (let j = Math.max(0, i - 5); j <= Math.min(n - 1, i + 5); j++) if (j !== i) m = Math.max(m, probs[j]);
    return m;
  };
  let cum = 0;
  const x = new Float64Array(n * N_CONTEXT_FEATURES);
  for (let i = 0; i < n; i++) {
    const p = probs[i];
    const before = cum / totalEv;
    cum += ev[i];
    const after = 1 - cum / totalEv;
    let k = i * N_CONTEXT_FEATURES;
    // (in CONTEXT_FEATURES order)
    x[k++] = 1;
    x[k++] = logit(p);
    x[k++] = win(i, 1);
    x[k++] = win(i, 3);
    x[k++] = win(i, 10);
    x[k++] = max5(i);
    x[k++] = p / maxP;
    x[k++] = p - meanP;
    x[k++] = core && i >= core[0] && i <= core[1] ? 1 : 0;
    x[k++] = core && i < core[0] ? Math.log1p(core[0] - i) : 0;
    x[k++] = core && i > core[1] ? Math.log1p(i - core[1]) : 0;
    x[k++] = before;
    x[k++] = after;
    x[k++] = x1[i * N_FEATURES + LOG_WORDS];
    x[k++] = x1[i * N_FEATURES + LINK_DENSITY];
  }
  return x;
}
