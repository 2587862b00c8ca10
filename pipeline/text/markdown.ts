// Helpers for the Markdown that HTML→Markdown scrapers leave in the text: links, emphasis, escapes.
// Patterns are linear (no nested quantifiers) so a hostile line cannot make them backtrack badly.
import { memoByString } from "./memo.ts";
import { spaceUnit } from "./normalize.ts";

/**
 * `[text](target "title")`: '!' for an image in group 1, link text in group 2, target in group 3. The
 * definition of a link; find links with mdLinks, which gives the same matches in linear time (the
 * regex scans up to 500 characters after every '[' and its target to the next ')' or space, so a
 * line of "[[[[…" took 500× its length, and one of "[](" repeated its length squared).
 */
export const MD_LINK = /(!?)\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"\n]{0,2000}")?\s*\)/g;

/** `![alt](src "title")`: an image. Its alt text is not text a reader sees in the article. Run through mdImages. */
export const MD_IMAGE = /!\[[^\]\n]{0,1000}\]\(\s*<?[^)\s>]{0,2000}>?(?:\s+"[^"\n]{0,2000}")?\s*\)/g;

/** One match of MD_LINK (or MD_IMAGE): its span and groups. */
export interface MdLink {
  index: number;
  end: number;
  /** "!" for an image, else "". */
  bang: string;
  label: string;
  target: string;
}

/** What ends a link target: ')', '>' or white space. */
const TARGET_END = /[)>\s]/g;

const BANG = 33;
const QUOTE = 34;
const PAREN_OPEN = 40;
const PAREN_CLOSE = 41;
const LT = 60;
const GT = 62;
const BRACKET_CLOSE = 93;
const NEWLINE = 10;

/**
 * All matches of MD_LINK (image: false) or MD_IMAGE (image: true) in `s`, as the global regex finds
 * them, in time linear in `s`. How the regex decides, step by step:
 * - The label runs from '[' to the first ']' or newline, which must be a ']' within the label limit
 *   and be followed by '(' (no other split exists: the label cannot hold ']').
 * - After "(": white space, an optional '<', the target up to the first ')', white space or '>'
 *   (a shorter target is followed by a target character, which nothing after it accepts; skipping
 *   the '<' gives the same end), an optional '>', then either white space + a quoted title + ')' or
 *   white space + ')'.
 * - Failing that, the regex gives back the white space after "(" and, if a '"' follows it, reads
 *   that as the title with an empty target.
 * Runs of '[' sharing one ']' and links sharing one target run are resolved once, through the caches
 * below, so every character is scanned a bounded number of times.
 */
function scanLinks(s: string, image: boolean): MdLink[] {
  const n = s.length;
  const labelMax = image ? 1000 : 500;
  const targetMax = image ? 2000 : Infinity;
  const out: MdLink[] = [];
  const skipSpace = (i: number) => {
    while (i < n && spaceUnit(s.charCodeAt(i))) i++;
    return i;
  };
  // A quoted title opening at `at` (a '"'), then white space and ')': the end of the match, or -1.
  const title = (at: number): number => {
    const limit = Math.min(n, at + 1 + 2000 + 1);
    let e = at + 1;
    while (e < limit && s.charCodeAt(e) !== QUOTE && s.charCodeAt(e) !== NEWLINE) e++;
    if (e >= limit || s.charCodeAt(e) !== QUOTE) return -1;
    const f = skipSpace(e + 1);
    return s.charCodeAt(f) === PAREN_CLOSE ? f + 1 : -1;
  };
  // What may follow the target (from `at`, past an optional '>'): the end of the match, or -1.
  let closeAt = -1;
  let closeEnd = -1;
  const close = (at: number): number => {
    if (at === closeAt) return closeEnd;
    let end = -1;
    const c = skipSpace(at);
    if (c > at && s.charCodeAt(c) === QUOTE) end = title(c);
    if (end < 0 && s.charCodeAt(c) === PAREN_CLOSE) end = c + 1;
    closeAt = at;
    closeEnd = end;
    return end;
  };
  // First ']' and first newline at or after some position (searches only move forward).
  let nextBracket = -1;
  let nextNewline = -1;
  // First character ending a target (')', white space, '>') at or after `targetFrom`.
  let targetFrom = -1;
  let targetStop = -1;
  // The tail after "](" for the last ']' resolved.
  let tailQ = -1;
  let tail: { end: number; target: string } | null = null;
  const tailAfter = (q: number): { end: number; target: string } | null => {
    if (q === tailQ) return tail;
    tailQ = q;
    tail = null;
    const r = q + 2;
    const a = skipSpace(r);
    const ts = s.charCodeAt(a) === LT ? a + 1 : a;
    if (!(ts >= targetFrom && ts <= targetStop)) {
      // (Targets run long — page addresses — so the regex engine looks for their end.)
      TARGET_END.lastIndex = ts;
      const m = TARGET_END.exec(s);
      targetFrom = ts;
      targetStop = m ? m.index : n;
    }
    const b = targetStop;
    // A target run longer than the limit (images): the regex's target stops inside it, before a
    // character that nothing after the target accepts, so there is no match.
    if (b - ts <= targetMax) {
      const end = close(s.charCodeAt(b) === GT ? b + 1 : b);
      if (end >= 0) return (tail = { end, target: s.slice(ts, b) });
    }
    if (a > r && s.charCodeAt(a) === QUOTE) {
      const end = title(a);
      if (end >= 0) return (tail = { end, target: "" });
    }
    return tail;
  };
  let from = 0;
  while (from < n) {
    const k = s.indexOf("[", from);
    if (k < 0) break;
    // The regex would start at a '!' just before the '[' (an image); that start fails or succeeds with the '['.
    const bang = k > from && s.charCodeAt(k - 1) === BANG;
    if (image && !bang) {
      from = k + 1;
      continue;
    }
    if (nextBracket <= k) nextBracket = (nextBracket = s.indexOf("]", k + 1)) < 0 ? n : nextBracket;
    if (nextNewline <= k) nextNewline = (nextNewline = s.indexOf("\n", k + 1)) < 0 ? n : nextNewline;
    const q = Math.min(nextBracket, nextNewline);
    const t = q < n && s.charCodeAt(q) === BRACKET_CLOSE && q - k - 1 <= labelMax && s.charCodeAt(q + 1) === PAREN_OPEN ? tailAfter(q) : null;
    if (!t) {
      from = k + 1;
      continue;
    }
    out.push({ index: bang ? k - 1 : k, end: t.end, bang: bang ? "!" : "", label: s.slice(k + 1, q), target: t.target });
    from = t.end;
  }
  return out;
}

/** The matches of MD_LINK in `s`, left to right (as `s.matchAll(MD_LINK)`), in linear time. */
export const mdLinks = (s: string): MdLink[] => (s.includes("[") ? scanLinks(s, false) : []);

/** The matches of MD_IMAGE in `s`, left to right, in linear time. */
export const mdImages = (s: string): MdLink[] => (s.includes("![") ? scanLinks(s, true) : []);

/**
 * `![alt](anything but ')' or a newline)`: an image read loosely, for rules that drop images whose
 * target holds spaces or no closing quote. Run through mdImagesLoose.
 */
export const MD_IMAGE_LOOSE = /!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)/g;

/**
 * The matches of MD_IMAGE_LOOSE in `s`, in linear time. The label ends at the first ']' or newline and
 * the target at the first ')' or newline (neither class holds its closing character), so each match
 * attempt is decided by two look-ups; they only move forward, so every character is scanned once.
 */
export function mdImagesLoose(s: string): MdLink[] {
  if (!s.includes("![")) return [];
  const n = s.length;
  const out: MdLink[] = [];
  const next = (ch: string, from: number) => {
    const i = s.indexOf(ch, from);
    return i < 0 ? n : i;
  };
  let bracket = -1;
  let newline = -1;
  let paren = -1;
  let from = 0;
  while (from < n) {
    const k = s.indexOf("![", from);
    if (k < 0) break;
    const l = k + 2;
    if (bracket < l) bracket = next("]", l);
    if (newline < l) newline = next("\n", l);
    const q = bracket;
    if (q < newline && q - l <= 1000 && s.charCodeAt(q + 1) === PAREN_OPEN) {
      const t = q + 2;
      // `newline` lies past the "](" (it is after q and is not the '('), so it is also the first one after t.
      if (paren < t) paren = next(")", t);
      if (paren < newline && paren - t <= 2000) {
        out.push({ index: k, end: paren + 1, bang: "!", label: s.slice(l, q), target: s.slice(t, paren) });
        from = paren + 1;
        continue;
      }
    }
    from = k + 1;
  }
  return out;
}

/** `s` with each of `matches` (from mdLinks or mdImages on `s`) replaced by what `by` gives for it. */
export function replaceMatches(s: string, matches: readonly MdLink[], by: (m: MdLink) => string): string {
  if (!matches.length) return s;
  let out = "";
  let at = 0;
  for (const m of matches) {
    out += s.slice(at, m.index) + by(m);
    at = m.end;
  }
  return out + s.slice(at);
}

/** A whole line that is a single link, optionally bulleted: "- [Headline](url)". */
export const LINK_ONLY_LINE = /^\s*(?:[-*+•]\s+)?\[([^\]\n]{1,500})\]\([^)\n]*\)\s*$/;

export function linkText(line: string): string | null {
  const m = LINK_ONLY_LINE.exec(line);
  return m ? m[1].trim() : null;
}

/** Characters without which no inline-Markdown pattern below can match (most lines have none). */
const MARKUP_CHAR = /[[*_\\<&#]/;

/** Removes inline Markdown, keeping the words a reader sees. */
export function stripInlineMarkdown(text: string): string {
  // Most lines carry no markup; the others are stripped by several rules each, so results are kept.
  return MARKUP_CHAR.test(text) ? stripMemo(text) : text;
}

/** A backslash escape of Markdown: the escaped character in group 1. */
const ESCAPED = /\\([\\`*_{}\[\]()#+\-.!|<>~"'$&])/g;
/** Placeholders for escaped ASCII characters: private-use code points of plane 16, absent from real text. */
const PLACEHOLDER_BASE = 0x10ff00;
const PLACEHOLDER = /[\u{10ff00}-\u{10ff7f}]/u;
const PLACEHOLDER_ALL = /[\u{10ff00}-\u{10ff7f}]/gu;

const stripMemo = memoByString((text: string): string => {
  // Every step below only deletes characters or keeps substrings, so a character missing from the
  // input is missing at every step: a step whose pattern needs it cannot match and is skipped.
  const bracket = text.includes("[");
  const star = text.includes("*");
  const under = text.includes("_");
  let s = text;
  // Escaped characters ("\\*", "\\_", "\\[") are literal text: they are set aside as placeholders before
  // links and emphasis are read, so "an \\*asterisk\\*" keeps its asterisks, and put back at the end.
  const escapes = text.includes("\\") && !PLACEHOLDER.test(text);
  if (escapes) s = s.replace(ESCAPED, (_m, c: string) => String.fromCodePoint(PLACEHOLDER_BASE + c.charCodeAt(0)));
  // Images first, so a linked image "[![alt](src)](href)" leaves no alt text behind.
  if (bracket) {
    s = replaceMatches(s, mdImages(s), () => "");
    s = replaceMatches(s, mdLinks(s), (m) => (m.bang ? "" : m.label));
  }
  if (text.includes("<")) s = s.replace(/<((?:https?|ftp|mailto):[^>\s]{1,2000})>/g, "$1");
  if (star || under) s = s.replace(/(\*\*|__)(?=\S)([^*_\n]{1,1000}?\S)\1/g, "$2");
  if (star) s = s.replace(/(^|[^\w*])\*(?=\S)([^*\n]{1,1000}?\S)\*(?!\w)/g, "$1$2");
  if (under) s = s.replace(/(^|[^\w])_(?=\S)([^_\n]{1,1000}?\S)_(?!\w)/g, "$1$2");
  if (text.includes("&")) s = s.replace(/&nbsp;/g, " ");
  if (text.includes("#")) s = s.replace(/^\s{0,3}#{1,6}\s+/, "").replace(/\s+#{1,6}\s*$/, "");
  if (escapes) s = s.replace(PLACEHOLDER_ALL, (p) => String.fromCharCode(p.codePointAt(0)! - PLACEHOLDER_BASE));
  return s;
});

/** Share of a line's visible characters that sit inside link text. */
export function linkDensity(raw: string): number {
  // No '[', no link: nothing is link text (most lines).
  if (!raw.includes("[")) return 0;
  let inLinks = 0;
  for (const m of mdLinks(raw)) inLinks += m.label.length;
  const visible = stripInlineMarkdown(raw).trim().length;
  return visible ? Math.min(1, inLinks / visible) : 0;
}
