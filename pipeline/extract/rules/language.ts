// Detects the article's language as an ISO 639-1 code. Scripts that belong to one language (or whose
// languages are told apart by their characters: kana → Japanese, Hangul → Korean, Han alone → Chinese,
// Thai, Greek, Hebrew, ...) are read from Unicode script counts; everything else goes to franc-min, a
// trigram model of the 82 most spoken languages (offline, maintained, small). franc runs on the body's
// longest paragraphs (prose, not menus), and its individual-language codes are mapped to their macro
// language (cmn → zh, zlm → ms, arb → ar). Indonesian and Malay, which its trigrams barely separate,
// are told apart by a few words each spells its own way.
import { francAll } from "franc-min";
import { iso6393To1 } from "iso-639-3";
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";
import { INDONESIAN_MARKERS, MACRO_LANGUAGE, MALAY_MARKERS, SCRIPT_LANGUAGES } from "../lexicon/languages.ts";

/** Fewer letters than this and the guess is not trusted: the field stays null. */
const MIN_CHARS = 40;
/** How much text franc reads (characters), taken from the longest paragraphs. */
const SAMPLE_CHARS = 6000;
/** A script decides the language when it holds at least this share of the letters. */
const SCRIPT_SHARE = 0.4;
/** Kana this share of the CJK characters makes Japanese (Japanese mixes kanji and kana). */
const KANA_SHARE = 0.05;
/** franc's runner-up counts as a tie within this score of the winner (scores are 1 for the best). */
const TIE = 0.02;

const SCRIPTS: [string, RegExp][] = [
  ["Han", /\p{sc=Han}/gu],
  ["Kana", /[\p{sc=Hiragana}\p{sc=Katakana}]/gu],
  ["Hangul", /\p{sc=Hangul}/gu],
  ["Thai", /\p{sc=Thai}/gu],
  ["Greek", /\p{sc=Greek}/gu],
  ["Hebrew", /\p{sc=Hebrew}/gu],
  ["Georgian", /\p{sc=Georgian}/gu],
  ["Armenian", /\p{sc=Armenian}/gu],
  ["Khmer", /\p{sc=Khmer}/gu],
  ["Lao", /\p{sc=Lao}/gu],
  ["Myanmar", /\p{sc=Myanmar}/gu],
  ["Sinhala", /\p{sc=Sinhala}/gu],
];

/** The language a script alone tells, or null when the text needs the trigram model. */
export function languageByScript(text: string): string | null {
  const letters = text.replace(/[^\p{L}]/gu, "").length;
  if (!letters) return null;
  const count: Record<string, number> = {};
  for (const [name, re] of SCRIPTS) count[name] = text.match(re)?.length ?? 0;
  const cjk = count.Han + count.Kana;
  if (count.Kana >= KANA_SHARE * Math.max(cjk, 1) && cjk >= SCRIPT_SHARE * letters) return "ja";
  if (count.Hangul >= SCRIPT_SHARE * letters) return "ko";
  if (count.Han >= SCRIPT_SHARE * letters) return "zh";
  for (const [script, lang] of Object.entries(SCRIPT_LANGUAGES)) if ((count[script] ?? 0) >= SCRIPT_SHARE * letters) return lang;
  return null;
}

const wordHits = (words: string[], list: Set<string>) => words.filter((w) => list.has(w)).length;
const ID_WORDS = new Set(INDONESIAN_MARKERS);
const MS_WORDS = new Set(MALAY_MARKERS);

/** ISO 639-1 code for a franc code, through its macro language when it is an individual one. */
const toIso1 = (code3: string): string | null => MACRO_LANGUAGE[code3] ?? iso6393To1[code3] ?? null;

export function detectLanguage(text: string): string | null {
  if (text.replace(/[^\p{L}]/gu, "").length < MIN_CHARS) return null;
  const byScript = languageByScript(text);
  if (byScript) return byScript;
  const ranked = francAll(text.slice(0, SAMPLE_CHARS), { minLength: MIN_CHARS });
  const [best, second] = ranked;
  if (!best || best[0] === "und") return null;
  const pair = new Set([best[0], second?.[0]]);
  if (second && best[1] - second[1] <= TIE && pair.has("ind") && pair.has("zlm")) {
    const words = text.toLowerCase().split(/[^\p{L}]+/u);
    return wordHits(words, MS_WORDS) > wordHits(words, ID_WORDS) ? "ms" : "id";
  }
  return toIso1(best[0]);
}

/** The text to judge: the body's paragraphs, longest first (prose before menus), else the title. */
export function languageSample(paras: string[], title: string | null): string {
  const sorted = [...paras].sort((a, b) => b.length - a.length);
  let out = "";
  for (const p of sorted) {
    if (out.length >= SAMPLE_CHARS) break;
    out += p + "\n";
  }
  return out.replace(/[^\p{L}]/gu, "").length >= MIN_CHARS ? out : `${title ?? ""}\n${out}`;
}

export const language: Rule = {
  id: "language",
  description: "Detects the body's language as an ISO 639-1 code: by Unicode script where a script tells it, else franc-min on the longest paragraphs.",
  apply(ctx) {
    const text = languageSample(paragraphs(ctx.doc).map((p) => p.text), ctx.doc.captured.title);
    const byScript = languageByScript(text);
    const code = detectLanguage(text);
    if (code) ctx.capture("language", code, byScript ? "Unicode script of the body" : "franc-min on the body's longest paragraphs");
    else ctx.warn("language could not be told (too little text)");
  },
};
