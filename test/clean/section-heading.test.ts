// The heading of the next section under the article ending the article region
// (pipeline/clean/block-section-heading.ts): a related-links lead or a tag label alone on its line, after
// most of the region's words. Texts written for this test.
import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { isSectionHeading, sectionHeadingIn } from "../../pipeline/clean/block-section-heading.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegionWith } from "../../pipeline/clean/rules/article-region.ts";
import { BLOCK_MODEL, CONTEXT_FEATURES, type BlockModel } from "../../pipeline/clean/block-scoring.ts";
import { paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";
import { countSpaced } from "../../pipeline/text/normalize.ts";

const headline = "The ferry that crosses the lake in winter";
const prose = [
  "Every morning at seven the small ferry leaves the northern pier with a handful of commuters, two delivery vans and, on Tuesdays, the doctor who visits the island.",
  "The crossing takes forty minutes when the water is calm, and in January the captain often has to break a thin layer of ice near the southern shore before he can dock.",
  "The council has promised a new boat for years, but the budget for next spring again holds only enough money to repair the engine of the old one.",
  "Until then the islanders plan their week around the timetable, and nobody complains much: the view of the mountains from the deck is worth the wait, they say.",
];
const teasers = [
  "A new bakery opens in the old station building.",
  "The mountain road reopens after the repairs.",
];

describe("isSectionHeading: a related-links lead or a tag label, alone", () => {
  it("reads the heading in several languages and with its marks", () => {
    for (const t of ["Related articles", "Ähnliche Beiträge", "## Otras noticias", "Tags:", "Schlagwörter", "**Articoli correlati**", "関連記事", "Das könnte dich auch interessieren …", "Schlagwörter:Fähren im Winter", "### About the author", "Über die Autorin:", "Markiert: #reisen, #winter, #see", "Temas: transporte, invierno"])
      expect([t, isSectionHeading(t)]).toEqual([t, true]);
  });

  it("leaves inline links, sentences and other short lines alone", () => {
    for (const t of ["Lesen Sie auch: Die Fähre fährt wieder", "Related to this, the council met on Monday.", "Read more", "Winter timetable", "Explore further", "Themen: Der Rat hat am Montag über den Fahrplan beraten.", "Tags: one two three four five six seven eight nine ten eleven twelve thirteen"])
      expect([t, isSectionHeading(t)]).toEqual([t, false]);
  });
});

describe("sectionHeadingIn: the heading must stand under most of the region's words", () => {
  const words = (blocks: { text: string }[]) => (i: number) => countSpaced(blocks[i].text);
  it("finds the heading under the article, not one in its first half", () => {
    const blocks = buildBlocks(toWorkingDoc("t.txt", [...prose, "Related articles", ...teasers].join("\n\n")));
    const keep = blocks.map(() => true);
    expect(sectionHeadingIn(blocks, keep, 0, blocks.length - 1, words(blocks))).toBe(4);
    const early = buildBlocks(toWorkingDoc("t.txt", [prose[0], "Related articles", teasers[0], ...prose.slice(1)].join("\n\n")));
    expect(sectionHeadingIn(early, early.map(() => true), 0, early.length - 1, words(early))).toBe(-1);
  });

  it("ends the article region above the teasers of a text dump, and logs it", () => {
    // (a model that keeps every block, as the block model can with teasers of prose in a text dump)
    const keepAll: BlockModel = {
      ...BLOCK_MODEL,
      stage2: { features: [...CONTEXT_FEATURES], mean: CONTEXT_FEATURES.map(() => 0), std: CONTEXT_FEATURES.map(() => 1), weights: CONTEXT_FEATURES.map((_, j) => (j === 0 ? 2 : 0)) },
    };
    const page = [headline, ...prose, "Ähnliche Beiträge", ...teasers].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    expect(body.join(" ")).not.toMatch(/Ähnliche|bakery|mountain road/);
    expect(doc.log.some((e) => e.rule === "article-region" && /^section heading under the article \(line 11: related links or tags\)/.test(e.reason))).toBe(true);
  });
});
