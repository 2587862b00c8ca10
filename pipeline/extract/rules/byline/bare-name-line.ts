// Reads a person's name printed alone, with no lead, on the line next to the date, in the scripts the
// given-name lists do not cover: Hebrew ("דנה כהן"), Arabic ("منى حسن"), Greek colloquial names
// ("Γιώργος Παπαδόπουλος"), Devanagari, Thai. Two names may be joined by a comma, a slash or the
// language's "and" ("יוסי לוי ומיכל אברהם"). Without a given-name list to vouch for them, the line must
// stand right beside the date, under the headline, and none of its words may be printed anywhere else on
// the page but in the whole name again: a section label or a place beside the date ("أخبار محلية",
// "Αθλητικά") is a word of the menu or of the story; a reporter's name is printed once, or again whole in
// an author box. Only asked when no other byline rule found a name.
import type { WorkingDoc } from "../../../document.ts";
import type { Found } from "./shared.ts";
import { cleanByline } from "./clean.ts";

/** Letters of the scripts read here (with their marks). Latin, Cyrillic and CJK names go through the other rules. */
const WORD = /^[\p{sc=Hebrew}\p{sc=Arabic}\p{sc=Greek}\p{sc=Devanagari}\p{sc=Thai}\p{sc=Bengali}\p{sc=Georgian}\p{sc=Armenian}\p{M}'’-]{2,}$/u;
const GREEK = /\p{sc=Greek}/u;
/** A Greek name word is capitalised: "Γιώργος", not "γιώργος". */
const GREEK_NAME_WORD = /^\p{Lu}\p{Ll}/u;
/** Separators between two names, and the words for "and" (a separate word, or Hebrew ו / Arabic و glued to the next name). */
const NAME_SEPARATORS = /\s*(?:[,،/|·•]|\s(?:και|और|และ|و|ו)\s)\s*/u;
const GLUED_AND = /^(?:ו|و)(?=[\p{sc=Hebrew}\p{sc=Arabic}]{2})/u;
/** An agency in brackets ending the line, and one word (a city) before a dash opening it. */
const AGENCY_AFTER = /\s*[(（][^()（）]{2,30}[)）]$/u;
const PLACE_BEFORE = /^[^\s]+\s+[-–—]\s+/u;
/** A name here is two or three words. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;
/** At most this many names on the line. */
const MAX_NAMES = 3;

/** The names of a line holding only names (in the scripts above), or null. */
export function bareNames(text: string): string[] | null {
  // A wire byline's place before a dash and its agency in brackets ("الرياض - سارة العتيبي (واس)") are no name.
  const t = cleanByline(text).trim().replace(AGENCY_AFTER, "").replace(PLACE_BEFORE, "");
  if (!t || /[\d:.!?؟।]/u.test(t)) return null;
  const names: string[] = [];
  for (const part of t.split(NAME_SEPARATORS)) {
    const words = part.split(/\s+/).filter(Boolean);
    // "יוסי לוי ומיכל אברהם": a glued "and" opens the second name of a run of four words.
    const glued = words.findIndex((w, k) => k >= MIN_WORDS && GLUED_AND.test(w));
    const runs = glued > 0 ? [words.slice(0, glued), [words[glued].replace(GLUED_AND, ""), ...words.slice(glued + 1)]] : [words];
    for (const run of runs) {
      if (run.length < MIN_WORDS || run.length > MAX_WORDS || !run.every((w) => WORD.test(w))) return null;
      if (run.some((w) => GREEK.test(w) && !GREEK_NAME_WORD.test(w))) return null;
      names.push(run.join(" "));
    }
  }
  return names.length > 0 && names.length <= MAX_NAMES ? names : null;
}

/**
 * Is the word printed elsewhere on the page than on line `at` (as a whole word, ignoring case)? The
 * whole names printed again ("לכל הכתבות של עמית שלום", all articles by …) do not count: an author box
 * repeats the reporter's name, never a word of a label.
 */
function printedElsewhere(doc: WorkingDoc, at: number, word: string, names: readonly string[]): boolean {
  const w = word.toLowerCase();
  for (let k = 0; k < doc.lines.length; k++) {
    if (k === at) continue;
    let line = doc.lines[k].raw.toLowerCase();
    for (const n of names) line = line.split(n.toLowerCase()).join(" ");
    for (let p = line.indexOf(w); p >= 0; p = line.indexOf(w, p + 1)) {
      const before = line[p - 1] ?? " ";
      const after = line[p + w.length] ?? " ";
      if (!/[\p{L}\p{M}]/u.test(before) && !/[\p{L}\p{M}]/u.test(after)) return true;
      // Hebrew and Arabic glue "and", "the", "in" before a word: "וכהן", "الحسن" print the word too.
      if (/^[והבלמשوبلف]$/u.test(before) && !/[\p{L}\p{M}]/u.test(line[p - 2] ?? " ") && !/[\p{L}\p{M}]/u.test(after)) return true;
    }
  }
  return false;
}

/** The names on line i, printed alone next to the date line, when none of their words is printed elsewhere on the page. */
export function bareNameLine(doc: WorkingDoc, i: number): Found | null {
  const names = bareNames(doc.lines[i].raw);
  if (!names) return null;
  const words = names.flatMap((n) => n.split(" "));
  if (words.some((w) => printedElsewhere(doc, i, w, names))) return null;
  return { names, lines: [i], how: "a name printed alone next to the date, in a script no given-name list covers, printed nowhere else on the page" };
}
