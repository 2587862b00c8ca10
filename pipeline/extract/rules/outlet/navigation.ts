// Navigation furniture: skip links, menus, log-in bars, language and edition switches — lines that
// stand above a masthead and are no name ("Skip to main content", "Menü", "DE EN", "Deutschland").
import { NAV_JOINERS, NAV_WORDS } from "../../lexicon/outlets.ts";

const NAV = new Set(NAV_WORDS);
/** Languages a site's language switch offers, by their own names and in English ("Deutsch", "English", "Español"). */
const LANGUAGE_NAMES = (() => {
  const codes = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk", "hu", "ro", "hr", "sr", "sl", "bg", "el", "tr", "ru", "uk", "ar", "fa", "he", "hi", "bn", "ur", "id", "ms", "vi", "th", "zh", "ja", "ko", "sv", "da", "no", "nb", "fi", "et", "lv", "lt", "ca", "eu", "gl"];
  const names = new Set<string>();
  for (const c of codes) {
    names.add(c);
    for (const lang of [c, "en"]) {
      const name = new Intl.DisplayNames([lang], { type: "language" }).of(c);
      if (name) names.add(name.toLowerCase());
    }
  }
  return names;
})();
/** Countries an edition switch offers, by name in the languages most news sites write ("Deutschland", "Sweden", "España"). */
const REGION_NAMES = (() => {
  const names = new Set<string>();
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const [english, ...others] = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru"].map((l) => new Intl.DisplayNames([l], { type: "region", fallback: "none" }));
  // The codes CLDR names, found once in English, then named in the other languages.
  const codes: string[] = [];
  for (const a of letters)
    for (const b of letters) {
      const name = english.of(a + b);
      if (name) [codes.push(a + b), names.add(name.toLowerCase())];
    }
  for (const show of others) for (const code of codes) names.add((show.of(code) ?? "").toLowerCase());
  names.delete("");
  return names;
})();
/**
 * The navigation words of five letters or more, by their last unit: one run into a longer word after
 * three letters of its own ("Bereichsnavigation", "Servicemenü", "Schnellsuche") is navigation too. (A
 * lookup by the word's end: one pattern of all the words tried them at every position of every word.)
 */
const NAV_SUFFIXES = new Map<string, string[]>();
for (const w of NAV_WORDS)
  if (w.length >= 5 && /^\p{L}+$/u.test(w)) (NAV_SUFFIXES.get(w[w.length - 1]) ?? NAV_SUFFIXES.set(w[w.length - 1], []).get(w[w.length - 1])!).push(w);
const THREE_LETTERS_AT_END = /\p{L}{3}$/u;
const navSuffixed = (w: string): boolean =>
  NAV_SUFFIXES.get(w[w.length - 1])?.some((s) => w.endsWith(s) && THREE_LETTERS_AT_END.test(w.slice(0, w.length - s.length))) ?? false;
const NAV_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/**
 * Is a line navigation furniture: made only of menu, search, log-in and skip-link words or language
 * names ("Skip to main content", "Zum Inhalt springen", "Menü", "DE EN", "Se connecter S'abonner")?
 */
export function navigationLine(text: string): boolean {
  const words = text.toLowerCase().match(NAV_WORD);
  if (!words) return true;
  if (REGION_NAMES.has(text.trim().toLowerCase())) return true;
  return navigationWords(words);
}
/** Are all these (lower-case) words navigation words, joiners or language names? */
function navigationWords(words: readonly string[]): boolean {
  return words.every((w) => NAV.has(w) || JOINERS.has(w) || LANGUAGE_NAMES.has(w) || (w.length >= 8 && navSuffixed(w)));
}
export const JOINERS = new Set(NAV_JOINERS);
/** Navigation words at either end of a masthead line ("ComputerBase Menü", "Toggle navigation FlowFX") go. */
export function withoutNavWords(name: string): string {
  const words = name.split(/\s+/);
  let a = 0;
  let b = words.length;
  const nav = (w: string) => {
    const low = w.toLowerCase();
    return !JOINERS.has(low) && navigationWords(low.match(NAV_WORD) ?? []);
  };
  while (a < b && nav(words[a])) a++;
  // A name may open with an article ("The Balance") but never ends with one ("Gazette (Link zur").
  while (b > a && (nav(words[b - 1]) || JOINERS.has(words[b - 1].toLowerCase()))) b--;
  return words.slice(a, b).join(" ");
}
