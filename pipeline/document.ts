// The working document that cleaning and extraction rules share: the decoded text as numbered lines,
// each either live or removed by a named rule, plus the fields captured so far and the audit trail.
// Rules never delete a line outright: they mark it, so the audit table can say which rule took what.
import type { AuditEntry } from "../schemas/audit.ts";
import { continuesWrappedLine } from "./text/wrap.ts";
import { spaceUnit } from "./text/normalize.ts";

export interface Line {
  /** 1-based line number in the decoded raw text. */
  readonly n: number;
  /** Current text (rules may rewrite it, e.g. Markdown links to their text). */
  text: string;
  /** The line as it was decoded, for signals such as link density. */
  readonly raw: string;
  /** Id of the rule that removed the line, when it is gone from the body. */
  removedBy?: string;
  /** What a removed line was, for rules that look for metadata among removed lines ('metadata' or 'boilerplate'). */
  removedAs?: "metadata" | "boilerplate";
  /** Set by the extract rule that used this line for a field (title, date, byline, ...). */
  usedFor?: string;
}

/** Values the rules capture; the extract stage turns them into an Article. */
export interface Captured {
  title: string | null;
  subtitle: string | null;
  published_date: string | null;
  published_time: string | null;
  outlet: string | null;
  url: string | null;
  authors: string[];
  dateline: string | null;
  image_credits: string[];
  related_headlines: string[];
  tags: string[];
  language: string | null;
}

export const emptyCaptured = (): Captured => ({
  title: null,
  subtitle: null,
  published_date: null,
  published_time: null,
  outlet: null,
  url: null,
  authors: [],
  dateline: null,
  image_credits: [],
  related_headlines: [],
  tags: [],
  language: null,
});

export type LogEntry = Omit<AuditEntry, "article_id" | "seq">;

export interface WorkingDoc {
  readonly sourceFile: string;
  readonly lines: Line[];
  readonly captured: Captured;
  readonly log: LogEntry[];
  readonly warnings: string[];
  /** Width the text was hard-wrapped at (text-browser dumps), or null when lines are whole paragraphs. */
  readonly wrapWidth: number | null;
  /**
   * Where the article's running text starts and ends (line indices, inclusive), once the clean rule
   * article-region has found it. Lines before `start` are the header zone (headline, date, byline,
   * standfirst); nothing after `end` belongs to the article. Read it through articleStart/articleEnd.
   */
  article?: { start: number; end: number };
}

/** A copy of the captured fields: their values are strings, null or lists of strings, so copying the lists suffices. */
function copyCaptured(c: Captured): Captured {
  const out: Record<string, unknown> = { ...c };
  for (const k in out) if (Array.isArray(out[k])) out[k] = [...(out[k] as unknown[])];
  return out as unknown as Captured;
}

/**
 * A copy of a line with every field set (the ones it lacks as undefined): all lines then share one
 * object shape, which keeps the rules' per-line reads (l.removedBy, l.text) fast.
 */
const copyLine = (l: Line): Line => ({ n: l.n, text: l.text, raw: l.raw, removedBy: l.removedBy, removedAs: l.removedAs, usedFor: l.usedFor });

export const cloneDoc = (doc: WorkingDoc): WorkingDoc => ({
  sourceFile: doc.sourceFile,
  lines: doc.lines.map(copyLine),
  captured: copyCaptured(doc.captured),
  log: [...doc.log],
  warnings: [...doc.warnings],
  wrapWidth: doc.wrapWidth,
  ...(doc.article ? { article: { ...doc.article } } : {}),
});

/** Is the text empty or white space only (`s.trim() === ""`, without building the trimmed string)? */
export function isBlank(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!spaceUnit(s.charCodeAt(k))) return false;
  return true;
}

/** Indices of live (not removed) lines, in order. */
export const liveIndices = (doc: WorkingDoc): number[] => {
  const out: number[] = [];
  doc.lines.forEach((l, i) => {
    if (!l.removedBy && !isBlank(l.text)) out.push(i);
  });
  return out;
};

/** Paragraphs of live lines: runs separated by blank or removed lines; in wrapped text consecutive lines join. */
export interface Paragraph {
  /** Indices into doc.lines. */
  lines: number[];
  text: string;
}

/** Scripts written without spaces between words: a line break next to one of their characters is not a space. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** UNSPACED's answer per UTF-16 unit (tested alone, as joinWrapped tests one unit): 1 yes, 2 no, 0 not yet asked. */
const unspacedUnits = new Uint8Array(0x10000);
function unspaced(unit: number): boolean {
  let k = unspacedUnits[unit];
  if (k === 0) k = unspacedUnits[unit] = UNSPACED.test(String.fromCharCode(unit)) ? 1 : 2;
  return k === 1;
}

/**
 * Joins the lines of one wrapped paragraph: with a space, except where the break sits next to a
 * Chinese or Japanese character (those scripts put no spaces between words, so the browser broke
 * inside a word run, not at a space).
 */
export function joinWrapped(parts: readonly string[]): string {
  // (one line: nothing to join; most paragraphs and blocks of unwrapped text)
  if (parts.length === 1) return parts[0].trim();
  let out = "";
  // The last character is kept apart: indexing the growing string flattens it every time, which made
  // joining a long paragraph quadratic in its length.
  let last = -1;
  for (const part of parts) {
    const t = part.trim();
    if (!t) continue;
    if (last >= 0 && !(unspaced(last) || unspaced(t.charCodeAt(0)))) out += " ";
    out += t;
    last = t.charCodeAt(t.length - 1);
  }
  return out;
}

/** The texts of the lines at `indices`, joined as one paragraph (joinWrapped, without a list for a single line). */
export const joinLines = (doc: WorkingDoc, indices: readonly number[]): string =>
  indices.length === 1 ? doc.lines[indices[0]].text.trim() : joinWrapped(indices.map((i) => doc.lines[i].text));

export function paragraphs(doc: WorkingDoc): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: number[] = [];
  const flush = () => {
    if (cur.length) out.push({ lines: cur, text: joinLines(doc, cur) });
    cur = [];
  };
  doc.lines.forEach((l, i) => {
    const blank = isBlank(l.text);
    if (l.removedBy || blank) {
      // A removed line ends a paragraph only where it was itself a paragraph break in the raw text.
      if (blank || !doc.wrapWidth) flush();
      return;
    }
    // In wrapped text a line continues the paragraph only where the browser broke it at the width.
    const prevRaw = i > 0 ? doc.lines[i - 1].raw : "";
    if (!doc.wrapWidth || isBlank(prevRaw) || !continuesWrappedLine(prevRaw, l.raw, doc.wrapWidth)) flush();
    cur.push(i);
  });
  flush();
  return out;
}

/** Words for a line of prose that ends like a sentence, and for one that is prose whatever its end. */
const PROSE_WORDS = 12;
const LONG_PROSE_WORDS = 35;
const SENTENCE_END = /[.!?…。！？]["'”’»)]*\s*$/u;

/** countSpaced(s), but counting no further than `cap` (all a caller comparing with `cap` needs). */
function countSpacedUpTo(s: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < cap; i++) {
    if (spaceUnit(s.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      n++;
    }
  }
  return n;
}

/** A line of running prose: long enough and ending like a sentence. */
export const isProse = (text: string): boolean => {
  const words = countSpacedUpTo(text, LONG_PROSE_WORDS);
  return words >= LONG_PROSE_WORDS || (words >= PROSE_WORDS && SENTENCE_END.test(text.trim()));
};

/**
 * Where the article's running text starts: the start of the article region once the article-region
 * rule has marked it, else the first live prose line. Lines before it form the header zone (title,
 * date, byline, standfirst).
 */
export function firstProseIndex(doc: WorkingDoc): number {
  if (doc.article) return doc.article.start;
  for (let i = 0; i < doc.lines.length; i++) {
    const l = doc.lines[i];
    if (!l.removedBy && isProse(l.text)) return i;
  }
  return doc.lines.length;
}

/** Where the article's running text ends: the article region's last line once marked, else the last live prose line, or -1. */
export function lastProseIndex(doc: WorkingDoc): number {
  if (doc.article) return doc.article.end;
  for (let i = doc.lines.length - 1; i >= 0; i--) {
    const l = doc.lines[i];
    if (!l.removedBy && isProse(l.text)) return i;
  }
  return -1;
}

/** Start of the article (line index): alias of firstProseIndex, for readers of the header zone. */
export const articleStart = (doc: WorkingDoc): number => firstProseIndex(doc);
/** End of the article (line index, inclusive): alias of lastProseIndex. */
export const articleEnd = (doc: WorkingDoc): number => lastProseIndex(doc);
/** Indices of the header-zone lines (before the article start) that are live or kept as metadata. */
export function headerZone(doc: WorkingDoc): number[] {
  const out: number[] = [];
  const stop = firstProseIndex(doc);
  for (let i = 0; i < stop; i++) {
    const l = doc.lines[i];
    if (!isBlank(l.text) && (!l.removedBy || l.removedAs === "metadata")) out.push(i);
  }
  return out;
}

/** A list item's opening as the region and body checks read it: a mark or a number, a space, then text. */
const LIST_ITEM = /^\s*(?:[-*+•·▪◦●]|\d{1,3}[.)])\s+\S/;
/** Does the raw line open a list item ("- x", "• x", "12. x")? */
export const opensListItem = (raw: string): boolean => LIST_ITEM.test(raw);
/** Does the text end in a colon (ASCII or full-width): a lead-in to what follows? */
export const endsInColon = (text: string): boolean => /[:：]\s*$/u.test(text);

const BULLET_ITEM = /^\s*(?:[•·▪◦●□■*+\-–]|\d{1,2}[.)])\s+(.*)$/;
/** Characters a bullet item starts with (after white space): its mark, or the first digit of its number. */
const BULLET_START = new Set([..."•·▪◦●□■*+-–0123456789"].map((c) => c.charCodeAt(0)));

/** Is the line a bullet item ("• x", "- x", "* x", "1. x")? Returns the item text. */
export const bulletItem = (text: string): string | null => {
  // Most lines are not: their first character past the white space rules them out without the pattern.
  let k = 0;
  while (k < text.length && spaceUnit(text.charCodeAt(k))) k++;
  if (!BULLET_START.has(text.charCodeAt(k))) return null;
  const m = BULLET_ITEM.exec(text);
  return m ? m[1].trim() : null;
};
