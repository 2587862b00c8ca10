// What the byline rules share: the sizes of a name and a byline line, the lexicon's word sets, the
// separators a byline prints between its parts, and how a rule reports what it found.
import { countLetterWords } from "../../../text/normalize.ts";
import { NAME_HONORIFICS, NAME_JOINERS, NAME_PARTICLES, NAME_SUFFIXES, NOT_A_PERSON } from "../../lexicon/bylines.ts";

/** A byline line has at most this many words (besides dates); longer lines are prose. */
export const MAX_BYLINE_WORDS = 25;
/** A person's name: this many words. */
export const MIN_NAME_WORDS = 2;
export const MAX_NAME_WORDS = 5;

export const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
export const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const alt = (ws: readonly string[]) => [...ws].sort((a, b) => b.length - a.length).map(escape).join("|");
/** Separators that end a byline's name part: pipes, bullets, spaced dashes; a slash or a middle dot too, unless a given name follows it. */
export const SEPARATOR = /\s?(?:[|•]|\s[-–—]{1,2}\s)\s?/u;
export const NOT_PERSON = new Set(NOT_A_PERSON);
export const PARTICLES = new Set(NAME_PARTICLES);
export const SUFFIXES = new Set(NAME_SUFFIXES);
export const HONORIFICS = new Set(NAME_HONORIFICS);
export const JOINERS = new Set(NAME_JOINERS);
export const UPPER_FIRST = /^\p{Lu}/u;
export const LOWER_START = /^\p{Ll}/u;
export const NON_ASCII = /[^\x00-\x7f]/;

/** Words holding a letter. */
export const wordCount = countLetterWords;

/** What a byline rule found: the names, the lines holding them, and how (for the audit trail). */
export interface Found {
  names: string[];
  lines: number[];
  how: string;
}
