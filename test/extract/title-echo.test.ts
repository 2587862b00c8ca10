// pageEchoes reads the page line by line (ASCII lines in place) instead of normalising and
// lower-casing the whole page: it must count exactly what the plain formulation counts, the words
// of echoText(page) indexed as one sequence. Compared on random pages built from the characters that
// matter (URL escapes, '+', case pairs, final sigma, combining marks, compatibility forms, surrogates).
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { echoText, pageEchoes } from "../../pipeline/extract/title-echo.ts";
import { letterDigitRuns } from "../../pipeline/text/normalize.ts";

/** The plain formulation: the page's echo words as one list, counted by brute force. */
function reference(raws: string[], cap: number) {
  const words = letterDigitRuns(echoText(raws.join("\n")));
  return (ks: string[], len: number) => {
    let n = -1;
    for (let at = 0; at < words.length; at++) {
      let k = 0;
      while (k < len && at + k < words.length && words[at + k] === ks[k]) k++;
      if (k === len && ++n >= cap) break;
    }
    return Math.max(0, n);
  };
}

const PIECES = [
  "the", "The", "THE", "news", "News", "a", "B", "b", "2024", "%20", "%2", "%4A", "%4a", "%%41", "+", "%", "ﬁ", "fi", "Ｆｉ", "Σ", "σ",
  "ΣΑΣ", "ς", "é", "e\u0301", "\u0301", "İ", "ß", "日本", "𝐀", "😀", "\ud800", "\udc00", " ", "  ", "\t", "-", "/", "[", "](", ")", "’", "\u00a0",
];
const LINE_PIECES = [...PIECES, "\n"];
const randomLine = (r: () => number, n: number, pieces = PIECES) => Array.from({ length: n }, () => pieces[Math.floor(r() * pieces.length)]).join("");

describe("pageEchoes", () => {
  it("counts what the whole-page formulation counts", () => {
    const r = rng(7);
    for (let page = 0; page < 400; page++) {
      const raws = Array.from({ length: 1 + Math.floor(r() * 12) }, () => randomLine(r, Math.floor(r() * 14)));
      // Keys: word lists of random lines (as the ranker makes them) and runs of the page's own words.
      const pageWords = letterDigitRuns(echoText(raws.join("\n")));
      const keys: string[][] = [];
      for (let k = 0; k < 8; k++) {
        const w = letterDigitRuns(echoText(randomLine(r, 1 + Math.floor(r() * 6))));
        keys.push(w.length ? w : [""]);
        const at = Math.floor(r() * pageWords.length);
        if (pageWords.length) keys.push(pageWords.slice(at, at + 1 + Math.floor(r() * 4)));
      }
      const cap = 1 + Math.floor(r() * 3);
      const fast = pageEchoes(raws, keys, cap);
      const plain = reference(raws, cap);
      for (const ks of keys) for (let len = 1; len <= ks.length; len++) expect(fast(ks, len)).toBe(plain(ks, len));
    }
  });

  it("reads echoText line by line as it reads the joined page", () => {
    const r = rng(8);
    for (let k = 0; k < 3000; k++) {
      const page = randomLine(r, Math.floor(r() * 30), LINE_PIECES);
      expect(page.split("\n").map(echoText).join("\n")).toBe(echoText(page));
    }
  });

  it("counts repeats beyond the first, across lines, escapes and case", () => {
    const raws = ["Big News Today", "[Share](https://x.y/big%20news+today)", "BIG NEWS", "today — big news"];
    const count = pageEchoes(raws, [["big", "news", "today"]], 3);
    expect(count(["big", "news", "today"], 3)).toBe(2);
    expect(count(["big", "news", "today"], 2)).toBe(3);
    expect(count(["big", "news", "today"], 1)).toBe(3);
    expect(pageEchoes(["Nothing here"], [[""]], 3)([""], 1)).toBe(0);
  });
});
