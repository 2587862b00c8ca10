// Pins article-number: a CMS bookkeeping line ("Story Code : 929471") is removed as metadata, but only
// when its lead is in the word list and the number stands alone, so prose and other "Label: 1234"
// lines with a number survive.
import { describe, expect, it } from "vitest";
import { articleNumber } from "../../../pipeline/clean/rules/article-number.ts";
import { kept, logOf, removed, run } from "./run.ts";

const page = [
  "# Minister visits flood-hit villages in the north", // 1
  "Story Code : 929471", // 2
  "NEWS ID# 48213", // 3
  "Story ID：20240315", // 4 (full-width colon, as on Chinese and Japanese sites)
  "The minister toured three villages on Sunday and promised new embankments before the next rainy season.", // 5
  "Population: 12500", // 6 lead not in the list
  "ID: 12", // 7 too few digits
  "Story code: 929471 was printed under the headline by mistake.", // 8 a sentence, not a bare number line
  "Hotline: 0800 123 456", // 9 the number has spaces
];

describe("article-number", () => {
  const doc = run(page, [articleNumber]);

  it("removes bare article-number lines as metadata, whatever the case or separator", () => {
    expect(removed(doc)).toEqual([
      [2, "article-number", "metadata"],
      [3, "article-number", "metadata"],
      [4, "article-number", "metadata"],
    ]);
  });

  it("keeps near misses: other leads, short numbers, sentences, spaced numbers", () => {
    expect(kept(doc)).toEqual([page[0], page[4], page[5], page[6], page[7], page[8]]);
  });

  it("logs each removal with the lead it matched", () => {
    expect(logOf(doc, "article-number")).toEqual([
      { action: "removed", field: null, first_line: 2, last_line: 2, reason: "article number ('Story Code')", text: "Story Code : 929471" },
      { action: "removed", field: null, first_line: 3, last_line: 3, reason: "article number ('NEWS ID')", text: "NEWS ID# 48213" },
      { action: "removed", field: null, first_line: 4, last_line: 4, reason: "article number ('Story ID')", text: "Story ID：20240315" },
    ]);
    expect(doc.captured.url).toBeNull();
  });
});

describe("article-number in other languages", () => {
  it("removes Turkish, Arabic, Persian and Spanish story-number lines", () => {
    const page = ["Haber Kodu : 482913", "رمز الخبر: 583920", "کد خبر: 774210", "Código de noticia: 12345", "Haber kodu olmadan 482913 yazıldı"];
    const doc = run(page, [articleNumber]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3, 4]);
    expect(logOf(doc, "article-number")[0].reason).toBe("article number ('Haber Kodu')");
  });
});
