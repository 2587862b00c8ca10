// Blocks and block features for the article-region rule. A block is what a reader sees as one unit:
// in Markdown renderings one line (a paragraph, a list item, a heading); in hard-wrapped text-browser
// dumps the run of lines that the browser broke at its width, re-joined. Each block gets a vector of
// numeric features (length, link density, stop-word and punctuation density, boilerplate cues, list
// and heading marks, position, and the same signals of its neighbours), which a small logistic model
// turns into the probability that the block is article text (see block-model.json and
// scripts/train-block-model.ts).
import { joinWrapped, type WorkingDoc } from "../document.ts";
import { MD_LINK, stripInlineMarkdown } from "../text/markdown.ts";
import { BOILERPLATE_CUES } from "./lexicon/boilerplate.ts";
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
    const text = stripInlineMarkdown(raw).replace(/\s+/g, " ").trim();
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

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’_-]*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${BOILERPLATE_CUES.map(escapeRe).join("|")})(?![\\p{L}])`, "gu");
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved/i;
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
}

function ownSignals(b: Block, doc: WorkingDoc, seen: Map<string, number>): Own {
  const text = b.text;
  const tokens = text.match(TOKEN) ?? [];
  const cjk = text.match(CJK)?.length ?? 0;
  // Unspaced scripts: count two characters as a word.
  const words = Math.max(tokens.length, Math.round(cjk / 2)) || 0;
  let inLinks = 0;
  let links = 0;
  for (const m of b.raw.matchAll(MD_LINK)) {
    inLinks += m[1] ? 0 : m[2].length;
    links++;
  }
  const visible = Math.max(1, text.length);
  const lower = text.toLowerCase();
  const stopHits = tokens.filter((t) => STOPWORDS.has(t.toLowerCase())).length;
  const particleHits = cjk ? [...text].filter((c) => CJK_PARTICLES.includes(c)).length : 0;
  const stop = cjk > tokens.length ? particleHits / Math.max(1, cjk) : stopHits / Math.max(1, tokens.length);
  const firstRaw = doc.lines[b.lines[0]].raw;
  const key = lower.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return {
    words,
    linkDensity: Math.min(1, inLinks / visible),
    links,
    stop,
    sentEnd: SENTENCE_END.test(text) ? 1 : 0,
    punct: (text.match(/[.!?。！？](?=\s|$)/gu)?.length ?? 0) / Math.max(1, words),
    commas: (text.match(/[,，、;]/g)?.length ?? 0) / Math.max(1, words),
    caps: tokens.filter((t) => /^\p{Lu}/u.test(t)).length / Math.max(1, tokens.length),
    digits: (text.match(/\p{N}/gu)?.length ?? 0) / visible,
    bullet: BULLET.test(firstRaw) ? 1 : 0,
    heading: HEADING.test(firstRaw) ? 1 : 0,
    table: TABLE_ROW.test(firstRaw) ? 1 : 0,
    cues: lower.match(CUE)?.length ?? 0,
    copyright: COPYRIGHT.test(text) ? 1 : 0,
    indent: Math.min(20, /^\s*/.exec(firstRaw)![0].length) / 10,
    dup: key && (seen.get(key) ?? 0) > 1 ? 1 : 0,
    dateish: DATE_ISH.test(text) && words <= 12 ? 1 : 0,
    pipes: Math.min(5, text.match(/\s[|·•]\s/g)?.length ?? 0),
    avgWord: tokens.length ? Math.min(15, tokens.join("").length / tokens.length) / 10 : 0,
    prose: words >= 12 && SENTENCE_END.test(text) ? 1 : 0,
  };
}

const lw = (n: number) => Math.log1p(n);

/** Feature names, in the order of the vectors; the model file stores one weight per name. */
export const FEATURES = [
  "bias", "logWords", "short", "long", "linkDensity", "logLinks", "stop", "sentEnd", "punct", "commas", "caps", "digits",
  "bullet", "heading", "table", "cues", "cuesShort", "copyright", "indent", "dup", "dateish", "pipes", "avgWord",
  "pos", "pos2", "prevLogWords", "nextLogWords", "prevLink", "nextLink", "prevSentEnd", "nextSentEnd",
  "win3Prose", "win3Link", "win10Prose", "beforeFirstProse", "afterLastProse", "proseShareBefore", "proseShareAfter",
] as const;

/** One feature vector per block (same order as FEATURES). */
export function blockFeatures(blocks: Block[], doc: WorkingDoc): number[][] {
  const seen = new Map<string, number>();
  for (const b of blocks) {
    const k = b.text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (k) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const own = blocks.map((b) => ownSignals(b, doc, seen));
  const n = blocks.length;
  // Prose words before/after each block, for "where is the running text" signals.
  const proseWords = own.map((o) => (o.prose ? o.words : 0));
  const total = proseWords.reduce((a, b) => a + b, 0) || 1;
  const firstProse = own.findIndex((o) => o.prose);
  let lastProse = -1;
  own.forEach((o, i) => {
    if (o.prose) lastProse = i;
  });
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
  const maxP = Math.max(1e-4, ...probs);
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
