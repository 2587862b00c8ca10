// Finds the photo credits of Chinese, Japanese and Korean pages — a caption ending in a bracketed
// credit ("審議会の様子（写真：共同）", "시민들이 줄을 서 있다(사진=연합뉴스)") or a credit line alone
// ("图片来源：新华社", "사진=연합뉴스") — keeps them in `image_credits` and removes the line. These
// scripts put no space before the bracket and use full-width marks and "=", which photo-credit.ts's
// patterns (a space or a sentence end before "(Photo: ...)") do not read.
import type { Rule } from "../../rules.ts";

/** Credit words of the three languages: photo, shot by, image source, picture, (Korean) photo. */
const CJK_CREDIT = "写真|撮影|摄影|攝影|图片来源|圖片來源|图片|圖片|图|圖|사진|자료사진";
/** A CJK character (Han, kana, Hangul) or the ideographic full stop: what a caption in these scripts ends with. */
const CJK_END = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}。」』]";
/** The credit itself: a short name or agency, no brackets, no sentence end. */
const CREDIT = "([^()（）。\\n]{1,40}?)";
/** "（写真：共同）" after a caption that ends in a CJK character. */
const CAPTION_TAIL = new RegExp(`^(.{2,150}?${CJK_END})\\s*[（(]\\s*(?:${CJK_CREDIT})\\s*[：:=／/]\\s*${CREDIT}\\s*[)）]$`, "u");
/** "写真：共同" or "（사진=연합뉴스）" alone on a line. */
const CREDIT_LINE = new RegExp(`^[（(]?\\s*(?:${CJK_CREDIT})\\s*[：:=／/]\\s*${CREDIT}\\s*[)）]?$`, "u");

export const cjkCaptionCredit: Rule = {
  id: "cjk-caption-credit",
  description: "Moves CJK photo credits ('（写真：共同）' after a caption, '사진=연합뉴스' alone) to image_credits and removes their lines.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy) return;
      const t = line.text.trim();
      if (t.length > 200) return;
      const alone = CREDIT_LINE.exec(t);
      if (alone) {
        ctx.capture("image_credits", alone[1].trim(), "CJK 'photo:' credit line", [i]);
        ctx.remove(i, i, "photo credit line");
        return;
      }
      const tail = CAPTION_TAIL.exec(t);
      if (tail) {
        ctx.capture("image_credits", tail[2].trim(), "bracketed CJK credit at the end of a caption", [i]);
        ctx.remove(i, i, "image caption with credit");
      }
    });
  },
};
