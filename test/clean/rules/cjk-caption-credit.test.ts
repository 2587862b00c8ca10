// Pins cjk-caption-credit: a Chinese, Japanese or Korean caption ending in a bracketed credit
// ("審議会の様子（写真：共同）") and a credit line alone ("图片来源：新华社", "사진=연합뉴스") go to
// image_credits and are removed; prose that mentions photos, and Latin captions, stay.
import { describe, expect, it } from "vitest";
import { cjkCaptionCredit } from "../../../pipeline/clean/rules/cjk-caption-credit.ts";
import { kept, logOf, removed, run } from "./run.ts";

describe("cjk-caption-credit", () => {
  const page = [
    "審議会の様子（写真：共同）", // 1 Japanese caption, full-width brackets and colon
    "市民们在广场上排队(图片来源：新华社)", // 2 Chinese caption, ASCII brackets
    "사진=연합뉴스", // 3 Korean credit alone, with "="
    "写真：山田太郎", // 4 Japanese credit alone
    "厚生労働省の審議会は２５日、今年度の最低賃金の目安を決めた。写真家の展示も始まった。", // 5 prose with 写真 in a word
    "The minister at the summit (Photo: AFP)", // 6 a Latin caption: photo-credit.ts's
    "图片来源：新华社记者在现场拍摄了大量照片，并向读者介绍了事件的全部经过和背景。", // 7 too long for a credit, a sentence
  ];
  const doc = run(page, [cjkCaptionCredit]);

  it("moves the credits to image_credits and removes their lines", () => {
    expect(doc.captured.image_credits).toEqual(["共同", "新华社", "연합뉴스", "山田太郎"]);
    expect(removed(doc)).toEqual([1, 2, 3, 4].map((n) => [n, "cjk-caption-credit", "boilerplate"]));
    expect(doc.captured.authors).toEqual([]);
  });

  it("keeps prose, Latin captions and long lines", () => {
    expect(kept(doc)).toEqual([page[4], page[5], page[6]]);
  });

  it("logs the kind of credit", () => {
    expect(logOf(doc, "cjk-caption-credit").map((e) => [e.action, e.first_line, e.reason])).toEqual([
      ["captured", 1, "bracketed CJK credit at the end of a caption"],
      ["removed", 1, "image caption with credit"],
      ["captured", 2, "bracketed CJK credit at the end of a caption"],
      ["removed", 2, "image caption with credit"],
      ["captured", 3, "CJK 'photo:' credit line"],
      ["removed", 3, "photo credit line"],
      ["captured", 4, "CJK 'photo:' credit line"],
      ["removed", 4, "photo credit line"],
    ]);
  });
});

describe("cjk-caption-credit: a Chinese caption signed by its photographer", () => {
  it("removes '… 记者 X 摄' captions and credit lines, and keeps a sentence ending in 拍摄", () => {
    const page = [
      "3月20日，游客在公园内赏花拍照。新华社记者 李明 摄", // 1
      "新华社记者李明摄", // 2 no spaces
      "市民在街头排队购买年货。本报记者 张三、李四 摄", // 3 two photographers
      "他说这张照片是在公园里拍摄", // 4 prose: 拍摄 (to shoot), no reporter
    ];
    const doc = run(page, [cjkCaptionCredit]);
    expect(doc.captured.image_credits).toEqual(["新华社记者 李明", "新华社记者李明", "本报记者 张三、李四"]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3]);
    expect(kept(doc)).toEqual([page[3]]);
    expect(logOf(doc, "cjk-caption-credit")[0].reason).toBe("caption signed by its photographer ('… 记者 X 摄')");
  });
});

describe("cjk-caption-credit: a caption inside the story", () => {
  it("keeps the caption's words and cuts only the credit once running text has come before it", () => {
    const story = "记者从农业农村部获悉，目前全国冬小麦播种已基本结束，播种面积保持稳定，苗情总体好于上年，专家表示今年秋季墒情适宜。";
    const page = [story, "", "2月17日，护士在献血浆时拍照留念。新华社记者 才扬 摄", "", "审议会的样子（写真：共同）"];
    const doc = run(page, [cjkCaptionCredit]);
    expect(doc.captured.image_credits).toEqual(["新华社记者 才扬", "共同"]);
    expect(removed(doc)).toEqual([]);
    expect(kept(doc)).toEqual([story, "2月17日，护士在献血浆时拍照留念。", "审议会的样子"]);
    expect(logOf(doc, "cjk-caption-credit").filter((e) => e.action === "rewrote").map((e) => e.reason)).toEqual([
      "credit cut from a caption inside the story",
      "credit cut from a caption inside the story",
    ]);
  });

  it("reads a Korean credit after a caption's sentence, unbracketed ('… 있다. 사진=박지훈 기자')", () => {
    const d = run(["시민들이 지하철 개찰구를 지나고 있다. 사진=박지훈 기자", "", "서울시는 다음 달부터 지하철 기본요금을 150원 인상한다고 12일 밝혔다."], [cjkCaptionCredit]);
    expect(d.captured.image_credits).toEqual(["박지훈 기자"]);
    expect(kept(d)).toEqual(["서울시는 다음 달부터 지하철 기본요금을 150원 인상한다고 12일 밝혔다."]);
    expect(logOf(d, "cjk-caption-credit")[0].reason).toBe("CJK credit after a caption's sentence");
  });
});

