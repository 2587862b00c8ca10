// Helpers for the Markdown that HTML→Markdown scrapers leave in the text: links, emphasis, escapes.
// Patterns are linear (no nested quantifiers) so a hostile line cannot make them backtrack badly.
import { memoByString } from "./memo.ts";

/** `[text](target "title")`: link text in group 1, target in group 2. Images start with '!'. */
export const MD_LINK = /(!?)\[([^\]\n]{0,500})\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"\n]{0,2000}")?\s*\)/g;

/** `![alt](src "title")`: an image. Its alt text is not text a reader sees in the article. */
export const MD_IMAGE = /!\[[^\]\n]{0,1000}\]\(\s*<?[^)\s>]{0,2000}>?(?:\s+"[^"\n]{0,2000}")?\s*\)/g;

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
  if (bracket) s = s.replace(MD_IMAGE, "").replace(MD_LINK, (_m, bang: string, label: string) => (bang ? "" : label));
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
  let inLinks = 0;
  if (raw.includes("[")) for (const m of raw.matchAll(MD_LINK)) inLinks += m[2].length;
  const visible = stripInlineMarkdown(raw).trim().length;
  return visible ? Math.min(1, inLinks / visible) : 0;
}
