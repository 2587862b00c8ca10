// The title ranker's ASCII fast paths must give exactly what the plain Unicode formulations give:
// compared on hand-written lines and on random strings (ASCII and not, markup, white space of every
// kind, quotes and brackets, digits of several scripts, CJK, surrogates, empty strings).
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { capitalisedShare, contentWords, digitCount } from "../../pipeline/extract/rules/title.ts";

const PIECES = [
  "a", "Z", "word", "Word", "WORD", "2024", "12", "é", "É", "ß", "Σ", "я", "Я", "日本", "東京", "한국", "٣", "½", "𝐀", "😀", "\ud800",
  " ", "  ", "\t", "\n", "\u00a0", "\u3000", '"', "'", "“", "‘", "(", "[", "](", "*", "_", "#", "-", ",", ".", "%20", "+",
];
const ASCII_PIECES = PIECES.filter((p) => /^[\x00-\x7f]+$/.test(p));
const random = (r: () => number, pieces: string[]) =>
  Array.from({ length: Math.floor(r() * 16) }, () => pieces[Math.floor(r() * pieces.length)]).join("");
const samples = (seed: number): string[] => {
  const r = rng(seed);
  return Array.from({ length: 4000 }, (_, k) => random(r, k % 2 ? PIECES : ASCII_PIECES));
};

const contentWordsReference = (t: string): string[] => {
  const words = t.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [];
  const cjk = t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? [];
  return cjk.length > words.length ? cjk : words;
};
const capitalisedReference = (t: string): number => {
  const tokens = t.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return tokens.length ? tokens.filter((w) => /^["'“‘(]?\p{Lu}/u.test(w)).length / tokens.length : 0;
};
const digitReference = (t: string): number => t.match(/\p{N}/gu)?.length ?? 0;

describe("title ranker fast paths give the reference results", () => {
  it("contentWords", () => {
    for (const s of ["", "Plain words, 2024 and more", "東京で会議", ...samples(11)]) expect(contentWords(s)).toEqual(contentWordsReference(s));
    expect(contentWords("Rates Rise AGAIN in 2024")).toEqual(["rates", "rise", "again", "2024"]);
  });

  it("capitalisedShare", () => {
    for (const s of ["", " ", '"Quoted" (Bracketed) lower', "(", '"a "B', ...samples(12)]) expect(capitalisedShare(s)).toBe(capitalisedReference(s));
    expect(capitalisedShare('The "Big" (small) day 42')).toBe(0.5);
  });

  it("digitCount", () => {
    for (const s of ["", "no digits", "١٢ and 34", ...samples(13)]) expect(digitCount(s)).toBe(digitReference(s));
    expect(digitCount("Nov 19, 2019 at 10:30")).toBe(10);
  });
});
