// Given (first) names, for telling a person's name printed alone ("Jane Doe" beside the date) from a
// capitalised phrase ("Picture Day", "Dubai Airshow"). The list is the gender-detection-from-name
// package's (MIT; about 67,000 first names from English, German, Spanish, French, Italian and Turkish
// name registers), loaded on first use. Only used where no byline lead or author link vouches for a name.
// Cyrillic words are looked up in their Latin spellings.
import { createRequire } from "node:module";

const LISTS = ["en", "de", "es", "fr", "it", "tr"] as const;
let names: Set<string> | null = null;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  for (const lang of LISTS) {
    const map = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const k of map.keys()) out.add(k);
  }
  return out;
}

/**
 * Cyrillic letters in Latin spelling, with the alternatives romanisations use (Ukrainian г is "h" where
 * Russian's is "g"; й is "y" or "i"; х is "kh" or "h"): the name registers above list Slavic names as
 * they are written in Latin letters ("Olena", "Oleksandr", "Dmitriy"), so a Cyrillic name is looked up in
 * each spelling.
 */
const CYRILLIC_LATIN: Record<string, readonly string[]> = {
  а: ["a"], б: ["b"], в: ["v"], г: ["g", "h"], ґ: ["g"], д: ["d"], е: ["e"], ё: ["e", "yo"], є: ["ye", "e"], ж: ["zh"], з: ["z"],
  и: ["i", "y"], і: ["i"], ї: ["yi", "i"], й: ["y", "i"], к: ["k"], л: ["l"], м: ["m"], н: ["n"], о: ["o"], п: ["p"], р: ["r"],
  с: ["s"], т: ["t"], у: ["u"], ф: ["f"], х: ["kh", "h"], ц: ["ts"], ч: ["ch"], ш: ["sh"], щ: ["shch"], ъ: [""], ы: ["y"],
  ь: [""], э: ["e"], ю: ["yu"], я: ["ya"],
};
const CYRILLIC = /[\u0400-\u04ff]/;
/** Spellings tried per word, at most: ambiguous letters multiply them. */
const MAX_SPELLINGS = 16;
const cyrillicVerdicts = new Map<string, boolean>();

/** The Latin spellings of a lower-case Cyrillic word, or [] when a letter has none. */
function latinSpellings(word: string): string[] {
  let out = [""];
  for (const ch of word) {
    const alts = CYRILLIC_LATIN[ch];
    if (!alts) return [];
    out = out.flatMap((o) => alts.map((a) => o + a)).slice(0, MAX_SPELLINGS);
  }
  return out;
}

/** Is the word a known given name (case-insensitive; Cyrillic looked up in its Latin spellings)? */
export function isGivenName(word: string): boolean {
  names ??= load();
  const w = word.toLowerCase().normalize("NFC");
  if (names.has(w)) return true;
  if (!CYRILLIC.test(w)) return false;
  let verdict = cyrillicVerdicts.get(w);
  if (verdict === undefined) {
    verdict = latinSpellings(w).some((l) => names!.has(l));
    cyrillicVerdicts.set(w, verdict);
  }
  return verdict;
}

/**
 * Vietnamese family names, printed first ("Nguyễn Văn An"): the given-name registers above do not hold
 * them, and about twenty of them cover most of the population, so a name that opens with one is vouched
 * for as a given name would be.
 */
const VIETNAMESE_FAMILY_NAMES = new Set(
  "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn lâm mai trịnh trương tạ cao lương hà quách tô tăng vương châu thái".split(" "),
);
/** Is the word a family name printed before the given names (Vietnamese)? */
export function isFamilyNameFirst(word: string): boolean {
  return VIETNAMESE_FAMILY_NAMES.has(word.toLowerCase().normalize("NFC"));
}
