import { describe, expect, it } from "vitest";
import { continuesWrappedLine, detectWrapWidth, displayWidth } from "../../pipeline/text/wrap.ts";

/** Greedy wrap at `width`, as a text browser does. */
const wrap = (text: string, width: number): string[] => {
  const out: string[] = [];
  let line = "";
  for (const w of text.split(" ")) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
};
const para = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 7} and some filler text number ${i}`).join(" ");

describe("wrap", () => {
  it("finds the width of a hard-wrapped dump", () => {
    const lines = [...wrap(para(12), 60), "", ...wrap(para(9), 60), "", "Short heading", "", ...wrap(para(15), 60)];
    const w = detectWrapWidth(lines);
    expect(w).not.toBeNull();
    expect(w!).toBeGreaterThanOrEqual(55);
    expect(w!).toBeLessThanOrEqual(60);
  });

  it("says null for whole-paragraph lines separated by blanks", () => {
    const lines = [para(10), "", para(14), "", para(8), "", para(11), "", para(12), "", para(9)];
    expect(detectWrapWidth(lines)).toBeNull();
  });

  it("joins a line only when the next word would not have fitted", () => {
    expect(continuesWrappedLine("x".repeat(56), "longword goes on", 60)).toBe(true);
    expect(continuesWrappedLine("A short heading", "Next paragraph starts", 60)).toBe(false);
  });

  it("counts East Asian characters as two columns", () => {
    expect(displayWidth("日本語abc")).toBe(9);
  });
});
