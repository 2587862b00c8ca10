// Pins trailing-label: a short paragraph that is no sentence, left as the article's last, goes (up to
// three, in any script); a closing sentence, a list item, a sign-off opening with a dash, a bracketed
// note and a page with no running text before the label stay.
import { describe, expect, it } from "vitest";
import { trailingLabel, trailingLabelRule } from "../../../pipeline/clean/rules/trailing-label.ts";
import { kept, logOf, run, wholeRegion } from "./run.ts";

const article = [
  "The city library will reopen on Monday after eight months of repairs to its roof and heating system.",
  "",
  "Visitors will find a new reading room on the first floor and longer opening hours on Saturdays.",
];

describe("trailing-label", () => {
  it("removes a short label left at the end, in several languages and scripts, and logs it", () => {
    for (const label of ["Topics", "## Related links", "Zurück zur Übersicht", "Commenter cet article", "أضف تعليقا", "0"]) {
      const doc = run([...article, "", label], [wholeRegion, trailingLabelRule]);
      expect(kept(doc)).toEqual(article.filter(Boolean));
      expect(logOf(doc, "trailing-label")[0]).toMatchObject({ action: "removed", first_line: 5 });
      expect(doc.article!.end).toBe(2);
    }
  });

  it("removes it as metadata, so that the extract rules still read a footer naming the outlet", () => {
    const doc = run([...article, "", "Harbour Courier – Oslo"], [wholeRegion, trailingLabelRule]);
    expect(doc.lines[4]).toMatchObject({ removedBy: "trailing-label", removedAs: "metadata" });
  });

  it("removes a chain of labels, at most three", () => {
    const doc = run([...article, "", "Tags", "", "Schools", "", "Libraries", "", "City news"], [wholeRegion, trailingLabelRule]);
    expect(kept(doc)).toEqual([...article.filter(Boolean), "Tags"]);
    expect(logOf(doc, "trailing-label")).toHaveLength(3);
  });

  it("keeps closing sentences, list items, sign-offs, notes in brackets and longer lines", () => {
    for (const end of ["Thank you for reading.", "- 200 g sugar", "3. Serve warm", "— Anna Berg, Oslo", "(with agencies)", "「終わり」", "The museum in the old town hall stays closed until further notice"]) {
      expect(trailingLabel(end)).toBe(false);
      const doc = run([...article, "", end], [wholeRegion, trailingLabelRule]);
      expect(kept(doc)).toContain(end);
    }
  });

  it("leaves a page without running text before the label alone", () => {
    const doc = run(["Opening hours", "", "Monday to Friday", "", "Contact"], [wholeRegion, trailingLabelRule]);
    expect(kept(doc)).toHaveLength(3);
  });

  it("takes a wrapped paragraph whole: its short last line is no label", () => {
    const doc = run([...article, "", "The reading room is on the first floor, next to the", "children's corner"], [wholeRegion, trailingLabelRule]);
    expect(kept(doc)).toContain("children's corner");
  });
});
