// Last check before a record is kept: the body must contain running text. A page that is nothing but
// navigation, footer and labels can slip through cleaning as a handful of short lines; such a file is
// rejected "no article body found", with what was seen, instead of becoming a record of menu items.
// Language-neutral: a sentence is told by its end mark (in the scripts that have one: the Latin full
// stop, the CJK 。, the Devanagari danda ।, the Arabic ؟ and Urdu ۔, the Armenian ։, the Ethiopic ።,
// the Myanmar ။, the Khmer ។) and its length in words or, for scripts written without spaces, in letters.
// Thai and Lao mark no sentence end at all (a space separates sentences), so there a run of letters
// long enough is taken as running text without one.
import type { Reject } from "../schemas/reject.ts";
import { endsInColon, opensListItem } from "./document.ts";

/** A paragraph ending like a sentence counts as running text from this many words ... */
export const MIN_SENTENCE_WORDS = 8;
/** ... or this many letters (Chinese, Japanese, Thai: no spaces between words). */
export const MIN_SENTENCE_LETTERS = 40;
/** ... or, in Chinese, Japanese and Korean, this many ideographs, kana or Hangul syllables: one carries
 * about a word's worth (a Korean word is two or three syllables), so a 30-character sentence of a short
 * wire story is running text although it has under 40 letters. */
export const MIN_SENTENCE_CJK_LETTERS = 16;
/** A paragraph this long counts whatever its ending (lists of facts, unpunctuated transcripts). */
export const LONG_PARAGRAPH_WORDS = 35;
export const LONG_PARAGRAPH_LETTERS = 200;
/** How many of the paragraphs seen the reject's detail quotes. */
const SHOWN = 6;

const SENTENCE_END = /[.!?…。！？।॥؟۔։።፧။។]["'”’»)\]]{0,3}$/u;
/** A sentence of five or more words ending inside the paragraph, text going on after it. */
const INNER_SENTENCE = /(?:^|[.!?…。！？]\s)(?:[^\s.!?…。！？]+\s+){4,}[^\s.!?…。！？]+[.!?…。！？]["'”’»)]{0,3}\s+\S/u;
/** Letters with their combining marks: Devanagari, Thai and Arabic vowel signs are marks (\p{M}), not letters. */
const LETTER = /[\p{L}\p{M}]/gu;
/** Ideographs, kana and Hangul syllables: a Chinese, Japanese or Korean letter carries a syllable or more. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Letters of the scripts that mark no sentence end. */
const NO_END_MARK_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}]/gu;

export function isRunningText(paragraph: string): boolean {
  const t = paragraph.trim();
  const words = t.split(/\s+/).length;
  const letters = t.match(LETTER)?.length ?? 0;
  if (words >= LONG_PARAGRAPH_WORDS || letters >= LONG_PARAGRAPH_LETTERS) return true;
  if (SENTENCE_END.test(t)) {
    if (words >= MIN_SENTENCE_WORDS || letters >= MIN_SENTENCE_LETTERS) return true;
    const cjk = t.match(CJK_LETTER)?.length ?? 0;
    return cjk >= MIN_SENTENCE_CJK_LETTERS && cjk * 2 >= letters;
  }
  // A paragraph of a sentence's length whose last line trails off ("… Am Freitag folgt Kapitel 122. Viel
  // Spass") still holds a finished sentence of five words or more.
  if (words >= MIN_SENTENCE_WORDS && INNER_SENTENCE.test(t)) return true;
  // Thai or Lao: mostly letters of that script, as many as a sentence elsewhere.
  const unmarked = t.match(NO_END_MARK_SCRIPT)?.length ?? 0;
  return unmarked >= MIN_SENTENCE_LETTERS && unmarked * 2 >= letters;
}

/** A sentence introducing a list ("Here is our pick for the weekend:") right above its first item. */
const leadsList = (paras: string[], i: number): boolean =>
  i + 1 < paras.length && endsInColon(paras[i]) && paras[i].trim().split(/\s+/).length >= MIN_SENTENCE_WORDS && opensListItem(paras[i + 1]);

/** null when the body holds running text (a sentence, or a list its lead-in sentence opens), else the reject saying what was seen. */
export function checkBody(body: string, sourceFile: string, sha256: string): Reject | null {
  const paras = body.split("\n\n").filter((p) => p.trim());
  if (paras.some((p, i) => isRunningText(p) || leadsList(paras, i))) return null;
  const shown = paras.slice(0, SHOWN).map((p) => JSON.stringify(p.length > 60 ? p.slice(0, 59) + "…" : p));
  return {
    source_file: sourceFile,
    source_sha256: sha256,
    stage: "extract",
    reason: "no article body found",
    detail: `${paras.length} short line(s) left after cleaning, none reads as running text (a sentence of ≥ ${MIN_SENTENCE_WORDS} words): ${shown.join(" / ")}${paras.length > SHOWN ? " / …" : ""}`,
  };
}
