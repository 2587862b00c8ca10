import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { headerLeftovers, isLabelledStamp, isSourceLine } from "../../pipeline/extract/rules/header-leftovers.ts";

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

  it("removes a source line the article region opens with, and tells it from a sentence", () => {
    const doc = toWorkingDoc("t.txt", ["来源：经济日报", "", "国家统计局今天发布一季度主要城市商品住宅销售价格数据。", "第二段。"].join("\n"));
    doc.article = { start: 0, end: 3 };
    const out = runRules(doc, [headerLeftovers], "extract");
    expect(out.lines[0].removedBy).toBe("header-leftovers");
    expect(out.lines[2].removedBy).toBeUndefined();
    expect(isSourceLine("Fuente: El Diario del Sur")).toBe(true);
    expect(isSourceLine("Quelle: dpa")).toBe(true);
    expect(isSourceLine("Source: the ministry said on Monday that prices rose.")).toBe(false);
    expect(isSourceLine("Sources close to the talks said the deal was near")).toBe(false);
  });

  it("removes a labelled date stamp inside the region and keeps entry times and sentences with dates", () => {
    const lines = ["Ist ihr Lebensraum zerstört, rücken Viren näher an den Menschen.", "Aktualisiert: 11.04.2020, 10:27", "Dichter Rauch hing im Herbst 1997 über Indonesien.", "21:45 Uhr", "Am 11.04.2020 wurde die Studie veröffentlicht, sagte die Forscherin."];
    const doc = toWorkingDoc("t.txt", lines.join("\n"));
    doc.article = { start: 0, end: 4 };
    const out = runRules(doc, [headerLeftovers], "extract");
    expect(out.lines.map((l) => l.removedBy ?? null)).toEqual([null, "header-leftovers", null, null, null]);
    expect(isLabelledStamp("Publié le 4 mars 2026 à 07h15")).toBe(true);
    expect(isLabelledStamp("4 mars 2026")).toBe(false);
  });
});

