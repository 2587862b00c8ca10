import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { blockFeatures, FEATURES, sections } from "../../pipeline/clean/block-features.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { countCues } from "../../pipeline/text/cues.ts";
import { CONTEXT_FEATURES, contextFeatures } from "../../pipeline/clean/block-scoring.ts";

const SEG = FEATURES.indexOf("segShare");
const SEG_LOG = FEATURES.indexOf("segLogProse");
const CLIPPED = FEATURES.indexOf("clipped");

describe("page sections for the block features", () => {
  it("gives each barrier a section of its own, between the runs around it", () => {
    expect(sections([false, false, true, false, true, true, false])).toEqual([0, 0, 1, 2, 3, 4, 5]);
  });

  it("gives a block the share of the page's prose in its section", () => {
    const prose = "The council voted on Tuesday to close the old bridge to traffic for the whole of next year.";
    const other = "A second story about the harbour, its boats and the fishermen who work there every morning.";
    const text = [prose, "", prose.replace("Tuesday", "Monday"), "", "You may also be interested", "", other].join("\n");
    const doc = toWorkingDoc("t.md", text);
    const blocks = buildBlocks(doc);
    const x = blockFeatures(blocks, doc);
    // Two article paragraphs (36 prose words of 52) share a section; the lead-in is a barrier with none.
    expect(x[0][SEG]).toBeCloseTo(x[1][SEG]);
    expect(x[0][SEG]).toBeCloseTo(36 / 52, 2);
    expect(x[2][SEG]).toBe(0);
    expect(x[3][SEG]).toBeCloseTo(16 / 52, 2);
  });

  it("knows recommendation lead-ins in several languages as boilerplate cues", () => {
    for (const t of ["вам также может быть интересно", "das könnte sie auch interessieren", "you might also like", "te puede interesar"])
      expect(countCues(t)).toBeGreaterThan(0);
    expect(countCues("the council voted to close the bridge")).toBe(0);
  });

  it("gives a block the size of its section's prose and marks teasers cut short with an ellipsis", () => {
    const prose = "The council voted on Tuesday to close the old bridge to traffic for the whole of next year.";
    const teaser = "The harbour master said the boats would have to wait until the storm had passed before they cou...";
    const doc = toWorkingDoc("t.md", [prose, "", "Related stories", "", teaser].join("\n"));
    const x = blockFeatures(buildBlocks(doc), doc);
    expect(x[0][SEG_LOG]).toBeCloseTo(Math.log1p(18) / 8, 3);
    expect(x[0][CLIPPED]).toBe(0);
    expect(x[2][CLIPPED]).toBe(1);
  });
});

describe("second-stage context: between article-like blocks", () => {
  it("gives a block the lower of the best scores on each side (a list inside the article, not cards after it)", () => {
    const doc = toWorkingDoc("t.md", ["a", "b", "c", "d", "e", "f"].join("\n\n"));
    const blocks = buildBlocks(doc);
    const x1 = blockFeatures(blocks, doc);
    // paragraph, list item, paragraph, then a run of cards
    const probs = [0.9, 0.2, 0.8, 0.1, 0.15, 0.05];
    const x = contextFeatures(blocks, probs, x1, null);
    const B3 = CONTEXT_FEATURES.indexOf("between3");
    const B10 = CONTEXT_FEATURES.indexOf("between10");
    // (the first and last blocks have one side only, which counts alone)
    expect(x.map((r) => r[B3])).toEqual([0.8, 0.8, 0.15, 0.15, 0.05, 0.8]);
    expect(x[1][B10]).toBe(0.8);
    expect(x[4][B10]).toBe(0.05);
  });
});

describe("block features: lists between paragraphs, stamps", () => {
  const p1 = "The council voted on Tuesday to close the old bridge to traffic for the whole of next year.";
  const p2 = "Engineers said the repairs would cost far more than the town had planned to spend this year.";
  const lines = [
    p1, "", "1. Close the bridge", "", p2, "",
    "Storm closes schools across the north", "", "Prices rise again in the capital", "", "Team wins the cup after a long wait", "",
    "12 March 2024, 10:15", "",
  ];
  const doc = toWorkingDoc("t.md", lines.join("\n"));
  const x = blockFeatures(buildBlocks(doc), doc);
  const f = (name: string) => x.map((r) => r[FEATURES.indexOf(name as (typeof FEATURES)[number])]);

  it("marks a block with paragraphs on both sides and a numbered item", () => {
    expect(f("proseBothSides")).toEqual([0, 1, 0, 0, 0, 0, 0]);
    expect(f("numbered")).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });

  it("counts stamps among the neighbours, and how far a block is from the prose", () => {
    expect(f("win3Dateish")[5]).toBeCloseTo(1 / 4, 6);
    expect(f("logSinceLastProse")).toEqual([0, 0, 0, Math.log1p(1) / 4, Math.log1p(2) / 4, Math.log1p(3) / 4, Math.log1p(4) / 4]);
    expect(f("logUntilFirstProse")).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
