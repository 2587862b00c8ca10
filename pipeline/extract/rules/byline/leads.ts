// Finds byline leads ("By", "Von", "Par", "Por", "Oleh", "Автор:", "記者", ...) where they start a
// byline: at a line's start, after a separator or a date, or after a few words ("Posted by"), not after
// a credit word ("Photo by") nor inside a name ("Christoph von Ritter"); and tells whether a line is a
// byline (a lead followed by names), or ends on a lead or a joiner and so continues on the next line.
import { findDates, replaceDates } from "../../../text/dates.ts";
import { memoByString } from "../../../text/memo.ts";
import { countSpaced, PLAIN_LETTERS, plainLetterUnit, skipOthers, skipRun, spaceUnit } from "../../../text/normalize.ts";
import { isGivenName } from "../../lexicon/given-names.ts";
import { BYLINE_LEADS, NAME_JOINERS } from "../../lexicon/bylines.ts";
import { alt, CJK, JOINERS, MAX_BYLINE_WORDS, NON_ASCII, PARTICLES, SEPARATOR } from "./shared.ts";
import { cleanByline } from "./clean.ts";
import { CREDIT_BEFORE_LEAD } from "./credits.ts";
import { namesIn } from "./name-runs.ts";
import { COLON_LEADS } from "./colon-leads.ts";

/** Words allowed before a lead in the same segment ("Posted by", "Text and photos by"). */
const MAX_WORDS_BEFORE_LEAD = 3;
// Leads match in three printed cases ("by", "By", "BY"); the regex is case-sensitive so that the name
// after it must really start with a capital (case-insensitive \p{Lu} would match any letter).
const cased = (ws: readonly string[]) => ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
const SPACED_LEADS = BYLINE_LEADS.filter((w) => !CJK.test(w));
const CJK_LEADS = BYLINE_LEADS.filter((w) => CJK.test(w));
/** Leads holding marks (Devanagari, Thai vowel signs): runs of letters cannot spell them. ("autor*in" is found by its run "autor", a lead too.) */
const MARKED_LEADS = SPACED_LEADS.filter((w) => /\p{M}/u.test(w));
// A spaced lead is followed (after white space, a colon or a spaced dash) by a capital or by a letter of a script without case (Arabic, Hebrew, Devanagari, Thai).
const LEAD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alt(cased(SPACED_LEADS))})(?:\\s{1,3}|\\s{0,2}[:：]\\s{0,3}|\\s{0,2}[-–—]\\s{1,3})(?=\\p{Lu}|\\p{Lo})|(?:${alt(CJK_LEADS)})\\s{0,2}[:：/／｜丨|]?\\s{0,2}(?=\\p{sc=Han}))`,
  "gu",
);
/**
 * LEAD_RE needs a lead preceded by neither letter nor digit and followed by white space or a colon; a
 * spaced lead is words of letters joined by single spaces, so its words stand as consecutive whole runs
 * of letters and digits. A text where no lead (in the three printed cases) appears as such runs, and
 * with no character of a CJK lead, has no lead: the long alternation is not run on it.
 */
const LEAD_WORDS = new Map<string, string[][]>();
for (const lead of cased(SPACED_LEADS)) {
  const [first, ...rest] = lead.split(" ");
  (LEAD_WORDS.get(first) ?? LEAD_WORDS.set(first, []).get(first)!).push(rest);
}
const LEAD_FIRST_MAX = Math.max(...[...LEAD_WORDS.keys()].map((w) => w.length));
const LEAD_FIRST_UNITS = new Set([...LEAD_WORDS.keys()].map((w) => w.charCodeAt(0)));
/** The first letters of the marked leads (most lines hold none of them). */
const MARKED_LEAD_START = new RegExp(`[${[...new Set(cased(MARKED_LEADS).map((w) => w[0]))].join("")}]`, "u");
const CJK_LEAD_CHAR = new RegExp(`[${[...new Set(CJK_LEADS.join(""))].join("")}]`, "u");
function mayHoldLead(text: string): boolean {
  if (CJK_LEAD_CHAR.test(text)) return true;
  if (MARKED_LEAD_START.test(text) && MARKED_LEADS.some((w) => text.includes(w))) return true;
  // The runs are stepped through in place (no array of them: most texts hold no lead at all).
  for (let a = skipOthers(text, 0); a < text.length; ) {
    const b = skipRun(text, a);
    // A run is cut out and looked up only when its length and first unit could be a lead's.
    if (b - a <= LEAD_FIRST_MAX && LEAD_FIRST_UNITS.has(text.charCodeAt(a))) {
      const rests = LEAD_WORDS.get(text.slice(a, b));
      if (rests?.some((rest) => runsFollow(text, b, rest))) return true;
    }
    a = skipOthers(text, b);
  }
  return false;
}
/** A label that leads a name only with a colon ("Laporan: Budi Santoso"): see colon-leads.ts. */
const COLON_LEAD_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt(cased(COLON_LEADS))})\\s{0,2}[:：]\\s{0,3}(?=\\p{Lu}|\\p{Lo})`, "gu");
/** The colon leads' letters, lower-cased: a text holding none of their first units holds no colon lead. */
const COLON_LEAD_START = new Set(cased(COLON_LEADS).map((w) => w.charCodeAt(0)));
function mayHoldColonLead(text: string): boolean {
  if (!text.includes(":") && !text.includes("：")) return false;
  for (let k = 0; k < text.length; k++) if (COLON_LEAD_START.has(text.charCodeAt(k))) return true;
  return false;
}

/** Are the runs of letters and digits after index `from` the words `ws`, in order? */
function runsFollow(text: string, from: number, ws: readonly string[]): boolean {
  let at = from;
  for (const w of ws) {
    const a = skipOthers(text, at);
    at = skipRun(text, a);
    if (at - a !== w.length || !text.startsWith(w, a)) return false;
  }
  return true;
}
const LEAD_AT_END = new RegExp(`(?:^|[^\\p{L}])(?:${alt(BYLINE_LEADS)})\\s{0,3}[:：]?\\s*$`, "iu");
const JOINER_AT_END = new RegExp(`(?:,|\\s(?:${alt(NAME_JOINERS)}))\\s*$`, "iu");

/** A lead where it starts a byline: just after it (`at`), and how many words precede it in its segment. */
export interface Lead {
  at: number;
  before: number;
}

/** Byline leads in a line that start a byline: at the line's start or after a separator, a date or a few words. */
export function leadsIn(text: string): Lead[] {
  const out: Lead[] = [];
  const plain = mayHoldLead(text);
  const colon = mayHoldColonLead(text);
  if (!plain && !colon) return out;
  const matches = [...(plain ? text.matchAll(LEAD_RE) : []), ...(colon ? text.matchAll(COLON_LEAD_RE) : [])];
  if (plain && colon) matches.sort((a, b) => a.index! - b.index!);
  for (const m of matches) {
    let before = text.slice(0, m.index);
    if (CREDIT_BEFORE_LEAD.test(before)) continue;
    // A lead that is also a name particle, after a given name, is part of the name ("Christoph von Ritter", "Verónica De Vita").
    const leadWord = m[0].trim().replace(/[:：]$/, "").toLowerCase();
    const prevWord = PREV_WORD.exec(before)?.[1];
    if (PARTICLES.has(leadWord) && prevWord && isGivenName(prevWord)) continue;
    before = replaceDates(before, findDates(before), " | ");
    const segment = before.split(SEPARATOR).pop() ?? "";
    const words = segment.replace(/\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?/giu, " ").split(/[^\p{L}\p{M}]+/u).filter(Boolean);
    if (words.length <= MAX_WORDS_BEFORE_LEAD) out.push({ at: m.index! + m[0].length, before: words.length });
  }
  return out;
}
const PREV_WORD = /(\p{Lu}[\p{L}\p{M}'’-]*)\s$/u;

/** Is this line a byline (and not, say, a sentence starting with "By")? */
export function isBylineLine(text: string): boolean {
  return isBylineMemo(text);
}
const isBylineMemo = memoByString((text: string): boolean => {
  const t = cleanByline(text);
  // t is trimmed with single spaces: its words are its space-separated runs.
  if (countSpaced(t) > MAX_BYLINE_WORDS) return false;
  return leadsIn(t).some((l) => namesIn(t.slice(l.at), l.before === 0).length > 0);
});

/** Lower-case last words of the leads, and the joiners: what a text ending on one ends with. */
const LEAD_LAST_WORDS = new Set(BYLINE_LEADS.map((w) => w.slice(w.lastIndexOf(" ") + 1)));

/** Index just past the last non-space unit before `end`. */
function trimmedEnd(s: string, end: number): number {
  while (end > 0 && spaceUnit(s.charCodeAt(end - 1))) end--;
  return end;
}

/** Does the text end on a lead or a joiner (LEAD_AT_END, JOINER_AT_END)? */
export function endsOnLeadOrJoiner(text: string): boolean {
  return (mayEndOnLead(text) && LEAD_AT_END.test(text)) || (mayEndOnJoiner(text) && JOINER_AT_END.test(text));
}

/**
 * Could LEAD_AT_END match? (Both patterns try every position of the line; these checks look at its end.)
 * A lead ends the text but for white space and one colon, and its last word is a whole run of letters:
 * when that run is PLAIN_LETTERS its lower case must be a lead's last word; other letters are left to
 * the pattern.
 */
function mayEndOnLead(text: string): boolean {
  let end = trimmedEnd(text, text.length);
  if (end > 0 && (text[end - 1] === ":" || text[end - 1] === "：")) end = trimmedEnd(text, end - 1);
  let start = end;
  while (start > 0 && plainLetterUnit(text.charCodeAt(start - 1))) start--;
  // Ending on (or after) a unit beyond ASCII that is no plain letter: the pattern decides.
  if (start > 0 && text.charCodeAt(start - 1) >= 0x80) return true;
  return start < end && LEAD_LAST_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Could JOINER_AT_END match? The text ends on a comma, or on a joiner after white space (a word of other letters: the pattern decides). */
function mayEndOnJoiner(text: string): boolean {
  const end = trimmedEnd(text, text.length);
  if (end > 0 && text[end - 1] === ",") return true;
  let start = end;
  while (start > 0 && !spaceUnit(text.charCodeAt(start - 1))) start--;
  if (start === 0 || start === end) return false;
  const word = text.slice(start, end);
  return PLAIN_LETTERS.test(word) ? JOINERS.has(word.toLowerCase()) : word === "&" || NON_ASCII.test(word);
}
