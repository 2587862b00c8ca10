// Speaker named by a section heading: vox pops, celebrity round-ups and interviews print each answer as a
// quotation under a heading that opens with who speaks, before a colon — "KARLA RUIZ: MI MADRE ME
// CASTIGÓ", "Jan Nowak: nie mam wątpliwości". The heading is its own short paragraph without a sentence
// end; the label is one to four capitalised words (all capitals or each capitalised) that are not words
// the article writes in lower case, nor months or weekdays. An all-capitals label is given in title case.
import { isGivenName } from "../extract/lexicon/given-names.ts";
import { isOrdinaryWord } from "./mentions.ts";
import { DEFINITE, PREPOSITIONS } from "./lexicon/people.ts";
import { tokenize } from "./text.ts";

/** Longest heading (words) read for a speaker label. */
export const MAX_HEADING_WORDS = 16;
/** Most words in the label before the colon. */
export const MAX_LABEL_WORDS = 4;

const LABEL_WORD_RE = /^\p{Lu}[\p{L}\p{M}'’.\-]*$/u;
const HAS_LOWER_RE = /\p{Ll}/u;
const SENTENCE_END_RE = /[.!?…]["'”’»]?$/u;

const titleCase = (w: string) => w.split(/(?<=[-'’])/u).map((p) => p.charAt(0) + p.slice(1).toLowerCase()).join("");

/** The speaker a heading paragraph names in its label, or null. */
export function headingSpeaker(heading: string | undefined): string | null {
  if (!heading) return null;
  const h = heading.replace(/^[#>*_\s]+|[*_\s]+$/gu, "");
  const colon = h.indexOf(":");
  if (colon <= 0 || SENTENCE_END_RE.test(h) || h.includes("\n")) return null;
  const rest = h.slice(colon + 1).trim();
  if (!rest || tokenize(h).length > MAX_HEADING_WORDS) return null;
  const label = h.slice(0, colon).trim().split(/\s+/u);
  if (label.length > MAX_LABEL_WORDS || !label.every((w) => LABEL_WORD_RE.test(w) && !isOrdinaryWord(w))) return null;
  const caps = label.every((w) => !HAS_LOWER_RE.test(w));
  // A mixed label ("Jan Nowak") keeps its case; "KARLA RUIZ" is "Karla Ruiz".
  return (caps ? label.map(titleCase) : label).join(" ");
}

/** Shortest stage name (a first word that is no given name) read from a heading without a colon. */
export const MIN_STAGE_NAME = 5;
/** Fewest words of such a heading (the name and a sentence about the person). */
export const MIN_STAGE_HEADING_WORDS = 3;
/** Most words of a name read from a heading without a colon: a given name and one more. */
export const MAX_BARE_LABEL_WORDS = 2;
const QUOTE_MARKS_RE = /^["'‘’“”«»„]+|["'‘’“”«»„]+$/gu;

/**
 * In a series of answers whose other headings name the speaker before a colon, a heading without one
 * that opens with a given name ("KARINA MAMÁ PODEROSA", "‘LUCÍA PONCE, SIEMPRE FIEL’") names the speaker
 * too: the given name, and the word after it when that is no word the article writes in lower case — or,
 * for a stage name the registers do not know ("MELCOCHITA DEDICA SU TEMA"), that first word alone. Only
 * all-capitals headings, whose case cannot tell the name from the rest, are read this way.
 */
export function bareHeadingSpeaker(heading: string | undefined): string | null {
  if (!heading) return null;
  const h = heading.replace(/^[#>*_\s]+|[*_\s]+$/gu, "").replace(QUOTE_MARKS_RE, "");
  if (!h || h.includes(":") || h.includes("\n") || HAS_LOWER_RE.test(h) || SENTENCE_END_RE.test(h) || tokenize(h).length > MAX_HEADING_WORDS) return null;
  const words = h.split(/\s+/u).map((w) => w.replace(/[,;]+$/u, ""));
  if (!LABEL_WORD_RE.test(words[0]) || isOrdinaryWord(words[0])) return null;
  // A first word that is no given name may be a stage name ("MELCOCHITA DEDICA SU TEMA"): alone, when long
  // enough not to be a short function word and followed by the rest of a sentence.
  // (not a noun opening a phrase: "RECUERDOS DE LA INFANCIA", "HOMENAJE A LAS MADRES")
  if (!isGivenName(words[0]))
    return words[0].length >= MIN_STAGE_NAME && words.length >= MIN_STAGE_HEADING_WORDS && !PREPOSITIONS.has(words[1].toLowerCase()) && !DEFINITE.has(words[1].toLowerCase())
      ? titleCase(words[0])
      : null;
  const label = [words[0]];
  const next = words[1];
  // (a comma after the given name ends the name: "KARINA, MAMÁ PODEROSA")
  if (next && !/[,;]$/u.test(h.split(/\s+/u)[0]) && label.length < MAX_BARE_LABEL_WORDS && LABEL_WORD_RE.test(next) && next.length > 2 && !isOrdinaryWord(next)) label.push(next);
  return label.map(titleCase).join(" ");
}
