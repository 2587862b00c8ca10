// cjk-caption-credit skips its two Unicode patterns on a line holding none of its credit words' first
// characters (mayHoldCjkCredit). The prefilter may only skip lines neither pattern matches: checked
// against copies of the patterns on credit-shaped and random lines and on the bench pages' lines.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { mayHoldCjkCredit } from "../../pipeline/clean/rules/cjk-caption-credit.ts";
import { rng } from "../helpers/rng.ts";
import { TRAFILATURA_DEV, ZYTE_DEV } from "../../scripts/lib/sites.ts";

// The rule's patterns, as written.
const CJK_CREDIT = "写真|撮影|摄影|攝影|图片来源|圖片來源|图片|圖片|图|圖|사진|자료사진";
const CJK_END = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}。」』]";
const CREDIT = "([^()（）。\\n]{1,40}?)";
const CAPTION_TAIL = new RegExp(`^(.{2,150}?${CJK_END})\\s*[（(]\\s*(?:${CJK_CREDIT})\\s*[：:=／/]\\s*${CREDIT}\\s*[)）]$`, "u");
const CREDIT_LINE = new RegExp(`^[（(]?\\s*(?:${CJK_CREDIT})\\s*[：:=／/]\\s*${CREDIT}\\s*[)）]?$`, "u");

/** The prefilter lets through every line that either pattern matches; returns whether one did. */
function check(line: string): boolean {
  const t = line.trim();
  const matched = CAPTION_TAIL.test(t) || CREDIT_LINE.test(t);
  if (matched) expect(mayHoldCjkCredit(t), t).toBe(true);
  return matched;
}

const PIECES = [
  ...CJK_CREDIT.split("|"),
  "（", "）", "(", ")", "：", ":", "=", "／", "/", " ", "　", "。", "」", "共同", "新华社", "연합뉴스", "会議", "の", "様子", "시민",
  "Photo", "AFP", "x", "1", "写", "사", "자료",
];

describe("cjk-caption-credit prefilter", () => {
  it("passes every credit-shaped and random line the patterns match", () => {
    const r = rng(29);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    let matched = 0;
    for (let k = 0; k < 20000; k++) {
      const n = 1 + Math.floor(r() * 10);
      const line = Array.from({ length: n }, () => pick(PIECES)).join("");
      if (check(line)) matched++;
      // A caption with a credit in brackets, as pages print it.
      if (check(`${pick(["審議会の様子", "시민들이 줄을 서 있다", "游客在公园"])}${pick(["（", "("])}${pick(CJK_CREDIT.split("|"))}${pick(["：", "=", "/"])}${pick(["共同", "연합뉴스", "AP"])}${pick(["）", ")"])}`)) matched++;
    }
    expect(matched).toBeGreaterThan(10000);
  }, 60_000);

  it("skips lines without a credit word", () => {
    expect(mayHoldCjkCredit("The minister spoke on Tuesday (Photo: AFP)")).toBe(false);
    expect(mayHoldCjkCredit("審議会の様子（写真：共同）")).toBe(true);
    expect(mayHoldCjkCredit("사진=연합뉴스")).toBe(true);
  });

  // The bench pages (../shared/bench; skipped where they are absent).
  for (const bench of [ZYTE_DEV, TRAFILATURA_DEV]) {
    const dir = path.join(bench, "raw");
    it.skipIf(!existsSync(dir))(`passes every matching line of ${path.basename(bench)}`, () => {
      for (const f of readdirSync(dir)) for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) check(line);
    }, 60_000);
  }
});
