// Full names from the headline and standfirst: a page may give a person's full name only in its title or
// subtitle ("Gabriel Montes anuncia …") and call them by surname in the body ("…», dijo Montes."). Those
// names expand a surname the body never writes in full, as the body's own full names do (surnames.ts).
// Title-case headlines ("Mayor Says Budget Is Fine"), whose capitals do not mark names, are not read.
import { genderOf, isGivenName } from "../extract/lexicon/given-names.ts";
import { isOrdinaryWord } from "./mentions.ts";
import { indexNames, type NameMention } from "./surnames.ts";
import { tokenize } from "./text.ts";

/** Share of capitalised words from which a headline is in title case (its capitals do not mark names). */
export const TITLE_CASE_SHARE = 0.6;
/** Shortest word counted for that share (not "a", "of", "de"). */
const MIN_COUNTED_WORD = 4;
/** Positions given to headline text: before every body offset, the title before the subtitle. */
const TITLE_BASE = -2_000_000;
const SUBTITLE_BASE = -1_000_000;

const LETTER_START_RE = /^\p{L}/u;
const CAPITAL_START_RE = /^\p{Lu}/u;

/** Is the text in title case (most longer words capitalised)? */
function titleCased(text: string): boolean {
  const ws = text.split(/\s+/u).filter((w) => w.length >= MIN_COUNTED_WORD && LETTER_START_RE.test(w));
  return ws.length > 0 && ws.filter((w) => CAPITAL_START_RE.test(w)).length / ws.length >= TITLE_CASE_SHARE;
}

/** Personal names of two or more words, opening with a given name, in the title and subtitle (call after the article's words are set). */
export function headlineNames(title: string | null | undefined, subtitle: string | null | undefined): NameMention[] {
  const texts = [
    [title, TITLE_BASE],
    [subtitle, SUBTITLE_BASE],
  ] as const;
  const paras = texts.filter(([t]) => !!t && !titleCased(t)).map(([t, base]) => tokenize(t!.replace(/[*_#]+/gu, " "), base));
  const starts = new Set(paras.map((ts) => ts[0]?.start));
  // Only names that open with a given name the body never writes in lower case — and, at the very start
  // of a headline, where any word is capitalised, with one the registers know as a man's or a woman's:
  // a headline's capitalised runs are often no person ("Major WeWork layoffs to begin today").
  return indexNames(paras).filter(
    (n) => n.kind === "person" && n.parts.length > 1 && isGivenName(n.parts[0]) && !isOrdinaryWord(n.parts[0]) && (!starts.has(n.at) || genderOf(n.parts[0]) !== null),
  );
}

/**
 * The one headline name that ends with a short reference ("Montes" → "Gabriel Montes"); null when none
 * or when two different names do.
 */
export function headlineFullName(name: string, headline: readonly NameMention[]): NameMention | null {
  const part = name.split(" ");
  const fits = headline.filter((m) => m.parts.length > part.length && part.every((w, i) => m.parts[m.parts.length - part.length + i] === w));
  return fits.length && fits.every((m) => m.name === fits[0].name) ? fits[0] : null;
}
