// A masthead that says it is a publication: the first name line above the headline holds a newspaper's
// noun ("Rheinische Tageszeitung", "Diario del Sur", "Báo Sông Hồng", "江南日报", "한빛일보"). A page
// often prints its masthead once, with nothing else repeating it; such a noun is evidence in itself.
import { PUBLICATION_SUFFIXES, PUBLICATION_WORDS } from "./lexicon/outlets.ts";
import { isMenuEntry } from "../text/menu-words.ts";

const WORDS = new Set(PUBLICATION_WORDS);
/** Two-word nouns ("tin tức") are looked for as a pair of words. */
const PAIRS = PUBLICATION_WORDS.filter((w) => w.includes(" ")).map((p) => ({ words: p.split(" "), re: new RegExp(`(?:^|\\s)${p}(?:\\s|$)`, "u") }));
/** Words that make a publication noun a section's or a list's label ("Latest News", "Top Stories", "Breaking News"). */
const LABEL_WORDS = new Set(["latest", "breaking", "top", "more", "recent", "related", "popular", "trending", "other", "all", "your", "our", "today's", "local", "world", "national", "international", "business", "sports", "sport", "tech", "good", "fake", "live", "letzte", "neueste", "aktuelle", "weitere", "últimas", "ultime", "dernières", "mehr", "más", "plus", "altre"]);
/** Articles and prepositions inside names ("The Daily Star", "Diario del Sur"): no name of their own. */
const FUNCTION_WORDS = new Set(["the", "a", "of", "and", "de", "del", "la", "le", "el", "il", "di", "do", "da", "dos", "das", "der", "die", "van", "het", "von", "du", "des", "l", "y", "e", "et", "und", "i", "w", "na", "z"]);
/** An elided article or preposition glued to the next word (French, Italian, Catalan). */
const ELIDED = /^(?:l|d|dell|all|nell|sull)['’](?=\p{L})/u;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Does a masthead line name a publication by its kind: two or more words, one a publication noun (or a
 * word ending in one of PUBLICATION_SUFFIXES, after three or more letters of its own), and some other word that is
 * no section name and no label word ("World News" and "Latest News" are sections)?
 */
export function namesAPublication(name: string): boolean {
  const lower = name.toLowerCase();
  // An elided article is no word of its own ("L'Écho du Périgord", "l'Eco di Bergamo").
  const words = lower.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) if (words[i].includes("'") || words[i].includes("’")) words[i] = words[i].replace(ELIDED, "");
  let kind = -1;
  for (let i = 0; i < words.length && kind < 0; i++) if (WORDS.has(words[i]) || suffixed(words[i])) kind = i;
  const pair = kind < 0 ? PAIRS.find((p) => p.re.test(lower)) : undefined;
  if (kind < 0 && !pair) return false;
  const own = words.filter((w, i) => i !== kind && !pair?.words.includes(w) && !LABEL_WORDS.has(w) && !FUNCTION_WORDS.has(w) && !isMenuEntry(w) && !WORDS.has(w));
  // A compound or a name in a script without spaces carries its own name before the noun ("江南日报").
  return own.length > 0 || (kind >= 0 && words.length === 1 && suffixed(words[0]));
}

/**
 * Is the publication's noun gone from a name with navigation words stripped off it ("Новости Сибири" →
 * "Сибири", "The Valley News" → "The Valley")? Then the word stripped was the paper's own, and the name
 * keeps it.
 */
export const strippedOfItsNoun = (whole: string, stripped: string): boolean => namesAPublication(whole) && !namesAPublication(stripped);

/** The suffixes by their last character (most words end in none of them), with the letters each needs before it. */
const SUFFIXES_BY_LAST = new Map<string, { suffix: string; before: number }[]>();
for (const suffix of PUBLICATION_SUFFIXES) {
  const last = suffix[suffix.length - 1];
  const before = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Thai}]/u.test(suffix) ? 2 : 3;
  (SUFFIXES_BY_LAST.get(last) ?? SUFFIXES_BY_LAST.set(last, []).get(last)!).push({ suffix, before });
}
/** A word that ends in a publication noun after three or more letters of its own ("tageszeitung", "江南日报"). */
function suffixed(word: string): boolean {
  const list = SUFFIXES_BY_LAST.get(word[word.length - 1]);
  return !!list && list.some(({ suffix, before }) => word.endsWith(suffix) && [...word.slice(0, -suffix.length)].length >= before);
}
