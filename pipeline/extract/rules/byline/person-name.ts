// Tells a person's name from other capitalised phrases (job titles, outlets, section labels, dates): the
// word shapes a name is made of, the words none holds, and how a name run is cut where the page's own
// words or labels follow it. Every byline rule asks these checks before it keeps a name.
import { LABEL_WORDS } from "../../../text/dates.ts";
import { MONTH_NAMES, WEEKDAY_NAMES } from "../../../text/date-lexicon.ts";
import { countSpaced } from "../../../text/normalize.ts";
import { isFamilyNameFirst, isGivenName } from "../../lexicon/given-names.ts";
import { NAME_HONORIFICS, NOT_A_PERSON } from "../../lexicon/bylines.ts";
import type { PageWords } from "./page-words.ts";
import { alt, HONORIFICS, MAX_NAME_WORDS, MIN_NAME_WORDS, NOT_PERSON, PARTICLES, SUFFIXES, UPPER_FIRST } from "./shared.ts";

/** A one-word name after an explicit lead ("by Regan") needs this many letters. */
const MIN_SINGLE_NAME = 3;
const NOT_PERSON_PHRASES = NOT_A_PERSON.filter((w) => w.includes(" "));
export const CJK_NAME = /^[\p{sc=Han}]{2,4}$/u;
// Patterns used per word or per line, compiled once (a Unicode-property literal inside a function is
// rebuilt on every call once transpiled).
const SINGLE_UPPER = /^\p{Lu}$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
const TWO_LOWER = /\p{Ll}{2}/u;
const WORD_WITH_STOP = /\p{L}{3,}\.$/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
export const INITIAL_AT_END = /\s\p{Lu}\.$/u;

/** A capitalised name word ("Anne-Marie", "O'Neil", "E.", "J.R."), in any alphabet. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
export const HONORIFIC_START = new RegExp(`^(?:(?:${alt(NAME_HONORIFICS.filter((h) => h.endsWith(".")).flatMap((h) => [h, h[0].toUpperCase() + h.slice(1)]))})\\s+)+`, "u");
const POSSESSIVE = /\p{L}['’]s$/u;
const GLUED_PARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash|abu|bin|ibn|ben|d|l|dell|dall)[-'’]\p{Lu}[\p{L}\p{M}'’-]*$/u;
const isCalendarWord = (w: string) => MONTH_NAMES.has(w.toLowerCase().replace(/\.$/, "")) || WEEKDAY_NAMES.has(w.toLowerCase().replace(/\.$/, ""));

export function nameToken(w: string, first: boolean): boolean {
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
export function singleName(w: string): boolean {
  const b = w.replace(/[.,;:]+$/, "");
  return (
    b.length >= MIN_SINGLE_NAME && CAPITALISED_WORD.test(b) && !NOT_PERSON.has(b.toLowerCase()) && !isCalendarWord(b)
  );
}

/** A Vietnamese name: a family name, then capitalised syllables, some of which are English function words ("Nguyễn Văn An"). */
export const vietnameseName = (words: readonly string[]): boolean =>
  words.length <= 4 && isFamilyNameFirst(words[0]) && words.every((w) => /^\p{Lu}\p{Ll}*[,;:]?$/u.test(w)) && words.some((w) => VIETNAMESE_LETTER.test(w));
/** Letters only Vietnamese writes among Latin scripts (ă, ơ, ư, đ and the tone marks under or over vowels). */
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** Capitalised words past the first two that are the page's words, labels or a short line of their own: cut from the name's end. */
export function trimName(words: string[], page?: PageWords): string[] {
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
