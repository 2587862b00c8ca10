// Appeals closing the article region (pipeline/clean/block-trailing-appeal.ts): a paywall or sign-up
// note right under the last paragraph. Texts written for this test.
import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { appealAboveTail, closingAppeal, innerAppeals, trailingAppeals } from "../../pipeline/clean/block-trailing-appeal.ts";
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

describe("appealAboveTail: an appeal near the end with a few blocks under it", () => {
  // (block words and appeal flags given directly: the walk's limits are what is tested)
  const words = (w: number[]) => (i: number) => w[i];
  const flags = (a: number[]) => (i: number) => a.includes(i);

  it("ends the article above a paywall note followed by a members' list and the author's bio", () => {
    // four paragraphs of 60 words, the appeal (20), a list item (8), the bio (40)
    const w = [60, 60, 60, 60, 20, 8, 40];
    expect(appealAboveTail(w.map(() => true), 0, 6, words(w), flags([4]))).toBe(4);
  });

  it("takes the highest appeal within reach, so a run of appeals goes with what is under it", () => {
    const w = [60, 60, 60, 60, 20, 15, 40];
    expect(appealAboveTail(w.map(() => true), 0, 6, words(w), flags([4, 5]))).toBe(4);
  });

  it("leaves an appeal with the story's last paragraphs under it (too many blocks, or too many words)", () => {
    const many = [60, 60, 60, 60, 20, 10, 10, 10, 10];
    expect(appealAboveTail(many.map(() => true), 0, 8, words(many), flags([4]))).toBe(-1);
    const long = [60, 60, 60, 20, 70, 70];
    expect(appealAboveTail(long.map(() => true), 0, 5, words(long), flags([3]))).toBe(-1);
  });

  it("leaves an appeal in the first part of a short region, and one that is too long", () => {
    const early = [30, 20, 40, 40];
    expect(appealAboveTail(early.map(() => true), 0, 3, words(early), flags([1]))).toBe(-1);
    const longAppeal = [60, 60, 60, 60, 45, 10];
    expect(appealAboveTail(longAppeal.map(() => true), 0, 5, words(longAppeal), flags([4]))).toBe(-1);
  });

  it("removes a paywall note and the bio under it from a page, and logs it", () => {
    const keepAll: BlockModel = {
      ...BLOCK_MODEL,
      stage2: { features: [...CONTEXT_FEATURES], mean: CONTEXT_FEATURES.map(() => 0), std: CONTEXT_FEATURES.map(() => 1), weights: CONTEXT_FEATURES.map((_, j) => (j === 0 ? 2 : 0)) },
    };
    const bio = "Jane Doe has written about local government for the Valley Courier since 2015 and lives by the river with her two dogs.";
    const page = ["# Council votes to rebuild the old bridge", ...prose, "To read the rest of this story, subscribe now and get your first month free.", bio].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    expect(body.join(" ")).not.toMatch(/subscribe now|two dogs/);
    expect(doc.log.some((e) => e.rule === "article-region" && /^appeal to subscribe or sign up near the end \(line 11\)/.test(e.reason))).toBe(true);
  });
});

describe("innerAppeals: a sign-up box or a plea set between the article's paragraphs", () => {
  const keepAll: BlockModel = {
    ...BLOCK_MODEL,
    stage2: { features: [...CONTEXT_FEATURES], mean: CONTEXT_FEATURES.map(() => 0), std: CONTEXT_FEATURES.map(() => 1), weights: CONTEXT_FEATURES.map((_, j) => (j === 0 ? 2 : 0)) },
  };
  const plea = "Never miss the latest news from the valley by signing up to our newsletter today!";

  it("returns the kept appeals only", () => {
    const texts = [prose[0], plea, prose[1], "Jetzt abonnieren und weiterlesen.", prose[2]];
    const appeal = (i: number) => closingAppeal(texts[i]);
    expect(innerAppeals([true, true, true, true, true], 0, 4, appeal)).toEqual([1, 3]);
    expect(innerAppeals([true, false, true, true, true], 0, 4, appeal)).toEqual([3]);
    expect(innerAppeals([true, true, true, true, true], 0, 2, appeal)).toEqual([1]);
  });

  it("removes the appeal between two paragraphs of a page and keeps the paragraphs, and logs it", () => {
    const page = ["# Council votes to rebuild the old bridge", prose[0], prose[1], plea, prose[2], prose[3]].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    expect(body.join(" ")).not.toMatch(/newsletter/);
    expect(doc.lines.find((l) => l.text === plea)?.removedBy).toBe("article-region");
    expect(doc.log.some((e) => e.rule === "article-region" && e.reason === "appeal to subscribe, sign up or support inside the article")).toBe(true);
  });

  it("keeps a sign-up step of a list inside the story", () => {
    const page = ["# How to watch the council meeting", prose[0], "- Sign up for a free account on the council's website.", "- Open the page of the meeting.", prose[1], prose[2]].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    expect(paragraphs(doc).map((p) => p.text).join(" ")).toMatch(/Sign up for a free account/);
  });
});
