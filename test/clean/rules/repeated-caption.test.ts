// Pins repeated-caption: a paragraph of five or more words printed twice within two paragraphs in the
// article goes, both copies (an image's alt text and caption); near the top only the first copy goes (a
// teaser repeating the lead); short repeats and copies further apart stay.
import { describe, expect, it } from "vitest";
import { repeatedCaption } from "../../../pipeline/clean/rules/repeated-caption.ts";
import { kept, logOf, run, wholeRegion } from "./run.ts";

const p = [
  "The regional council approved the new tram line on Thursday after a debate that lasted more than six hours.",
  "Construction is due to begin next spring, and the first trams should run along the river by 2027.",
  "Opponents said the money would be better spent on buses, which can serve the villages outside the city.",
  "The mayor said the line would take thousands of cars off the roads every day.",
];
const caption = "The mayor speaks to reporters outside the town hall in Brno on Thursday.";
const para = (lines: string[]) => lines.flatMap((l) => [l, ""]);

describe("repeated-caption", () => {
  it("removes both copies of a caption printed twice in the article, with a credit between", () => {
    const doc = run(para([...p.slice(0, 3), caption, "Photo: Jan Novak", `• ${caption}`, p[3]]), [wholeRegion, repeatedCaption]);
    expect(kept(doc)).toEqual([...p.slice(0, 3), "Photo: Jan Novak", p[3]]);
    expect(logOf(doc, "repeated-caption").map((e) => e.first_line)).toEqual([7, 11]);
  });

  it("keeps the lead when a teaser above it repeats it", () => {
    const doc = run(para([p[0], p[0], ...p.slice(1)]), [wholeRegion, repeatedCaption]);
    expect(kept(doc)).toEqual(p);
    expect(logOf(doc, "repeated-caption")[0].reason).toContain("teaser of the lead");
  });

  it("leaves short repeats and copies three paragraphs apart", () => {
    const short = run(para([...p.slice(0, 3), "Read more here", p[3], "Read more here"]), [wholeRegion, repeatedCaption]);
    expect(kept(short)).toHaveLength(6);
    const far = run(para([...p.slice(0, 3), caption, p[0], p[1], p[2], caption]), [wholeRegion, repeatedCaption]);
    expect(kept(far)).toHaveLength(8);
    // (a page of one paragraph printed twice keeps one copy)
    expect(kept(run(para([caption, caption]), [wholeRegion, repeatedCaption]))).toEqual([caption]);
  });
});
