// Pins split-paragraphs: when a paragraph stops mid-sentence and the next starts in lower case, the
// second is moved onto the first's last line (rewrite logged) and its line removed with action
// "joined". Finished sentences, colons, short labels and capitalised starts keep the break. It
// reads paragraphs of live lines, so a line an earlier rule removed (ui-labels here, which runs
// before it in CLEAN_RULES) does not stop the join.
import { describe, expect, it } from "vitest";
import { splitParagraphs } from "../../../pipeline/clean/rules/split-paragraphs.ts";
import { uiLabels } from "../../../pipeline/clean/rules/ui-labels.ts";
import type { Rule } from "../../../pipeline/rules.ts";
import { kept, logOf, removed, run, wholeRegion } from "./run.ts";

describe("split-paragraphs", () => {
  it("re-joins a paragraph split mid-sentence and logs the rewrite and the join", () => {
    const a = "The government said on Tuesday that it would announce";
    const b = "new sanctions on the country before the end of the month.";
    const doc = run([a, "", b], [splitParagraphs]);
    expect(doc.lines[0].text).toBe(`${a} ${b}`);
    expect(removed(doc)).toEqual([[3, "split-paragraphs", "boilerplate"]]);
    expect(logOf(doc, "split-paragraphs")).toEqual([
      { action: "rewrote", field: null, first_line: 1, last_line: 1, reason: "paragraph split mid-sentence re-joined", text: a },
      { action: "joined", field: null, first_line: 3, last_line: 3, reason: "joined onto the previous paragraph", text: b },
    ]);
  });

  it("moves the article region up to a first paragraph whose opening half lies above it", () => {
    const a = "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted";
    const b = "more than a decade between residents and the county.";
    const c = "Work is expected to begin in the spring and take about eighteen months.";
    const regionFromB: Rule = { id: "test-region", description: "test: the region starts at b", apply: (ctx) => void (ctx.doc.article = { start: 4, end: 6 }) };
    const doc = run(["Council votes to rebuild the old stone bridge", "", a, "", b, "", c], [regionFromB, splitParagraphs]);
    expect(doc.article).toEqual({ start: 2, end: 6 });
    expect(doc.lines[2].text).toBe(`${a} ${b}`);
    expect(logOf(doc, "split-paragraphs").at(-1)).toMatchObject({ action: "decided", reason: "article region now starts at line 3: its first paragraph was split mid-sentence above the region" });
    // A region that already holds both halves, or starts later, is left as it is.
    const inside = run([a, "", b, "", c], [wholeRegion, splitParagraphs]);
    expect(inside.article).toEqual({ start: 0, end: 4 });
  });

  it("joins three parts into one, and across a removed share bar", () => {
    const parts = ["Министр заявил, что правительство готово", "рассмотреть новые меры поддержки для тех", "семей, которые пострадали от наводнения."];
    const doc = run([parts[0], "", "Поделиться", "", parts[1], "", parts[2]], [uiLabels, splitParagraphs]);
    expect(kept(doc)).toEqual([parts.join(" ")]);
    expect(removed(doc)).toEqual([
      [3, "ui-labels", "boilerplate"],
      [5, "split-paragraphs", "boilerplate"],
      [7, "split-paragraphs", "boilerplate"],
    ]);
  });

  it("keeps the break after a full stop, a colon or a short label, and before a capital", () => {
    const page = [
      "The minister spoke to reporters after the meeting.", // ends a sentence
      "",
      "she did not take questions, her office said later.",
      "",
      "The opposition set out three demands in a letter:", // ends with a colon
      "",
      "an end to the tax rise, a public inquiry and a new vote.",
      "",
      "The flood in numbers", // fewer than five words
      "",
      "more than 300 homes were flooded in the valley.",
      "",
      "Die Regierung kündigte am Dienstag an, dass", // next starts with a capital
      "",
      "Familien mit kleinen Kindern entlastet werden sollen.",
    ];
    const doc = run(page, [splitParagraphs]);
    expect(removed(doc)).toEqual([]);
    expect(logOf(doc, "split-paragraphs")).toEqual([]);
    expect(kept(doc)).toEqual(page.filter((l) => l));
  });
});
