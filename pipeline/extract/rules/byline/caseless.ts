// Names in scripts without case (Arabic, Persian, Hebrew, Devanagari, Thai) after a byline lead: no
// capital marks where a name starts, so the name is the run of such words up to punctuation or a joiner.
import { JOINERS, MAX_NAME_WORDS, MIN_NAME_WORDS, NOT_PERSON } from "./shared.ts";

/** A Hebrew word with the prefix "ו" (and). */
export const HEBREW_AND = /^ו[\u05d0-\u05ea]{2,}$/u;
/** A word of a script without case (Arabic, Hebrew, Devanagari, Thai, ...), not Chinese or Japanese. */
export const CASELESS_WORD = /^(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\p{Lo}[\p{Lo}\p{M}'’-]*$/u;

/** A name in a script without case, after a lead ("بقلم محمد أحمد", "लेखक: राहुल शर्मा"): 2–4 such words up to punctuation. */
export function caselessName(words: readonly string[]): { name: string | null; used: number } {
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
