// Pins metadata-bullets: in the header zone (before the first prose line; article-region runs later),
// a block of short bullet items that carries a date is removed as metadata, so the date rule can still
// read it. print-source runs first in CLEAN_RULES and takes the ", Paper , p. 7" item; the block
// spans it without re-removing it. Undated blocks, blocks with a long item and blocks inside the
// article stay.
import { describe, expect, it } from "vitest";
import { metadataBullets } from "../../../pipeline/clean/rules/metadata-bullets.ts";
import { printSource } from "../../../pipeline/clean/rules/print-source.ts";
import { kept, logOf, removed, run } from "./run.ts";

const prose = "The government will expand support for working parents from April, the minister for children said on Monday.";

describe("metadata-bullets", () => {
  it("removes a dated date/source bullet block above the article, across a line print-source took", () => {
    const page = ["# Japan to expand childcare support", "", "• February 28, 2022", "• , Yomiuri , p. 7", "", "• JMH Translation", "", prose];
    const doc = run(page, [printSource, metadataBullets]);
    expect(removed(doc)).toEqual([
      [3, "metadata-bullets", "metadata"],
      [4, "print-source", "metadata"],
      [5, "metadata-bullets", "metadata"], // the blank line inside the block goes with it
      [6, "metadata-bullets", "metadata"],
    ]);
    expect(logOf(doc, "metadata-bullets")).toEqual([
      { action: "removed", field: null, first_line: 3, last_line: 6, reason: "date/source bullet block above the article", text: "• February 28, 2022 / • JMH Translation" },
    ]);
    expect(kept(doc)).toEqual([page[0], prose]);
  });

  it("reads dates in other languages", () => {
    const de = run(["# Regierung plant Entlastung", "- 28. Februar 2022", "- dpa", "Die Bundesregierung will Familien mit kleinen Kindern im kommenden Jahr stärker entlasten, hieß es am Montag."], [metadataBullets]);
    expect(removed(de)).toEqual([
      [2, "metadata-bullets", "metadata"],
      [3, "metadata-bullets", "metadata"],
    ]);
    const ru = run(["• 1 марта 2024 г.", "• ТАСС", "Правительство утвердило новые меры поддержки семей с детьми, сообщили в пресс-службе кабинета министров."], [metadataBullets]);
    expect(removed(ru).map(([n]) => n)).toEqual([1, 2]);
  });

  it("keeps an undated bullet block, a block with a long item, and a dated block inside the article", () => {
    const cases = [
      ["• Politics", "• Asia", "", prose], // no date
      ["• March 1, 2022", "• Prime minister says the plan will cost three trillion yen", prose], // an item of ten words
      [prose, "• March 2, 2022", "• Kyodo"], // after the article start
    ];
    for (const page of cases) {
      const doc = run(page, [metadataBullets]);
      expect(removed(doc)).toEqual([]);
      expect(logOf(doc, "metadata-bullets")).toEqual([]);
    }
  });
});
