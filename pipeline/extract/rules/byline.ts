// Finds the article's authors: person names from bylines near the headline, the article's start, its
// date stamp, or just after its end. Three signals, strongest first: a byline lead ("By X and Y", "Von X",
// "Par X", "Por X", "Oleh X", "Автор: X", "Posted by X on …", "… | By X"), a link to an author page
// ("[Jane Doe](/author/jane-doe)"), and — only when neither is printed — a line that is just a person's
// name (with an optional role or date: "Jane Doe, AP Business Writer", "Jane Doe - Nov 19, 2019") beside
// the date stamp or under the headline. Names keep their printed case; job titles, outlets, "staff",
// e-mails, handles and photo credits are dropped.
import type { Rule } from "../../rules.ts";
import type { WorkingDoc } from "../../document.ts";
import { firstProseIndex, lastProseIndex } from "../../document.ts";
import { findDates, replaceDates } from "../../text/dates.ts";
import { memoByString } from "../../text/memo.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../text/date-lexicon.ts";
import { mdImagesLoose, mdLinks, replaceMatches, stripInlineMarkdown } from "../../text/markdown.ts";
import { countLetterWords, countSpaced, PLAIN_LETTERS, plainLetterUnit, skipOthers, skipRun, spaceUnit } from "../../text/normalize.ts";
import { isGivenName } from "../lexicon/given-names.ts";
import { AUTHOR_PATHS, BYLINE_LEADS, LEAD_CREDIT_WORDS, NAME_JOINERS, NAME_PARTICLES, NAME_SUFFIXES, NOT_A_PERSON } from "../lexicon/bylines.ts";

/** Where bylines are looked for, in lines around the anchors. */
const ABOVE_TOP = 4;
const BELOW_START = 6;
const UNDER_TITLE = 10;
/** Without a credible headline, the header is this many lines above the article's start. */
const ABOVE_START = 15;
const AROUND_DATE = 3;
const AFTER_END = 8;
/** A headline further than this (non-blank lines) above the article's start is not trusted as an anchor. */
const MAX_HEADER_SPAN = 30;
/** An author-page link counts this close to a byline with a lead (when there is one). */
const AUTHOR_LINK_NEAR_LEAD = 2;
/** A name-only line counts this close to the date stamp, or this far under the headline. */
const NAME_LINE_NEAR_DATE = 3;
const NAME_LINE_UNDER_TITLE = 4;
/** A byline line has at most this many words (besides dates); longer lines are prose. */
const MAX_BYLINE_WORDS = 25;
/** Words allowed before a lead in the same segment ("Posted by", "Text and photos by"). */
const MAX_WORDS_BEFORE_LEAD = 3;
/** A name-only line: at most this many words in all (name plus role or outlet). */
const MAX_NAME_LINE_WORDS = 10;
/** Lines a byline may continue over ("By" / "Jane Doe and" / "John Roe"). */
const MAX_JOINED_LINES = 3;
/** A person's name: this many words. */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 5;
/** A one-word name after an explicit lead ("by Regan") needs this many letters. */
const MIN_SINGLE_NAME = 3;

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map(escape).join("|");
// Leads match in three printed cases ("by", "By", "BY"); the regex is case-sensitive so that the name
// after it must really start with a capital (case-insensitive \p{Lu} would match any letter).
const cased = (ws: readonly string[]) => ws.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
const SPACED_LEADS = BYLINE_LEADS.filter((w) => !CJK.test(w));
const CJK_LEADS = BYLINE_LEADS.filter((w) => CJK.test(w));
const LEAD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alt(cased(SPACED_LEADS))})(?:\\s{1,3}|\\s{0,2}[:：]\\s{0,3})(?=\\p{Lu})|(?:${alt(CJK_LEADS)})\\s{0,2}[:：/]?\\s{0,2}(?=\\p{sc=Han}))`,
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
const CJK_LEAD_CHAR = new RegExp(`[${[...new Set(CJK_LEADS.join(""))].join("")}]`, "u");
function mayHoldLead(text: string): boolean {
  if (CJK_LEAD_CHAR.test(text)) return true;
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
/** Words before "by" that make it a credit, not a byline ("Photo by", "Data provided by"). */
const CREDIT_BEFORE_LEAD = new RegExp(`(?<![\\p{L}])(?:${alt(LEAD_CREDIT_WORDS)})\\s{0,3}[:：]?\\s{0,3}$`, "iu");
const LEAD_AT_END = new RegExp(`(?:^|[^\\p{L}])(?:${alt(BYLINE_LEADS)})\\s{0,3}[:：]?\\s*$`, "iu");
const JOINER_AT_END = new RegExp(`(?:,|\\s(?:${alt(NAME_JOINERS)}))\\s*$`, "iu");
const JOIN = new RegExp(`\\s?(?:,|;|\\s(?:${alt(NAME_JOINERS)})\\s)\\s?`, "iu");
/** Separators that end a byline's name part: pipes, bullets, spaced dashes, slashes. */
const SEPARATOR = /\s?(?:[|•·]|\s[-–—]{1,2}\s|\s\/\s)\s?/u;
const AUTHOR_LINK = new RegExp(`\\/(?:${alt(AUTHOR_PATHS)})(?:\\/|$|[?#])`, "iu");
const NOT_PERSON = new Set(NOT_A_PERSON);
const NOT_PERSON_PHRASES = NOT_A_PERSON.filter((w) => w.includes(" "));
const PARTICLES = new Set(NAME_PARTICLES);
const SUFFIXES = new Set(NAME_SUFFIXES);
const CJK_NAME = /^[\p{sc=Han}]{2,4}$/u;
// Patterns used per word or per line, compiled once (a Unicode-property literal inside a function is
// rebuilt on every call once transpiled).
const UPPER_FIRST = /^\p{Lu}/u;
const SINGLE_UPPER = /^\p{Lu}$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const TWO_LOWER = /\p{Ll}{2}/u;
const WORD_WITH_STOP = /\p{L}{3,}\.$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
const INITIAL_AT_END = /\s\p{Lu}\.$/u;
const GLUED_WORDS = /(\p{Lu}\p{Ll}{3,})(?=\p{Lu})/gu;

/** A capitalised name word ("Anne-Marie", "O'Neil", "E.", "J.R."), in any alphabet. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const isCalendarWord = (w: string) => MONTH_NAMES.has(w.toLowerCase().replace(/\.$/, "")) || WEEKDAY_NAMES.has(w.toLowerCase().replace(/\.$/, ""));

function nameToken(w: string, first: boolean): boolean {
  const bare = w.replace(/[,.;:]+$/, (m) => (m === "." && SINGLE_UPPER.test(w[0]) && w.length <= 3 ? "." : ""));
  if (!first && PARTICLES.has(bare.toLowerCase()) && bare === bare.toLowerCase()) return true;
  if (!first && SUFFIXES.has(bare.toLowerCase())) return true;
  return NAME_TOKEN.test(bare);
}

/** An acronym beside an ordinary word ("CNN Business", "IGN Staff") marks an organisation. */
const mixedAcronym = (words: string[]): boolean => {
  const caps = words.filter((w) => ACRONYM.test(w.replace(/[.,]$/, "")));
  return caps.length > 0 && caps.length < words.length && words.some((w) => TWO_LOWER.test(w));
};

/** A person's name: 2–5 capitalised words (particles allowed), no digits, no role/outlet/furniture words. */
export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  if (CJK_NAME.test(t)) return true;
  // (The word count first, without splitting: most phrases tested are longer than a name.)
  const count = countSpaced(t);
  if (count < MIN_NAME_WORDS || count > MAX_NAME_WORDS || /[\d@/_#]/.test(t)) return false;
  const words = t.split(/\s+/);
  // Every word a name word, the first capitalised: checked first, as most phrases fail here.
  if (!UPPER_FIRST.test(words[0]) || !words.every((w, k) => nameToken(w, k === 0))) return false;
  const lower = t.toLowerCase();
  if (NOT_PERSON_PHRASES.some((p) => lower.includes(p))) return false;
  if (words.some((w) => NOT_PERSON.has(w.toLowerCase().replace(/[.,]$/, "")) || isCalendarWord(w))) return false;
  if (mixedAcronym(words)) return false;
  // A full stop after a word that is not an initial or a suffix ends a sentence: "Zhao Lijian. Roman Pilipey".
  return !words.slice(0, -1).some((w) => WORD_WITH_STOP.test(w) && !SUFFIXES.has(w.toLowerCase()));
}

/** One word after an explicit lead ("by Regan"): capitalised, not an acronym, not a role or a month. */
function singleName(w: string): boolean {
  const b = w.replace(/[.,;:]+$/, "");
  return (
    b.length >= MIN_SINGLE_NAME && CAPITALISED_WORD.test(b) && !NOT_PERSON.has(b.toLowerCase()) && !isCalendarWord(b)
  );
}

/** Reader-visible text of a byline: no images, link targets, e-mails, handles, URLs or phone numbers; glued words split. */
export function cleanByline(raw: string): string {
  return cleanBylineMemo(raw);
}
// Memoised: the title ranker and this rule clean the same header lines many times per document.
// Each step runs only when the text holds a character its pattern needs (most lines need few steps).
const cleanBylineMemo = memoByString((raw: string): string => {
  let s = collapseSpaces(raw);
  s = replaceMatches(s, mdImagesLoose(s), () => " ");
  s = stripInlineMarkdown(s);
  if (s.includes("://") || WWW.test(s)) s = s.replace(/\b(?:https?:\/\/|www\.)\S{1,500}/giu, " ");
  if (s.includes("@")) s = s.replace(/[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/gu, " ").replace(/@[\w.]{2,30}/gu, " ");
  if (DIGIT.test(s)) s = s.replace(/\(?\+?\d[\d\s().-]{6,20}\d/gu, " ");
  if (s.includes("[")) s = s.replace(/\[[^\]\n]{0,100}\]/gu, " ");
  // Text browsers glue a name to the next label ("Jane DoeBusiness Columnist"): split there. On ASCII
  // text the Unicode classes are [A-Z] and [a-z], and the plain pattern is faster. Either needs a
  // lower-case letter followed by a capital, which few lines have.
  if (NON_ASCII.test(s)) {
    if (LOWER_UPPER.test(s)) s = s.replace(GLUED_WORDS, "$1 | ");
  } else if (LOWER_UPPER_ASCII.test(s)) s = s.replace(GLUED_ASCII, "$1 | ");
  return collapseSpaces(s).trim();
});
const WWW = /www\./i;
const NON_ASCII = /[^\x00-\x7f]/;
const GLUED_ASCII = /([A-Z][a-z]{3,})(?=[A-Z])/g;
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
const LOWER_UPPER_ASCII = /[a-z][A-Z]/;
const DIGIT = /\d/;
/** `s.replace(/\s+/g, " ")`, skipped when there is no white space to replace (most lines). */
const collapseSpaces = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, " ") : s);

/** Person names in a byline's text (what follows the lead), in order. `lead`: an explicit lead preceded it. */
export function namesIn(text: string, lead = true): string[] {
  let t = text.replace(/\s+/g, " ");
  const d = findDates(t)[0];
  if (d) t = t.slice(0, d.start);
  t = t.split(SEPARATOR)[0].replace(/\([^)]{0,80}\)/g, " ").replace(/\s+/g, " ").trim();
  const out: string[] = [];
  const parts = t.split(JOIN).filter(Boolean);
  for (let p = 0; p < parts.length; p++) {
    const words = parts[p].replace(/^(?:and|und|et|y|e|&)\s+/i, "").trim().split(/\s+/);
    // The name is the run of name words; a lower-case word after it ("on", "publiziert am") ends the byline.
    let n = 0;
    while (n < words.length && n < MAX_NAME_WORDS + 1 && nameToken(words[n], n === 0)) n++;
    const run = words.slice(0, n).join(" ").replace(/[,.;:]+$/, (m) => (INITIAL_AT_END.test(words.slice(0, n).join(" ")) ? m : ""));
    const stops = n < words.length;
    if (looksLikePersonName(run)) out.push(run);
    else if (lead && n === 1 && parts.length === 1 && singleName(run)) out.push(run);
    else if (CJK_NAME.test(words[0] ?? "")) out.push(words[0]);
    if (stops && n > 0) break;
  }
  return out;
}

/** Byline leads in a line that start a byline: at the line's start or after a separator, a date or a few words. */
function leadsIn(text: string): number[] {
  const out: number[] = [];
  if (!mayHoldLead(text)) return out;
  LEAD_RE.lastIndex = 0;
  for (const m of text.matchAll(LEAD_RE)) {
    let before = text.slice(0, m.index);
    if (CREDIT_BEFORE_LEAD.test(before)) continue;
    before = replaceDates(before, findDates(before), " | ");
    const segment = before.split(SEPARATOR).pop() ?? "";
    const words = segment.replace(/\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?/giu, " ").split(/[^\p{L}]+/u).filter(Boolean);
    if (words.length <= MAX_WORDS_BEFORE_LEAD) out.push(m.index! + m[0].length);
  }
  return out;
}

/** Is this line a byline (and not, say, a sentence starting with "By")? */
export function isBylineLine(text: string): boolean {
  return isBylineMemo(text);
}
const isBylineMemo = memoByString((text: string): boolean => {
  const t = cleanByline(text);
  // t is trimmed with single spaces: its words are its space-separated runs.
  if (countSpaced(t) > MAX_BYLINE_WORDS) return false;
  return leadsIn(t).some((at) => namesIn(t.slice(at)).length > 0);
});

interface Found {
  names: string[];
  lines: number[];
  how: string;
}

/** Lower-case last words of the leads, and the joiners: what a text ending on one ends with. */
const LEAD_LAST_WORDS = new Set(BYLINE_LEADS.map((w) => w.slice(w.lastIndexOf(" ") + 1)));
const JOINERS = new Set(NAME_JOINERS);

/** Index just past the last non-space unit before `end`. */
function trimmedEnd(s: string, end: number): number {
  while (end > 0 && spaceUnit(s.charCodeAt(end - 1))) end--;
  return end;
}

/** Does the text end on a lead or a joiner (LEAD_AT_END, JOINER_AT_END)? */
function endsOnLeadOrJoiner(text: string): boolean {
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

/** The line's text joined with the following lines when it ends on a lead or a joiner ("By" / "Jane Doe and"). */
function logicalLine(doc: WorkingDoc, i: number): { text: string; lines: number[] } {
  let text = cleanByline(doc.lines[i].raw);
  const lines = [i];
  let j = i;
  while (lines.length < MAX_JOINED_LINES && endsOnLeadOrJoiner(text)) {
    j++;
    while (j < doc.lines.length && j <= i + 2 * MAX_JOINED_LINES && !doc.lines[j].raw.trim()) j++;
    if (j >= doc.lines.length || j > i + 2 * MAX_JOINED_LINES) break;
    text = `${text} ${cleanByline(doc.lines[j].raw)}`;
    lines.push(j);
  }
  return { text, lines };
}

/** Words holding a letter. */
const wordCount = countLetterWords;

function leadByline(doc: WorkingDoc, i: number): Found | null {
  const { text, lines } = logicalLine(doc, i);
  if (!text || wordCount(text) > MAX_BYLINE_WORDS) return null;
  const names: string[] = [];
  for (const at of leadsIn(text)) for (const n of namesIn(text.slice(at))) names.push(n);
  return names.length ? { names, lines, how: "name after a byline lead" } : null;
}

function authorLinks(doc: WorkingDoc, i: number): Found | null {
  const raw = doc.lines[i].raw;
  if (wordCount(cleanByline(raw)) > MAX_BYLINE_WORDS) return null;
  const names: string[] = [];
  for (const m of mdLinks(raw)) {
    if (m.bang || !AUTHOR_LINK.test(m.target)) continue;
    const label = cleanByline(m.label);
    for (const n of namesIn(label, true)) names.push(n);
  }
  return names.length ? { names, lines: [i], how: "link to an author page" } : null;
}

function nameLine(doc: WorkingDoc, i: number): Found | null {
  const text = cleanByline(doc.lines[i].raw).replace(/^[\s•·*\-–—|]+/, "");
  if (!text || wordCount(text) > MAX_NAME_LINE_WORDS) return null;
  let head = text;
  const d = findDates(head)[0];
  if (d) head = head.slice(0, d.start);
  head = head.split(SEPARATOR)[0].split(",")[0].trim();
  // Printed alone, a capitalised phrase is a name only if it starts with a known given name.
  return looksLikePersonName(head) && isGivenName(head.split(/\s+/)[0]) ? { names: [head], lines: [i], how: "a person's name printed alone beside the date or under the headline" } : null;
}

const same = (a: string, b: string) => a.toLowerCase().replace(/\s+/g, " ") === b.toLowerCase().replace(/\s+/g, " ");

export const byline: Rule = {
  id: "byline",
  description: "Reads person names from bylines ('By X and Y', author-page links, a name beside the date) near the headline, the article start or its end into authors.",
  apply(ctx) {
    const { doc } = ctx;
    const n = doc.lines.length;
    const start = firstProseIndex(doc);
    const end = Math.max(lastProseIndex(doc), start);
    const titleAt = doc.lines.findIndex((l) => l.usedFor === "title");
    const dateAt = doc.lines.findIndex((l) => l.usedFor === "published_date");
    const top = titleAt >= 0 ? Math.min(titleAt, start) : start;

    // Distances count non-blank lines, so Markdown (blank line between blocks) and text dumps read alike.
    const rank: number[] = [];
    const nonBlank: number[] = [];
    for (let i = 0; i < n; i++) {
      rank.push(nonBlank.length);
      if (doc.lines[i].raw.trim()) nonBlank.push(i);
    }
    const near = new Set<number>();
    const addRange = (anchor: number, before: number, after: number) => {
      const r = rank[Math.min(Math.max(anchor, 0), n - 1)] ?? 0;
      for (let k = Math.max(0, r - before); k <= Math.min(nonBlank.length - 1, r + after); k++) near.add(nonBlank[k]);
    };
    const dist = (a: number, b: number) => Math.abs(rank[a] - rank[b]);
    // The header: a few lines around the headline, and from the headline (when it sits credibly close to
    // the article, else from a little above the article) down to a few lines into the article.
    const startAt = Math.min(start, n - 1);
    const titleCredible = titleAt >= 0 && dist(titleAt, startAt) <= MAX_HEADER_SPAN;
    if (titleAt >= 0) addRange(titleAt, ABOVE_TOP, UNDER_TITLE);
    const headFrom = titleCredible ? top : startAt;
    addRange(headFrom, titleCredible ? ABOVE_TOP : ABOVE_START, 0);
    addRange(headFrom, 0, Math.max(0, rank[startAt] - rank[Math.min(headFrom, n - 1)]) + BELOW_START);
    if (dateAt >= 0) addRange(dateAt, AROUND_DATE, AROUND_DATE);
    if (end + 1 < n) addRange(end + 1, 0, AFTER_END - 1);
    const order = [...near].sort((a, b) => a - b).filter((i) => doc.lines[i].usedFor !== "title");

    const found: Found[] = [];
    const covered = new Set<number>();
    // Bylines with a lead first; author-page links count beside them, or on their own when no lead is printed
    // (topic pages share URL shapes with author pages, so a link far from any byline is not trusted).
    for (const i of order) {
      if (covered.has(i)) continue;
      const f = leadByline(doc, i);
      if (!f) continue;
      f.lines.forEach((k) => covered.add(k));
      found.push(f);
    }
    const leadLines = found.flatMap((f) => f.lines);
    for (const i of order) {
      if (covered.has(i)) continue;
      if (leadLines.length && !leadLines.some((k) => dist(k, i) <= AUTHOR_LINK_NEAR_LEAD)) continue;
      const f = authorLinks(doc, i);
      if (!f) continue;
      covered.add(i);
      found.push(f);
    }
    if (!found.length) {
      const nameNear = (i: number) =>
        (dateAt >= 0 && dist(i, dateAt) <= NAME_LINE_NEAR_DATE) || (titleCredible && i > titleAt && dist(i, titleAt) <= NAME_LINE_UNDER_TITLE);
      for (const i of order) {
        if (!nameNear(i) || (doc.lines[i].usedFor && doc.lines[i].usedFor !== "published_date")) continue;
        const f = nameLine(doc, i);
        if (f) {
          found.push(f);
          break;
        }
      }
    }
    if (!found.length) {
      ctx.decide("authors", "no byline, author link or name line near the headline, date or article end");
      return;
    }
    for (const f of found) {
      for (const name of f.names) {
        if (doc.captured.authors.some((a) => same(a, name))) continue;
        ctx.capture("authors", name, f.how, f.lines);
      }
      ctx.use("authors", f.lines, "byline");
    }
  },
};
