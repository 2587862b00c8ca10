import { describe, expect, it } from "vitest";
import { linkDensity, stripInlineMarkdown } from "../../pipeline/text/markdown.ts";

describe("markdown links", () => {
  it("recognises a link whose title attribute is long (related-post teasers), so it counts as link text", () => {
    const teaser = "A long teaser that the site put into the link's title attribute. ".repeat(8).trim();
    const line = `-   [Mayor opens the new library](https://example.org/2019/05/library.html "${teaser}")`;
    expect(linkDensity(line)).toBeGreaterThan(0.8);
    expect(stripInlineMarkdown(line)).toBe("-   Mayor opens the new library");
  });
});

describe("images", () => {
  it("drops a linked image with its alt text, keeping the words around it", () => {
    const line = `[![A man waves from a boat on the river, Friday. (Photo agency)](https://img.example.org/a.jpg?s=600)](https://example.org/gallery/1) Boats came back to the river on Friday.`;
    expect(stripInlineMarkdown(line).trim()).toBe("Boats came back to the river on Friday.");
    expect(stripInlineMarkdown("Before ![a cat](x.png) after")).toBe("Before  after");
  });
});
