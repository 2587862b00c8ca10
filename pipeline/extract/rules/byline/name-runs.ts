// Splits what follows a byline lead into person names: up to the first date or separator, joined by
// commas and "and" (a slash or a middle dot only when a name follows it), each name the run of name
// words before a lower-case word or a role; Chinese names and names in scripts without case have their
// own splitting (cjk.ts, caseless.ts).
import { findDates, wordsBesideDates } from "../../../text/dates.ts";
import { isGivenName } from "../../lexicon/given-names.ts";
import { NAME_JOINERS } from "../../lexicon/bylines.ts";
import type { PageWords } from "./page-words.ts";
import { alt, HONORIFICS, LOWER_START, MAX_NAME_WORDS, SEPARATOR, UPPER_FIRST } from "./shared.ts";
import { CJK_NAME, INITIAL_AT_END, looksLikePersonName, nameToken, singleName, trimName } from "./person-name.ts";
import { caselessName, CASELESS_WORD, HEBREW_AND } from "./caseless.ts";
import { cjkNames, endsOnCjkStop } from "./cjk.ts";
import { cutCjkPictureLabel, isCjkPhotoCredit } from "./credits.ts";

const JOIN = new RegExp(`\\s?(?:[,;、，،]|\\s(?:${alt(NAME_JOINERS)})\\s)\\s?`, "iu");
const SLASH_OR_DOT = /\s?[\/·／]\s?/u;
const CLOSE_BRACKET = /[）)】］\]]/;
const OPEN_BRACKET = /[（(【［\[]/;

/** Lower-case words (not date filler or labels) after a name: this many make the "byline" a sentence ("… de José Ruiz relacionadas al aborto"). */
const PROSE_AFTER_NAME = 3;
export function proseAfter(rest: readonly string[]): boolean {
  if (rest.length < PROSE_AFTER_NAME) return false;
  return rest.filter((w) => LOWER_START.test(w) && wordsBesideDates(w, []).length > 0).length >= PROSE_AFTER_NAME;
}

/** A name glued to a repeat of itself by a text browser ("Jane DoeJane Doe", "Ann O'HaraAnn O'Hara") is the name once. */
function undoubled(run: string): string {
  const half = run.length / 2;
  return Number.isInteger(half) && half > 0 && run.slice(0, half) === run.slice(half) ? run.slice(0, half) : run;
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
  if (isCjkPhotoCredit(t)) return [];
  t = t.split(SEPARATOR)[0];
  // A photo credit after the names ("文/王明 图/李华": text by, picture by) ends them.
  t = cutCjkPictureLabel(t);
  // A closing bracket before any opening one closes the lead's own: "（记者 王明）国务院…" ends at "）".
  const close = t.search(CLOSE_BRACKET);
  if (close >= 0 && !OPEN_BRACKET.test(t.slice(0, close))) t = t.slice(0, close);
  // A slash or a middle dot joins names ("Ann Lee/Bo Park", "王小明·李华") when a name follows, else it ends them ("Ann Lee/Getty Images").
  const pieces = t.split(SLASH_OR_DOT);
  t = pieces[0];
  for (let k = 1; k < pieces.length; k++) {
    const next = pieces[k].trim().split(" ")[0] ?? "";
    // ("記者王小明／台北報導": a place before "reports" is no name.)
    if (!(isGivenName(next) || (CJK_NAME.test(next) && !endsOnCjkStop(next)))) break;
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
    const run = undoubled(joined.replace(/[,.;:]+$/, (m) => (INITIAL_AT_END.test(joined) ? m : "")));
    const stops = n < words.length;
    if (looksLikePersonName(run)) out.push(run);
    else if (lead && n === 1 && parts.length === 1 && singleName(run) && !(page?.hasLower(run.toLowerCase()) ?? false) && !UPPER_FIRST.test(words[1] ?? "")) out.push(run);
    if (stops && n > 0) break;
  }
  return out;
}
