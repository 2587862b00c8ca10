// A line made of when and by whom a piece was published ("22. Januar 2020 @ 18:13 // Autor: c1ph4 //
// ~ Lesezeit: 1 Minute", "By Jane Roe | March 3, 2021", "28. Juni 2019 | Klaus Quibeldey-Cirkel")
// stands under a headline in its shape (a few words, no final full stop) but is never one. Neither the
// date-line test (a date and at most one other word) nor the byline test (a lead and names) reads the
// two together; this one does, in any language: split on the separators such lines print between their
// parts, one part at least is a date or time, one at least is who wrote it (a byline, a person's name,
// or "Author: handle"), and what is left is a few words at most ("Lesezeit: 1 Minute", a category).
import { findDates, HAS_DIGIT, isDateLine, replaceDates, wordsBesideDates } from "../text/dates.ts";
import { isBylineLine, looksLikePersonName } from "./rules/byline.ts";
import { BYLINE_LEADS } from "./lexicon/bylines.ts";
import { memoByString } from "../text/memo.ts";

/** Longer lines are sentences or teasers, not a date and a byline. */
const MAX_LENGTH = 160;
/** Words a date-and-byline line may carry beside its date and its author (a reading time, a category). */
const MAX_OTHER_WORDS = 3;
/** The separators printed between a date, a time and an author: bars, slashes, bullets, '@', dashes, '~', commas. */
const PARTS = /\s*(?:\|+|\/\/|\s\/\s|[·•@~,;]|\s[-–—]\s|^[-–—]\s)\s*/u;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "Autor: c1ph4", "By: jdoe": a byline lead with a colon, then a handle (any case). */
const LABELLED_AUTHOR = new RegExp(`^(?:${BYLINE_LEADS.map(escapeRe).join("|")})\\s*:\\s*\\S+(?:\\s+\\S+){0,3}$`, "iu");
const WORD = /[\p{L}\p{N}]+/gu;

/** Is this part of the line the author? */
const authorPart = (p: string): boolean => LABELLED_AUTHOR.test(p) || isBylineLine(p) || looksLikePersonName(p);

/** A line made only of a date or time and its author (with a few words more at most). */
export const isDateBylineLine = memoByString((text: string): boolean => {
  if (text.length > MAX_LENGTH || !HAS_DIGIT.test(text)) return false;
  const found = findDates(text);
  if (!found.length) return false;
  let author = false;
  let other = 0;
  for (const raw of replaceDates(text, found, " | ").split(PARTS)) {
    const p = raw.trim();
    if (!p || !/[\p{L}\p{N}]/u.test(p)) continue;
    if (isDateLine(p)) continue;
    if (authorPart(p)) {
      author = true;
      continue;
    }
    // What is left beside the dates: times and date filler ("um", "Uhr", "Updated") do not count.
    const words = HAS_DIGIT.test(p) ? wordsBesideDates(p, findDates(p)) : (p.match(WORD) ?? []);
    other += words.length;
    if (other > MAX_OTHER_WORDS) return false;
  }
  return author;
});
