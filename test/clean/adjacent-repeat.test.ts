// A block printed twice in a row (pipeline/clean/block-adjacent-repeat.ts): a text dump's image alt text
// over the caption holding the same sentence. Texts written for this test.
import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { adjacentRepeats } from "../../pipeline/clean/block-adjacent-repeat.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegionWith } from "../../pipeline/clean/rules/article-region.ts";
import { BLOCK_MODEL, CONTEXT_FEATURES, type BlockModel } from "../../pipeline/clean/block-scoring.ts";
import { paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";

const prose = [
  "The harbour authority opened the new ferry terminal on Monday after three years of building work and two delays caused by winter storms.",
  "Passengers will be able to board from a covered walkway, and the old wooden pier, which had become unsafe in high winds, will be taken down in the summer.",
  "The authority said it expects the number of crossings to the islands to rise by a fifth once the second berth opens next year.",
];
const alt = "Passengers wait on the covered walkway of the new ferry terminal on its first morning of service";
const caption = `${alt}, in the rain.`;

describe("adjacentRepeats: the first of two kept blocks in a row that open alike", () => {
  const blocks = buildBlocks(toWorkingDoc("t.txt", [prose[0], alt, caption, prose[1], prose[2]].join("\n\n")));

  it("finds the first copy only", () => {
    expect(adjacentRepeats(blocks, blocks.map(() => true), 0, blocks.length - 1)).toEqual([1]);
  });

  it("needs both copies kept and next to each other", () => {
    expect(adjacentRepeats(blocks, [true, true, false, true, true], 0, 4)).toEqual([]);
    const apart = buildBlocks(toWorkingDoc("t.txt", [alt, prose[0], caption].join("\n\n")));
    expect(adjacentRepeats(apart, apart.map(() => true), 0, apart.length - 1)).toEqual([]);
  });

  it("leaves paragraphs that open with the same eight words and then differ", () => {
    const alike = buildBlocks(toWorkingDoc("t.txt", [
      "The council met on Tuesday evening and spent two hours on the plan to repair the harbour wall before the storms.",
      "The council met on Tuesday evening and spent three hours on the plan to repair the harbour wall before the storms.",
    ].join("\n\n")));
    expect(adjacentRepeats(alike, [true, true], 0, 1)).toEqual([]);
  });

  it("leaves paragraphs that share a short opening (a list of similar items)", () => {
    const items = buildBlocks(toWorkingDoc("t.txt", ["The ferry to the north island leaves at eight in the morning.", "The ferry to the south island leaves at nine in the morning."].join("\n\n")));
    expect(adjacentRepeats(items, [true, true], 0, 1)).toEqual([]);
  });

  it("removes the alt text over a caption inside a text dump's article, keeps the caption once, and logs it", () => {
    // (a model that keeps every block, as the block model does with a caption of prose between paragraphs)
    const keepAll: BlockModel = {
      ...BLOCK_MODEL,
      stage2: { features: [...CONTEXT_FEATURES], mean: CONTEXT_FEATURES.map(() => 0), std: CONTEXT_FEATURES.map(() => 1), weights: CONTEXT_FEATURES.map((_, j) => (j === 0 ? 2 : 0)) },
    };
    const page = ["New ferry terminal opens", prose[0], alt, caption, prose[1], prose[2]].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    expect(body).not.toContain(alt);
    expect(body).toContain(caption);
    expect(doc.log.some((e) => e.rule === "article-region" && /^printed twice in a row/.test(e.reason) && e.first_line === 5)).toBe(true);
  });
});
