// Finds the headline among the lines above the article (the header zone and the page head before it).
// Each headline-shaped line (a few words, not a date, byline, date-and-byline line or URL; a headline a text browser wrapped
// over two lines counts as one, and so does a kicker split from its headline by a line break or a lone separator) is a candidate, described by a vector of signals: Markdown heading
// level, how often the page repeats it (headlines are printed twice, and sit in share links and the
// page address as a slug), distance to the article, whether it stands alone as a paragraph, whether a
// date or byline follows it, whether its neighbours are menu lines, how many of its words the first
// paragraph uses (and, in Markdown, the rest of the article away from the paragraph under it), length, capitalisation, link/bullet/caption/person/date marks,
// whether it is the last item of a breadcrumb trail (title-trail.ts). A small ranking model
// (a conditional logit: one weight per signal, see title-model.json, trained and cross-validated by
// page with scripts/train-title-model.ts) scores them and the best one is the title. A '<title>'-style
// "Headline | Site" is cut to the headline, and the copies of the headline above the article are
// removed with it. A list mark or an ornament rule around a line is no part of its text; a line marked
// as a caption or photo credit, a live-blog label, a previous/next-post link or a form's text box is never a candidate; in Markdown, a page's only
// level-1 heading is a candidate even below the article's first paragraphs (a start put too high) or far above them,
// and in any rendering so is a short paragraph further down with its date or byline next to it.
import { isMenuEntry } from "../../text/menu-words.ts";
import type { Rule } from "../../rules.ts";
import { bulletItem, firstProseIndex, isProse, paragraphs, type WorkingDoc } from "../../document.ts";
import { continuesWrappedLine } from "../../text/wrap.ts";
import { findDate, isDateLine } from "../../text/dates.ts";
import { linkDensity, stripInlineMarkdown } from "../../text/markdown.ts";
import { collapseWhitespace, comparable, countSpaced, letterDigitRuns } from "../../text/normalize.ts";
import { isBylineLine, looksLikePersonName } from "./byline.ts";
import { koreanNames } from "./byline/cjk.ts";
import { BYLINE_LEADS } from "../lexicon/bylines.ts";
import { hasCue } from "../../text/cues.ts";
import { echoText, pageEchoes } from "../title-echo.ts";
import { trailEnds } from "../title-trail.ts";
import { hasCaptionWords, hasCreditMark, isCaptionOrCredit, isCreditLine, isImageLine } from "../caption-marks.ts";
import { isLiveMarker } from "../lexicon/live-markers.ts";
import { afterTrailLabel } from "../lexicon/trail-labels.ts";
import { isPostNavigation } from "../post-navigation.ts";
import { isDateBylineLine } from "../date-byline-line.ts";
import { hasFormField, opensWithFormField } from "../form-field.ts";
import model from "../title-model.json" with { type: "json" };

const MIN_WORDS = 2;
const MAX_WORDS = 30;
/** Candidates further above the article than this many non-blank lines are not considered. */
const MAX_DISTANCE = 120;
/** Words of a candidate looked for elsewhere in the page (share links, slugs, a second copy). */
const ECHO_WORDS = 6;
/** Repetitions counted, at most. */
const ECHO_CAP = 3;
/** Non-blank lines after a candidate searched for a date or byline. */
const META_LOOKAHEAD = 4;
/** Non-blank lines before a candidate looked at for menu-like neighbours. */
const MENU_LOOKBEHIND = 3;
/** Paragraphs at the article's start also considered (a long headline can pass for its first paragraph). */
const INSIDE_PARAGRAPHS = 3;
/** Words of the article's start compared with a candidate. */
const LEAD_WORDS = 120;
/** A neighbour this short (in words) looks like a menu entry. */
const MENU_WORDS = 3;
/** The fewest words a headline's overlap with the article's first words is measured over. */
const LEAD_MIN_WORDS = 3;
/** Fewer words than this on a line of its own: a label or credit, not part of the article's first words. */
const LEAD_LINE_WORDS = 5;
const SITE_SEPARATOR = /\s+[|–—•·:]\s+|\s+-\s+/;

const DATE_OR_TIME = /\b\d{1,2}:\d{2}\b|\b(?:19|20)\d{2}\b.*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i;
/** DATE_OR_TIME, after the digit every one of its alternatives needs. */
const dateOrTime = (t: string) => /\d/.test(t) && DATE_OR_TIME.test(t);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A line this short that koreanNames reads is all byline. */
const KOREAN_BYLINE_CHARS = 30;
const BYLINE_LEAD = new RegExp(`^(?:${BYLINE_LEADS.map(escapeRe).join("|")})\\s+\\p{Lu}`, "iu");
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Thai, Lao, Khmer and Burmese write no spaces between words either: a word is about five letters and marks. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
const UNSPACED_WORD = 5;
const HEADING = /^\s{0,3}(#{1,6})\s+\S/;
// Patterns used per candidate, compiled once (a Unicode-property literal inside a function is rebuilt on every call once transpiled).
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const DIGITS = /\p{N}/gu;
const DIGIT = /\p{N}/u;
const COMMAS = /[,，、]/g;
const COMMA = /[,，、]/;
const CONTENT_WORD = /[\p{L}\p{N}]{4,}/gu;
const SHORT_LEAD_IN = /^\p{L}{1,6}\s+(?=\p{Lu})/u;
/**
 * A line that is a person's name, alone or after a short lead-in ("Maria Schmidt", "Von Maria Schmidt",
 * "By Jane Doe"). The line is read as it is first: a short given name ("Alice Wu", "Evan Tepest") looks
 * like a lead-in, and without it the surname alone is no name.
 */
export function personLine(text: string): boolean {
  if (looksLikePersonName(text)) return true;
  // (a line without a lead-in is not read a second time)
  const cut = text.replace(SHORT_LEAD_IN, "");
  return cut !== text && looksLikePersonName(cut);
}
const CAPITALISED = /^["'“‘(]?\p{Lu}/u;
const BULLET_MARK = /^\s*[☆□◦▪►→]/u;

/** "Headline | Site Name" → "Headline" when the tail is short (a site name), else unchanged. */
export function stripSiteName(title: string): string {
  const parts = title.split(SITE_SEPARATOR);
  if (parts.length < 2) return title;
  const tail = parts[parts.length - 1];
  const head = title.slice(0, title.length - tail.length).replace(/\s*(?:[|–—•·:]|-)\s*$/, "");
  if (/:/.test(title.slice(head.length, title.length - tail.length))) return title; // "Column: ..." style subtitles stay
  return tail.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3 ? head.trim() : title;
}

const NON_ASCII = /[^\x00-\x7f]/;
const wordCount = (t: string) =>
  Math.max(countSpaced(t), NON_ASCII.test(t) ? Math.round((t.match(CJK)?.length ?? 0) / 2) + Math.round((t.match(UNSPACED)?.length ?? 0) / UNSPACED_WORD) : 0);
/** wordCount(t) > n, without counting CJK characters when the spaced words already exceed n. */
const moreWordsThan = (t: string, n: number): boolean => countSpaced(t) > n || wordCount(t) > n;
/** `s.match(all)?.length ?? 0`, without building the array of matches when `one` finds none (most texts). */
const countMatches = (s: string, all: RegExp, one: RegExp): number => (one.test(s) ? (s.match(all)?.length ?? 0) : 0);

/** The words of echoKey(s) (none for a text without letters or digits). */
function echoWords(s: string): string[] {
  return letterDigitRuns(echoText(s));
}

/** Letters and digits only, words separated by one space, URL escapes decoded: for "is it repeated?" checks. */
export function echoKey(s: string): string {
  return echoWords(s).join(" ");
}

/** An '@' glued to a word (a handle, an e-mail address); "KI @ China" is a headline's word. */
const HANDLE_OR_MAIL = /@(?=\S)|\S@/;

export function headlineShaped(t: string): boolean {
  const words = wordCount(t);
  return words >= MIN_WORDS && words <= MAX_WORDS && !/[,;:]$/.test(t) && !/^https?:\/\//.test(t) && !t.includes("©") && !HANDLE_OR_MAIL.test(t) && !isDateLine(t) && !isBylineLine(t) && !isDateBylineLine(t);
}

/** Lines from a label down to its text box, at most (a blank line between them). */
const FORM_LABEL_GAP = 2;
/** Separators a run of terms is joined with ("Kabarett | Satire | Lesungen", "Reisen – Essen – Wohnen"). */
const TERM_SEPARATORS = [" | ", " – ", " — ", " • ", " · ", " / ", " - "] as const;
/** Fewest terms in such a run, and most words per term. */
const TERM_RUN = 3;
const TERM_WORDS = 2;

/**
 * Three or more terms of one or two words joined by one separator: a site's tagline or a menu run
 * together ("Satire | Kabarett | Lesungen", "Reisen – Essen – Wohnen – Leben"), never a headline.
 */
export function isTermList(text: string): boolean {
  for (const sep of TERM_SEPARATORS) {
    if (!text.includes(sep)) continue;
    const parts = text.split(sep).map((p) => p.trim());
    if (parts.length >= TERM_RUN && parts.every((p) => p && !moreWordsThan(p, TERM_WORDS))) return true;
  }
  return false;
}

/** Letters a one-word headline has at least (shorter lone words are labels: "News", "Menu", "Blog"). */
const LONE_WORD_LETTERS = 6;
const LONE_WORD = /^["'“‘„«»]?[\p{L}][\p{L}\p{M}\p{N}.'’\-]*[\p{L}.]["'”’»«]?$/u;
const LETTERS = /\p{L}/gu;

/**
 * A one-word headline ("Mandelplätzchen", "Nebelsuppe.", "»frag.jetzt«"): blogs and recipe or product
 * pages title a post with one word, and it stands as a paragraph of its own (blank lines around it) or as
 * a top Markdown heading. A lone word inside a list, a link or a run of lines is a menu entry, and one
 * over a line of its own that reads as a headline (`overHeadline`) is that headline's section label
 * ("Environment" over the story's headline). Its own signal (oneWord) lets the ranker weigh it against
 * the longer candidates.
 */
export function loneWordHeadline(text: string, alone: boolean, level: number, listOrLink: boolean, overHeadline: boolean): boolean {
  if ((!alone && (level === 0 || level > 2)) || listOrLink || overHeadline || !LONE_WORD.test(text) || wordCount(text) !== 1) return false;
  return (text.match(LETTERS)?.length ?? 0) >= LONE_WORD_LETTERS && !isDateLine(text) && !text.includes("©");
}

/** Words of a line under a lone word that make it a headline (a section label sits over a full one), not a sentence of the text. */
const HEADLINE_UNDER_LABEL_WORDS = [4, 20];
/**
 * Is the next paragraph after line `last` one line that reads as a headline of its own (a headline's
 * length, not a wrapped paragraph, not a date or byline) and does not hold `word` (a title printed again
 * in a longer line)?
 */
function overHeadline(doc: WorkingDoc, last: number, word: string): boolean {
  const { lines } = doc;
  let j = last + 1;
  while (j < lines.length && !lines[j].raw.trim()) j++;
  if (j >= lines.length || j === last + 1) return false;
  if (j + 1 < lines.length && lines[j + 1].raw.trim()) return false;
  const next = candidateText(lines[j].raw);
  const words = wordCount(next);
  const [fewest, most] = HEADLINE_UNDER_LABEL_WORDS;
  return words >= fewest && words <= most && headlineShaped(next) && !comparable(next).includes(comparable(word));
}

/** A host name as a word: a label, a dot and a top-level domain ("example.com", "www.beispiel.de", "exemple.co.uk"). */
const HOST_NAME = /(?:^|[\s(])(?:www\.)?[\p{L}\p{N}-]+(?:\.co)?\.[a-z]{2,6}(?=$|[\s),!?:;]|\.(?:\s|$))/u;

/** A deck has this many times the words of the headline above it, or more, and at least DECK_MIN_WORDS. */
const DECK_WORDS = 1.25;
const DECK_MIN_WORDS = 10;
/** The headline over a deck has this many words or more (a kicker has fewer). */
const HEADLINE_MIN_WORDS = 5;
/** Lines of a paragraph read as one headline or deck, at most (a text browser wraps a long one). */
const DECK_LINES = 2;

/**
 * Is `upper` a headline and `lower`, the paragraph right under it, its deck (standfirst)? Both
 * headline-shaped; the headline of HEADLINE_MIN_WORDS words or more (a kicker or section label has
 * fewer), not lower-case, no sentence closed by a full stop; the deck a sentence's length and
 * DECK_WORDS times the headline's words or more. ("Council approves housing plan for the east side" /
 * "5,000 homes in five years, work starts in spring and the first tenants move in 2027".)
 */
export function headlineAndDeck(upper: string, lower: string): boolean {
  const hw = wordCount(upper);
  const dw = wordCount(lower);
  if (hw < HEADLINE_MIN_WORDS || dw < DECK_MIN_WORDS || dw < hw * DECK_WORDS) return false;
  // (nor is a line holding a date, a kicker or a teaser with its day, nor a run of menu terms)
  return !/^\p{Ll}/u.test(upper) && !/[^.]\.$/.test(upper) && headlineShaped(upper) && headlineShaped(lower) && !findDate(upper) && !isTermList(upper);
}

/**
 * The paragraph ending above line i, set apart from it by a blank line, as text; null when none, when it
 * is glued to line i, longer than DECK_LINES lines (two only as a text browser wraps one), removed as
 * furniture, a form's line, a list item, mostly links (a menu is no headline) or holding a date (a
 * dateline, or a teaser with its day).
 */
function paragraphAbove(doc: WorkingDoc, i: number): string | null {
  const { lines } = doc;
  let j = i - 1;
  if (j < 0 || lines[j].raw.trim()) return null;
  while (j >= 0 && !lines[j].raw.trim()) j--;
  if (j < 0) return null;
  const at: number[] = [];
  for (; j >= 0 && lines[j].raw.trim(); j--) {
    if (at.length === DECK_LINES) return null;
    at.unshift(j);
  }
  if (at.length > 1 && !(doc.wrapWidth && continuesWrappedLine(lines[at[0]].raw, lines[at[1]].raw, doc.wrapWidth))) return null;
  if (at.some((k) => (lines[k].removedBy && lines[k].removedBy !== "article-region" && lines[k].removedAs !== "metadata") || hasFormField(lines[k].raw))) return null;
  const raw = at.map((k) => lines[k].raw.trim()).join(" ");
  if (bulletItem(lines[at[0]].raw) !== null || BULLET_MARK.test(lines[at[0]].raw) || linkDensity(raw) > 0.5 || findDate(raw)) return null;
  return candidateText(raw);
}

/** Signal names, in the order of the vectors; title-model.json stores one weight per name. */
export const TITLE_FEATURES = [
  "h1", "h2", "h3", "echo", "echoFull", "logDistance", "logRank", "bullet", "link", "indent", "cue", "logWords", "tooShort",
  "goodLength", "allCaps", "fullStop", "question", "caption", "person", "dated", "bylineLead", "alone", "metaAfter",
  "menuBefore", "menuAfter", "leadOverlap", "titleCase", "separator", "outsideHeader", "wrapped", "digits", "firstLine",
  "removedBefore", "prose", "commas", "quoteStart", "long", "inArticle", "cueAny", "nextLonger",
  "textAlone", "textMetaAfter", "textLeadOverlap", "textEcho", "textLogDistance", "metaAfterTwo",
  "cutTail", "tailEcho", "cutHead", "headEcho", "nearImage", "nearCredit", "textFullStop", "bestOverlap", "captionCopy", "h5", "oneWord",
  "hostName", "quotedSentence", "farOverlap", "trailEnd", "underHeadline",
] as const;
const FULL_STOP = TITLE_FEATURES.indexOf("fullStop");
const BEST_OVERLAP = TITLE_FEATURES.indexOf("bestOverlap");

const CUT_TAIL = TITLE_FEATURES.indexOf("cutTail");
const TAIL_ECHO = TITLE_FEATURES.indexOf("tailEcho");
const CUT_HEAD = TITLE_FEATURES.indexOf("cutHead");
const HEAD_ECHO = TITLE_FEATURES.indexOf("headEcho");
const ECHO = TITLE_FEATURES.indexOf("echo");
const ECHO_FULL = TITLE_FEATURES.indexOf("echoFull");
const TEXT_ECHO = TITLE_FEATURES.indexOf("textEcho");
const ALONE = TITLE_FEATURES.indexOf("alone");
const META_AFTER = TITLE_FEATURES.indexOf("metaAfter");
const LEAD_OVERLAP = TITLE_FEATURES.indexOf("leadOverlap");
const IN_ARTICLE = TITLE_FEATURES.indexOf("inArticle");
const CAPTION = TITLE_FEATURES.indexOf("caption");
const DATED = TITLE_FEATURES.indexOf("dated");
const CAPTION_COPY = TITLE_FEATURES.indexOf("captionCopy");
/** Words of a caption compared with another line's, from its start (a caption's credit follows its words). */
const CAPTION_KEY_WORDS = 5;
/** Share of a caption's words (its credit's included) a copy of it holds at least. */
const CAPTION_COPY_SHARE = 0.5;
const captionKey = (t: string): string => echoWords(t).slice(0, CAPTION_KEY_WORDS).join(" ");

export interface TitleCandidate {
  lines: number[];
  text: string;
  features: number[];
}

/** Content words (4+ letters, or CJK characters) of a text, lower-case. */
export function contentWords(t: string): string[] {
  // On ASCII text the Unicode classes are the ASCII letters and digits (lower-case once lowered) and
  // there is no CJK: the plain pattern finds the same words, faster.
  if (!NON_ASCII.test(t)) return t.toLowerCase().match(CONTENT_WORD_ASCII) ?? [];
  const words = t.toLowerCase().match(CONTENT_WORD) ?? [];
  const cjk = t.match(CJK) || [];
  return cjk.length > words.length ? cjk : words;
}
const CONTENT_WORD_ASCII = /[a-z0-9]{4,}/g;

/** Share of the white-space-separated words holding a letter that start with a capital (after an opening quote or bracket). */
export function capitalisedShare(text: string): number {
  if (NON_ASCII.test(text)) {
    const tokens = text.split(/\s+/).filter((w) => LETTER.test(w));
    return tokens.length ? tokens.filter((w) => CAPITALISED.test(w)).length / tokens.length : 0;
  }
  // ASCII: a letter is [A-Za-z], a capital [A-Z], the opening marks '"', "'" and '('; one pass, no arrays.
  let words = 0;
  let capitalised = 0;
  let start = -1;
  let letter = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (c === 32 || (c >= 9 && c <= 13)) {
      if (letter) {
        words++;
        let f = text.charCodeAt(start);
        if ((f === 34 || f === 39 || f === 40) && start + 1 < i) f = text.charCodeAt(start + 1);
        if (f >= 65 && f <= 90) capitalised++;
      }
      start = -1;
      letter = false;
      continue;
    }
    if (start < 0) start = i;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letter = true;
  }
  return words ? capitalised / words : 0;
}

/** Number of digits (\p{N}), counted without a Unicode pattern on ASCII text (where they are 0-9). */
export function digitCount(text: string): number {
  if (NON_ASCII.test(text)) return countMatches(text, DIGITS, DIGIT);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

const isBlank = (doc: WorkingDoc, i: number) => i < 0 || i >= doc.lines.length || !doc.lines[i].raw.trim();

/**
 * The first words of the article (from its start), for "does the first paragraph talk about this?":
 * each word with the first two lines it occurs on, so that a candidate inside the article does not
 * count its own words.
 */
function leadWords(doc: WorkingDoc, start: number): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  let n = 0;
  for (let i = start; i < doc.lines.length && n < LEAD_WORDS; i++) {
    const l = doc.lines[i];
    if (l.removedBy) continue;
    // A short line standing alone (a photo credit, a product label) is not the running text.
    if (isBlank(doc, i - 1) && isBlank(doc, i + 1) && wordCount(l.text) < LEAD_LINE_WORDS) continue;
    for (const w of contentWords(l.text)) {
      const at = out.get(w);
      if (!at) out.set(w, [i, -1]);
      else if (at[1] < 0 && at[0] !== i) at[1] = i;
      n++;
    }
  }
  return out;
}

/** Words of the article read for farOverlap. */
const FAR_WORDS = 1500;
/** Lines each word of the article is remembered at, at most. */
const FAR_LINES = 4;
/** The article's words (FAR_WORDS of them from its start), each with the first lines it occurs on. */
function articleWords(doc: WorkingDoc, start: number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let n = 0;
  for (let i = start; i < doc.lines.length && n < FAR_WORDS; i++) {
    const l = doc.lines[i];
    if (l.removedBy) continue;
    for (const w of contentWords(l.text)) {
      const at = out.get(w);
      if (!at) out.set(w, [i]);
      else if (at.length < FAR_LINES && at[at.length - 1] !== i) at.push(i);
      n++;
    }
  }
  return out;
}

/**
 * Share of a line's content words (over at least LEAD_MIN_WORDS) the article uses outside the line and
 * the paragraph right under it. A headline's words recur through the story; a section heading's, a
 * caption's or an info box's title's are the words of the paragraph they stand over (which leadOverlap
 * counts as the article's start when the line sits right above it).
 */
function farOverlap(doc: WorkingDoc, body: Map<string, number[]>, cw: string[], first: number, last: number): number {
  if (!cw.length) return 0;
  let a = last + 1;
  while (a < doc.lines.length && isBlank(doc, a)) a++;
  let b = a;
  while (b < doc.lines.length && !isBlank(doc, b)) b++;
  return cw.filter((w) => (body.get(w) ?? []).some((j) => j < first || j >= b)).length / Math.max(LEAD_MIN_WORDS, cw.length);
}

/** Nearest non-blank lines before (step -1) or after (step 1) line i, at most `count`. */
function neighbours(doc: WorkingDoc, i: number, step: number, count: number): number[] {
  const out: number[] = [];
  for (let j = i + step; j >= 0 && j < doc.lines.length && out.length < count; j += step) if (doc.lines[j].raw.trim()) out.push(j);
  return out;
}

const menuLike = (raw: string) => bulletItem(raw) !== null || !moreWordsThan(stripInlineMarkdown(raw).trim(), MENU_WORDS) || linkDensity(raw) > 0.5;

/** A heading inside a list item ("3.  # Headline", "- ## Headline"): the list mark, then the heading. */
const LIST_HEADING = /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(?=#{1,6}\s)/;
/** A heading opening with an emphasised kicker: "# **Kicker** Headline", "## *Kicker* Headline". */
const KICKER = /^\s{0,3}(?:#{1,6}\s+)?(\*\*|__|\*|_)(?=\S)([^*_\n]{1,80}?\S)\1\s*[:\-–—|]?\s+(?=\S)/;
/** A short part, a spaced slash, the rest: "“Reformstau lösen” / Headline". */
const KICKER_SLASH = /^([^/]{2,60}?)\s+\/\s+(?=\S)/;
/** A short lead-in closed by a colon at the start of a line ("Klimaschutz: …", "Exclusive: …"). */
const COLON_KICKER = /^([^:]{2,40}?):\s+(?=\S)/;
/** Breadcrumb separators ("Home / News / Headline", "Startseite » Beauty » Headline"). */
const CRUMB = /\s+[/»›>\\]\s+/;
const CRUMBS = /\s+[/»›>\\]\s+/g;

/** A date and a separator before a headline: "23.01.2022 - Headline", "2020-04-26 | Headline". */
const DATE_PREFIX = /^([^|–—•·:]{4,40}?)\s+(?:[|–—•·]|-)\s+(?=\S)/;

/**
 * The headline at the end of a breadcrumb trail ("Home / News / Headline", "Startseite » Beauty »
 * Headline") or after a date ("23.01.2022 - Headline", or "1. März 2022 Headline" as a text browser glues a
 * date span to the heading): neither a trail nor a date is part of a title.
 */
export function withoutTrail(text: string): string {
  if (CRUMB.test(text)) {
    const parts = text.split(CRUMBS);
    const last = parts[parts.length - 1];
    if (parts.length >= 3 && parts.slice(0, -1).every((p) => !moreWordsThan(p, 4)) && headlineShaped(last)) return last;
  }
  const date = DATE_PREFIX.exec(text);
  if (date && isDateLine(date[1])) {
    const rest = text.slice(date[0].length);
    if (headlineShaped(rest)) return rest;
  }
  // A text browser prints a date span and the heading after it on one line: "1. März 2022 Rat stimmt für …".
  if (DIGIT.test(text.slice(0, 2))) {
    const glued = findDate(text);
    if (glued && glued.start === 0 && isDateLine(text.slice(0, glued.end))) {
      const rest = text.slice(glued.end).trim();
      if (GLUED_HEADLINE.test(rest) && wordCount(rest) >= MIN_GLUED_WORDS && headlineShaped(rest)) return rest;
    }
  }
  return text;
}
/** A headline glued to a date opens with a capital letter (or a quotation mark and one), and has this many words at least. */
const GLUED_HEADLINE = /^["'“„«]?\p{Lu}/u;
const MIN_GLUED_WORDS = 3;

/**
 * What a candidate line says as a title: inline Markdown, a list mark ("• ", "- ", " 5. ": the last item
 * of a breadcrumb list is often the headline) and rules drawn with symbols ("━━━ Headline") taken off,
 * then a breadcrumb trail or a date before it. The list and bullet marks stay visible to the ranker
 * through the line's signals. `raw` keeps the line's indent.
 */
export function candidateText(raw: string): string {
  const mark = LIST_MARK.exec(raw);
  let t = collapseWhitespace(stripInlineMarkdown(mark ? raw.slice(mark[0].length) : raw));
  if (DECORATION_EDGE.test(t)) t = t.replace(DECORATION_EDGES, "").trim();
  // "You are here: Home > News > …": the label is no part of the trail, the trail none of a headline.
  t = afterTrailLabel(t) ?? t;
  return withoutTrail(withoutKickerRepeat(undoubled(t)));
}

/** A kicker of a few words closed by a colon, the headline, and the kicker again at the end: "Italien: Reise- und Sicherheitshinweise Italien". */
const KICKER_REPEAT = /^(\p{L}[^:]{0,38}?)\s?:\s+(.+?)\s+\1$/u;
const LOWER_LAST_WORD = /(?:^|\s)\p{Ll}\S*$/u;
/** Most words of a kicker printed again after its headline. */
const KICKER_REPEAT_WORDS = 3;
/**
 * A headline whose kicker ("Italien:", "Pétition :") is printed again at its end: a text browser puts a
 * label or an image's alt text that follows the heading on the heading's line. The copy at the end is
 * no part of the headline and is taken off (not after a lower-case word, where it reads as the
 * headline's own last word); any other text is unchanged.
 */
export function withoutKickerRepeat(t: string): string {
  if (!t.includes(":")) return t;
  const m = KICKER_REPEAT.exec(t);
  // (After a lower-case word the kicker's word is the headline's own: "Brücke: Rat stimmt für die alte Brücke".)
  return m && !moreWordsThan(m[1], KICKER_REPEAT_WORDS) && wordCount(m[2]) >= 3 && !LOWER_LAST_WORD.test(m[2]) ? t.slice(0, t.length - m[1].length).trimEnd() : t;
}

/** Fewest words of a text printed twice in a row that is taken once (shorter repeats can be a headline's own words: "Bye bye", "Sorry Sorry"). */
const DOUBLED_WORDS = 3;
/**
 * A line that is one text printed twice in a row, glued or with one space ("Headline hereHeadline here" →
 * "Headline here"): a text browser prints a linked image's alt text next to the link's own text, and both
 * are the headline. Taken once; any other text is unchanged.
 */
export function undoubled(t: string): string {
  if (t.length < 8) return t;
  // "XX" (even length, glued) or "X X" (odd length, one space between)
  const half = t.length >> 1;
  const first = t.slice(0, half);
  const rest = t.length % 2 === 0 ? t.slice(half) : t[half] === " " ? t.slice(half + 1) : null;
  return rest === first && countSpaced(first.trim()) >= DOUBLED_WORDS ? first.trim() : t;
}
/**
 * A list mark as renderers print it: a bullet ("• ", "-   ", "* "), or a number with the indent a text
 * browser gives it (" 5. ") or the wide gap Markdown gives it ("5.  "); "2. Bundesliga: ..." at the
 * margin with one space is a headline's own words.
 */
const LIST_MARK = /^(?:\s*[•·▪◦●□■*+\-–]\s+|\s+\d{1,2}[.)]\s+|\d{1,2}[.)]\s{2,})(?=\S)/;
/** A run of rule or ornament symbols (box drawing, blocks, geometric shapes, dingbats) at either end. */
const DECORATION_EDGE = /^[\u2500-\u27bf\s]*[\u2500-\u27bf]|[\u2500-\u27bf][\u2500-\u27bf\s]*$/;
const DECORATION_EDGES = /^[\u2500-\u27bf\s]+|[\u2500-\u27bf\s]+$/g;

/**
 * Other readings of a candidate line as a title: its first line alone when a wrapped pair; cut of a "| Site" tail; cut of what precedes the
 * headline (a kicker in emphasis or closed by a colon, a short "Site - " prefix). Each with the
 * part cut off, so the ranker can see whether that part recurs in the page (a site or section name does).
 */
function titleVariants(raw: string, text: string, firstLine: string | null): { text: string; part: string; tail: boolean }[] {
  const out: { text: string; part: string; tail: boolean }[] = [];
  const add = (t: string, part: string, tail: boolean) => {
    const v = t.trim();
    if (v && v !== text && part.trim() && headlineShaped(v) && !out.some((o) => o.text === v)) out.push({ text: v, part: part.trim(), tail });
  };
  // A line joined with the next as one wrapped headline may be the headline alone, the next its subtitle.
  if (firstLine !== null) {
    const head = candidateText(firstLine);
    if (text.startsWith(head)) add(head, text.slice(head.length), true);
  }
  const stripped = stripSiteName(text);
  if (stripped !== text) add(stripped, text.slice(stripped.length).replace(/^\s*(?:[|–—•·:]|-)\s*/, ""), true);
  const kicker = KICKER.exec(raw);
  if (kicker) add(collapseWhitespace(stripInlineMarkdown(raw.slice(kicker[0].length))), kicker[2], false);
  // "Kicker / Headline": a short lead-in set off by a slash (a breadcrumb of 3 parts is cut by withoutTrail).
  const slash = KICKER_SLASH.exec(text);
  if (slash && !moreWordsThan(slash[1], 4)) add(text.slice(slash[0].length), slash[1], false);
  // "Kicker: Headline": a topic word or two set before the headline with a colon (the headline as
  // published may leave it out; whether the kicker recurs on the page tells the ranker, see headEcho).
  const colon = COLON_KICKER.exec(text);
  if (colon && !moreWordsThan(colon[1], 3) && wordCount(text.slice(colon[0].length)) >= 3) add(text.slice(colon[0].length), colon[1], false);
  const sep = SITE_SEPARATOR.exec(text);
  if (sep) {
    const head = text.slice(0, sep.index);
    const rest = text.slice(sep.index + sep[0].length);
    if ((!moreWordsThan(head, 4) || isDateLine(head)) && wordCount(rest) >= 3) add(rest, head, false);
  }
  return out;
}

/** Most words of a kicker set apart from its headline. */
const KICKER_WORDS = 6;
/** Lines from a kicker down to its headline, at most, when a separator stands between them. */
const SPLIT_KICKER_SPAN = 6;
/** A separator printed as a paragraph of its own between a kicker and its headline (a converter's split heading). */
const LONE_SEPARATOR = /^(?:\\?[-–—:|·])$/;
/** A kicker line closed by a colon (a line break after it, as a heading's kicker span prints): "Tanz in der Stadt:". */
const COLON_END = /^(.*\S)\s*:\s*\\?$/;
/**
 * A short kicker above its headline, split from it as a converter prints a heading with a kicker span:
 * the kicker closed by a colon on a line of its own with the headline on the next line ("Tanz in der
 * Stadt:" / "Mit allen Wassern gewaschen"), or the kicker, a separator alone as a paragraph (":", "–",
 * "-") and the headline ("Klimaschutz" / ":" / "Bohren, bis es heiß wird"). Read as one line, "Kicker:
 * Headline" (the separator as printed); the headline alone stays a candidate of its own, and the
 * kicker's cut reading (titleVariants) lets the ranker weigh both. Null when line i opens no such pair.
 */
export function kickerOver(doc: WorkingDoc, i: number): { lines: number[]; raw: string } | null {
  const { lines } = doc;
  const raw = lines[i].raw.trim();
  if (raw.length > 80 || bulletItem(raw) !== null || /[.!?]$/.test(raw)) return null;
  const colon = COLON_END.exec(raw);
  const kicker = stripInlineMarkdown(colon ? colon[1] : raw).trim();
  if (!kicker || moreWordsThan(kicker, KICKER_WORDS)) return null;
  const headlineAt = (k: number): string | null => {
    if (k >= lines.length || !lines[k].raw.trim() || bulletItem(lines[k].raw) !== null) return null;
    const t = stripInlineMarkdown(lines[k].raw).trim();
    return wordCount(t) >= 3 && headlineShaped(t) ? t : null;
  };
  if (colon) {
    const h = headlineAt(i + 1);
    return h ? { lines: [i + 1], raw: `${kicker}: ${h}` } : null;
  }
  // "Kicker", blank lines, a lone separator, blank lines, the headline.
  if (!isBlank(doc, i + 1)) return null;
  const [j, k] = neighbours(doc, i, 1, 2);
  if (k === undefined || k - i > SPLIT_KICKER_SPAN || !isBlank(doc, j + 1)) return null;
  const sep = lines[j].raw.trim();
  const h = LONE_SEPARATOR.test(sep) ? headlineAt(k) : null;
  if (!h) return null;
  const mark = sep.replace(/^\\/, "");
  return { lines: [j, k], raw: mark === ":" ? `${kicker}: ${h}` : `${kicker} ${mark} ${h}` };
}

const H1 = /^\s{0,3}#\s+\S/;
/**
 * The first level-1 Markdown heading below the article's first paragraphs when none stands above them
 * (else -1): there the article's start was put too high (a teaser, a notice, an intro box above the
 * story), and a page's one top heading is its headline's best candidate, wherever it stands.
 */
function lateHeading(doc: WorkingDoc, from: number): number {
  if (doc.wrapWidth) return -1;
  const { lines } = doc;
  for (let j = 0; j < from; j++) if (lines[j].raw.includes("#") && H1.test(lines[j].raw)) return -1;
  for (let j = from; j < lines.length; j++) {
    const l = lines[j];
    if (!l.raw.includes("#") || !H1.test(l.raw)) continue;
    return (l.removedBy && l.removedAs !== "metadata" && l.removedBy !== "article-region") || l.usedFor ? -1 : j;
  }
  return -1;
}

/**
 * The only level-1 Markdown heading above line `from` (else -1: none, several, or a text dump), when it
 * is one the candidates may use (not removed as furniture, not used for another field).
 */
function onlyTopHeadingAbove(doc: WorkingDoc, from: number): number {
  if (doc.wrapWidth) return -1;
  const { lines } = doc;
  let found = -1;
  for (let j = 0; j < from; j++) {
    if (!lines[j].raw.includes("#") || !H1.test(lines[j].raw)) continue;
    if (found >= 0) return -1;
    found = j;
  }
  const l = found >= 0 ? lines[found] : null;
  return !l || (l.removedBy && l.removedAs !== "metadata" && l.removedBy !== "article-region") || l.usedFor ? -1 : found;
}

/** Paragraphs below the article's first ones searched for a headline with its date or byline next to it. */
const DATED_PARAGRAPHS = 8;
/** Paragraphs under such a headline searched for its date or byline (a deck may stand between them). */
const DATED_LOOKAHEAD = 2;
/** Lines of a paragraph read as a headline there, at most (a wrapped one, or a kicker line and the headline). */
const DATED_LINES = 2;

/**
 * Lines below the article's first paragraphs (from line `from`, DATED_PARAGRAPHS paragraphs down) that
 * make a short paragraph of their own at the margin, with a date or byline (`isMeta`) right above it or
 * in the next DATED_LOOKAHEAD paragraphs: where the article's start was put too high (over a notice, a
 * newsletter box, a teaser), the headline stands there, with its dateline next to it as everywhere else.
 */
function datedHeadlines(doc: WorkingDoc, from: number, isMeta: (j: number) => boolean): number[] {
  const { lines } = doc;
  const out: number[] = [];
  const blocks: [number, number][] = [];
  for (let i = from; i < lines.length && blocks.length < DATED_PARAGRAPHS + DATED_LOOKAHEAD; i++) {
    if (!lines[i].raw.trim() || !isBlank(doc, i - 1)) continue;
    let last = i;
    while (last + 1 < lines.length && lines[last + 1].raw.trim()) last++;
    blocks.push([i, last]);
    i = last;
  }
  for (let b = 0; b < Math.min(blocks.length, DATED_PARAGRAPHS); b++) {
    const [i, last] = blocks[b];
    if (last - i >= DATED_LINES || /^\s{2,}/.test(lines[i].raw) || isMeta(i)) continue;
    const above = neighbours(doc, i, -1, 1);
    const after = blocks.slice(b + 1, b + 1 + DATED_LOOKAHEAD).some(([a, z]) => {
      for (let j = a; j <= z; j++) if (isMeta(j)) return true;
      return false;
    });
    if (after || (above.length && isMeta(above[0]))) out.push(i);
  }
  return out;
}

/** The headline candidates above the article, nearest first, with their signal vectors. */
export function titleCandidates(doc: WorkingDoc): TitleCandidate[] {
  const { lines } = doc;
  const stop = Math.min(firstProseIndex(doc), lines.length);
  let from = stop;
  // Up to the end of the article's first paragraphs (runs of non-blank lines).
  for (let seen = 0; from < lines.length; from++) {
    const blank = !lines[from].raw.trim();
    if (blank && from > stop && lines[from - 1].raw.trim() && ++seen >= INSIDE_PARAGRAPHS) break;
  }
  const echoes: { keyWords: string[]; features: number[] }[] = [];
  const lead = leadWords(doc, stop);
  // (Markdown only: in a text dump, where no heading marks set the headline apart, the signal cross-validated worse.)
  const body = doc.wrapWidth ? null : articleWords(doc, stop);
  const trail = trailEnds(doc, from, candidateText).map(echoKey).filter(Boolean);
  const out: TitleCandidate[] = [];
  // Per-line signals looked at from several candidates, computed once.
  const metaCache = new Map<number, boolean>();
  const isMeta = (j: number): boolean => {
    let v = metaCache.get(j);
    if (v === undefined) {
      const t = stripInlineMarkdown(lines[j].raw).trim();
      // The second half of a wrapped sentence ("...(Photo / by NAME / AFP)") is not a byline or date line.
      const continued = !!doc.wrapWidth && j > 0 && !!lines[j - 1].raw.trim() && continuesWrappedLine(lines[j - 1].raw, lines[j].raw, doc.wrapWidth);
      // Cheapest tests first (the byline parse last): the answer is the same in any order.
      v = !continued && t.length <= 120 && (BYLINE_LEAD.test(t) || dateOrTime(t) || !!isDateLine(t) || isBylineLine(t));
      metaCache.set(j, v);
    }
    return v;
  };
  // Per line: 1 when it is an image line, 2 when a credit line (looked at from the candidates on both sides).
  const sideCache = new Map<number, number>();
  const sideAt = (j: number): number => {
    let v = sideCache.get(j);
    if (v === undefined) sideCache.set(j, (v = (isImageLine(lines[j].raw) ? 1 : 0) | (isCreditLine(stripInlineMarkdown(lines[j].raw)) ? 2 : 0)));
    return v;
  };
  const menuCache = new Map<number, boolean>();
  const menuAt = (j: number): boolean => {
    let v = menuCache.get(j);
    if (v === undefined) menuCache.set(j, (v = menuLike(lines[j].raw)));
    return v;
  };
  // Share of a line's content words the article's first words use (elsewhere than on the line itself),
  // over at least LEAD_MIN_WORDS words: one shared word such as "team" says little about a two-word line.
  const overlapOf = (cw: string[], own: number[]): number =>
    cw.length ? cw.filter((w) => (lead.get(w) ?? []).some((j) => j >= 0 && !own.includes(j))).length / Math.max(LEAD_MIN_WORDS, cw.length) : 0;
  // The lines marked as captions or credits, by their first words (see captionKey): each line's words.
  const captionKeys = new Map<string, string[][]>();
  const addCaption = (t: string) => {
    const k = captionKey(t);
    const seen = captionKeys.get(k);
    if (seen) seen.push(echoWords(t));
    else captionKeys.set(k, [echoWords(t)]);
  };
  let distance = 0;
  // Lines taken as candidates so far (a line's other readings do not count).
  let rank = 0;
  // The parts cut off by a candidate's other readings, whose repetitions are counted with the echoes.
  const parts: { keyWords: string[]; features: number[]; at: number }[] = [];
  // Each other reading's vector with its line's.
  const readings: [number[], number[]][] = [];
  const order: number[] = [];
  const late = lateHeading(doc, from);
  if (late >= 0) order.push(late);
  // Headlines further into the article with their date or byline under them (a start put too high, over a notice or a teaser).
  const dated = new Set(datedHeadlines(doc, from, isMeta));
  order.push(...dated);
  for (let i = from - 1; i >= 0; i--) order.push(i);
  // The page's one top heading is a candidate however far above the article it stands (a long menu or
  // a list of teasers between them).
  const far = onlyTopHeadingAbove(doc, from);
  for (const i of order) {
    if (distance >= MAX_DISTANCE) {
      if (far < 0 || i < far) break;
      if (i !== far) continue;
    }
    const l = lines[i];
    if (!l.raw.trim()) continue;
    if (i < stop) distance++;
    // Lines the article-region rule dropped above the article are still candidates; other removals are not.
    if (l.removedBy && l.removedAs !== "metadata" && l.removedBy !== "article-region") continue;
    if (l.usedFor) continue;
    // The second half of a wrapped line is not where a headline starts.
    if (doc.wrapWidth && i > 0 && lines[i - 1].raw.trim() && continuesWrappedLine(lines[i - 1].raw, l.raw, doc.wrapWidth)) continue;
    // A headline wrapped over two lines by a text browser.
    const group = [i];
    if (doc.wrapWidth && (i + 1 < from || (dated.has(i) && i + 1 < lines.length)) && lines[i + 1].raw.trim() && continuesWrappedLine(l.raw, lines[i + 1].raw, doc.wrapWidth)) group.push(i + 1);
    // A kicker set apart from its headline by a line break or a separator of its own ("Klimaschutz" / ":" / "Headline").
    const kicked = group.length === 1 ? kickerOver(doc, i) : null;
    if (kicked) group.push(...kicked.lines);
    const raw = kicked ? kicked.raw : group.map((j) => lines[j].raw.trim()).join(" ").replace(LIST_HEADING, "");
    // (the first line's indent kept: it tells a text browser's numbered list item from a headline's own number)
    const text = candidateText(LIST_HEADING.test(l.raw) ? raw : (/^\s*/.exec(l.raw)?.[0] ?? "") + raw);
    // A live-blog or ticker label ("Live", "News ticker ended") is page furniture, and a line marked as a
    // caption or photo credit ("Foto: X", "… 摄", "(Symbolbild)", "(l.)") describes a picture: neither is a
    // headline, whatever its shape.
    const heading = HEADING.exec(l.raw.replace(LIST_HEADING, ""));
    const level = heading ? heading[1].length : 0;
    const last = group[group.length - 1];
    // (a list mark and a link's share, asked once: the one-word reading and the vector both read them)
    const bulleted = bulletItem(l.raw) !== null || BULLET_MARK.test(l.raw);
    const linked = linkDensity(raw) > 0.5;
    const listOrLink = bulleted || linked;
    // (headlineShaped is a pure function of the text: asked once)
    const shaped = headlineShaped(text);
    const oneWord = !shaped && loneWordHeadline(text, isBlank(doc, i - 1) && isBlank(doc, last + 1), level, listOrLink, overHeadline(doc, last, text));
    if ((!oneWord && !shaped) || isLiveMarker(text)) continue;
    // A section's name alone ("Kinh doanh", "Economía", "Politik") is the section label or a menu entry,
    // however often the page prints it: never the headline.
    if (isMenuEntry(text)) continue;
    // A previous/next-post link ("← Older post", "« Vorschau: …") has a headline's shape, not its place;
    // a line with a form's text box is a search, login or sign-up bar.
    if (isPostNavigation(text) || group.some((j) => hasFormField(lines[j].raw)) || isTermList(text)) continue;
    // A Korean byline ("이영희 기자", "홍길동·김철수 기자"): the reporters' names and their title, no headline.
    if (text.length <= KOREAN_BYLINE_CHARS && koreanNames(text)) continue;
    // A line over a text box is the box's label or placeholder ("Search recipes or ingredients" / "[      ]").
    const under = neighbours(doc, last, 1, 1)[0];
    if (under !== undefined && under - last <= FORM_LABEL_GAP && opensWithFormField(lines[under].raw)) continue;
    if (isCaptionOrCredit(text)) {
      addCaption(text);
      continue;
    }
    const echoed = echoWords(text);
    const keyWords = echoed.length ? echoed : [""];
    const words = wordCount(text);
    const cw = contentWords(text);
    const after = neighbours(doc, last, 1, META_LOOKAHEAD);
    const before = neighbours(doc, i, -1, MENU_LOOKBEHIND);
    const metaAfter = after.some(isMeta);
    const cue = hasCue(text.toLowerCase());
    const x = [
      level === 1 ? 1 : 0,
      level === 2 ? 1 : 0,
      level >= 3 ? 1 : 0,
      0, // echo and echoFull: filled in below, once the page's words are indexed
      0,
      Math.log1p(distance),
      Math.log1p(rank),
      bulleted ? 1 : 0,
      linked ? 1 : 0,
      /^\s{4,}/.test(l.raw) ? 1 : 0,
      cue && words <= 4 ? 1 : 0,
      Math.log1p(words),
      words < 3 ? 1 : 0,
      words >= 4 && words <= 20 ? 1 : 0,
      LOWER.test(text) ? 0 : 1,
      /[^.]\.$/.test(text) ? 1 : 0,
      /[?!]["'”’]?$/.test(text) ? 1 : 0,
      hasCreditMark(text) || hasCaptionWords(text) ? 1 : 0,
      words <= 4 && personLine(text) ? 1 : 0,
      dateOrTime(text) && words <= 12 ? 1 : 0,
      BYLINE_LEAD.test(text) ? 1 : 0,
      isBlank(doc, i - 1) && isBlank(doc, last + 1) ? 1 : 0,
      metaAfter ? 1 : 0,
      before.length ? before.filter(menuAt).length / before.length : 1,
      after.length ? after.filter(menuAt).length / after.length : 1,
      // (over at least LEAD_MIN_WORDS words: one shared word such as "team" says little about a two-word line)
      overlapOf(cw, group),
      capitalisedShare(text),
      SITE_SEPARATOR.test(text) ? 1 : 0,
      l.removedBy === "article-region" ? 1 : 0,
      group.length > 1 ? 1 : 0,
      Math.min(1, digitCount(text) / Math.max(1, text.length) * 5),
      before.length === 0 ? 1 : 0,
      i > 0 && lines[i - 1].removedBy && lines[i - 1].removedBy !== "article-region" ? 1 : 0,
      isProse(text) ? 1 : 0,
      Math.log1p(countMatches(text, COMMAS, COMMA)),
      /^["'“‘„«]/u.test(text) ? 1 : 0,
      words > 20 ? 1 : 0,
      i >= stop ? 1 : 0,
      cue ? 1 : 0,
      after.length && moreWordsThan(stripInlineMarkdown(lines[after[0]].raw), words) ? 1 : 0,
    ];
    // Text-browser dumps carry no heading marks: there the other signals weigh differently.
    if (doc.wrapWidth) x.push(x[ALONE], x[META_AFTER], x[LEAD_OVERLAP], 0, Math.log1p(distance));
    else x.push(0, 0, 0, 0, 0);
    // A byline and a date under it (two meta lines), as under most headlines; one alone is often a caption's date.
    x.push(after.filter(isMeta).length >= 2 ? 1 : 0);
    x.push(0, 0, 0, 0); // cutTail, tailEcho, cutHead, headEcho: the line as it is
    // Captions stand next to their image or credit (the nearest line on either side, removed or not).
    const sides = [...neighbours(doc, i, -1, 1), ...neighbours(doc, last, 1, 1)];
    x.push(sides.some((j) => sideAt(j) & 1) ? 1 : 0, sides.some((j) => sideAt(j) & 2) ? 1 : 0);
    x.push(doc.wrapWidth ? x[FULL_STOP] : 0, 0, 0); // textFullStop; bestOverlap and captionCopy once all candidates are known
    if (x[CAPTION]) addCaption(text);
    // The smallest headings (h5, h6) label captions, boxes and widgets.
    x.push(level >= 5 ? 1 : 0);
    x.push(oneWord ? 1 : 0);
    // A site's host name in the line ("News Daily — newsdaily.com", "The example.com Blog"): a masthead or tagline, rarely a headline.
    x.push(text.includes(".") && HOST_NAME.test(text) ? 1 : 0);
    x.push(quotedSentence(text) ? 1 : 0);
    x.push(body ? farOverlap(doc, body, cw, i, last) : 0);
    // The line is (or repeats) the last item of a breadcrumb trail above the article: the page's title as the site files it.
    x.push(trail.length && trail.includes(echoed.join(" ")) ? 1 : 0);
    // A deck (standfirst) under its headline: it shares the first paragraph's words and sits by the
    // byline, and where no heading marks set the headline apart it passes for one.
    const above = paragraphAbove(doc, i);
    x.push(above !== null && headlineAndDeck(above, text) ? 1 : 0);
    out.push({ lines: group, text, features: x });
    echoes.push({ keyWords, features: x });
    if (!dated.has(i)) rank++;
    for (const v of titleVariants(raw, text, group.length > 1 ? lines[i].raw : null)) {
      const y = x.slice();
      y[v.tail ? CUT_TAIL : CUT_HEAD] = 1;
      out.push({ lines: group, text: v.text, features: y });
      readings.push([y, x]);
      const partWords = echoWords(v.part);
      if (partWords.length) parts.push({ keyWords: partWords, features: y, at: v.tail ? TAIL_ECHO : HEAD_ECHO });
    }
  }
  // A caption printed twice (an image's alt text, then the caption with its credit): the copy without
  // the credit starts with the same words as a line that carries one. The copy is the caption's start, word for word, and most of it: a headline the caption merely opens
  // with ("Headline – a line more. Photo: X") or shares five words with is no copy.
  if (captionKeys.size)
    for (const c of out) {
      const captions = c.features[CAPTION] ? undefined : captionKeys.get(captionKey(c.text));
      if (!captions) continue;
      const w = echoWords(c.text);
      if (captions.some((cw) => w.length >= cw.length * CAPTION_COPY_SHARE && w.every((x, k) => cw[k] === x))) c.features[CAPTION_COPY] = 1;
    }
  // How often the candidates' words are repeated in the page, counted once all their first words are known.
  if (!echoes.length) return out;
  const count = pageEchoes(lines.map((l) => l.raw), [...echoes, ...parts].map((e) => e.keyWords), ECHO_CAP);
  for (const { keyWords, features } of echoes) {
    const echo = count(keyWords, Math.min(keyWords.length, ECHO_WORDS));
    features[ECHO] = echo;
    features[ECHO_FULL] = keyWords.length > ECHO_WORDS && echo > 0 ? count(keyWords, keyWords.length) : keyWords.length > ECHO_WORDS ? 0 : echo;
    if (doc.wrapWidth) features[TEXT_ECHO] = echo;
  }
  // (A variant's vector copied its line's before the echoes were filled in: they are copied again here.)
  // The candidate sharing most words with the article's start (the headline announces what it says).
  let best = 0;
  for (const c of out) best = Math.max(best, c.features[LEAD_OVERLAP]);
  if (best > 0) for (const c of out) if (c.features[LEAD_OVERLAP] === best) c.features[BEST_OVERLAP] = 1;
  for (const [variant, base] of readings) for (const k of [ECHO, ECHO_FULL, TEXT_ECHO]) variant[k] = base[k];
  // The cut part's repetitions beyond the copies of the whole line: a site or section name recurs on its own.
  for (const { keyWords, features, at } of parts) features[at] = Math.max(0, count(keyWords, Math.min(keyWords.length, ECHO_WORDS)) - features[ECHO_FULL]);
  return out;
}

/** A full stop (or an ellipsis) closing a quotation at the line's end: "… in drugs.”", "« … fin. »". */
const QUOTE_CLOSES_SENTENCE = /[.…]\s?["'”’»«“]$/u;
/**
 * A closing quotation mark, a comma and a word: the quote's attribution follows („…“, sagt X / «…», indicó X
 * / "…", said X). (The comma set inside the quotes, as English style has it, was tried: it cross-validated
 * worse on trafilatura-dev.)
 */
const QUOTE_THEN_ATTRIBUTION = /["”»“]\s*,\s*\p{L}/u;
/**
 * A line that is a quoted sentence, or a quotation with its speaker after a comma: a pull quote or a
 * deck quoting the story's source. A headline that quotes someone quotes a phrase and names no speaker
 * after a comma ("«Good wages alone are not enough»").
 */
export function quotedSentence(text: string): boolean {
  return QUOTE_CLOSES_SENTENCE.test(text) || QUOTE_THEN_ATTRIBUTION.test(text);
}

/** The ASCII letters and digits of a text, lower-case. */
const asciiAlnum = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * Can comparable(stripSiteName(text)) be the headline's key? A cheap test that is never wrong when it
 * says no: on an ASCII text comparable only lower-cases and drops or maps characters that are no ASCII
 * letter or digit, and stripSiteName keeps a prefix, so the key's ASCII letters and digits
 * (`keyAlnum`) must begin the text's. Texts beyond ASCII are left to comparable itself.
 */
function mayPrint(text: string, keyAlnum: string): boolean {
  if (NON_ASCII.test(text)) return true;
  let k = 0;
  for (let i = 0; i < text.length && k < keyAlnum.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) continue;
    if (c !== keyAlnum.charCodeAt(k++)) return false;
  }
  return k === keyAlnum.length;
}

/** The title a candidate gives, as the rule prints it. */
export const titleText = (c: TitleCandidate): string => c.text;

/** A linear ranking model over standardised signals. */
export interface TitleModel {
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
}

export const TITLE_MODEL: TitleModel = model as TitleModel;

/** Each candidate's score under the model (higher is more headline-like). */
export function scoreCandidates(cands: TitleCandidate[], m: TitleModel = TITLE_MODEL): number[] {
  if (!checkedModels.has(m)) {
    if (m.features.join() !== TITLE_FEATURES.join()) throw new Error("title-model.json does not match the title features: retrain it (scripts/train-title-model.ts)");
    checkedModels.add(m);
  }
  const { weights, mean, std } = m;
  // (The sum in the same order and form as always: the scores are printed and compared.)
  return cands.map((c) => {
    const x = c.features;
    let z = 0;
    for (let k = 0; k < x.length; k++) z = z + weights[k] * ((x[k] - mean[k]) / (std[k] || 1));
    return z;
  });
}
/** Models whose feature names were checked against TITLE_FEATURES (a model is not edited once loaded). */
const checkedModels = new WeakSet<TitleModel>();

/** How far below the chosen candidate a headline right above it may score and still be taken over it. */
const DECK_MARGIN = 1;

/**
 * A headline with its deck under it ("Council approves housing plan" / "5,000 homes in five years, work
 * starts in spring" / byline): the deck shares more words with the first paragraph and sits next to the
 * byline, so the ranker can prefer it. When the chosen candidate is the longer of two headline-shaped
 * lines printed one right under the other, and the upper one scored nearly as well, the upper one is the
 * headline (the deck is then the standfirst).
 */
function headlineOverDeck(doc: WorkingDoc, cands: TitleCandidate[], scores: number[], b: number): number {
  const deck = cands[b];
  const first = deck.lines[0];
  let above = first - 1;
  while (above >= 0 && !doc.lines[above].text.trim()) above--;
  if (above < 0 || doc.lines[above].removedBy) return b;
  const k = cands.findIndex((c) => c.lines[c.lines.length - 1] === above);
  if (k < 0 || scores[k] < scores[b] - DECK_MARGIN) return b;
  const h = cands[k];
  // (a kicker over a headline, "Interview", "KOMMENTAR Wahl in X", "Leseprobe: …", is short: see headlineAndDeck)
  if (!headlineAndDeck(h.text, deck.text)) return b;
  if (h.features[CAPTION] || h.features[IN_ARTICLE] || h.features[DATED]) return b;
  return k;
}

export const title: Rule = {
  id: "title",
  description: "Ranks the headline-shaped lines above the article with a small learned model (heading marks, repetition, closeness, menu neighbours) and takes the best as the title.",
  apply(ctx) {
    const { doc } = ctx;
    const cands = titleCandidates(doc);
    if (!cands.length) {
      ctx.warn("no headline found above the article");
      return;
    }
    const scores = scoreCandidates(cands);
    const art = doc.article;
    // A candidate inside the article with no text after it is the article's only text (a short page whose
    // headline line is missing or was ruled out): taking it would leave no body.
    let bodyParas: { lines: readonly number[]; text: string }[] | null = null;
    const leavesBody = (c: TitleCandidate): boolean => {
      if (!art || c.lines[0] < art.start || c.lines[0] > art.end) return true;
      const last = c.lines[c.lines.length - 1];
      bodyParas ??= paragraphs(doc);
      return bodyParas.some((p) => p.lines[0] > last && p.text.trim() !== "");
    };
    // Highest score wins; on a tie the one nearer the article.
    let b = -1;
    for (let k = 0; k < cands.length; k++) if ((b < 0 || scores[k] > scores[b]) && leavesBody(cands[k])) b = k;
    if (b < 0) {
      ctx.warn("no headline found above the article (the only candidate is the article's own text)");
      return;
    }
    b = headlineOverDeck(doc, cands, scores, b);
    const best = cands[b];
    const headline = titleText(best);
    const where = best.features[IN_ARTICLE] ? "at the article's start" : "above the article";
    ctx.capture("title", headline, `best-ranked headline candidate ${where} (score ${scores[b].toFixed(2)} of ${cands.length} candidates)`, best.lines);
    ctx.use("title", best.lines, "headline");
    // A headline found at the top of the article region (a long headline passes for a paragraph) moves
    // the article's start below it: what sits above the headline is not article text.
    // Not when running text sits above it: then the line is a subheading inside the article (or a
    // sentence of it), and moving the start would cut the article's first paragraphs.
    const proseAbove = (from: number, to: number) =>
      paragraphs(doc).some((p) => p.lines[0] >= from && p.lines[p.lines.length - 1] < to && isProse(p.text));
    if (art && best.lines[0] >= art.start && !proseAbove(art.start, best.lines[0])) {
      let next = best.lines[best.lines.length - 1] + 1;
      while (next < art.end && (doc.lines[next].removedBy || !doc.lines[next].text.trim())) next++;
      if (next <= art.end) {
        ctx.decide(null, `article start moved below the headline: line ${doc.lines[art.start].n} → ${doc.lines[next].n}`);
        art.start = next;
      }
    }
    const key = comparable(headline);
    const keyAlnum = asciiAlnum(key);
    for (const c of cands)
      if (c !== best && mayPrint(c.text, keyAlnum) && comparable(stripSiteName(c.text)) === key && c.lines.every((i) => !doc.lines[i].usedFor))
        ctx.use("title", c.lines, "headline printed again");
  },
};
