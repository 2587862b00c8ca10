// ui-labels rules most lines out with a character test (mayBeLabels) before splitting them into
// labels. The test may only rule out lines that are not all labels: checked on hand-written lines
// and on random ones made of labels in any letter case, separators, markup and stray characters.
import { describe, expect, it } from "vitest";
import { rng } from "../../helpers/rng.ts";
import { labelsOf, mayBeLabels } from "../../../pipeline/clean/rules/ui-labels.ts";
import { UI_LABELS } from "../../../pipeline/clean/lexicon/ui-labels.ts";

const allLabels = (line: string) => {
  const labels = labelsOf(line);
  return labels.length > 0 && labels.length <= 6 && labels.every((w) => UI_LABELS.has(w));
};

const pick = <T,>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
const LABELS = [...UI_LABELS];
const SEPARATORS = [" ", " | ", " • ", " · ", " - ", " — ", "**", "__", "[", "](#)", "(", ")", "#", "\u00a0", "\t"];
const STRAY = ["2", ".", ":", "é", "Σ", "İ", "\u212a", "😀", "x"];
const casings = [(s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s[0].toUpperCase() + s.slice(1)];

describe("ui-labels filter", () => {
  it("rules out lines with characters no label has, and keeps label lines in any case", () => {
    for (const t of ["Share 2", "Print edition.", "March 3, 2022", "Teilen Sie Ihre Meinung!"]) expect([t, mayBeLabels(t)]).toEqual([t, false]);
    for (const t of ["PRINT | Share", "ПЕЧАТЬ", "分享", "- **Search**", "Share this article"]) expect([t, mayBeLabels(t), allLabels(t)]).toEqual([t, true, true]);
  });

  it("never rules out a line made of labels", () => {
    const r = rng(31);
    let positives = 0;
    for (let k = 0; k < 30000; k++) {
      const n = 1 + Math.floor(r() * 7);
      let line = "";
      for (let i = 0; i < n; i++) line += (i ? pick(r, SEPARATORS) : "") + pick(r, casings)(pick(r, LABELS));
      if (r() < 0.3) line = pick(r, STRAY) + line;
      if (!allLabels(line)) continue;
      positives++;
      expect([line, mayBeLabels(line)]).toEqual([line, true]);
    }
    expect(positives).toBeGreaterThan(5000);
  });
});
