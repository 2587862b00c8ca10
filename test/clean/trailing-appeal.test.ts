// Appeals closing the article region (pipeline/clean/block-trailing-appeal.ts): a paywall or sign-up
// note right under the last paragraph. Texts written for this test.
import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { closingAppeal, trailingAppeals } from "../../pipeline/clean/block-trailing-appeal.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegionWith } from "../../pipeline/clean/rules/article-region.ts";
import { BLOCK_MODEL, CONTEXT_FEATURES, type BlockModel } from "../../pipeline/clean/block-scoring.ts";
import { paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";

const prose = [
  "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted for almost ten years.",
  "Engineers told the council that the bridge, which was built in the eighteenth century, could no longer carry the weight of modern delivery lorries.",
  "Residents who had opposed the plan said they were worried about the cost, which is expected to be paid partly by a grant from the regional government.",
  "The mayor said that work would start in the spring and that a temporary footbridge would be put up so that people could still cross the river.",
];

describe("closingAppeal: a short line asking the reader to subscribe or sign up", () => {
  it("finds paywall and sign-up notes in several languages", () => {
    for (const t of [
      "To read the full story, please subscribe to the Valley Courier.",
      "Subscribe now to our print edition for the full story.",
      "Sign up to get the best stories of the week in your inbox.",
      "Jetzt abonnieren und weiterlesen.",
      "Abonnez-vous pour lire la suite de cet article.",
    ])
      expect([t, closingAppeal(t)]).toEqual([t, true]);
  });

  it("leaves sentences of the article, also long ones that mention subscribers", () => {
    for (const t of [
      prose[3],
      "The streaming service said it had lost almost a million subscribers in the last three months of the year, the first fall in its history, and that it would raise its prices in the spring to make up for it.",
      "Work will start in March.",
    ])
      expect([t, closingAppeal(t)]).toEqual([t, false]);
  });
});

describe("trailingAppeals: cutting appeals off the region's end", () => {
  const blocks = buildBlocks(toWorkingDoc("t.txt", [...prose, "Photo: Jane Doe", "Subscribe now to our print edition for the full story."].join("\n\n")));
  const appeal = (i: number) => closingAppeal(blocks[i].text);

  it("cuts the closing appeal and moves the end to the last kept block before it", () => {
    const keep = [true, true, true, true, false, true];
    expect(trailingAppeals(blocks, keep, 0, 5, appeal)).toEqual({ end: 3, cut: [5] });
  });

  it("cuts nothing when the last kept block is article text", () => {
    expect(trailingAppeals(blocks, [true, true, true, true, false, false], 0, 5, appeal)).toEqual({ end: 5, cut: [] });
  });

  it("removes a paywall note the model kept under the last paragraph of a page, and logs it", () => {
    // (a model that keeps every block, as the block model does with a note styled like the paragraphs
    // above it: the rule, not the model, must cut it)
    const keepAll: BlockModel = {
      ...BLOCK_MODEL,
      stage2: { features: [...CONTEXT_FEATURES], mean: CONTEXT_FEATURES.map(() => 0), std: CONTEXT_FEATURES.map(() => 1), weights: CONTEXT_FEATURES.map((_, j) => (j === 0 ? 2 : 0)) },
    };
    const page = ["# Council votes to rebuild the old bridge", ...prose, "To read the full story, please subscribe to the Valley Courier."].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    expect(body.join(" ")).not.toMatch(/please subscribe/);
    expect(doc.log.some((e) => e.rule === "article-region" && /^1 appeal to subscribe or sign up closing the region cut off its end: line 11$/.test(e.reason))).toBe(true);
  });
});
