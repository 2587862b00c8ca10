// Block features for the article-region rule: a vector of numeric signals per block (length, link
// density, stop-word and punctuation density, boilerplate cues, list and heading marks, position,
// sections between barriers, lists and code opened by a lead-in, appeals to the reader, photo credits
// ending a caption, image marks, and the same
// signals of its neighbours), which the first stage of the
// block model turns into the probability that the block is article text (block-scoring.ts,
// block-model.json, scripts/train-block-model.ts).
import type { WorkingDoc } from "../document.ts";
import { mdLinks } from "../text/markdown.ts";
import { countCues } from "../text/cues.ts";
import { endsInMarkThen, spaceUnit } from "../text/normalize.ts";
import { CJK_PARTICLES } from "./lexicon/stopwords.ts";
import { APPEAL_CUES, FIRST_PLURAL, SECOND_PERSON } from "../text/boilerplate-lexicon.ts";
import type { Block } from "./blocks.ts";
import { endsInCredit } from "./credit-end.ts";
import { dupKeyHash, prefixKey, repeatedByHash, scanned, scanText, sharedPrefix } from "./block-text.ts";

const BULLET = /^\s*(?:[-*+•·▪◦●□■☆★◆→>]|\d{1,3}[.)])\s+/;
/** A numbered item: "3. ", "12) ", also behind a list mark ("- 3. "), as in ranked lists and steps. */
const NUMBERED = /^\s*(?:[-*+•·▪◦●]\s+)?(?:#{1,6}\s+)?\d{1,3}[.)]\s+\S/;
const HEADING = /^\s{0,3}#{1,6}\s+\S/;
/** A table's row ("| 1 | Real Madrid | 67 |"). */
export const TABLE_ROW = /^\s*\|.*\|\s*$/;
const COPYRIGHT = /©|\(c\)\s*\d{4}|copyright|all rights reserved/i;
/** A sentence ends in one of these marks, then only closing quotes or brackets: `/[marks][closers]*$/`. */
const SENTENCE_MARKS = new Set([...".!?…。！？।॥؟۔։።။។"].map((c) => c.charCodeAt(0)));
const SENTENCE_CLOSERS = new Set([...'"\'”’»)]'].map((c) => c.charCodeAt(0)));
/**
 * Can the text match COPYRIGHT? Each of its alternatives, lower-cased, holds one of these strings
 * (the pattern ignores only ASCII case), which plain searches of the lower-cased text find fast.
 */
const mayBeCopyright = (lower: string) => lower.includes("©") || lower.includes("(c)") || lower.includes("copyright") || lower.includes("all rights reserved");
const DATE_ISH = /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/;
/** A Markdown code fence ("``` bash"): the lines up to the next fence are code shown inside an article. */
const FENCE = /^\s*```/;
/** A lead-in: text that ends in a colon, introducing what follows ("You can install it with:", "Zutaten:"). */
const LEAD_IN_END = /[:：]\s*$/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordsRe = (words: readonly string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${words.map(escapeRe).join("|")})(?![\\p{L}])`, "u");
/** Words asking the reader to subscribe, donate, join or sign up (boilerplate-lexicon.ts), on the lower case. */
const APPEAL_RE = wordsRe(APPEAL_CUES);
// The same words anywhere, boundaries aside: most blocks hold none, and this plain pattern rules them
// out several times faster than the Unicode-aware one (which runs only where it finds one).
const APPEAL_SUBSTRING = new RegExp(APPEAL_CUES.map(escapeRe).join("|"));
/** Words addressing the reader, or the publisher speaking of itself, on the lower case. */
const ADDRESS_RE = wordsRe([...SECOND_PERSON, ...FIRST_PLURAL]);
/** German formal address: "Sie", "Ihnen", "Ihr…" capitalised after a lower-case word or a comma (not opening a sentence). */
const FORMAL_GERMAN = /[\p{Ll},] (?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?![\p{L}])/u;
/**
 * An appeal to the reader: a block that addresses the reader (or speaks for the publisher: "our", "uns")
 * and asks them to subscribe, donate, join or sign up ("Support our journalism: become a member today",
 * "Unterstützen Sie unsere Arbeit").
 */
/** Does the lower-cased text hold a word asking the reader to subscribe, donate, join or sign up? */
export const hasAppealCue = (lower: string): boolean => APPEAL_SUBSTRING.test(lower) && APPEAL_RE.test(lower);
export const isAppeal = (text: string, lower: string): boolean => hasAppealCue(lower) && (ADDRESS_RE.test(lower) || FORMAL_GERMAN.test(text));

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
  numbered: number;
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
  /** Another block of the page opens with the same five words (set by the caller, as dup). */
  repStart: number;
  /** List, table or code markup (a list item, a numbered item, a table row, a code line, an indented line). */
  listish: number;
  /** Ends in a colon with four or more words and no boilerplate cue: a lead-in of prose. */
  leadIn: number;
  /** isAppeal. */
  appeal: number;
  /** Ends in a photo credit (credit-end.ts): a caption. */
  creditEnd: number;
  /** Holds an image: a Markdown image in the line, or a text dump's image mark, a bracketed name with no spaces ("[home-depot]"). */
  imageMark: number;
}

/** A caption is at most this long (a paragraph that ends with a bracketed note is not one). */
const MAX_CAPTION_WORDS = 80;
/**
 * A text dump's image mark: the image's name in brackets, with no spaces ("[home-depot]",
 * "[IMG_2041]", "[20220103-1]"); six or more characters, so that "[sic]" and "[1]" are none.
 */
const IMAGE_MARK = /\[[\p{L}\p{N}_.\-]{6,}\]/u;

/** Leading white space of a line, in code units (/^\s*\/ without the match). */
function indentOf(line: string): number {
  let k = 0;
  while (k < line.length && spaceUnit(line.charCodeAt(k))) k++;
  return k;
}
/** Any character of the pipes pattern's middle: without one, the pattern has nothing to count. */
const PIPE_CHAR = /[|·•]/;
const PIPES = /\s[|·•]\s/g;

/** The signals of a block that depend on its text alone, with its spaces and its dupKeyHash. */
interface TextSignals
  extends Pick<Own, "words" | "stop" | "sentEnd" | "punct" | "commas" | "caps" | "digits" | "cues" | "copyright" | "dateish" | "pipes" | "avgWord" | "prose" | "clipped" | "appeal" | "creditEnd"> {
  /** The text's length (at least 1), for the link density. */
  visible: number;
  spaces: number;
  dupHash: number;
  /** prefixKey of the lower case: the first five words, or null. */
  startKey: string | null;
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
  // (block texts are trimmed: their ends are read from the last character, not by patterns that scan the whole block)
  const last = text.charCodeAt(text.length - 1);
  const sentEnd = endsInMarkThen(text, SENTENCE_MARKS, SENTENCE_CLOSERS) ? 1 : 0;
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
    // A teaser cut to length: the text stops in "..." or "…" (often mid-word), as in lists of other stories.
    clipped: last === 0x2026 || (last === 46 && text.endsWith("...")) ? 1 : 0,
    appeal: isAppeal(text, lower) ? 1 : 0,
    creditEnd: words <= MAX_CAPTION_WORDS && endsInCredit(text) ? 1 : 0,
    spaces,
    dupHash,
    startKey: prefixKey(lower),
  };
}

/** The block's own signals (dup is set by the caller, once every block's key is known). */
function ownSignals(b: Block, doc: WorkingDoc, t: TextSignals, code: Uint8Array | null): Own {
  let inLinks = 0;
  let links = 0;
  // (a link needs "](": most blocks have none)
  if (b.raw.includes("]("))
    for (const m of mdLinks(b.raw)) {
      inLinks += m.bang ? 0 : m.label.length;
      links++;
    }
  const firstRaw = doc.lines[b.lines[0]].raw;
  const bullet = BULLET.test(firstRaw) ? 1 : 0;
  const numbered = NUMBERED.test(firstRaw) ? 1 : 0;
  const table = TABLE_ROW.test(firstRaw) ? 1 : 0;
  const indent = indentOf(firstRaw);
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
    bullet,
    numbered,
    heading: HEADING.test(firstRaw) ? 1 : 0,
    table,
    cues: t.cues,
    copyright: t.copyright,
    indent: Math.min(20, indent) / 10,
    dup: 0,
    dateish: t.dateish,
    pipes: t.pipes,
    avgWord: t.avgWord,
    prose: t.prose,
    clipped: t.clipped,
    repStart: 0,
    listish: bullet || numbered || table || indent >= 2 || (code !== null && code[b.lines[0]] === 1) ? 1 : 0,
    leadIn: t.words >= 4 && !t.cues && LEAD_IN_END.test(b.text) ? 1 : 0,
    appeal: t.appeal,
    creditEnd: t.creditEnd,
    imageMark: b.raw.includes("![") || (b.text.includes("[") && IMAGE_MARK.test(b.text)) ? 1 : 0,
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
  "proseBothSides", "numbered", "win3Dateish", "logSinceLastProse", "logUntilFirstProse",
  "repStart", "win3Repeated", "leadInList", "appeal", "creditEnd", "imageMark",
] as const;

/** A run of list, table or code blocks is followed back this far to the lead-in that opens it. */
const LEAD_IN_REACH = 40;

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
  /** 1 where a block's text holds a boilerplate cue (its cue count, hasCue of its lower case), else 0. */
  cued: Uint8Array;
}

export const N_FEATURES = FEATURES.length;

/** upTo[i]: how many of the first i items have flag 1 (flags are 0 or 1). */
function countsUpTo<T>(items: T[], flag: (t: T) => number): Int32Array {
  const upTo = new Int32Array(items.length + 1);
  for (let i = 0; i < items.length; i++) upTo[i + 1] = upTo[i] + flag(items[i]);
  return upTo;
}

/** Per line of the document, 1 for a Markdown code fence and the lines between two fences; null when there is none. */
export function codeLines(doc: WorkingDoc): Uint8Array | null {
  let out: Uint8Array | null = null;
  let open = false;
  doc.lines.forEach((l, i) => {
    // (a fence starts with a backtick after at most a few spaces: most lines are ruled out by their first characters)
    const fence = l.raw.includes("```") && FENCE.test(l.raw);
    if (fence || open) (out ??= new Uint8Array(doc.lines.length))[i] = 1;
    if (fence) open = !open;
  });
  return out;
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
  const startKeys = new Array<string | null>(n);
  const spaced = new Int32Array(n);
  const cued = new Uint8Array(n);
  const own = new Array<Own>(n);
  const code = codeLines(doc);
  for (let i = 0; i < n; i++) {
    const t = textSignals(blocks[i].text);
    own[i] = ownSignals(blocks[i], doc, t, code);
    // (block texts have their white space collapsed to single spaces between words)
    spaced[i] = t.spaces + 1;
    cued[i] = t.cues > 0 ? 1 : 0;
    hashes[i] = t.dupHash;
    startKeys[i] = t.startKey;
  }
  const dup = repeatedByHash(hashes, (i) => blocks[i].text.toLowerCase());
  for (let i = 0; i < n; i++) if (dup[i]) own[i].dup = 1;
  // Blocks opening with the same five words as another (a caption printed twice, a headline repeated
  // over its teaser): repetition the exact-text dup misses when the copies end differently.
  const rep = sharedPrefix(startKeys);
  for (let i = 0; i < n; i++) if (rep[i]) own[i].repStart = 1;
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
  const dateishUpTo = countsUpTo(own, (o) => o.dateish);
  const repeatedUpTo = countsUpTo(own, (o) => (o.dup || o.repStart ? 1 : 0));
  // Is there prose on both sides of block i within r blocks? (a list, table or subheading inside an
  // article sits between paragraphs; a menu or a run of cards after it has prose on one side only)
  const proseBoth = (i: number, r: number) =>
    proseUpTo[i] - proseUpTo[Math.max(0, i - r)] > 0 && proseUpTo[Math.min(n, i + r + 1)] - proseUpTo[i + 1] > 0 ? 1 : 0;
  const flagWindow = (i: number, r: number, upTo: Int32Array) => {
    const lo = Math.max(0, i - r);
    const hi = Math.min(n - 1, i + r);
    const c = hi - lo;
    return c ? (upTo[hi + 1] - upTo[lo] - (upTo[i + 1] - upTo[i])) / c : 0;
  };
  // A list, table or code block in a run that a lead-in of prose opens ("Install it with:", "Zutaten:",
  // "The ten best:"): steps, ingredients and code shown inside an article, whose items read like menus.
  const leadInList = new Uint8Array(n);
  for (let i = 0, opened = 0, run = 0; i < n; i++) {
    const o = own[i];
    if (o.listish) {
      run++;
      if (opened && run <= LEAD_IN_REACH) leadInList[i] = 1;
    } else {
      opened = o.leadIn;
      run = 0;
    }
  }
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
    x[k++] = proseBoth(i, 10);
    x[k++] = o.numbered;
    x[k++] = flagWindow(i, 3, dateishUpTo);
    x[k++] = lastProse >= 0 && i > lastProse ? lw(i - lastProse) / 4 : 0;
    x[k++] = firstProse >= 0 && i < firstProse ? lw(firstProse - i) / 4 : 0;
    x[k++] = o.repStart;
    x[k++] = flagWindow(i, 3, repeatedUpTo);
    x[k++] = leadInList[i];
    x[k++] = o.appeal;
    x[k++] = o.creditEnd;
    x[k++] = o.imageMark;
  }
  return { x, spaced, cued };
}

