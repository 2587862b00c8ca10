// Finds the article's authors: person names from bylines near the headline, the article's start, its
// date stamp, or just after its end. Three signals, strongest first: a byline lead ("By X and Y", "Von X",
// "Par X", "Por X", "Oleh X", "Автор: X", "Posted by X on …", "… | By X"), a link to an author page
// ("[Jane Doe](/author/jane-doe)"), and — only when neither is printed — a line that is just a person's
// name (with an optional role or date: "Jane Doe, AP Business Writer", "Jane Doe - Nov 19, 2019") beside
// the date stamp or under the headline. Names keep their printed case; job titles, outlets, "staff",
// e-mails, handles and photo credits are dropped.
import type { Rule } from "../../rules.ts";
import type { WorkingDoc } from "../../document.ts";
import { firstProseIndex, lastProseIndex, paragraphs } from "../../document.ts";
import { findDates, LABEL_WORDS, replaceDates, wordsBesideDates } from "../../text/dates.ts";
import { memoByString } from "../../text/memo.ts";
import { continuesWrappedLine } from "../../text/wrap.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../text/date-lexicon.ts";
import { mdImagesLoose, mdLinks, replaceMatches, stripInlineMarkdown } from "../../text/markdown.ts";
import { countLetterWords, countSpaced, PLAIN_LETTERS, plainLetterUnit, skipOthers, skipRun, spaceUnit } from "../../text/normalize.ts";
import { isFamilyNameFirst, isGivenName } from "../lexicon/given-names.ts";
import { isNewsAgency } from "../lexicon/outlets.ts";
import {
  AUTHOR_PATHS, BYLINE_LEADS, CJK_BYLINE_STOPS, CJK_PHOTO_CREDIT, KOREAN_ROLES_AFTER_NAME, LEAD_CREDIT_WORDS, NAME_HONORIFICS, NAME_JOINERS,
  NAME_PARTICLES, NAME_SUFFIXES, NOT_A_PERSON,
} from "../lexicon/bylines.ts";

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
/** Leads holding marks (Devanagari, Thai vowel signs): runs of letters cannot spell them. ("autor*in" is found by its run "autor", a lead too.) */
const MARKED_LEADS = SPACED_LEADS.filter((w) => /\p{M}/u.test(w));
// A spaced lead is followed (after white space, a colon or a spaced dash) by a capital or by a letter of a script without case (Arabic, Hebrew, Devanagari, Thai).
const LEAD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alt(cased(SPACED_LEADS))})(?:\\s{1,3}|\\s{0,2}[:：]\\s{0,3}|\\s{1,2}[-–—]\\s{1,3})(?=\\p{Lu}|\\p{Lo})|(?:${alt(CJK_LEADS)})\\s{0,2}[:：/／｜丨|]?\\s{0,2}(?=\\p{sc=Han}))`,
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
const JOIN = new RegExp(`\\s?(?:[,;、，،]|\\s(?:${alt(NAME_JOINERS)})\\s)\\s?`, "iu");
/** Separators that end a byline's name part: pipes, bullets, spaced dashes; a slash or a middle dot too, unless a given name follows it. */
const SEPARATOR = /\s?(?:[|•]|\s[-–—]{1,2}\s)\s?/u;
const SLASH_OR_DOT = /\s?[\/·]\s?/u;
const AUTHOR_LINK = new RegExp(`\\/(?:${alt(AUTHOR_PATHS)})(?:\\/|$|[?#])`, "iu");
const NOT_PERSON = new Set(NOT_A_PERSON);
const NOT_PERSON_PHRASES = NOT_A_PERSON.filter((w) => w.includes(" "));
const PARTICLES = new Set(NAME_PARTICLES);
const SUFFIXES = new Set(NAME_SUFFIXES);
const CJK_NAME = /^[\p{sc=Han}]{2,4}$/u;
const CJK_STOPS = new Set(CJK_BYLINE_STOPS);
const CJK_PHOTO = new RegExp(`(?:${alt(CJK_PHOTO_CREDIT)})\\s*$`, "u");
const CJK_PHOTO_LABEL = new RegExp(`\\s?(?:${alt(CJK_PHOTO_CREDIT)}|视频|視頻)\\s?[/／:：].*$`, "u");
/** A word of a script without case (Arabic, Hebrew, Devanagari, Thai, ...), not Chinese or Japanese. */
/** A Hebrew word with the prefix "ו" (and). */
const HEBREW_AND = /^ו[\u05d0-\u05ea]{2,}$/u;
const CASELESS_WORD = /^(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\p{Lo}[\p{Lo}\p{M}'’-]*$/u;
const HONORIFICS = new Set(NAME_HONORIFICS);
const HANGUL = /[\uac00-\ud7a3]/;
/** Korean bylines: "홍길동 기자", "홍길동·김철수 기자". */
const KOREAN_BYLINE = new RegExp(
  `(?<![\\p{sc=Hangul}])((?:\\p{sc=Hangul}{2,4}\\s?[·,]\\s?){0,4}\\p{sc=Hangul}{2,4})\\s?(?:${alt(KOREAN_ROLES_AFTER_NAME)})(?![\\p{sc=Hangul}])`,
  "u",
);
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
const HONORIFIC_START = new RegExp(`^(?:(?:${alt(NAME_HONORIFICS.filter((h) => h.endsWith(".")).flatMap((h) => [h, h[0].toUpperCase() + h.slice(1)]))})\\s+)+`, "u");
const POSSESSIVE = /\p{L}['’]s$/u;
const GLUED_PARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash|abu|bin|ibn|ben|d|l|dell|dall)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u;
const isCalendarWord = (w: string) => MONTH_NAMES.has(w.toLowerCase().replace(/\.$/, "")) || WEEKDAY_NAMES.has(w.toLowerCase().replace(/\.$/, ""));

function nameToken(w: string, first: boolean): boolean {
  // A word ending on a colon is a label ("Lesezeit:"), not a name; nor is a possessive ("Ann Lee's Most Recent Stories").
  if (w.endsWith(":") || w.endsWith("：") || POSSESSIVE.test(w)) return false;
  const bare = w.replace(/[,.;:]+$/, (m) => (m === "." && SINGLE_UPPER.test(w[0]) && w.length <= 3 ? "." : ""));
  // A date label ("Erstellt am", "Zuletzt geändert") ends the name; short words among the labels ("on", "de") are particles or filler.
  if (bare.length >= 4 && LABEL_WORDS.has(bare.toLowerCase())) return false;
  if (first && HONORIFICS.has(bare.toLowerCase())) return true;
  if (!first && PARTICLES.has(bare.toLowerCase()) && bare === bare.toLowerCase()) return true;
  // A particle glued to the name by a hyphen or an apostrophe ("al-Assad", "el-Sisi", "d'Estaing").
  if (!first && GLUED_PARTICLE.test(bare)) return true;
  if (!first && SUFFIXES.has(bare.toLowerCase())) return true;
  return NAME_TOKEN.test(bare);
}

/** An acronym beside an ordinary word ("CNN Business", "IGN Staff") marks an organisation. */
const mixedAcronym = (words: string[]): boolean => {
  const caps = words.filter((w) => ACRONYM.test(w.replace(/[.,]$/, "")));
  return caps.length > 0 && caps.length < words.length && words.some((w) => TWO_LOWER.test(w));
};

/** A person's name: 2–5 capitalised words (particles allowed; a leading "Dr."/"Prof." kept), no digits, no role/outlet/furniture words. */
export function looksLikePersonName(s: string): boolean {
  const t = s.trim();
  if (CJK_NAME.test(t)) return true;
  const title = HONORIFIC_START.exec(t);
  if (title) return looksLikePersonName(t.slice(title[0].length));
  // (The word count first, without splitting: most phrases tested are longer than a name.)
  const count = countSpaced(t);
  if (count < MIN_NAME_WORDS || count > MAX_NAME_WORDS || /[\d@/_#]/.test(t)) return false;
  const words = t.split(/\s+/);
  // Every word a name word, the first capitalised: checked first, as most phrases fail here.
  if (!UPPER_FIRST.test(words[0]) || !words.every((w, k) => nameToken(w, k === 0))) return false;
  const lower = t.toLowerCase();
  if (NOT_PERSON_PHRASES.some((p) => lower.includes(p))) return false;
  // A month or weekday is no name word, unless it is a given name too ("Jan", "August").
  if (!vietnameseName(words) && words.some((w) => NOT_PERSON.has(w.toLowerCase().replace(/[.,]$/, "")) || (isCalendarWord(w) && !isGivenName(w.replace(/[.,]$/, ""))))) return false;
  if (mixedAcronym(words)) return false;
  // A capitalised article before a word that is no given name opens a title: "Le Monde", "El País".
  if (ARTICLES.has(words[0].toLowerCase()) && !isGivenName(words[1])) return false;
  // A name never ends on a lower-case particle ("Abril de").
  if (PARTICLES.has(words[words.length - 1])) return false;
  // A full stop after a word that is not an initial or a suffix ends a sentence: "Zhao Lijian. Roman Pilipey".
  return !words.slice(0, -1).some((w) => WORD_WITH_STOP.test(w) && !SUFFIXES.has(w.toLowerCase()));
}

/** Definite articles that open the names of newspapers and magazines ("Le Monde", "El País", "The Times").
 * Not German "Der"/"Die": German blogs sign with pen names like "Der Spendenteddy". */
const ARTICLES = new Set(["le", "la", "les", "el", "los", "las", "il", "lo", "the"]);

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
  // Phone numbers out; a date with a clock time ("19.6.2007 9:40") is no phone number.
  if (DIGIT.test(s)) s = s.replace(/\(?\+?\d[\d\s().-]{6,20}\d/gu, (m) => (NUMERIC_DATE.test(m) ? m : " "));
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
const NUMERIC_DATE = /(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/;
/** `s.replace(/\s+/g, " ")`, skipped when there is no white space to replace (most lines). */
const collapseSpaces = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, " ") : s);

/**
 * What the page says about its words, for telling a name from a word or a label: the words it prints in
 * lower case somewhere (a dictionary word, not a name: "vom", "link") and its short lines (menu items,
 * section labels, the masthead: "Kultur", "Harbour Gazette"). Asked about a few words per page, it
 * searches the text for each (memoised) rather than listing every word of every page.
 */
export interface PageWords {
  /** Does the page print this (lower-case) word in lower case, as a whole word? */
  hasLower(word: string): boolean;
  /** Is this (lower-case) phrase one of the page's short lines? */
  isShortLine(phrase: string): boolean;
  /** How often the phrase is printed on the page (as printed, up to `max`). */
  count(phrase: string, max: number): number;
}
const WORD_UNIT = /[\p{L}\p{M}]/u;
const LOWER_START = /^\p{Ll}/u;
const LIST_MARK = /^[\s•·*□○◦▪■●+>#|-]+|\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)|[*_#|]+\s*$/gu;
/** Lines of at most this many words count as short (menu items, labels, mastheads). */
const SHORT_LINE_WORDS = 3;
/** A line longer than this is no short line (and is not cleaned to find out). */
const SHORT_LINE_CHARS = 300;
const LINK_OR_URL = /\]\(|:\/\//;

/** The page's words: lower-case words of the running text (`prose`, link targets already out) and of its short lines. */
export function pageWords(lines: readonly { raw: string }[], prose: () => readonly string[] = () => []): PageWords {
  let text: string | null = null;
  let shortRaw: { lower: string; at: number[]; raws: string[] } | null = null;
  const lowerSeen = new Map<string, boolean>();
  const shortSeen = new Map<string, boolean>();
  const shortLines = () => {
    if (shortRaw) return shortRaw;
    const raws = lines.map((l) => l.raw).filter((r) => r.length <= SHORT_LINE_CHARS && r.trim());
    const at: number[] = [];
    let lower = "";
    for (const r of raws) {
      at.push(lower.length);
      lower += `${r.toLowerCase()}\n`;
    }
    return (shortRaw = { lower, at, raws });
  };
  const pageText = () => (text ??= [...prose(), ...shortLines().raws.filter((r) => !LINK_OR_URL.test(r))].join("\n"));
  let whole: string | null = null;
  return {
    count(phrase, max) {
      whole ??= lines.map((l) => l.raw).join("\n");
      let n = 0;
      for (let k = whole.indexOf(phrase); k >= 0 && n < max; k = whole.indexOf(phrase, k + 1)) n++;
      return n;
    },
    hasLower(word) {
      let seen = lowerSeen.get(word);
      if (seen !== undefined) return seen;
      const t = pageText();
      seen = false;
      for (let k = t.indexOf(word); k >= 0 && !seen; k = t.indexOf(word, k + 1))
        seen = !WORD_UNIT.test(t[k - 1] ?? " ") && !WORD_UNIT.test(t[k + word.length] ?? " ");
      lowerSeen.set(word, seen);
      return seen;
    },
    isShortLine(phrase) {
      let seen = shortSeen.get(phrase);
      if (seen !== undefined) return seen;
      const { lower, at, raws } = shortLines();
      seen = false;
      for (let k = lower.indexOf(phrase); k >= 0 && !seen; k = lower.indexOf(phrase, k + 1)) {
        // The line holding the hit, cleaned, must be the phrase.
        let lo = 0;
        let hi = at.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (at[mid] <= k) lo = mid;
          else hi = mid - 1;
        }
        const raw = raws[lo];
        const clean = cleanByline(raw.replace(LIST_MARK, (m) => (m.startsWith("[") ? m.slice(1, m.indexOf("]")) : " ")));
        seen = countSpaced(clean) <= SHORT_LINE_WORDS && clean.toLowerCase().replace(/[.:,;!?]+$/, "") === phrase;
      }
      shortSeen.set(phrase, seen);
      return seen;
    },
  };
}

/** A Vietnamese name: a family name, then capitalised syllables, some of which are English function words ("Nguyễn Văn An"). */
const vietnameseName = (words: readonly string[]): boolean =>
  words.length <= 4 && isFamilyNameFirst(words[0]) && words.every((w) => /^\p{Lu}\p{Ll}*[,;:]?$/u.test(w)) && words.some((w) => VIETNAMESE_LETTER.test(w));
/** Letters only Vietnamese writes among Latin scripts (ă, ơ, ư, đ and the tone marks under or over vowels). */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** Capitalised words past the first two that are the page's words, labels or a short line of their own: cut from the name's end. */
function trimName(words: string[], page?: PageWords): string[] {
  const w = words.slice();
  const bare = (x: string) => x.replace(/[,;:]+$/, "");
  // A trailing lower-case particle ends no name ("Nicolas Gutierrez C. le …"), nor a function word ("Jane Doe On 12 May").
  const notName = (x: string) => PARTICLES.has(x) || NOT_PERSON.has(x.toLowerCase()) || isCalendarWord(x);
  while (w.length > MIN_NAME_WORDS && notName(bare(w[w.length - 1])) && !vietnameseName(w)) w.pop();
  if (!page) return w;
  cut: while (w.length > MIN_NAME_WORDS) {
    for (let k = w.length - MIN_NAME_WORDS; k >= 1; k--) {
      const tail = w.slice(w.length - k).map(bare).join(" ").toLowerCase().replace(/\.$/, "");
      if (page.isShortLine(tail) || (k === 1 && page.hasLower(tail))) {
        w.length -= k;
        continue cut;
      }
    }
    break;
  }
  return w;
}

/** Lower-case words (not date filler or labels) after a name: this many make the "byline" a sentence ("… de José Ruiz relacionadas al aborto"). */
const PROSE_AFTER_NAME = 3;
function proseAfter(rest: readonly string[]): boolean {
  if (rest.length < PROSE_AFTER_NAME) return false;
  return rest.filter((w) => LOWER_START.test(w) && wordsBesideDates(w, []).length > 0).length >= PROSE_AFTER_NAME;
}

/** A name in a script without case, after a lead ("بقلم محمد أحمد", "लेखक: राहुल शर्मा"): 2–4 such words up to punctuation. */
function caselessName(words: readonly string[]): { name: string | null; used: number } {
  let n = 0;
  let end = false;
  while (n < words.length && n < MAX_NAME_WORDS - 1 && !end) {
    const w = words[n].replace(/[.,،:;]+$/, "");
    if (!CASELESS_WORD.test(w) || JOINERS.has(w) || NOT_PERSON.has(w)) break;
    // Hebrew writes "and" as a prefix: "דנה כהן ויוסי לוי" is two names (past a two-word name only, as
    // family names may start with the same letter).
    if (n >= MIN_NAME_WORDS && HEBREW_AND.test(w) && n + 1 < words.length) break;
    end = w !== words[n];
    n++;
  }
  const name = n >= MIN_NAME_WORDS ? words.slice(0, n).join(" ").replace(/[.,،:;]+$/, "") : null;
  return { name, used: n };
}

/** Chinese, Japanese and Korean running text: this many ideographs, kana and Hangul, ending like a sentence. */
const PROSE_CJK_LETTERS = 30;
const CJK_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;
/** A Japanese article signs off with its reporter in brackets: "（山田太郎）", "（山田 太郎）" (3–5 kanji). */
const BRACKETED_NAME = /^[（(]\s?(\p{sc=Han}{3,5}|\p{sc=Han}{1,3}\s\p{sc=Han}{1,3})\s?[）)]$/u;
/** Agencies, papers, desks and roles printed in the same brackets: "（共同）", "（編集委員）". */
const NOT_A_SIGNATURE = /共同|時事|通信|新聞|新華社|聯合|聨合|編集|委員|記者|特派員|支局|総局|本社|論説|写真|動画|図表|資料|提供|撮影|社説|解説/u;
/** Names before a Korean wire byline's "기자 =", after the dateline's bracket or at the line's start. */
const KOREAN_WIRE_NAMES = /(?:^|[\]\)]\s*)((?:\p{sc=Hangul}{2,4}\s)+)$/u;
const WIRE_AFTER = /^\s?=/;
/** Is the line a paragraph of running text that merely opens with a byline? (A Latin-script one is too long to be a byline line.) */
const opensProse = (text: string): boolean => {
  const t = text.trim();
  return /[.!?。！？」”]$/u.test(t) && (t.match(CJK_LETTER)?.length ?? 0) >= PROSE_CJK_LETTERS;
};
const CLOSE_BRACKET = /[）)】］\]]/;
const OPEN_BRACKET = /[（(【［\[]/;

/** Chinese names (2–4 characters each) listed after a lead, up to a role word ("记者 王小明 李华 报道"). */
function cjkNames(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (CJK_STOPS.has(w) || !CJK_NAME.test(w)) break;
    out.push(w);
  }
  return out;
}

/**
 * Person names in a byline's text (what follows the lead), in order. `lead`: an explicit lead starts the
 * line, so one capitalised word may be a name ("By Regan"). `page`: the page's words, to cut a section
 * label or a masthead printed after the name ("Carola Pönisch Kultur").
 */
export function namesIn(text: string, lead = true, page?: PageWords): string[] {
  let t = text.replace(/\s+/g, " ");
  const d = findDates(t)[0];
  if (d) t = t.slice(0, d.start);
  // "新华社记者 王小明 摄": a photo credit.
  if (CJK_PHOTO.test(t)) return [];
  t = t.split(SEPARATOR)[0];
  // A photo credit after the names ("文/王明 图/李华": text by, picture by) ends them.
  t = t.replace(CJK_PHOTO_LABEL, "");
  // A closing bracket before any opening one closes the lead's own: "（记者 王明）国务院…" ends at "）".
  const close = t.search(CLOSE_BRACKET);
  if (close >= 0 && !OPEN_BRACKET.test(t.slice(0, close))) t = t.slice(0, close);
  // A slash or a middle dot joins names ("Ann Lee/Bo Park", "王小明·李华") when a name follows, else it ends them ("Ann Lee/Getty Images").
  const pieces = t.split(SLASH_OR_DOT);
  t = pieces[0];
  for (let k = 1; k < pieces.length; k++) {
    const next = pieces[k].trim().split(" ")[0] ?? "";
    if (!(isGivenName(next) || CJK_NAME.test(next))) break;
    t += `, ${pieces[k]}`;
  }
  t = t.replace(/\([^)]{0,80}\)/g, " ").replace(/\s+/g, " ").trim();
  const out: string[] = [];
  const parts = t.split(JOIN).filter(Boolean);
  for (let p = 0; p < parts.length; p++) {
    const words = parts[p].replace(/^(?:and|und|et|y|e|&)\s+/i, "").trim().split(/\s+/);
    if (CJK_NAME.test(words[0] ?? "")) {
      out.push(...cjkNames(words));
      continue;
    }
    if (CASELESS_WORD.test(words[0]?.replace(/[.,،:;]+$/, "") ?? "")) {
      if (!lead && !out.length) return out;
      let { name, used } = caselessName(words);
      if (name) out.push(name);
      // The next name after a Hebrew "ו" prefix.
      while (name && used < words.length && HEBREW_AND.test(words[used])) {
        const next = caselessName([words[used].slice(1), ...words.slice(used + 1)]);
        ({ name } = next);
        if (name) out.push(name);
        used += next.used;
      }
      if (used < words.length) break;
      continue;
    }
    // The name is the run of name words; a lower-case word after it ("on", "publiziert am") ends the byline.
    let n = 0;
    while (n < words.length && n < MAX_NAME_WORDS + 1 && nameToken(words[n], n === 0 || HONORIFICS.has(words[n - 1].toLowerCase()))) n++;
    if (n > 0 && proseAfter(words.slice(n))) return [];
    const kept = trimName(words.slice(0, n), page);
    const joined = kept.join(" ");
    const run = joined.replace(/[,.;:]+$/, (m) => (INITIAL_AT_END.test(joined) ? m : ""));
    const stops = n < words.length;
    if (looksLikePersonName(run)) out.push(run);
    else if (lead && n === 1 && parts.length === 1 && singleName(run) && !(page?.hasLower(run.toLowerCase()) ?? false) && !UPPER_FIRST.test(words[1] ?? "")) out.push(run);
    if (stops && n > 0) break;
  }
  return out;
}

/** A lead where it starts a byline: just after it (`at`), and how many words precede it in its segment. */
interface Lead {
  at: number;
  before: number;
}

/** Byline leads in a line that start a byline: at the line's start or after a separator, a date or a few words. */
function leadsIn(text: string): Lead[] {
  const out: Lead[] = [];
  if (!mayHoldLead(text)) return out;
  LEAD_RE.lastIndex = 0;
  for (const m of text.matchAll(LEAD_RE)) {
    let before = text.slice(0, m.index);
    if (CREDIT_BEFORE_LEAD.test(before)) continue;
    // A lead that is also a name particle, after a given name, is part of the name ("Christoph von Ritter", "Verónica De Vita").
    const leadWord = m[0].trim().replace(/[:：]$/, "").toLowerCase();
    const prevWord = PREV_WORD.exec(before)?.[1];
    if (PARTICLES.has(leadWord) && prevWord && isGivenName(prevWord)) continue;
    before = replaceDates(before, findDates(before), " | ");
    const segment = before.split(SEPARATOR).pop() ?? "";
    const words = segment.replace(/\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?/giu, " ").split(/[^\p{L}]+/u).filter(Boolean);
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

/** A line that continues a wrapped prose paragraph (text-browser dumps): its "de Fluidez Lectora" is no byline. */
function continuesParagraph(doc: WorkingDoc, i: number): boolean {
  const w = doc.wrapWidth;
  if (!w || i === 0) return false;
  const prev = doc.lines[i - 1];
  return !!prev.raw.trim() && prev.usedFor !== "title" && countLetterWords(prev.raw) >= PROSE_LINE_WORDS && continuesWrappedLine(prev.raw, doc.lines[i].raw, w);
}
/** A line above with this many words is prose, whose continuation a wrapped line is. */
const PROSE_LINE_WORDS = 8;

function leadByline(doc: WorkingDoc, i: number, page: () => PageWords): Found | null {
  const { text, lines } = logicalLine(doc, i);
  if (!text || wordCount(text) > MAX_BYLINE_WORDS) return null;
  const names: string[] = [];
  const korean = HANGUL.test(text) ? KOREAN_BYLINE.exec(text) : null;
  if (korean) {
    // A wire byline lists its reporters with spaces: "(서울=연합뉴스) 김민수 이영희 기자 = …".
    const wire = WIRE_AFTER.test(text.slice(korean.index + korean[0].length)) ? KOREAN_WIRE_NAMES.exec(text.slice(0, korean.index)) : null;
    if (wire) names.push(...wire[1].trim().split(/\s+/));
    names.push(...korean[1].split(/\s?[·,]\s?/u));
  }
  const signed = BRACKETED_NAME.exec(text.trim());
  if (signed && !NOT_A_SIGNATURE.test(signed[1])) return { names: [signed[1]], lines, how: "a name in brackets signing the article (Japanese)" };
  const leads = leadsIn(text);
  if (leads.length && continuesParagraph(doc, i)) return null;
  for (const l of leads) for (const n of namesIn(text.slice(l.at), l.before === 0, page())) names.push(n);
  return names.length ? { names, lines, how: korean ? "name before a Korean reporter's title (기자)" : "name after a byline lead" } : null;
}

function authorLinks(doc: WorkingDoc, i: number, page: () => PageWords): Found | null {
  const raw = doc.lines[i].raw;
  if (wordCount(cleanByline(raw)) > MAX_BYLINE_WORDS) return null;
  const names: string[] = [];
  for (const m of mdLinks(raw)) {
    if (m.bang || !AUTHOR_LINK.test(m.target)) continue;
    const label = cleanByline(m.label);
    for (const n of namesIn(label, true, page())) names.push(n);
  }
  return names.length ? { names, lines: [i], how: "link to an author page" } : null;
}

/** Parts of a name line: names, roles, outlets and dates are printed between these. */
const NAME_LINE_PARTS = /\s?(?:[|•·,;/]|\s[-–—~]{1,2}\s)\s?/u;
/** A credit label: "Photo:", "Foto by", "Illustration:". */
const CREDIT_LABEL = new RegExp(`(?<![\\p{L}])(?:${alt(LEAD_CREDIT_WORDS)})\\s{0,2}(?:[:：]|by\\b)`, "iu");
/** Lines after a name line that may hold the next name of a list printed one per line. */
const NEXT_NAME_LINE = 2;

/**
 * A person's name printed without a lead, alone or beside a date or a role ("Jane Doe", "Jane Doe, 21 June
 * 2018", "04.02.2022 | 15:33 | Jane Doe", "Ann Lee, Staff Attorney"), several when listed ("Ann Lee, Bo
 * Park"). A capitalised phrase is a name when it starts with a known given name, or, beside a date on the
 * same line, when none of its words is one the page prints in lower case or as a line of its own.
 */
function nameLine(doc: WorkingDoc, i: number, page: PageWords, listed = false): Found | null {
  const text = cleanByline(doc.lines[i].raw).replace(/^[\s•·*\-–—|&]+/, "").replace(/^(?:and|und|et|y)\s+/i, "");
  // A photo credit ("Photo: Jane Doe/Agency") names no author.
  if (!text || wordCount(text) > MAX_NAME_LINE_WORDS || CREDIT_LABEL.test(text)) return null;
  const dates = findDates(text);
  const names: string[] = [];
  const parts = replaceDates(text, dates, " | ").split(NAME_LINE_PARTS);
  let p = 0;
  for (; p < parts.length; p++) {
    // Date filler and clock times between the parts ("um 16:14 Uhr") are skipped.
    if (!wordsBesideDates(parts[p], []).length) continue;
    // After a trusted name, the next names of a list need no known given name ("Ann Lee, Ruwaida Amer").
    const name = nameAtStart(dropFiller(parts[p]), page, dates.length > 0, listed || names.length > 0);
    if (!name) break;
    // A name glued to a repeat of itself ("Jane DoeByJane Doe") is the same name.
    if (!names.some((n) => name.toLowerCase().endsWith(n.toLowerCase()))) names.push(name);
  }
  // The rest of the line is no sentence ("Jean Dupont, peu estimé par ses pairs").
  if (proseAfter(parts.slice(p).join(" ").split(" ").filter(Boolean))) return null;
  return names.length ? { names, lines: [i], how: "a person's name printed alone beside the date or under the headline" } : null;
}

/** The part without the date filler it starts with ("Uhr", "um", "le", a weekday). */
function dropFiller(part: string): string {
  const words = part.trim().split(" ");
  let k = 0;
  while (k < words.length - 1 && !wordsBesideDates(words[k], []).length) k++;
  return words.slice(k).join(" ");
}

/** The name a part of a name line starts with (beside a date, one leading label word skipped: "Avatar Frank Hahn"), when it is trusted as one. */
function nameAtStart(part: string, page: PageWords, dated: boolean, listed = false): string | null {
  const words = part.trim().split(" ");
  // One label word before a given name ("Avatar Frank Hahn"), never before any capitalised phrase.
  const label = words.length > 2 && !isGivenName(words[0]) && !/[:：]$/.test(words[0]) && isGivenName(words[1]);
  for (const skip of dated && !listed && label ? [0, 1] : [0]) {
    const rest = words.slice(skip);
    let n = 0;
    while (n < rest.length && n < MAX_NAME_WORDS + 1 && nameToken(rest[n], n === 0 || HONORIFICS.has(rest[n - 1].toLowerCase()))) n++;
    // A name followed by a colon is a label ("Story Code : 929471"); one followed by lower-case words is a sentence's subject.
    if (/^[:：]/.test(rest[n] ?? "") || rest.slice(n).some((w) => LOWER_START.test(w) && wordsBesideDates(w, []).length)) continue;
    const kept = trimName(rest.slice(0, n), page);
    const name = kept.join(" ").replace(/[,;:]+$/, "");
    if (!looksLikePersonName(name)) continue;
    const plain = name.replace(HONORIFIC_START, "").split(" ");
    // Past the given name, no word the page prints in lower case ("Link Copied", "Will Power"); particles are.
    const word = (w: string) => !PARTICLES.has(w.toLowerCase()) && page.hasLower(w.toLowerCase());
    // In a list (no given name vouches for it) no word at all may be one.
    if (plain.slice(listed ? 0 : 1).some(word)) continue;
    if (isGivenName(plain[0]) || listed) return name;
    // Beside a date, a name no given-name list knows counts when the page prints it again (a bio box, "More
    // by …"): a caption or a section label beside a date is printed once.
    if (skip === 0 && dated && plain.length <= 3 && !plain.some((w) => word(w) || page.isShortLine(w.toLowerCase())) && page.count(name, 2) >= 2) return name;
  }
  return null;
}

/**
 * A Vietnamese article signs off with its reporter's name alone on the line after its last paragraph
 * ("Nguyễn Văn An"): 2–4 capitalised syllables opening with a family name. Only that shape: a name-like
 * line after an article elsewhere is as often a promo, a section label or a bio box's heading.
 */
function signOff(doc: WorkingDoc, at: number | undefined): Found | null {
  if (at === undefined || doc.lines[at].usedFor) return null;
  const text = cleanByline(doc.lines[at].raw).replace(/^[\s•·*\-–—]+/, "").replace(/\s+/g, " ").trim();
  const words = text.split(" ");
  // (Vietnamese given names are often English function words too, "An", "Do": no stop-word test.)
  if (words.length < MIN_NAME_WORDS || !vietnameseName(words) || /[,;:]$/.test(text)) return null;
  return { names: [text], lines: [at], how: "a name alone signing the article at its end (Vietnamese, family name first)" };
}

/** Footer lines of a personal site naming its owner ("© 2004–2020 Jane Doe", "2009–2020 by Jane Doe – Powered by …"). */
const OWNER_LINE = /©|\(c\)|copyright|\bby\b|\bvon\b|\bpar\b/iu;
const FOOTER_LINES = 15;
function siteOwner(doc: WorkingDoc, nonBlank: readonly number[], page: PageWords): Found | null {
  for (const i of nonBlank.slice(-FOOTER_LINES)) {
    if (doc.lines[i].raw.length > SHORT_LINE_CHARS) continue;
    const raw = cleanByline(doc.lines[i].raw);
    if (!OWNER_LINE.test(raw) || wordCount(raw) > MAX_BYLINE_WORDS) continue;
    for (const part of raw.split(SEPARATOR)) {
      const t = part.replace(/©|\(c\)|copyright|\bby\b|\bvon\b|\bpar\b|\d{4}(?:\s?[-–]\s?\d{4})?|webdesign und alle inhalte|all rights reserved/giu, " ").replace(/\s+/g, " ").trim();
      const name = nameAtStart(t, page, false);
      if (name && name.split(" ").length <= 3 && t.split(" ").length === name.split(" ").length) return { names: [name], lines: [i], how: "the site owner named in the footer (no byline printed)" };
    }
  }
  return null;
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

    let words: PageWords | null = null;
    const page = () => (words ??= pageWords(doc.lines, () => paragraphs(doc).map((p) => p.text)));
    const found: Found[] = [];
    const covered = new Set<number>();
    // Bylines with a lead first; author-page links count beside them, or on their own when no lead is printed
    // (topic pages share URL shapes with author pages, so a link far from any byline is not trusted).
    for (const i of order) {
      if (covered.has(i)) continue;
      const f = leadByline(doc, i, page);
      if (!f) continue;
      f.lines.forEach((k) => covered.add(k));
      found.push(f);
    }
    const leadLines = found.flatMap((f) => f.lines);
    for (const i of order) {
      if (covered.has(i)) continue;
      if (leadLines.length && !leadLines.some((k) => dist(k, i) <= AUTHOR_LINK_NEAR_LEAD)) continue;
      const f = authorLinks(doc, i, page);
      if (!f) continue;
      covered.add(i);
      found.push(f);
    }
    if (!found.length) {
      const nameNear = (i: number) =>
        (dateAt >= 0 && dist(i, dateAt) <= NAME_LINE_NEAR_DATE) || (titleCredible && i > titleAt && dist(i, titleAt) <= NAME_LINE_UNDER_TITLE);
      const free = (i: number) => !doc.lines[i].usedFor || doc.lines[i].usedFor === "published_date";
      for (const i of order) {
        if (!nameNear(i) || !free(i)) continue;
        const f = nameLine(doc, i, page());
        if (!f) continue;
        found.push(f);
        // Names listed one per line: the next lines that are names too, down to the date line (a list stands
        // between the headline and the date; under the date a capitalised line is more often a heading).
        for (let r = rank[i] + 1, last = i; r < nonBlank.length && rank[nonBlank[r]] - rank[last] <= NEXT_NAME_LINE; r++) {
          const k = nonBlank[r];
          if (dateAt >= 0 && k >= dateAt) break;
          const g = free(k) ? nameLine(doc, k, page(), true) : null;
          if (!g) break;
          found.push(g);
          last = k;
        }
        break;
      }
    }
    if (!found.length) {
      const f = signOff(doc, nonBlank[rank[end] + 1]);
      if (f) found.push(f);
    }
    if (!found.length) {
      const f = siteOwner(doc, nonBlank, page());
      if (f) found.push(f);
    }
    if (!found.length) {
      ctx.decide("authors", "no byline, author link or name line near the headline, date or article end");
      return;
    }
    for (const f of found) {
      for (const name of f.names) {
        if (doc.captured.authors.some((a) => same(a, name))) continue;
        if (isNewsAgency(name)) {
          ctx.decide("authors", `"${name}" in the byline is a news agency, not a person`);
          continue;
        }
        ctx.capture("authors", name, f.how, f.lines);
      }
      // A credit opening the first paragraph ("新华社北京12月3日电（记者 王明）国务院…", "(서울=연합뉴스) 김민수 기자 = …")
      // leaves the paragraph in the body.
      const credit = f.lines.filter((k) => !opensProse(doc.lines[k].text));
      if (credit.length < f.lines.length) ctx.decide("authors", "byline printed at the start of a paragraph: names taken, the paragraph stays in the body");
      if (credit.length) ctx.use("authors", credit, "byline");
    }
  },
};
