// Chinese, Japanese and Korean bylines, which print no lead word before the name in the Latin way: a
// Chinese name list after "记者" up to a role word, a Korean name before "기자" (a wire byline's names
// before "기자 ="), a Japanese reporter's name in brackets signing the article, and the paragraph of
// running text that merely opens with such a credit (which stays in the body).
import { CJK_BYLINE_STOPS, KOREAN_ROLES_AFTER_NAME } from "../../lexicon/bylines.ts";
import { alt } from "./shared.ts";
import { CJK_NAME } from "./person-name.ts";

const CJK_STOPS = new Set(CJK_BYLINE_STOPS);
/** Does the word end on a role or "reports" ("台北報導": Taipei reports)? Then it is a place or a role, no name. */
export const endsOnCjkStop = (w: string): boolean => CJK_BYLINE_STOPS.some((s) => w.length > s.length && w.endsWith(s));
const HANGUL = /[\uac00-\ud7a3]/;
/** Korean bylines: "홍길동 기자", "홍길동·김철수 기자". */
const KOREAN_BYLINE = new RegExp(
  `(?<![\\p{sc=Hangul}])((?:\\p{sc=Hangul}{2,4}\\s?[·,]\\s?){0,4}\\p{sc=Hangul}{2,4})\\s?(?:${alt(KOREAN_ROLES_AFTER_NAME)})(?![\\p{sc=Hangul}])`,
  "u",
);

/** Chinese, Japanese and Korean running text: this many ideographs, kana and Hangul, ending like a sentence. */
const PROSE_CJK_LETTERS = 30;
const CJK_LETTER = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;
/** A Japanese article signs off with its reporter in brackets: "（山田太郎）", "（山田 太郎）" (3–5 kanji). */
const BRACKETED_NAME = /^[（(]\s?(\p{sc=Han}{3,5}|\p{sc=Han}{1,3}\s\p{sc=Han}{1,3})\s?[）)]$/u;
/** Agencies, papers, desks and roles printed in the same brackets: "（共同）", "（編集委員）". */
const NOT_A_SIGNATURE = /共同|時事|通信|新聞|新華社|聯合|聨合|編集|委員|記者|特派員|支局|総局|本社|論説|写真|動画|図表|資料|提供|撮影|社説|解説/u;
/** Names before a Korean wire byline's "기자 =", after the dateline's bracket or at the line's start. */
const KOREAN_WIRE_NAMES = /(?:^|[\]\)]\s*)((?:\p{sc=Hangul}{2,4}\s)+)$/u;
const WIRE_AFTER = /^\s?=/;
/** The sentence after a Korean wire byline's "기자 =": "(서울=연합뉴스) 이수진 기자 = 전국 주요 … 확정됐다." */
const AFTER_WIRE_BYLINE = /기자\s?=\s?(.+)$/u;
/** A sentence after "기자 =" of this many letters is the story's first sentence, however short the paragraph. */
const WIRE_SENTENCE_LETTERS = 8;
/** Is the line a paragraph of running text that merely opens with a byline? (A Latin-script one is too long to be a byline line.) */
export const opensProse = (text: string): boolean => {
  const t = text.trim();
  if (!/[.!?。！？」”]$/u.test(t)) return false;
  if ((t.match(CJK_LETTER)?.length ?? 0) >= PROSE_CJK_LETTERS) return true;
  const wire = AFTER_WIRE_BYLINE.exec(t);
  return wire !== null && (wire[1].match(CJK_LETTER)?.length ?? 0) >= WIRE_SENTENCE_LETTERS;
};

/** Chinese names (2–4 characters each) listed after a lead, up to a role word ("记者 王小明 李华 报道"). */
export function cjkNames(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (CJK_STOPS.has(w) || !CJK_NAME.test(w)) break;
    out.push(w);
  }
  return out;
}

/** A picture label right before the names: "사진=박지훈 기자" credits the photographer, "그래픽=…" the graphic's maker. */
const KOREAN_PICTURE_LABEL = /(?:사진|그래픽|영상|촬영|일러스트|인포그래픽)\s?[=:/／]\s?$/u;

/** Korean reporters named before their title ("홍길동·김철수 기자"; a wire byline's "김민수 이영희 기자 = …"), or null. */
export function koreanNames(text: string): string[] | null {
  const korean = HANGUL.test(text) ? KOREAN_BYLINE.exec(text) : null;
  if (!korean) return null;
  // A caption's photo credit ("… 사진=박지훈 기자") names the photographer, no author.
  if (KOREAN_PICTURE_LABEL.test(text.slice(0, korean.index))) return null;
  const names: string[] = [];
  // A wire byline lists its reporters with spaces: "(서울=연합뉴스) 김민수 이영희 기자 = …".
  const wire = WIRE_AFTER.test(text.slice(korean.index + korean[0].length)) ? KOREAN_WIRE_NAMES.exec(text.slice(0, korean.index)) : null;
  if (wire) names.push(...wire[1].trim().split(/\s+/));
  names.push(...korean[1].split(/\s?[·,]\s?/u));
  return names;
}

/** A Japanese reporter's name in brackets signing the article ("（山田太郎）"), not an agency or a desk. */
export function bracketedSignature(text: string): string | null {
  const signed = BRACKETED_NAME.exec(text.trim());
  return signed && !NOT_A_SIGNATURE.test(signed[1]) ? signed[1] : null;
}
