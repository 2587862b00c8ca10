import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { headerLeftovers } from "../../pipeline/extract/rules/header-leftovers.ts";

describe("header-leftovers", () => {
  it("removes unused lines above the article start and leaves the article", () => {
    const doc = toWorkingDoc("t.txt", ["Share", "12 comments", "", "First paragraph of the article.", "Second."].join("\n"));
    doc.article = { start: 3, end: 4 };
    const out = runRules(doc, [headerLeftovers], "extract");
    expect(out.lines.map((l) => l.removedBy ?? null)).toEqual(["header-leftovers", "header-leftovers", null, null, null]);
  });

  it("does nothing before the article region is known", () => {
    const out = runRules(toWorkingDoc("t.txt", "Share\nText."), [headerLeftovers], "extract");
    expect(out.lines.every((l) => !l.removedBy)).toBe(true);
  });
});
