// Detects the article's language as an ISO 639-1 code. Scripts that belong to one language (or whose
// languages are told apart by their characters: kana → Japanese, Hangul → Korean, Han alone → Chinese,
// Thai, Greek, Hebrew, ...) are read from Unicode script counts, and Vietnamese from its own letters;
// everything else goes to franc (offline, maintained trigram models), restricted to the languages news
// sites write in (NEWS_LANGUAGES: franc's full set holds Scots, Venetian, Bhojpuri, ... which took
// English, Italian and Hindi pages). franc runs on the body's longest paragraphs (prose, not menus),
// and its individual-language codes are mapped to their macro language (cmn → zh, zlm → ms, arb → ar,
// nob → no). Where its trigrams confuse neighbours (Ukrainian/Russian, Persian/Arabic/Urdu,
// Norwegian/Danish/Swedish, Czech/Slovak, Croatian/Serbian/Bosnian/Slovenian, Portuguese/Galician,
// Hindi/Marathi/Nepali, Indonesian/Malay, Lithuanian/Latvian), letters and words only one of them
// writes decide (RIVAL_GROUPS) — in a one-sentence text two of them suffice. franc's ranking is
// computed by pipeline/text/trigram-language.ts (same result, one trigram lookup instead of one per
// language).
import { iso6393To1 } from "iso-639-3";
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";
import { rankLanguages } from "../../text/trigram-language.ts";
import { INDONESIAN_MARKERS, MACRO_LANGUAGE, MALAY_MARKERS, RIVAL_GROUPS, SCRIPT_LANGUAGES, type Rival } from "../lexicon/languages.ts";

/** Fewer letters than this and the guess is not trusted: the field stays null. */
const MIN_CHARS = 40;
/** A script that names one language (Hangul, kana, Han, Thai, Greek, Hebrew, ...) needs fewer: a short
 * Chinese or Korean story of 30 characters holds as many words as a 100-letter English one. */
const MIN_SCRIPT_CHARS = 10;
/** How much text franc reads (characters), taken from the longest paragraphs. */
const SAMPLE_CHARS = 6000;
/** A script decides the language when it holds at least this share of the letters. */
const SCRIPT_SHARE = 0.4;
/** Kana this share of the CJK characters makes Japanese (Japanese mixes kanji and kana). */
const KANA_SHARE = 0.05;
/** franc's runner-up counts as a tie within this score of the winner (scores are 1 for the best). */
const TIE = 0.02;
/** Letters and words a rival needs to overrule franc (and twice the runner-up's count)... */
const MIN_EVIDENCE = 3;
/** ...and in a text this short (letters), where one sentence holds only two or three telling words. */
const SHORT_TEXT = 160;
const MIN_SHORT_EVIDENCE = 2;
/** Vietnamese letters (ơ ư đ and the stacked-diacritic vowels of Latin Extended Additional); not ă, which
 * Romanian writes as often (one letter in twenty-five of its text). */
const VIETNAMESE = /[ơưđƠƯĐ\u1EA0-\u1EF9]/g;
/** This share of the letters Vietnamese makes the text Vietnamese, whatever the trigrams say. */
const VIETNAMESE_SHARE = 0.04;

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

/**
 * Code points that belong to none of the scripts above (ASCII, Latin, IPA, Cyrillic, Arabic, Devanagari,
 * general punctuation, symbols...): a text made only of these has every count at zero, so the twelve
 * script scans are skipped. test/extract/language.test.ts checks every code point of this class.
 */
export const NO_LISTED_SCRIPT = /^[\u0000-\u036F\u0400-\u052F\u0600-\u06FF\u0900-\u097F\u1E00-\u1EFF\u2000-\u2125\u2127-\u2CFF\u2D30-\u2E7F]*$/;

const LETTER = /\p{L}/u;
/** Per UTF-16 code unit beyond ASCII: 0 not yet looked up, 1 a letter, 2 not. */
const unitClass = new Uint8Array(0x10000);
/**
 * Length of the text's letters, `text.replace(/[^\p{L}]/gu, "").length`, counted in one pass without
 * building the string: a letter outside the BMP counts its two code units, a lone surrogate nothing.
 */
export function countLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) n++;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      if (LETTER.test(text.slice(i, i + 2))) n += 2;
      i++;
    } else if (c < 0xd800 || c > 0xdfff) {
      let k = unitClass[c];
      if (k === 0) unitClass[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
      if (k === 1) n++;
    }
  }
  return n;
}

function byScript(text: string, letters: number): string | null {
  if (!letters || NO_LISTED_SCRIPT.test(text)) return null;
  const count: Record<string, number> = {};
  for (const [name, re] of SCRIPTS) count[name] = text.match(re)?.length ?? 0;
  const cjk = count.Han + count.Kana;
  if (count.Kana >= KANA_SHARE * Math.max(cjk, 1) && cjk >= SCRIPT_SHARE * letters) return "ja";
  if (count.Hangul >= SCRIPT_SHARE * letters) return "ko";
  if (count.Han >= SCRIPT_SHARE * letters) return "zh";
  for (const [script, lang] of Object.entries(SCRIPT_LANGUAGES)) if ((count[script] ?? 0) >= SCRIPT_SHARE * letters) return lang;
  return null;
}

/** The language a script alone tells, or null when the text needs the trigram model. */
export function languageByScript(text: string): string | null {
  return byScript(text, countLetters(text));
}

const wordHits = (words: string[], list: Set<string>) => words.filter((w) => list.has(w)).length;
const ID_WORDS = new Set(INDONESIAN_MARKERS);
const MS_WORDS = new Set(MALAY_MARKERS);

/**
 * More words only one of Norwegian and Danish writes, beside RIVAL_GROUPS' spellings: the infinitive
 * marker "å" (Danish "at"), "nå" (nu), "enn" (end), "hundre" (hundrede), "ferdig" (færdig), "fortsatt"
 * (fortsat), "penger" (penge), "uke" (uge), "gjøre" (gøre), "hjelp" (hjælp), "spørsmål" (spørgsmål),
 * "tjue" (tyve), "sju" (syv). A short Norwegian story with none of the group's words ("Kommunestyret
 * vedtok torsdag å bygge ...") went to Danish on trigrams.
 */
const MORE_RIVAL_WORDS: Readonly<Record<string, readonly string[]>> = {
  nob: ["å", "nå", "enn", "hundre", "ferdig", "fortsatt", "penger", "uke", "uken", "gjøre", "hjelp", "spørsmål", "tjue", "sju"],
  dan: ["end", "hundrede", "færdig", "fortsat", "penge", "uge", "ugen", "gøre", "hjælp", "spørgsmål", "tyve", "syv"],
};

const RIVALS = RIVAL_GROUPS.map((g) => g.map((r): Rival => (MORE_RIVAL_WORDS[r.code] ? { ...r, words: [...(r.words ?? []), ...MORE_RIVAL_WORDS[r.code]] } : r))).map((group) => ({
  group,
  codes: new Set(group.map((r) => r.code)),
  words: new Set(group.flatMap((r) => r.words ?? [])),
}));
const WORD_RUN = /[\p{L}\p{M}]+/gu;

/** How many of a rival's letters and words the text holds. */
function evidence(rival: Rival, text: string, words: Map<string, number>): number {
  let n = 0;
  if (rival.letters) for (const ch of text) if (rival.letters.includes(ch)) n++;
  for (const w of rival.words ?? []) n += words.get(w) ?? 0;
  return n;
}

/**
 * The language of franc's guess's rival group that the text's own letters and words back clearly
 * (RIVAL_GROUPS), or null to keep franc's guess.
 */
export function rivalOf(text: string, guess: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  let lower: string | null = null;
  let short: boolean | undefined;
  // A language can sit in more than one group (Serbian: in Cyrillic and in Latin letters).
  for (const entry of RIVALS) {
    if (!entry.codes.has(guess)) continue;
    const words = new Map<string, number>();
    if (entry.words.size)
      for (const m of (lower ??= sample.toLowerCase()).matchAll(WORD_RUN)) if (entry.words.has(m[0])) words.set(m[0], (words.get(m[0]) ?? 0) + 1);
    const counts = entry.group.map((r) => [r, evidence(r, sample, words)] as const);
    const needed = (short ??= countLetters(sample) < SHORT_TEXT) ? MIN_SHORT_EVIDENCE : MIN_EVIDENCE;
    const decisive = counts.find(([r, n]) => r.decisive && n >= needed);
    if (decisive) return decisive[0].code;
    const [top, next] = [...counts].sort((a, b) => b[1] - a[1]);
    if (top[1] >= needed && top[1] >= 2 * (next?.[1] ?? 0)) return top[0].code;
  }
  return null;
}

/**
 * Letters one news language alone writes (Czech ř ů ě, Polish ł ś ź ż, Hungarian ő ű, Romanian ș ț,
 * Turkish ğ ı, Slovak ľ ĺ ŕ, Icelandic ð þ): a short text whose trigrams franc reads as a neighbour
 * ("Nové parkoviště pro 400 aut otevře Ostrava…" read as Croatian) is told by them, when they are not a
 * foreign name's (SIGNATURE_SHARE of the letters, at least SIGNATURE_MIN of them).
 */
const SIGNATURE_LETTERS: readonly [string, RegExp][] = [
  ["ces", /[řůěŘŮĚ]/g],
  ["pol", /[łśźżŁŚŹŻ]/g],
  ["hun", /[őűŐŰ]/g],
  ["ron", /[șțȘȚ]/g],
  ["tur", /[ğıĞİ]/g],
  ["slk", /[ľĺŕĽĹŔ]/g],
  ["isl", /[ðþÐÞ]/g],
];
const SIGNATURE_MIN = 3;
const SIGNATURE_SHARE = 0.01;
function signatureLanguage(text: string, letters: number, guess: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  for (const [code, re] of SIGNATURE_LETTERS) {
    if (code === guess) return null;
    const n = sample.match(re)?.length ?? 0;
    if (n >= SIGNATURE_MIN && n >= SIGNATURE_SHARE * Math.min(letters, SAMPLE_CHARS)) return code;
  }
  return null;
}

/** ISO 639-1 code for a franc code, through its macro language when it is an individual one. */
const toIso1 = (code3: string): string | null => MACRO_LANGUAGE[code3] ?? iso6393To1[code3] ?? null;

export function detectLanguage(text: string): string | null {
  const letters = countLetters(text);
  return letters < MIN_SCRIPT_CHARS ? null : detectWith(text, letters, byScript(text, letters));
}

/** detectLanguage with the letter count and the script verdict already known. */
function detectWith(text: string, letters: number, script: string | null): string | null {
  if (script && letters >= MIN_SCRIPT_CHARS) return script;
  // (Devanagari, Bengali, Tamil, ... write vowels as combining marks: they count toward the length.)
  if (letters < MIN_CHARS && (text.match(/[\p{L}\p{M}]/gu)?.length ?? 0) < MIN_CHARS) return null;
  // franc's ranking over the news languages, computed with an inverted trigram index (pipeline/text/trigram-language.ts).
  if ((text.match(VIETNAMESE)?.length ?? 0) >= VIETNAMESE_SHARE * letters) return "vi";
  const ranked = rankLanguages(text.slice(0, SAMPLE_CHARS), MIN_CHARS);
  const [best, second] = ranked;
  if (!best || best[0] === "und") return null;
  const rival = rivalOf(text, best[0]);
  if (rival) return toIso1(rival);
  const signed = signatureLanguage(text, letters, best[0]);
  if (signed) return toIso1(signed);
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
  return countLetters(out) >= MIN_CHARS ? out : `${title ?? ""}\n${out}`;
}

export const language: Rule = {
  id: "language",
  description: "Detects the body's language as an ISO 639-1 code: by Unicode script where a script tells it, else franc over the news languages on the longest paragraphs, with letters and words settling the pairs it confuses.",
  apply(ctx) {
    const text = languageSample(paragraphs(ctx.doc).map((p) => p.text), ctx.doc.captured.title);
    const letters = countLetters(text);
    const script = byScript(text, letters);
    const code = detectWith(text, letters, script);
    if (code) ctx.capture("language", code, script ? "Unicode script of the body" : "franc (news languages) on the body's longest paragraphs, letters and words settling close rivals");
    else ctx.warn("language could not be told (too little text)");
  },
};
