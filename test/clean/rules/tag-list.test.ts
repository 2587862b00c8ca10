// Pins tag-list: a block of two or more short bullet items after the last prose line (article-region,
// which would set the end, runs after this rule) holds the site's topic links: the items, links
// unwrapped, go to `tags` and the block is removed as metadata. Lines removed by earlier rules
// (ui-labels here, before it in CLEAN_RULES) are skipped. Any other line after the article, a long or
// punctuated item, or a single item leaves everything in place.
import { describe, expect, it } from "vitest";
import { tagList } from "../../../pipeline/clean/rules/tag-list.ts";
import { uiLabels } from "../../../pipeline/clean/rules/ui-labels.ts";
import { kept, logOf, removed, run } from "./run.ts";

const prose = [
  "Japan will reopen its borders to foreign tourists next month, the prime minister said on Wednesday.",
  "Visitors will still need to show proof of vaccination and take a test before they board their flight.",
];

describe("tag-list", () => {
  it("moves a trailing bullet block to tags, across a share bar another rule removed", () => {
    const page = [...prose, "", "• Ukraine", "• COVID-19", "Share", "• [Trending Japan](https://news.example.jp/tag/trending)", "1. Tourism"];
    const doc = run(page, [uiLabels, tagList]);
    expect(doc.captured.tags).toEqual(["Ukraine", "COVID-19", "Trending Japan", "Tourism"]);
    expect(removed(doc)).toEqual([
      [4, "tag-list", "metadata"],
      [5, "tag-list", "metadata"],
      [6, "ui-labels", "boilerplate"],
      [7, "tag-list", "metadata"],
      [8, "tag-list", "metadata"],
    ]);
    const log = logOf(doc, "tag-list");
    expect(log.filter((e) => e.action === "captured").map((e) => [e.field, e.first_line, e.reason, e.text])).toEqual([
      ["tags", 4, "short bullet item after the article", "Ukraine"],
      ["tags", 5, "short bullet item after the article", "COVID-19"],
      ["tags", 7, "short bullet item after the article", "Trending Japan"],
      ["tags", 8, "short bullet item after the article", "Tourism"],
    ]);
    expect(log.at(-1)).toMatchObject({ action: "removed", first_line: 4, last_line: 8, reason: "tag list of 4 items" });
    expect(kept(doc)).toEqual(prose);
  });

  it("reads tags in other scripts", () => {
    const doc = run(["Die Bundesregierung will Familien mit kleinen Kindern im kommenden Jahr stärker entlasten, hieß es am Montag.", "- Politik", "- Olaf Scholz", "- 家族政策"], [tagList]);
    expect(doc.captured.tags).toEqual(["Politik", "Olaf Scholz", "家族政策"]);
  });

  it("leaves the block when anything else follows the article, an item is long or punctuated, or there is one item", () => {
    const cases = [
      [...prose, "• Ukraine", "• Japan", "© 2024 Example News"], // a non-bullet line after the article
      [...prose, "• Ukraine", "• Prime minister visits flooded northern towns"], // five words
      [...prose, "You will need the following documents:", "• Passport", "• Visa"], // introduced by a colon line
      [...prose, "• Passport.", "• Visa."], // items end like sentences
      [...prose, "• Ukraine"], // one item
      ["• Ukraine", "• Japan", ...prose], // before the article
    ];
    for (const page of cases) {
      const doc = run(page, [tagList]);
      expect(doc.captured.tags).toEqual([]);
      expect(removed(doc)).toEqual([]);
      expect(kept(doc)).toEqual(page);
    }
  });
});
