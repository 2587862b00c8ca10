import { describe, expect, it } from "vitest";
import { countWords } from "../../pipeline/text/words.ts";

describe("countWords", () => {
  it("counts space-delimited words like UAX #29 (apostrophes, abbreviations, decimals)", () => {
    expect(countWords("China's Foreign Ministry on Monday, U.S. 3.5% rise")).toBe(8);
    expect(countWords("Привет, мир! Это тест.")).toBe(4);
  });
  it("segments Chinese and Japanese with Intl.Segmenter instead of counting characters or runs", () => {
    expect(countWords("中国外交部发言人赵立坚表示", "zh")).toBeGreaterThan(3);
    expect(countWords("中国外交部发言人赵立坚表示", "zh")).toBeLessThan(13);
    expect(countWords("東京都は2019年に発表した Tokyo", "ja")).toBeGreaterThan(4);
  });
  it("counts nothing in punctuation", () => {
    expect(countWords(" — … !! ")).toBe(0);
  });
});
