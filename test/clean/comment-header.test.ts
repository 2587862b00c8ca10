// A comment section's header ending the article region (pipeline/clean/block-comment-header.ts): a count
// and the post's headline in quotes. Texts written for this test.
import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { commentHeaderIn, commentHeaderTitle } from "../../pipeline/clean/block-comment-header.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegionWith } from "../../pipeline/clean/rules/article-region.ts";
import { BLOCK_MODEL, CONTEXT_FEATURES, type BlockModel } from "../../pipeline/clean/block-scoring.ts";
import { paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";

const headline = "Why I still bake my own bread";
const prose = [
  "Every Saturday morning I get up before the rest of the house and mix flour, water and a little salt in the old yellow bowl that belonged to my grandmother.",
  "It takes most of the day, with long pauses while the dough rises, but the smell that fills the kitchen in the afternoon is worth every minute of it.",
  "A loaf from the shop is cheaper and quicker, of course, and I do buy one now and then when the week has been too busy for anything else.",
];
const comments = [
  "Anna says:",
  "I tried your method last weekend and the crust came out much better than mine ever did, thank you for writing it down.",
  "Tom says:",
  "Lovely piece, it reminded me of my own grandmother and her kitchen on Sundays.",
];

describe("commentHeaderTitle: a count, a few words and a quoted title", () => {
  it("reads the title in several languages and quote styles", () => {
    expect(commentHeaderTitle(`11 responses to “${headline}”`)).toBe(headline);
    expect(commentHeaderTitle("5 Gedanken zu „Warum ich mein Brot noch selbst backe“")).toBe("Warum ich mein Brot noch selbst backe");
    expect(commentHeaderTitle("3 commentaires sur « Pourquoi je fais encore mon pain »")).toBe("Pourquoi je fais encore mon pain");
    expect(commentHeaderTitle(`2. 7 thoughts on "${headline}"`)).toBe(headline);
  });

  it("leaves sentences, lists and short quotes alone", () => {
    for (const t of [
      `The mayor said "${headline}" was his favourite column.`,
      "12 eggs, beaten",
      "3 reasons to “go”",
      `Responses to “${headline}”`,
    ])
      expect([t, commentHeaderTitle(t)]).toEqual([t, null]);
  });
});

describe("commentHeaderIn: the header must quote a headline printed above it", () => {
  it("finds the header that quotes the page's headline, not one quoting something else", () => {
    const blocks = buildBlocks(toWorkingDoc("t.txt", [headline, ...prose, `4 responses to “${headline}”`, ...comments].join("\n\n")));
    expect(commentHeaderIn(blocks, 1, blocks.length - 1)).toBe(4);
    const other = buildBlocks(toWorkingDoc("t.txt", [headline, ...prose, "4 responses to “A different post altogether”", ...comments].join("\n\n")));
    expect(commentHeaderIn(other, 1, other.length - 1)).toBe(-1);
  });

  it("ends the article region before the comments of a text dump, and logs it", () => {
    // (a model that keeps every block, as the block model can with comments of prose in a text dump)
    const keepAll: BlockModel = {
      ...BLOCK_MODEL,
      stage2: { features: [...CONTEXT_FEATURES], mean: CONTEXT_FEATURES.map(() => 0), std: CONTEXT_FEATURES.map(() => 1), weights: CONTEXT_FEATURES.map((_, j) => (j === 0 ? 2 : 0)) },
    };
    const page = [headline, ...prose, `4 responses to “${headline}”`, ...comments].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    expect(body.join(" ")).not.toMatch(/responses to|grandmother and her kitchen|Anna says/);
    expect(doc.log.some((e) => e.rule === "article-region" && /^comment section header \(line 9: a count and the headline in quotes\)/.test(e.reason))).toBe(true);
  });
});
