// Navigation furniture: skip links, menus, log-in bars, language and edition switches — lines that
// stand above a masthead and are no name ("Skip to main content", "Menü", "DE EN", "Deutschland").
import { NAV_JOINERS, NAV_WORDS } from "../../lexicon/outlets.ts";
import { escapeRe } from "./names.ts";

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
/** A navigation word run into a longer one: "Bereichsnavigation", "Servicemenü", "Schnellsuche". */
const NAV_SUFFIX = new RegExp(`\\p{L}{3}(?:${NAV_WORDS.filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w)).map(escapeRe).join("|")})$`, "u");
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
  return words.every((w) => NAV.has(w) || JOINERS.has(w) || LANGUAGE_NAMES.has(w) || (w.length >= 8 && NAV_SUFFIX.test(w)));
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
