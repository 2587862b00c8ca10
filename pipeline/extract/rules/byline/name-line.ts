// Reads a person's name printed without a lead, alone or beside a date or a role ("Jane Doe", "Jane Doe,
// 21 June 2018", "04.02.2022 | 15:33 | Jane Doe"): trusted when it opens with a known given name, or,
// beside a date, when the page prints it again and none of its words is one of the page's own words.
// Only asked when no byline with a lead nor an author link is printed.
import type { WorkingDoc } from "../../../document.ts";
import { findDates, replaceDates, wordsBesideDates } from "../../../text/dates.ts";
import { isGivenName } from "../../lexicon/given-names.ts";
import { HONORIFICS, LOWER_START, MAX_NAME_WORDS, NOT_PERSON, PARTICLES, wordCount, type Found } from "./shared.ts";
import { cleanByline } from "./clean.ts";
import type { PageWords } from "./page-words.ts";
import { HONORIFIC_START, looksLikePersonName, nameToken, trimName, vietnameseName } from "./person-name.ts";
import { proseAfter } from "./name-runs.ts";
import { CREDIT_LABEL } from "./credits.ts";
import { namesAPublication } from "../../publication-word.ts";
import { BYLINE_LEADS } from "../../lexicon/bylines.ts";

/** A name-only line: at most this many words in all (name plus role or outlet). */
const MAX_NAME_LINE_WORDS = 10;
/** Parts of a name line: names, roles, outlets and dates are printed between these. */
const NAME_LINE_PARTS = /\s?(?:[|•·,;/]|\s[-–—~]{1,2}\s)\s?/u;
/** A separator and a credit label after it: the credit is another part of the line than the name. */
const CREDIT_AFTER_PART = /(?<=\S)\s?(?:[|•·;/]|\s[-–—]{1,2})\s*$/u;
/** Lines after a name line that may hold the next name of a list printed one per line. */
export const NEXT_NAME_LINE = 2;

/**
 * A person's name printed without a lead, alone or beside a date or a role ("Jane Doe", "Jane Doe, 21 June
 * 2018", "04.02.2022 | 15:33 | Jane Doe", "Ann Lee, Staff Attorney"), several when listed ("Ann Lee, Bo
 * Park"). A capitalised phrase is a name when it starts with a known given name, or, beside a date on the
 * same line, when none of its words is one the page prints in lower case or as a line of its own.
 */
export function nameLine(doc: WorkingDoc, i: number, page: PageWords, listed = false, besideDateLine = false): Found | null {
  let text = cleanByline(doc.lines[i].raw).replace(/^[\s•·*\-–—|&]+/, "").replace(/^(?:and|und|et|y)\s+/i, "");
  // A photo credit ("Photo: Jane Doe/Agency") names no author; one after the writer's name, past a
  // separator ("Ana Ruiz (EFE) / Fotos: Carlos Gil"), is cut off.
  const credit = CREDIT_LABEL.exec(text);
  if (credit) {
    const before = text.slice(0, credit.index);
    if (!CREDIT_AFTER_PART.test(before)) return null;
    text = before.replace(CREDIT_AFTER_PART, "").trim();
  }
  if (!text || wordCount(text) > MAX_NAME_LINE_WORDS) return null;
  const dates = findDates(text);
  const names: string[] = [];
  const parts = replaceDates(text, dates, " | ").split(NAME_LINE_PARTS);
  // A name on the line next to the date line stands beside the date as one on it does, when the line is
  // the name and its outlet or role ("Jane Doe, Business Insider" / "13.11.2019, 23:06"): a lone
  // capitalised line there is as often the masthead or a section.
  const besideDate = dates.length > 0 || (besideDateLine && parts.filter((x) => wordsBesideDates(x, []).length).length >= 2);
  let p = 0;
  for (; p < parts.length; p++) {
    // Date filler and clock times between the parts ("um 16:14 Uhr") are skipped.
    if (!wordsBesideDates(parts[p], []).length) continue;
    // A desk credited before the reporter ("Haber Merkezi | Ayşe Demir", "Redaktion / Jane Doe") is skipped.
    if (!names.length && isDeskCredit(parts[p])) continue;
    // After a trusted name, the next names of a list need no known given name ("Ann Lee, Ruwaida Amer").
    // A name printed family name first is trusted only on the line next to the date, alone there.
    const familyFirst = besideDateLine && parts.length === 1;
    const name = nameAtStart(dropFiller(parts[p]), page, besideDate, listed || names.length > 0, familyFirst);
    // A masthead holding a newspaper's noun ("Báo Sông Hồng", "Diario del Sur") is no person.
    if (!name || namesAPublication(name)) break;
    // A name glued to a repeat of itself ("Jane DoeByJane Doe") is the same name.
    if (!names.some((n) => name.toLowerCase().endsWith(n.toLowerCase()))) names.push(name);
  }
  // The rest of the line is no sentence ("Jean Dupont, peu estimé par ses pairs").
  if (proseAfter(parts.slice(p).join(" ").split(" ").filter(Boolean))) return null;
  return names.length ? { names, lines: [i], how: "a person's name printed alone beside the date or under the headline" } : null;
}

/** A part made only of role, desk or agency words, one lead word allowed ("Haber Merkezi": news centre; "Newsroom", "Redacción"). */
function isDeskCredit(part: string): boolean {
  const words = part.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  return words.length > 0 && words.length <= 3 && words.some((w) => NOT_PERSON.has(w)) && words.every((w) => NOT_PERSON.has(w) || LEAD_WORDS.has(w));
}
const LEAD_WORDS = new Set(BYLINE_LEADS);

/** The part without the date filler it starts with ("Uhr", "um", "le", a weekday). */
function dropFiller(part: string): string {
  const words = part.trim().split(" ");
  let k = 0;
  while (k < words.length - 1 && !wordsBesideDates(words[k], []).length) k++;
  return words.slice(k).join(" ");
}

const LETTERS = /^\p{L}+$/u;

/** The name a part of a name line starts with (beside a date, one leading label word skipped: "Avatar Frank Hahn"), when it is trusted as one. */
export function nameAtStart(part: string, page: PageWords, dated: boolean, listed = false, familyFirst = false): string | null {
  const words = part.trim().split(" ");
  // One label word before a given name ("Avatar Frank Hahn"), never before any capitalised phrase.
  // (A word of letters: "30. Lisa Vittozzi (ITA)" is a results table's rank.)
  const label = words.length > 2 && LETTERS.test(words[0]) && !isGivenName(words[0]) && !/[:：]$/.test(words[0]) && isGivenName(words[1]);
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
    // A Vietnamese name opens with its family name ("Phạm Thu Trang"), which vouches for it as a given name would.
    if (isGivenName(plain[0]) || vietnameseName(plain) || listed) return name;
    // A name printed family name first ("Kovács Péter", as Hungarian pages print it): two words, the
    // second a known given name, the first no given name and no word of the page's.
    if (familyFirst && skip === 0 && familyNameFirst(plain, page)) return name;
    // Beside a date, a name no given-name list knows counts when the page prints it again (a bio box, "More
    // by …"): a caption or a section label beside a date is printed once.
    if (skip === 0 && dated && plain.length <= 3 && !plain.some((w) => word(w) || page.isShortLine(w.toLowerCase())) && page.count(name, 2) >= 2) return name;
  }
  return null;
}

/** Two words, a family name then a known given name ("Kovács Péter"), the family name no word the page prints otherwise. */
function familyNameFirst(plain: readonly string[], page: PageWords): boolean {
  if (plain.length !== 2 || isGivenName(plain[0]) || !isGivenName(plain[1])) return false;
  const family = plain[0].toLowerCase();
  return !page.hasLower(family) && !page.isShortLine(family) && page.count(plain[0], 2) === 1;
}
