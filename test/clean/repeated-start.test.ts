import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { blockFeatures, FEATURES } from "../../pipeline/clean/block-features.ts";
import { prefixKey, sharedPrefix } from "../../pipeline/clean/block-text.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";

describe("repeated block starts (repStart, win3Repeated)", () => {
  it("keys a block by its first five words, in any script, and not a shorter block", () => {
    expect(prefixKey("u.s. defense secretary mark esper, left, and the minister")).toBe("u s defense secretary mark");
    expect(prefixKey("• hibernating astronauts would need smaller spacecraft")).toBe("hibernating astronauts would need smaller");
    expect(prefixKey("one two three four five")).toBe("one two three four five");
    expect(prefixKey("photo: jane doe, ap")).toBeNull();
    expect(prefixKey("министр обороны заявил в среду, что")).toBe("министр обороны заявил в среду");
  });

  it("marks blocks that open with the same five words as another block of the page", () => {
    expect(sharedPrefix(["a b c d e", null, "a b c d e", "f g h i j"])).toEqual([true, false, true, false]);
  });

  it("flags a caption printed twice with different endings, not the paragraphs around it", () => {
    const caption = "The defence minister shakes hands with his counterpart in Hanoi on Wednesday";
    const text = [
      "The minister arrived in the capital on Tuesday evening for three days of talks on maritime security.",
      "",
      `${caption}. Photo: Jane Doe, AP`,
      "",
      `${caption}. less`,
      "",
      "He said the two countries would hold joint exercises next year and share more information.",
    ].join("\n");
    const doc = toWorkingDoc("t.txt", text);
    const rows = blockFeatures(buildBlocks(doc), doc);
    expect(rows.map((r) => r[FEATURES.indexOf("repStart")])).toEqual([0, 1, 1, 0]);
    // the paragraphs next to the repeated captions see them in their window
    expect(rows[0][FEATURES.indexOf("win3Repeated")]).toBeGreaterThan(0);
  });
});
