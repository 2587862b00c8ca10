// Pins dangling-lead-in: a short paragraph ending in a colon, or a related-article lead-in of the word
// list, left as the article's last paragraph after its running text goes; a lead-in that introduces code
// or follows a sentence on its line, a longer sentence ending in a colon, and a page with no running
// text before the lead-in stay.
import { describe, expect, it } from "vitest";
import { danglingLead, danglingLeadIn } from "../../../pipeline/clean/rules/dangling-lead-in.ts";
import { kept, logOf, run, wholeRegion } from "./run.ts";

const article = [
  "The city library will reopen on Monday after eight months of repairs to its roof and heating system.",
  "",
  "Visitors will find a new reading room on the first floor and longer opening hours on Saturdays.",
];

describe("dangling-lead-in", () => {
  it("removes a colon lead-in left at the end, in several languages, and logs it", () => {
    for (const lead of ["### You might also like:", "Das könnte dich auch interessieren:", "Plus d'articles :", "Autorzy:", "相关文章："]) {
      const doc = run([...article, "", lead], [wholeRegion, danglingLeadIn]);
      expect(kept(doc)).toEqual(article.filter(Boolean));
      expect(logOf(doc, "dangling-lead-in")[0]).toMatchObject({ action: "removed", first_line: 5 });
      expect(doc.article!.end).toBe(2);
    }
  });

  it("removes related-article lead-ins of the word list without a colon, and a chain of two", () => {
    const doc = run([...article, "", "**See also**", "", "Read more »"], [wholeRegion, danglingLeadIn]);
    expect(kept(doc)).toEqual(article.filter(Boolean));
    expect(logOf(doc, "dangling-lead-in")).toHaveLength(2);
  });

  it("keeps a lead-in to code, one after a sentence, a long one, and a closing line of text", () => {
    expect(danglingLead("You can install it with `pip`:")).toBe(false);
    expect(danglingLead("The fix is simple. In short:")).toBe(false);
    expect(danglingLead("The minister then read out the full statement of the government to the press:")).toBe(false);
    expect(danglingLead("Thank you for reading.")).toBe(false);
    expect(danglingLead("Tags:")).toBe(true);
    for (const end of ["The minister then read out the full statement of the government to the press:", "— Anna Berg, Oslo"]) {
      const doc = run([...article, "", end], [wholeRegion, danglingLeadIn]);
      expect(kept(doc)).toContain(end);
    }
  });

  it("leaves a page with no running text before the lead-in alone", () => {
    const doc = run(["Opening hours", "", "Useful links:"], [wholeRegion, danglingLeadIn]);
    expect(kept(doc)).toEqual(["Opening hours", "Useful links:"]);
  });
});
