import { describe, expect, it } from "vitest";
import { shortDumpWidth } from "../../pipeline/clean/short-dump-width.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";

// A text-browser dump of a page whose article is one paragraph under a menu: too few wrapped lines
// for detectWrapWidth.
const menu = ["Home", "", "  • News", "  • Sport", "  • Weather", "  • Contact", ""];
const para = [
  "Forty thousand hectares of farmland are lost every year to erosion along the river, according to a",
  "survey published on Tuesday by the regional institute for soil research, which measured the banks",
  "over ten years.",
];

describe("shortDumpWidth: the wrap width of a dump with only a paragraph or two", () => {
  it("finds the width from two lines broken at it that go on in running text", () => {
    expect(shortDumpWidth([...menu, ...para, "", "Author: J. Smith"])).toBe(para[0].length);
  });

  it("re-joins the paragraph into one block", () => {
    const doc = toWorkingDoc("t.txt", [...menu, ...para, "", "Author: J. Smith"].join("\n"));
    const blocks = buildBlocks(doc);
    expect(blocks.map((b) => b.text)).toContain(para.join(" "));
  });

  it("needs two broken lines: one long line over a short one is no wrapped paragraph", () => {
    expect(shortDumpWidth([...menu, para[0], "over ten years.", "", "Author: J. Smith"])).toBeNull();
  });

  it("finds none in Markdown: paragraphs on single lines, list items and table rows after long lines", () => {
    const long = "The committee met on Monday to discuss the budget for the coming year and agreed on most of it.";
    expect(shortDumpWidth([long, "", long, "", "- " + long, "- " + long, "- short item"])).toBeNull();
    expect(shortDumpWidth(["| " + long + " |", "| " + long + " |", "| " + long + " |"])).toBeNull();
    // paragraphs much wider than any width a browser wraps at, with one pair of long lines
    const wide = long.repeat(3);
    expect(shortDumpWidth([wide, "", wide, "", long, long, "", wide])).toBeNull();
  });

  it("allows one line wider than the width (an address that could not be broken)", () => {
    const url = "https://example.org/" + "a".repeat(120);
    expect(shortDumpWidth([url, "", ...para])).toBe(para[0].length);
  });
});

describe("shortDumpWidth: lines of a text without blank lines between paragraphs", () => {
  it("finds none when the line after a long one is followed by more text, not by a blank line", () => {
    const long = "The harbour wall will be repaired next spring after the winter storms damaged it badly.";
    expect(shortDumpWidth(["Harbour wall to be repaired", long, "Mayor Ann Lee said the work would start soon.", long, "Posted by Bo Park", "Contact us"])).toBeNull();
  });
});
