// Cleans a byline line to what a reader sees: images, link targets, e-mails, handles, URLs and phone
// numbers out, and words a text browser glued together split ("Jane DoeBusiness Columnist").
import { memoByString } from "../../../text/memo.ts";
import { mdImagesLoose, replaceMatches, stripInlineMarkdown } from "../../../text/markdown.ts";
import { NON_ASCII } from "./shared.ts";

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
const GLUED_ASCII = /([A-Z][a-z]{3,})(?=[A-Z])/g;
const LOWER_UPPER = /\p{Ll}\p{Lu}/u;
const LOWER_UPPER_ASCII = /[a-z][A-Z]/;
const DIGIT = /\d/;
const NUMERIC_DATE = /(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/;
const GLUED_WORDS = /(\p{Lu}\p{Ll}{3,})(?=\p{Lu})/gu;
/** `s.replace(/\s+/g, " ")`, skipped when there is no white space to replace (most lines). */
const collapseSpaces = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, " ") : s);
