// Pins empty-punctuation: a line with no letter or digit left (bullets, separators, '&nbsp;', CJK
// full stops) is layout debris and goes; any letter or digit in any script keeps the line, and
// blank lines are not "removed" at all.
import { describe, expect, it } from "vitest";
import { emptyPunctuation } from "../../../pipeline/clean/rules/empty-punctuation.ts";
import { kept, logOf, removed, run } from "./run.ts";

const page = [
  "The storm brought down power lines across the valley overnight.", // 1
  "•", // 2
  "* * *", // 3
  "&nbsp;&nbsp;", // 4
  "。", // 5
  "«»", // 6
  "", // 7 blank: left alone
  "— Reuters", // 8 a letter
  "1", // 9 a digit
  "２", // 10 full-width digit
  "Ж", // 11 Cyrillic letter
  "&amp;", // 12 an entity other than &nbsp; has letters
];

describe("empty-punctuation", () => {
  const doc = run(page, [emptyPunctuation]);

  it("removes lines of bare punctuation, bullets and non-breaking spaces as boilerplate", () => {
    expect(removed(doc)).toEqual([2, 3, 4, 5, 6].map((n) => [n, "empty-punctuation", "boilerplate"]));
    expect(doc.lines[6].removedBy).toBeUndefined();
  });

  it("keeps lines with a letter or digit in any script", () => {
    expect(kept(doc)).toEqual([page[0], ...page.slice(7)]);
  });

  it("logs one row per line with the reason", () => {
    expect(logOf(doc, "empty-punctuation")).toEqual(
      [2, 3, 4, 5, 6].map((n) => ({ action: "removed", field: null, first_line: n, last_line: n, reason: "no letters or digits", text: page[n - 1] })),
    );
  });
});
