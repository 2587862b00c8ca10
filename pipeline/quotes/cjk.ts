// Attribution in Chinese, Japanese and Korean text, where names have no capital letters and (Chinese,
// Japanese) words no spaces between them, so the token patterns of attribution.ts cannot see them:
//   “…”安化县乐安镇大禾村村民陈福香说。   钟南山院士说：“…”   “…”他说。
//   山田太郎首相は「…」と述べた。          「…」と田中氏は話した。
//   윤석열 대통령은 “…”라고 말했다.        “…”고 엘제이가 밝혔다.
// The speaker is the name next to the reporting verb (or marked as subject by は/が, 은/는/이/가), with the
// titles written around it stripped and kept as the role. A phrase that cannot be cut into a name with
// confidence gives no speaker rather than a guess.
import { CJK_PRONOUNS, JA_CUES, JA_NOUN_CUES, JA_TITLES, KO_CUES, KO_QUOTATIVE, KO_SUBJECT_PARTICLES, KO_TITLES, ZH_CUES, ZH_TITLES } from "./lexicon/cjk.ts";

export interface CjkAttribution {
  cue: string;
  /** The speaker's name, or null when the verb's subject is a pronoun or cannot be cut out. */
  name: string | null;
  role: string | null;
  /** The subject is a pronoun (他说, 그는): the last speaker. */
  pronoun: boolean;
}

/** Is there Han, kana or Hangul in s? */
export const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HANGUL_RE = /\p{Script=Hangul}/u;
const KANA_RE = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Chinese and Japanese personal names: two to four characters (Japanese foreign names in katakana longer). */
const MIN_NAME = 2;
const MAX_ZH_NAME = 4;
const MAX_JA_NAME = 12;
/** How far (characters) a Chinese or Japanese attribution clause may run. */
const MAX_CLAUSE = 40;
/** Words read on each side of a Korean quotation. */
const MAX_KO_WORDS = 8;

const byLength = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length);
const ZH_CUES_L = byLength(ZH_CUES);
const ZH_TITLES_L = byLength(ZH_TITLES);
const JA_CUES_L = byLength(JA_CUES);
const JA_TITLES_L = byLength(JA_TITLES);
const KO_QUOT_L = byLength(KO_QUOTATIVE);
const KO_CUE_SET = new Set(KO_CUES);
const KO_TITLE_SET = new Set(KO_TITLES);
const KO_PARTICLES_L = byLength(KO_SUBJECT_PARTICLES);
const HAN_RUN = /^[\p{Script=Han}]+$/u;
const JA_NAME = /^[\p{Script=Han}\p{Script=Katakana}ー・]+$/u;

/** One-character adverbs that stand between a Chinese subject and its verb: also, again, then, once, all. */
const ZH_ADVERBS_AT_END = /[还還也又则則更再曾就都均亦]+$/u;
/** 在 / 於 / 于 (at, in) opening an adverbial between the subject and the verb. */
const ZH_LOCATIVE = /[在于於]/u;
/** "对记者表示", "向媒体透露", "接受新华社采访时说": whom it was said to, between the subject and the verb. */
const ZH_TO_PRESS = /(?:对|對|向|告诉|告訴|接受)(?:记者|記者|媒体|媒體|本报|本報|新华社|新華社|央视|央視|中新社|笔者|筆者)/u;
/** A clause break for Chinese and Japanese. */
const CLAUSE_BREAK = /[。！？!?，,；;：:、“”"「」『』（）()\s]/u;

/** Cuts a Chinese speaker phrase ("安化县乐安镇大禾村村民陈福香", "钟南山院士", "姚劲波") into name and role. */
function zhSpeaker(raw: string): { name: string | null; role: string | null; pronoun: boolean } {
  // Adverbs between the subject and the verb ("他还说", "王毅也表示") are not part of it, nor is a place or
  // occasion opened by 在/于 ("汪文斌在例行记者会上表示").
  const stripped = raw.length > 1 ? raw.replace(ZH_ADVERBS_AT_END, "") || raw : raw;
  const at = stripped.search(ZH_LOCATIVE);
  const told = stripped.search(ZH_TO_PRESS);
  const cut = [at, told].filter((x) => x >= MIN_NAME).sort((a, b) => a - b)[0] ?? -1;
  const phrase = cut >= MIN_NAME ? stripped.slice(0, cut) : stripped;
  if (CJK_PRONOUNS.has(phrase)) return { name: null, role: null, pronoun: true };
  if (!HAN_RUN.test(phrase)) return { name: null, role: null, pronoun: false };
  // The title nearest the end: the name follows it (部长王毅) or, when it ends the phrase, precedes it (钟南山院士).
  let best: { at: number; t: string } | null = null;
  for (const t of ZH_TITLES_L) {
    const at = phrase.lastIndexOf(t);
    if (at >= 0 && (!best || at + t.length > best.at + best.t.length)) best = { at, t };
  }
  if (best) {
    const after = phrase.slice(best.at + best.t.length);
    if (after.length >= MIN_NAME && after.length <= MAX_ZH_NAME) return { name: after, role: phrase.slice(0, best.at + best.t.length), pronoun: false };
    if (!after) {
      const before = phrase.slice(0, best.at);
      if (before.length >= MIN_NAME && before.length <= MAX_ZH_NAME) return { name: before, role: best.t, pronoun: false };
    }
    return { name: null, role: phrase, pronoun: false };
  }
  if (phrase.length >= MIN_NAME && phrase.length <= MAX_ZH_NAME) return { name: phrase, role: null, pronoun: false };
  return { name: null, role: null, pronoun: false };
}

/** Cuts a Japanese subject ("岸田文雄首相", "田中氏") into name and title. */
function jaSpeaker(phrase: string): { name: string | null; role: string | null; pronoun: boolean } {
  if (CJK_PRONOUNS.has(phrase)) return { name: null, role: null, pronoun: true };
  if (!JA_NAME.test(phrase)) return { name: null, role: null, pronoun: false };
  for (const t of JA_TITLES_L)
    if (phrase.endsWith(t) && phrase.length > t.length) {
      const name = phrase.slice(0, -t.length);
      return name.length >= MIN_NAME && name.length <= MAX_JA_NAME ? { name, role: t, pronoun: false } : { name: null, role: t, pronoun: false };
    }
  // Without a title only a short run is taken for a name (a longer one is an organisation or a noun phrase).
  return phrase.length >= MIN_NAME && phrase.length <= MAX_ZH_NAME + 1 ? { name: phrase, role: null, pronoun: false } : { name: null, role: null, pronoun: false };
}

/** The clause at the start of s (after a comma that hands over). */
function leadingClause(s: string): string {
  const t = s.replace(/^[\s，,、]+/u, "");
  let n = 0;
  while (n < t.length && n < MAX_CLAUSE && !CLAUSE_BREAK.test(t[n])) n++;
  return t.slice(0, n);
}

/** The clause at the end of s (before the quotation), without the colon or comma that opens it. */
function trailingClause(s: string): string {
  // (trimmed by hand: an end-anchored regex retries from every position of a long blank run)
  let e = s.length;
  while (e > 0 && /[\s：:，,]/u.test(s[e - 1])) e--;
  const t = s.slice(Math.max(0, e - MAX_CLAUSE - 1), e);
  let n = t.length;
  while (n > 0 && t.length - n < MAX_CLAUSE && !CLAUSE_BREAK.test(t[n - 1])) n--;
  return t.slice(n);
}

function chinese(pre: string, post: string): CjkAttribution | null {
  // 王毅表示：“…”: a cue and a colon right before the quotation introduce it, whatever follows.
  if (COLON_AT_END.test(pre)) {
    const introduced = cueBefore(pre);
    if (introduced) return introduced;
  }
  // “…”陈福香说 / “…”他说: the first verb of the clause after the quotation, its subject before it.
  const after = leadingClause(post);
  for (let i = 1; i < after.length; i++)
    for (const cue of ZH_CUES_L)
      if (after.startsWith(cue, i)) {
        const s = zhSpeaker(after.slice(0, i));
        return { cue, ...s };
      }
  // 钟南山院士说：“…” / 王毅表示，“…”
  return cueBefore(pre);
}
const COLON_AT_END = /[：:]\s*$/u;

/** 钟南山院士说：“…”: the cue ending the clause before the quotation, its subject before it. */
function cueBefore(pre: string): CjkAttribution | null {
  const before = trailingClause(pre);
  for (const cue of ZH_CUES_L)
    if (before.endsWith(cue) && before.length > cue.length) return { cue, ...zhSpeaker(before.slice(0, -cue.length)) };
  return null;
}

function japanese(pre: string, post: string): CjkAttribution | null {
  const p = post.replace(/^\s+/u, "");
  if (!p.startsWith("と")) return null;
  const clause = leadingClause(p.slice(1));
  let cue: string | null = null;
  let at = -1;
  for (let i = 0; i < clause.length && cue === null; i++)
    for (const c of JA_CUES_L)
      if (clause.startsWith(c, i)) {
        cue = c;
        at = i;
        break;
      }
  // 「…」と強調。: a verbal noun ending the sentence (headline style) is the verb.
  if (cue === null && JA_NOUN_CUES.has(clause) && /^\s*。/u.test(p.slice(1 + clause.length))) [cue, at] = [clause, 0];
  if (cue === null) return null;
  // 「…」と田中氏は話した / と店主の佐藤花子さんは話している: the subject between と and the verb (a
  // description joined by の before it, an honorific after it).
  // (after の only with an honorific: "市の担当者は" is an unnamed official)
  const inner = /^([\p{Script=Han}\p{Script=Katakana}ー・]{1,12}の)?([\p{Script=Han}\p{Script=Katakana}ー・]{2,16})(さん|ちゃん|くん|様)?(?:は|が)/u.exec(clause.slice(0, at));
  if (inner && (!inner[1] || inner[3])) return { cue: "と" + cue, ...jaSpeaker(inner[2]) };
  // 岸田文雄首相は記者団に「…」と述べた: the first subject of the sentence before the quotation.
  const sentence = pre.slice(Math.max(pre.lastIndexOf("。"), pre.lastIndexOf("\n")) + 1);
  const subj = /([\p{Script=Han}\p{Script=Katakana}ー・]{1,16})(?:は|が)(?![\p{Script=Hiragana}])/u.exec(sentence);
  if (subj) return { cue: "と" + cue, ...jaSpeaker(subj[1]) };
  return { cue: "と" + cue, name: null, role: null, pronoun: true };
}

/** A Korean word without its subject particle ("대통령은" → "대통령"), or null when it has none. */
function koSubject(word: string): string | null {
  for (const p of KO_PARTICLES_L) if (word.endsWith(p) && word.length > p.length) return word.slice(0, -p.length);
  return null;
}
const koWords = (s: string) => s.split(/\s+/u).map((w) => w.replace(/^[“”"'‘’(]+|[“”"'‘’.,!?)…]+$/gu, "")).filter(Boolean);
/** Quotative endings that join the quotation to a following clause ("…”며", "…”라면서"). */
const KO_CONNECTIVES = new Set(["며", "라며", "이라며", "면서", "라면서", "이라면서"]);
/** Korean names: two to four syllables (or a Latin-script name); an organisation word ends in 부, 청, 원... */
const koName = (w: string) => (/^\p{Script=Hangul}{2,4}$/u.test(w) && !/[부처청원회당실국사]$/u.test(w)) || /^\p{Lu}/u.test(w);

/** Speaker out of the Korean words of a clause: the word marked as subject, its title moved to the role. */
function koSpeaker(words: string[]): { name: string | null; role: string | null; pronoun: boolean } | null {
  for (let i = 0; i < words.length; i++) {
    if (CJK_PRONOUNS.has(words[i])) return { name: null, role: null, pronoun: true };
    // A name before its title and subject particle ("엘제이 대표는") is whole, even when it ends like a particle.
    const titled = i + 1 < words.length ? koSubject(words[i + 1]) : null;
    if (titled !== null && KO_TITLE_SET.has(titled) && koName(words[i])) return { name: words[i], role: titled, pronoun: false };
    const s = koSubject(words[i]);
    if (s === null) continue;
    if (CJK_PRONOUNS.has(s)) return { name: null, role: null, pronoun: true };
    if (KO_TITLE_SET.has(s)) {
      for (let j = i - 1; j >= Math.max(0, i - 3); j--)
        if (koName(words[j]) || (j === i - 1 && s === "씨" && /^\p{Script=Hangul}$/u.test(words[j])))
          return { name: words[j], role: words.slice(j + 1, i + 1).map((w, k, a) => (k === a.length - 1 ? s : w)).join(" "), pronoun: false };
      return { name: null, role: s, pronoun: false };
    }
    if (koName(s)) return { name: s, role: null, pronoun: false };
  }
  return null;
}

function korean(pre: string, post: string): CjkAttribution | null {
  const words = koWords(post).slice(0, MAX_KO_WORDS);
  if (!words.length || !KO_QUOT_L.some((q) => words[0] === q || (words[0].startsWith(q) && HANGUL_RE.test(words[0])))) return null;
  // The verb may be glued to the quotative ("…”라고말했다" is rare); look for it among the next words.
  let v = -1;
  for (let i = 0; i < words.length; i++) if (KO_CUE_SET.has(words[i]) || (i === 0 && KO_CUES.some((c) => words[0].endsWith(c)))) {
    v = i;
    break;
  }
  if (v < 0) {
    // "박 교수는 “…”며 “…”고 지적했다": a connective quotative before another quotation shares the
    // sentence's subject with it.
    if (!KO_CONNECTIVES.has(words[0])) return null;
    const sentence = pre.slice(Math.max(pre.lastIndexOf(". "), pre.lastIndexOf("\n")) + 1);
    const subject = koSpeaker(koWords(sentence).slice(-MAX_KO_WORDS));
    return subject?.name ? { cue: words[0], ...subject } : null;
  }
  const cue = words[v];
  const between = koSpeaker(words.slice(1, v));
  if (between) return { cue, ...between };
  const sentence = pre.slice(Math.max(pre.lastIndexOf(". "), pre.lastIndexOf("\n")) + 1);
  const before = koSpeaker(koWords(sentence).slice(-MAX_KO_WORDS));
  return { cue, ...(before ?? { name: null, role: null, pronoun: true }) };
}

/**
 * The attribution of a quotation in Chinese, Japanese or Korean text, from the text before it (in its
 * paragraph) and after it; null when none of the patterns applies.
 */
export function cjkAttribution(pre: string, post: string): CjkAttribution | null {
  const sample = post.slice(0, 20) + pre.slice(-20);
  if (HANGUL_RE.test(sample)) return korean(pre, post);
  if (KANA_RE.test(sample)) return japanese(pre, post) ?? chinese(pre, post);
  return chinese(pre, post);
}
