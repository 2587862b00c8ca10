// Surname expansion: "Zhao said" → "Zhao Lijian", "Van Der Beek said" → "James Van Der Beek". Every
// personal name of two or more words in the article (outside quotations) is indexed with its position;
// a shorter reference takes the nearest full name before it that ends (or, for names written family name
// first, starts) with it, else the nearest one after it. A name never mentioned in full stays as written.
import { appositiveRole, isNameToken, nameMention, officeHolderAt, roleWordsBefore, runStartingAt, titleWord } from "./mentions.ts";
import { DEFINITE, PREPOSITIONS } from "./lexicon/people.ts";
import { hasComma, isLowerWord, type Token } from "./text.ts";

export interface NameMention {
  name: string;
  parts: string[];
  kind: "person" | "org";
  role: string | null;
  /** Position in the body (UTF-16). */
  at: number;
  /** Written after a preposition ("en entrevista con Cooperativa"): an object, seldom the one who speaks. */
  object: boolean;
  /** One word right after an article ("die Kirche"): a noun more often than a name. */
  afterArticle: boolean;
}

/** Indexes the capitalised names of the given paragraphs' tokens (quotations already blanked out). */
/** Prepositions of the passive agent ("abordado por el Presidente Boric"): the name still acts. */
const AGENT_PREPOSITIONS = new Set(["by", "por", "par", "pelo", "pela", "przez", "von", "door", "da", "dal", "dalla", "av", "af"]);

/** Most lower-case title words between the comma and the name ("…, general Paulo Nogueira"). */
const MAX_TITLE_WORDS_BETWEEN = 2;
/** Longest role phrase read before a name and its comma ("la ministra del Interior, Izkia Siches"). */
const MAX_APPOSED_ROLE_WORDS = 6;
/** The definite role phrase set off by a comma before a name: "la ministra del Interior, Izkia Siches" → "ministra del Interior". */
function roleApposedBefore(ts: Token[], i: number): string | null {
  // (title words may sit between the comma and the name: "o ministro da Defesa, general Paulo Nogueira")
  let j = i - 1;
  while (j > 0 && !hasComma(ts[j]) && isLowerWord(ts[j]) && i - j <= MAX_TITLE_WORDS_BETWEEN && titleWord(ts[j].word)) j--;
  if (j < 1 || !hasComma(ts[j]) || /;/u.test(ts[j].trail)) return null;
  for (let k = j - 1; k >= 0 && j - k < MAX_APPOSED_ROLE_WORDS; k--) {
    const t = ts[k];
    if (/[.:;!?,]/u.test(t.trail)) return null;
    if (DEFINITE.has(t.lower)) return isLowerWord(ts[k + 1]) ? ts.slice(k + 1, j + 1).map((x) => x.word).join(" ") : null;
  }
  return null;
}

export function indexNames(paras: readonly Token[][]): NameMention[] {
  const out: NameMention[] = [];
  paras.forEach((ts) => {
    for (let i = 0; i < ts.length; i++) {
      if (!isNameToken(ts[i])) continue;
      const run = runStartingAt(ts, i);
      if (!run.length) continue;
      const m = nameMention(run, roleWordsBefore(ts, i));
      const last = i + run.length - 1;
      const holder = officeHolderAt(ts, i, run);
      if (holder) {
        out.push({ name: holder.name.text, parts: holder.name.text.split(" "), kind: "person", role: holder.role, at: holder.name.at, object: false, afterArticle: false });
        i = last;
        continue;
      }
      if (m && (m.kind === "person" || m.kind === "org")) {
        const apposed = roleApposedBefore(ts, i);
        const role = m.role && apposed ? `${apposed}, ${m.role}` : (m.role ?? apposed ?? appositiveRole(ts, last));
        const prev = ts[i - 1];
        const prep = prev && DEFINITE.has(prev.lower) ? ts[i - 2] : prev;
        const object = !!prep && !hasComma(prep) && PREPOSITIONS.has(prep.lower) && !AGENT_PREPOSITIONS.has(prep.lower);
        const afterArticle = run.length === 1 && !!prev && DEFINITE.has(prev.lower);
        out.push({ name: m.text, parts: m.text.split(" "), kind: m.kind === "org" ? "org" : "person", role, at: m.at, object, afterArticle });
      }
      i = last;
    }
  });
  return out;
}

const endsWith = (full: string[], part: string[]) => full.length > part.length && part.every((w, i) => full[full.length - part.length + i] === w);
/** Where a one-word reference starts a longer name ("Zhao" in "Zhao Lijian", "Liu" in "Britain Liu Xiaming"). */
const startIndex = (full: string[], part: string[]) => {
  if (part.length !== 1 || full.length < 2) return -1;
  if (full[0] === part[0]) return 0;
  // Inside a longer run only as family name + one given name at its end.
  return full.length > 2 && full[full.length - 2] === part[0] ? full.length - 2 : -1;
};

/** Full names by each of their words, so a lookup reads only the names that share a word. */
const byWord = new WeakMap<readonly NameMention[], Map<string, NameMention[]>>();
function wordIndex(index: readonly NameMention[]): Map<string, NameMention[]> {
  let m = byWord.get(index);
  if (!m) {
    m = new Map();
    for (const n of index) if (n.kind === "person" && n.parts.length > 1) for (const w of new Set(n.parts)) (m.get(w) ?? m.set(w, []).get(w)!).push(n);
    byWord.set(index, m);
  }
  return m;
}

/** The full name a short reference stands for, or null when the article never gives one. */
export function fullNameFor(name: string, at: number, all: readonly NameMention[]): NameMention | null {
  const part = name.split(" ");
  const index = wordIndex(all).get(part[part.length - 1]) ?? [];
  const fits = (m: NameMention) => m.kind === "person" && (endsWith(m.parts, part) || startIndex(m.parts, part) >= 0);
  let best: NameMention | null = null;
  for (const m of index) if (m.at < at && fits(m) && (!best || m.at > best.at)) best = m;
  if (!best) best = index.find((m) => m.at > at && fits(m)) ?? null;
  if (!best) return null;
  // A name written after a place or another capitalised word keeps only the part from the reference on.
  const i = startIndex(best.parts, part);
  if (i > 0 && !endsWith(best.parts, part)) {
    const parts = best.parts.slice(i);
    return { ...best, parts, name: parts.join(" ") };
  }
  return best;
}

/** First role the article gives a person, looking at every mention of the name (full or short). */
export function roleOf(name: string, all: readonly NameMention[]): string | null {
  const parts = name.split(" ");
  const index = new Set([...(wordIndex(all).get(parts[0]) ?? []), ...(wordIndex(all).get(parts[parts.length - 1]) ?? [])]);
  for (const m of all.length < 64 ? all : [...index].sort((a, b) => a.at - b.at)) {
    if (!m.role) continue;
    if (m.name === name || endsWith(parts, m.parts) || (m.parts.length === 1 && parts[0] === m.parts[0])) return m.role;
  }
  return null;
}
