import { describe, expect, it } from "vitest";
import { joinWrapped, paragraphs } from "../../pipeline/document.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";

describe("joinWrapped", () => {
  it("joins wrapped Latin lines with a space", () => {
    expect(joinWrapped(["The council met on Monday and", "  agreed to the plan."])).toBe("The council met on Monday and agreed to the plan.");
  });

  it("joins a break next to a Japanese or Chinese character without a space", () => {
    expect(joinWrapped(["今日は天気がとても良いので、公園まで", "散歩に行きました。"])).toBe("今日は天気がとても良いので、公園まで散歩に行きました。");
    expect(joinWrapped(["新しいアプリWidget", "を試しました。"])).toBe("新しいアプリWidgetを試しました。");
    expect(joinWrapped(["我们今天去了", "北京。"])).toBe("我们今天去了北京。");
  });

  it("keeps the space for Korean, which separates words with spaces", () => {
    expect(joinWrapped(["오늘은 날씨가", "좋습니다."])).toBe("오늘은 날씨가 좋습니다.");
  });

  it("is what paragraphs() uses for a hard-wrapped dump", () => {
    const wide = "あ".repeat(50);
    const lines = [wide, "いうえお。", "", "x".repeat(10)];
    // Wrap width is taken from the document; set it as a text-browser dump would have it.
    const doc = { ...toWorkingDoc("t.txt", lines.join("\n")), wrapWidth: 100 };
    expect(paragraphs(doc)[0].text).toBe(`${wide}いうえお。`);
  });
});
