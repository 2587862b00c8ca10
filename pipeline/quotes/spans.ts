// Quote-mark spans: finds the top-level quotations of one paragraph, whatever the typographic tradition
// (“…”, "…", ‘…’, «…», „…“, »…«, 「…」, 『…』). Marks nested inside a quotation belong to it. A quotation
// left open at the end of the paragraph runs to its end (the caller joins it with the next paragraph
// when that one re-opens with the same kind of mark: the convention for multi-paragraph quotations).
import { CJK_OPENERS, DOUBLE_DIGRAPHS, DOUBLE_MARKS, PAIRED_MARKS, SINGLE_CLOSERS, SINGLE_OPENERS, SPACED_PAIRED, TITLE_BRACKETS } from "./lexicon/marks.ts";

/** "dash": speech opened by a dash (dashes.ts), not by a mark. */
export type MarkFamily = "double" | "single" | "paired" | "dash";

export interface MarkSpan {
  /** Index of the opening mark in the paragraph (UTF-16). */
  open: number;
  /** Content between the marks: [contentStart, contentEnd). */
  contentStart: number;
  contentEnd: number;
  /** End of the closing mark (= contentEnd when the quotation is left open). */
  close: number;
  closed: boolean;
  family: MarkFamily;
  /** The opening mark itself. */
  mark: string;
}

const DOUBLE = new Set<string>(DOUBLE_MARKS);
const PAIRED_CLOSERS = new Set<string>(Object.values(PAIRED_MARKS));
const S_OPEN = new Set<string>(SINGLE_OPENERS);
const S_CLOSE = new Set<string>(SINGLE_CLOSERS);
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
// Unicode-property patterns compiled once: a literal inside a function is rebuilt on every call once transpiled.
const LETTER_RE = /\p{L}/u;
const LOWER_RE = /\p{Ll}/u;
const HEBREW_RE = /\p{Script=Hebrew}/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER_RE.test(c);
const isLower = (c: string | undefined) => c !== undefined && LOWER_RE.test(c);
/** Characters a closing mark may be followed by. */
const isCloseFollower = (c: string | undefined) => c === undefined || /[\s.,;:!?)\]}…—–\-/*"'’”»«]/u.test(c);

/** Every character that can start a mark, for a cheap first test: a table over UTF-16 units (all marks are in the BMP). */
const MARK_START = new Uint8Array(0x10000);
for (const m of [...DOUBLE_MARKS, ...DOUBLE_DIGRAPHS.map((d) => d[0]), ...SINGLE_OPENERS, ...SINGLE_CLOSERS, ...Object.keys(PAIRED_MARKS), ...Object.values(PAIRED_MARKS)])
  MARK_START[m.charCodeAt(0)] = 1;
const isMarkStart = (p: string, i: number) => MARK_START[p.charCodeAt(i)] === 1;

/** The mark starting at i: a digraph first, then a single character. */
function markAt(p: string, i: number): { m: string; fam: MarkFamily | "single-open" | "single-close" | null } {
  const two = p.slice(i, i + 2);
  if ((DOUBLE_DIGRAPHS as readonly string[]).includes(two)) return { m: two, fam: "double" };
  const c = p[i];
  if (DOUBLE.has(c)) return { m: c, fam: "double" };
  if (c in PAIRED_MARKS || PAIRED_CLOSERS.has(c)) return { m: c, fam: "paired" };
  if (S_OPEN.has(c) || S_CLOSE.has(c)) return { m: c, fam: S_OPEN.has(c) ? "single-open" : "single-close" };
  return { m: c, fam: null };
}

/** Can a single mark at i open a quotation? Apostrophes (it’s, ’90s, rock ’n’ roll) must not. */
function singleOpens(p: string, i: number): boolean {
  const prev = p[i - 1];
  const next = p[i + 1];
  if (!(i === 0 || /[\s([{—–\-:>]/u.test(prev))) return false;
  return isLetter(next) || next === "…" || next === "[";
}

/** Can a single mark at i close one? Not inside a word, not a plural possessive ("the players’ union"). */
function singleCloses(p: string, i: number): boolean {
  const prev = p[i - 1];
  const next = p[i + 1];
  if (isSpace(prev) || isWord(next)) return false;
  if (prev === "s" && next === " " && isLower(p[i + 2])) return false;
  return isCloseFollower(next);
}

export function findMarkSpans(p: string): MarkSpan[] {
  const out: MarkSpan[] = [];
  let i = 0;
  while (i < p.length) {
    if (!isMarkStart(p, i)) {
      i++;
      continue;
    }
    const { m, fam } = markAt(p, i);
    if (!fam || fam === "single-close" && !S_OPEN.has(m)) {
      i += fam ? m.length : 1;
      continue;
    }
    const prev = p[i - 1];
    const next = p[i + m.length];
    let opens = false;
    let family: MarkFamily = "double";
    if (fam === "double") opens = !isWord(prev) && !isSpace(next);
    else if (fam === "paired") {
      family = "paired";
      opens = CJK_OPENERS.has(m) || TITLE_BRACKETS.has(m) || (SPACED_PAIRED.has(m) && !isWord(prev) && next !== undefined && (m === "«" || m === "‹" || !isSpace(next)));
    } else {
      family = "single";
      opens = singleOpens(p, i);
    }
    if (!opens) {
      i += m.length;
      continue;
    }
    const span = scanToClose(p, i, m, family);
    if (span) out.push(span);
    i = span ? Math.max(span.close, i + m.length) : i + m.length;
  }
  return out.filter((s) => !TITLE_BRACKETS.has(s.mark));
}

function scanToClose(p: string, open: number, mark: string, family: MarkFamily): MarkSpan | null {
  const contentStart = open + mark.length;
  let depth = 0;
  let j = contentStart;
  while (j < p.length) {
    if (!isMarkStart(p, j)) {
      j++;
      continue;
    }
    const { m, fam } = markAt(p, j);
    const prev = p[j - 1];
    const next = p[j + m.length];
    if (family === "double" && fam === "double") {
      // Hebrew writes acronyms with a straight double mark between letters (צה"ל, יו"ר): no quotation mark.
      if (m === '"' && HEBREW_RE.test(prev ?? "") && HEBREW_RE.test(next ?? "")) {
        j++;
        continue;
      }
      const leftFlankingOnly = isSpace(prev) && !isSpace(next) && !isCloseFollower(next);
      if (leftFlankingOnly && !/^[”’]/u.test(m)) depth++;
      else if (depth > 0) depth--;
      else return { open, contentStart, contentEnd: j, close: j + m.length, closed: true, family, mark };
    } else if (family === "paired" && fam === "paired") {
      if (m === PAIRED_MARKS[mark]) {
        if (depth > 0) depth--;
        else return { open, contentStart, contentEnd: j, close: j + m.length, closed: true, family, mark };
      } else if (m === mark) depth++;
    } else if (family === "single" && (fam === "single-open" || fam === "single-close")) {
      if (singleCloses(p, j)) {
        if (depth > 0) depth--;
        else return { open, contentStart, contentEnd: j, close: j + 1, closed: true, family, mark };
      } else if (singleOpens(p, j)) depth++;
    }
    j += fam ? m.length : 1;
  }
  // Left open: single marks must close in their paragraph (an unmatched one is an apostrophe).
  if (family === "single") return null;
  return { open, contentStart, contentEnd: p.length, close: p.length, closed: false, family, mark };
}
