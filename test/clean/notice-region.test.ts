// A cookie notice taken for the article (pipeline/clean/block-notice-region.ts). A page written for this
// test: a two-sentence brief, a related list, the footer, and a cookie notice of four paragraphs under it.
import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { isNoticeRegion } from "../../pipeline/clean/block-notice-region.ts";
import { BLOCK_MODEL, scoreDoc, selectBlocks } from "../../pipeline/clean/block-scoring.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegion } from "../../pipeline/clean/rules/article-region.ts";
import { paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";
import { hasCue } from "../../pipeline/text/cues.ts";

const brief = [
  "The old stone bridge over the river will close for three weeks from Monday while engineers repair its arches, the council said.",
  "Buses will use the ring road instead.",
];
const notice = [
  "We use cookies to make this website work and to understand how you use it, so that we can improve it for you.",
  "Necessary cookies are needed for the website to work. You can turn them off in your browser settings, but parts of the site will then not work.",
  "Analytics cookies help us count visits and see which pages are read most. All information these cookies collect is anonymous.",
  "Marketing cookies are set by our advertising partners to show you adverts that are relevant to you on other websites.",
  "You can change your cookie settings at any time by clicking the link in the footer of every page.",
];
const page =
  [
    "# Bridge to close for repairs",
    ...brief,
    "Related",
    "- [Council votes to rebuild the bridge](https://example.org/a)",
    "- [New park opens](https://example.org/b)",
    "© 2026 Example News",
    "## How we use cookies",
    ...notice,
  ].join("\n\n") + "\n";

describe("notice region: a cookie notice is not the article", () => {
  it("reads a region whose kept words stand mostly in blocks with a cue as a notice, not an article", () => {
    const blocks = buildBlocks(toWorkingDoc("t.txt", page));
    const keep = blocks.map(() => true);
    const words = (i: number) => blocks[i].text.split(" ").length;
    const cue = (i: number) => hasCue(blocks[i].text.toLowerCase());
    const first = blocks.findIndex((b) => b.text === notice[0]);
    expect(isNoticeRegion(keep, [first, blocks.length - 1], words, cue)).toBe(true);
    expect(isNoticeRegion(keep, [1, 2], words, cue)).toBe(false);
  });

  it("counts a block's words up to 80, so one giant block with a cue (a page's text repeated in its metadata) makes no notice", () => {
    // six short news items without a cue, two short lines with one, and a 400-word block with one
    const w = [40, 40, 40, 40, 40, 40, 20, 20, 400];
    const cued = [6, 7, 8];
    const keepAll = w.map(() => true);
    // (counted in full, the blocks with a cue would hold 440 of 680 words: a notice)
    expect(isNoticeRegion(keepAll, [0, 8], (i) => w[i], (i) => cued.includes(i))).toBe(false);
  });

  it("takes the brief above the footer, not the notice the block model prefers, and logs why", () => {
    const doc = toWorkingDoc("t.txt", page);
    const { blocks, probs } = scoreDoc(doc);
    // (the premise: the densest run is the notice)
    const region = selectBlocks(blocks, probs, BLOCK_MODEL).region!;
    expect(blocks[region[0]].text).toBe(notice[0]);
    const cleaned = runRules(toWorkingDoc("t.txt", page), [articleRegion], "clean");
    const body = paragraphs(cleaned).map((p) => p.text);
    for (const b of brief) expect(body).toContain(b);
    expect(body.join(" ")).not.toMatch(/cookies/);
    expect(cleaned.log.some((e) => e.rule === "article-region" && /reads as a notice \(most of its words in blocks with a boilerplate cue\): the next densest run taken$/.test(e.reason))).toBe(true);
  });

  it("reads which blocks hold a cue from the feature pass, as hasCue reads their lower case", () => {
    const { blocks, cued } = scoreDoc(toWorkingDoc("t.txt", page));
    expect(Array.from(cued)).toEqual(blocks.map((b) => (hasCue(b.text.toLowerCase()) ? 1 : 0)));
    // (every paragraph of the notice holds one, the brief's none)
    expect(notice.map((t) => cued[blocks.findIndex((b) => b.text === t)])).toEqual([1, 1, 1, 1, 1]);
    expect(brief.map((t) => cued[blocks.findIndex((b) => b.text === t)])).toEqual([0, 0]);
  });
});
