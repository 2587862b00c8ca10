// Quote-mark spans: every typographic tradition, apostrophes that are not quotes, nesting, unclosed marks.
import { describe, expect, it } from "vitest";
import { findMarkSpans } from "../../pipeline/quotes/spans.ts";

const texts = (p: string) => findMarkSpans(p).map((s) => p.slice(s.contentStart, s.contentEnd));

describe("findMarkSpans", () => {
  it.each([
    ["English curly", "He said “the plan will go ahead” today.", "the plan will go ahead"],
    ["straight", 'He said "the plan will go ahead" today.', "the plan will go ahead"],
    ["German low-high", "Er sagte: „Der Plan wird umgesetzt“ und ging.", "Der Plan wird umgesetzt"],
    ["German chevrons", "Er sagte: »Der Plan wird umgesetzt« und ging.", "Der Plan wird umgesetzt"],
    ["French guillemets with spaces", "Il a dit : « Le plan sera appliqué » hier.", " Le plan sera appliqué "],
    ["Japanese corner brackets", "首相は「計画を実行する」と述べた。", "計画を実行する"],
    ["Japanese white corner brackets", "彼は『必ず戻る』と言った。", "必ず戻る"],
    ["British single", "‘We will win this seat,’ she said.", "We will win this seat,"],
  ])("%s", (_name, p, want) => {
    expect(texts(p)).toEqual([want]);
  });

  it("does not take apostrophes for quotation marks", () => {
    expect(texts("It’s the players’ union and rock ’n’ roll in the ’90s, isn't it?")).toEqual([]);
  });

  it("keeps a nested quotation inside the outer one", () => {
    expect(texts("“I thought, ‘Oh no, they’re late,’ ” she said.")).toEqual(["I thought, ‘Oh no, they’re late,’ "]);
  });

  it("closes a straight quote preceded by a space", () => {
    expect(texts('"Who are we as a nation? " she wrote. "The answer is compassion."')).toEqual(["Who are we as a nation? ", "The answer is compassion."]);
  });

  it("pairs a curly opener with a straight closer", () => {
    expect(texts('“China is playing a constructive role," Zhao said.')).toEqual(["China is playing a constructive role,"]);
  });

  it("runs an unclosed quotation to the end of the paragraph", () => {
    const spans = findMarkSpans("She said: “These rioters will face the consequences.");
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(false);
  });

  it("never treats book-title brackets as quotations", () => {
    expect(texts("他读了《红楼梦》这本书。")).toEqual([]);
  });
});
