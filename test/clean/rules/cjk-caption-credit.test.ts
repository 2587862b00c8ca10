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
