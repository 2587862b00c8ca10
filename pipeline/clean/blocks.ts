// Blocks and block features for the article-region rule. A block is what a reader sees as one unit:
// in Markdown renderings one line (a paragraph, a list item, a heading); in hard-wrapped text-browser
// dumps the run of lines that the browser broke at its width, re-joined. Each block gets a vector of
// numeric features (length, link density, stop-word and punctuation density, boilerplate cues, list
// and heading marks, position, and the same signals of its neighbours), which a small logistic model
// turns into the probability that the block is article text (see block-model.json and
// scripts/train-block-model.ts).
import { joinWrapped, type WorkingDoc } from "../document.ts";
import { mdLinks, stripInlineMarkdown } from "../text/markdown.ts";
import { countCues } from "./cues.ts";
import { collapseWhitespace, letterDigitRuns } from "../text/normalize.ts";
import { CJK_PARTICLES, STOPWORDS } from "./lexicon/stopwords.ts";
import { continuesWrappedLine } from "./wrap.ts";

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
    const raw = joinWrapped(cur.map((i) => doc.lines[i].text));
    const text = collapseWhitespace(stripInlineMarkdown(raw));
    // A line with nothing a reader sees (an image, an empty link) is not a block: it would only skew
    // its neighbours' signals. The article-region rule removes such lines with the region's edges.
    if (text) out.push({ lines: cur, raw, text });
    cur = [];
  };
  doc.lines.forEach((l, i) => {
    if (l.removedBy || !l.text.trim()) return flush();
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
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved/i;
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

const UPPER_START = /^\p{Lu}/u;
const DIGIT = /\p{N}/gu;

/** Longest stop word: a longer token is not one. */
const MAX_STOP_LENGTH = Math.max(...[...STOPWORDS].map((w) => w.length));

interface TokenStats {
  tokens: number;
  stopHits: number;
  capHits: number;
  tokenChars: number;
  digits: number;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * The token signals of an ASCII-only text in one pass over its characters (the tokens of TOKEN, which
 * on ASCII are a letter or digit, then letters, digits, apostrophes, underscores and hyphens); `lower`
 * is the lower-cased text, with the same tokens at the same places.
 */
function asciiTokenStats(text: string, lower: string): TokenStats {
  const st: TokenStats = { tokens: 0, stopHits: 0, capHits: 0, tokenChars: 0, digits: 0 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c)) {
      i++;
      continue;
    }
    const from = i;
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (!(isAlnum(d) || d === 39 || d === 95 || d === 45)) break;
    }
    st.tokens++;
    if (c >= 65 && c <= 90) st.capHits++;
    st.tokenChars += i - from;
    if (i - from <= MAX_STOP_LENGTH && STOPWORDS.has(lower.slice(from, i))) st.stopHits++;
  }
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) st.digits++;
  }
  return st;
}

/** The same signals for any text, through the Unicode patterns. */
function unicodeTokenStats(text: string): TokenStats {
  const tokens = text.match(TOKEN) ?? [];
  const st: TokenStats = { tokens: tokens.length, stopHits: 0, capHits: 0, tokenChars: 0, digits: text.match(DIGIT)?.length ?? 0 };
  for (const t of tokens) {
    // Lower-casing never shortens a text (test/clean/blocks-speed.test.ts checks every code point).
    if (t.length <= MAX_STOP_LENGTH && STOPWORDS.has(t.toLowerCase())) st.stopHits++;
    const c = t.charCodeAt(0);
    if (c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(t)) st.capHits++;
    st.tokenChars += t.length;
  }
  return st;
}

/** Lower-cased letters and digits, words separated by one space: the key for "is this block repeated?". */
const dupKey = (lower: string, ascii: boolean): string => (ascii ? lower.replace(/[^A-Za-z0-9]+/g, " ").trim() : letterDigitRuns(lower).join(" "));

function ownSignals(b: Block, doc: WorkingDoc, ascii: boolean, lower: string, key: string, seen: Map<string, number>): Own {
  const text = b.text;
  const tok = ascii ? asciiTokenStats(text, lower) : unicodeTokenStats(text);
  const cjk = ascii ? 0 : (text.match(CJK)?.length ?? 0);
  // Unspaced scripts: count two characters as a word.
  const words = Math.max(tok.tokens, Math.round(cjk / 2)) || 0;
  let inLinks = 0;
  let links = 0;
  for (const m of mdLinks(b.raw)) {
    inLinks += m.bang ? 0 : m.label.length;
    links++;
  }
  const visible = Math.max(1, text.length);
  let particleHits = 0;
  if (cjk) for (const c of text) if (CJK_PARTICLES.includes(c)) particleHits++;
  const stop = cjk > tok.tokens ? particleHits / Math.max(1, cjk) : tok.stopHits / Math.max(1, tok.tokens);
  const firstRaw = doc.lines[b.lines[0]].raw;
  const sentEnd = SENTENCE_END.test(text) ? 1 : 0;
  return {
    words,
    linkDensity: Math.min(1, inLinks / visible),
    links,
    stop,
    sentEnd,
    punct: (text.match(/[.!?。！？](?=\s|$)/gu)?.length ?? 0) / Math.max(1, words),
    commas: (text.match(/[,，、;]/g)?.length ?? 0) / Math.max(1, words),
    caps: tok.capHits / Math.max(1, tok.tokens),
    digits: tok.digits / visible,
    bullet: BULLET.test(firstRaw) ? 1 : 0,
    heading: HEADING.test(firstRaw) ? 1 : 0,
    table: TABLE_ROW.test(firstRaw) ? 1 : 0,
    cues: countCues(lower),
    copyright: COPYRIGHT.test(text) ? 1 : 0,
    indent: Math.min(20, /^\s*/.exec(firstRaw)![0].length) / 10,
    dup: key && (seen.get(key) ?? 0) > 1 ? 1 : 0,
    dateish: DATE_ISH.test(text) && words <= 12 ? 1 : 0,
    pipes: Math.min(5, text.match(/\s[|·•]\s/g)?.length ?? 0),
    avgWord: tok.tokens ? Math.min(15, tok.tokenChars / tok.tokens) / 10 : 0,
    prose: words >= 12 && sentEnd ? 1 : 0,
    clipped: CLIPPED.test(text) ? 1 : 0,
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

/** One feature vector per block (same order as FEATURES). */
export function blockFeatures(blocks: Block[], doc: WorkingDoc): number[][] {
  // An ASCII-only text lower-cases to ASCII-only text, so `ascii` holds for both.
  const ascii = blocks.map((b) => !NON_ASCII.test(b.text));
  const lowers = blocks.map((b) => b.text.toLowerCase());
  const keys = lowers.map((l, i) => dupKey(l, ascii[i]));
  const seen = new Map<string, number>();
  for (const k of keys) if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
  const own = blocks.map((b, i) => ownSignals(b, doc, ascii[i], lowers[i], keys[i], seen));
  const n = blocks.length;
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
  const window = (i: number, r: number, f: (o: Own) => number) => {
    let s = 0;
    let c = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      if (j === i) continue;
      s += f(own[j]);
      c++;
    }
    return c ? s / c : 0;
  };
  return own.map((o, i) => {
    const before = cum / total;
    cum += proseWords[i];
    const after = 1 - cum / total;
    const prev = own[i - 1];
    const next = own[i + 1];
    const pos = n > 1 ? i / (n - 1) : 0;
    return [
      1, lw(o.words), o.words <= 4 ? 1 : 0, o.words >= 40 ? 1 : 0, o.linkDensity, lw(o.links), o.stop, o.sentEnd, Math.min(1, o.punct * 5),
      Math.min(1, o.commas * 5), o.caps, Math.min(1, o.digits * 5),
      o.bullet, o.heading, o.table, Math.min(3, o.cues), o.cues && o.words <= 15 ? 1 : 0, o.copyright, o.indent, o.dup, o.dateish, o.pipes / 5, o.avgWord,
      pos, pos * pos, prev ? lw(prev.words) : 0, next ? lw(next.words) : 0, prev ? prev.linkDensity : 1, next ? next.linkDensity : 1,
      prev ? prev.sentEnd : 0, next ? next.sentEnd : 0,
      window(i, 3, (x) => x.prose), window(i, 3, (x) => x.linkDensity), window(i, 10, (x) => x.prose),
      firstProse >= 0 && i < firstProse ? 1 : 0, lastProse >= 0 && i > lastProse ? 1 : 0, before, after,
      segProse[seg[i]] / total, lw(segProse[seg[i]]) / 8,
      o.clipped, window(i, 3, (x) => x.clipped),
    ];
  });
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
  const n = blocks.length;
  // (a loop, not Math.max(...probs): a page of 100k+ blocks would overflow the call stack)
  let maxP = 1e-4;
  for (const p of probs) if (p > maxP) maxP = p;
  const meanP = probs.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const ev = probs.map((p, i) => Math.max(0, p - 0.5) * Math.sqrt(Math.min(80, Math.max(1, Math.exp(own[i][1]) - 1))));
  const totalEv = ev.reduce((a, b) => a + b, 0) || 1;
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
  const linkIdx = FEATURES.indexOf("linkDensity");
  return probs.map((p, i) => {
    const before = cum / totalEv;
    cum += ev[i];
    const after = 1 - cum / totalEv;
    const dBefore = core && i < core[0] ? Math.log1p(core[0] - i) : 0;
    const dAfter = core && i > core[1] ? Math.log1p(i - core[1]) : 0;
    return [
      1, logit(p), win(i, 1), win(i, 3), win(i, 10), max5(i), p / maxP, p - meanP, core && i >= core[0] && i <= core[1] ? 1 : 0,
      dBefore, dAfter, before, after, own[i][1], own[i][linkIdx],
    ];
  });
}
