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

  it("joins a paragraph of thousands of wrapped lines", () => {
    // Lines of equal length with no blank line: the whole text is one wrapped paragraph.
    const line = "word ".repeat(40).trim();
    const doc = toWorkingDoc("t.txt", (line + "\n").repeat(2000));
    expect(doc.wrapWidth).toBe(line.length);
    const paras = paragraphs(doc);
    expect(paras).toHaveLength(1);
    expect(paras[0].text).toBe(Array(2000).fill(line).join(" "));
    // Script changes at the breaks: the space depends on the characters on both sides of each break.
    const parts = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? "日本 " : i % 3 === 1 ? " abc" : "def語"));
    expect(joinWrapped(parts)).toBe("日本abc def語".repeat(1000));
  });

  it("is what paragraphs() uses for a hard-wrapped dump", () => {
    const wide = "あ".repeat(50);
    const lines = [wide, "いうえお。", "", "x".repeat(10)];
    // Wrap width is taken from the document; set it as a text-browser dump would have it.
    const doc = { ...toWorkingDoc("t.txt", lines.join("\n")), wrapWidth: 100 };
    expect(paragraphs(doc)[0].text).toBe(`${wide}いうえお。`);
  });
});
