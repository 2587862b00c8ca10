import { describe, expect, it } from "vitest";
import { countSpaced, endsInMarkThen, letterDigitRuns, spaceUnit } from "../../pipeline/text/normalize.ts";
import { rng } from "../helpers/rng.ts";

/** The definition letterDigitRuns must agree with. */
const reference = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);

const SAMPLES = [
  "",
  "   ",
  "Council votes 12–3 to rebuild the bridge",
  "café naïve Ünïcödé — “quotes” кириллица 市议会 ١٢٣",
  "𠀀𠀁 astral Han, 𝐀𝐁 mathematical letters, 🙂 emoji, 𝟙 a digit",
  "lone \ud800 high and \udc00 low surrogates, \ud800\ud800x, end\ud800",
  "a\u00a0b\u3000c\u200bd",
];

describe("letterDigitRuns", () => {
  it("finds the runs of letters and digits the Unicode pattern finds, surrogate pairs as one character", () => {
    for (const s of SAMPLES) expect(letterDigitRuns(s), s).toEqual(reference(s));
  });
});

describe("spaceUnit", () => {
  it("is white space exactly as \\s defines it, for every BMP code unit", () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (spaceUnit(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
    expect(countSpaced(" a\u00a0b\tc ")).toBe(3);
  });

  it("endsInMarkThen answers as the pattern /[marks][closers]*$/", () => {
    const marks = ".!?…。।";
    const closers = "\"'”’»)]";
    const units = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
    const pattern = /[.!?…。।]["'”’»)\]]*$/u;
    const pieces = [...marks, ...closers, "a", " ", "x.", "\n", "[", "(", "𝐀"];
    const r = rng(13);
    for (let i = 0; i < 5000; i++) {
      const s = Array.from({ length: Math.floor(r() * 7) }, () => pieces[Math.floor(r() * pieces.length)]).join("");
      expect([s, endsInMarkThen(s, units(marks), units(closers))]).toEqual([s, pattern.test(s)]);
    }
  });
});
