// Credits that are no byline: "Photo by X", "Data provided by X", "Foto: X", "新华社记者 王明 摄" (a
// photographer), "文/王明 图/李华" (the picture's credit after the writer's). A byline lead after a credit
// word is skipped, a photo-credit line names no author, and a picture label cuts a name list short.
import { CJK_PHOTO_CREDIT, LEAD_CREDIT_WORDS } from "../../lexicon/bylines.ts";
import { alt } from "./shared.ts";

/** Words before "by" that make it a credit, not a byline ("Photo by", "Data provided by"). */
export const CREDIT_BEFORE_LEAD = new RegExp(`(?<![\\p{L}])(?:${alt(LEAD_CREDIT_WORDS)})\\s{0,3}[:：]?\\s{0,3}$`, "iu");
/** A credit label: "Photo:", "Foto by", "Illustration:". */
export const CREDIT_LABEL = new RegExp(`(?<![\\p{L}])(?:${alt(LEAD_CREDIT_WORDS)})\\s{0,2}(?:[:：]|by\\b)`, "iu");
/** A Chinese photo credit ending the text ("… 摄"). */
const CJK_PHOTO = new RegExp(`(?:${alt(CJK_PHOTO_CREDIT)})\\s*$`, "u");
const CJK_PHOTO_LABEL = new RegExp(`\\s?(?:${alt(CJK_PHOTO_CREDIT)}|视频|視頻)\\s?[/／:：].*$`, "u");

/** Is the text a Chinese photo credit ("新华社记者 王小明 摄")? */
export const isCjkPhotoCredit = (t: string): boolean => CJK_PHOTO.test(t);
/** The text cut before a picture or video label ("文/王明 图/李华" → "文/王明"). */
export const cutCjkPictureLabel = (t: string): string => t.replace(CJK_PHOTO_LABEL, "");
