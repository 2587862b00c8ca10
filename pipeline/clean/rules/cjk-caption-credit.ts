// Finds the photo credits of Chinese, Japanese and Korean pages — a caption ending in a bracketed
// credit ("審議会の様子（写真：共同）", "시민들이 줄을 서 있다(사진=연합뉴스)"), a credit line alone
// ("图片来源：新华社", "사진=연합뉴스"), a caption's sentence followed by an unbracketed credit ("… 있다.
// 사진=박지훈 기자") or a caption signed "新华社记者 李明 摄" — keeps them in `image_credits` and removes the line. These
// scripts put no space before the bracket and use full-width marks and "=", which photo-credit.ts's
// patterns (a space or a sentence end before "(Photo: ...)") do not read. A caption above the story
// goes whole; one inside it (after running text) keeps its words, which describe the story's picture,
// and loses only the credit.
import type { Rule } from "../../rules.ts";
import { isProse } from "../../document.ts";

/** Credit words of the three languages: photo, shot by, image source, picture, (Korean) photo. */
const CJK_CREDIT = "写真|撮影|摄影|攝影|图片来源|圖片來源|图片|圖片|图|圖|사진|자료사진";
/** A CJK character (Han, kana, Hangul) or the ideographic full stop: what a caption in these scripts ends with. */
const CJK_END = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}。」』]";
/** The credit itself: a short name or agency, no brackets, no sentence end. */
const CREDIT = "([^()（）。\\n]{1,40}?)";
/** "（写真：共同）" after a caption that ends in a CJK character. */
const CAPTION_TAIL = new RegExp(`^(.{2,150}?${CJK_END})\\s*[（(]\\s*(?:${CJK_CREDIT})\\s*[：:=／/]\\s*${CREDIT}\\s*[)）]$`, "u");
/** "시민들이 … 있다. 사진=박지훈 기자": a caption's sentence, then the credit without brackets (Korean pages). */
const OPEN_TAIL = new RegExp(`^(.{2,150}?(?:${CJK_END}|\\.))\\s+(?:${CJK_CREDIT})\\s?[：:=]\\s?${CREDIT}$`, "u");
/** "写真：共同" or "（사진=연합뉴스）" alone on a line. */
const CREDIT_LINE = new RegExp(`^[（(]?\\s*(?:${CJK_CREDIT})\\s*[：:=／/]\\s*${CREDIT}\\s*[)）]?$`, "u");
/**
 * The first characters of CJK_CREDIT's words: a line holding none of them matches neither pattern
 * above, so most lines (every line of a page in another script) skip both Unicode patterns.
 */
const CREDIT_START = /[写撮摄攝图圖사자]/;
/** May `t` match CREDIT_LINE or CAPTION_TAIL? (False only where neither can.) */
export const mayHoldCjkCredit = (t: string): boolean => CREDIT_START.test(t);

/**
 * A Chinese caption signed by its photographer: "游客在公园内赏花拍照。新华社记者 李明 摄" — the reporter
 * (after "记者" or the agency) or a name set off by a space, then "摄" (photographed by) ending the line.
 * Group 1: the credit (agency, "记者" and the name).
 */
const SHOT_BY = /(?:^|[。！？\s])((?:[^。！？\s]{0,12}(?:记者|記者|通讯员|通訊員)\s*)[\p{sc=Han}]{2,4}(?:[、，\s]\s*[\p{sc=Han}]{2,4}){0,2}|(?<=\s)[\p{sc=Han}]{2,4}(?=\s))\s*(?:摄|攝)$/u;

/** A line of running text: a prose line, or (scripts without spaces) forty characters ending in a sentence mark. */
const LONG_CJK = 40;
const SENTENCE_END = /[。！？.!?」』”]$/u;
const running = (t: string): boolean => isProse(t) || (t.length >= LONG_CJK && SENTENCE_END.test(t));

export const cjkCaptionCredit: Rule = {
  id: "cjk-caption-credit",
  description: "Moves CJK photo credits ('（写真：共同）' after a caption, '新华社记者 X 摄', '사진=연합뉴스' alone) to image_credits and removes them.",
  apply(ctx) {
    const lines = ctx.doc.lines;
    // Has running text come before line i? Then a caption is inside the story, where it is read as the
    // story's text (only its credit goes); above the story it is header furniture and goes whole.
    let seenText = false;
    lines.forEach((line, i) => {
      if (line.removedBy) return;
      const t = line.text.trim();
      const before = seenText;
      if (!seenText && running(t)) seenText = true;
      if (t.length > 200) return;
      const credit = mayHoldCjkCredit(t);
      const alone = credit ? CREDIT_LINE.exec(t) : null;
      if (alone) {
        ctx.capture("image_credits", alone[1].trim(), "CJK 'photo:' credit line", [i]);
        ctx.remove(i, i, "photo credit line");
        return;
      }
      let caption: string | null = null;
      const bracketed = credit ? CAPTION_TAIL.exec(t) : null;
      const tail = bracketed ?? (credit ? OPEN_TAIL.exec(t) : null);
      if (tail) {
        ctx.capture("image_credits", tail[2].trim(), bracketed ? "bracketed CJK credit at the end of a caption" : "CJK credit after a caption's sentence", [i]);
        caption = tail[1].trim();
      } else {
        const shot = t.length <= 150 && (t.endsWith("摄") || t.endsWith("攝")) ? SHOT_BY.exec(t) : null;
        if (!shot) return;
        ctx.capture("image_credits", shot[1].trim(), "caption signed by its photographer ('… 记者 X 摄')", [i]);
        caption = t.slice(0, t.lastIndexOf(shot[1])).trim();
      }
      if (before && caption) ctx.rewrite(i, caption, "credit cut from a caption inside the story");
      else ctx.remove(i, i, "image caption with credit");
    });
  },
};
