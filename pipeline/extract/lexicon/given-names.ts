// Given (first) names, for telling a person's name printed alone ("Jane Doe" beside the date) from a
// capitalised phrase ("Picture Day", "Dubai Airshow"). The list is the gender-detection-from-name
// package's (MIT; about 67,000 first names from English, German, Spanish, French, Italian and Turkish
// name registers), loaded on first use. Only used where no byline lead or author link vouches for a name.
// Cyrillic and Greek words are looked up in their Latin spellings.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/** One entry of a name register's source: `['jean', 'male'],`. */
const ENTRY_RE = /\['([^']+)',\s*'(male|female|unisex)'\]/gu;

const LISTS = ["en", "de", "es", "fr", "it", "tr"] as const;
let names: Set<string> | null = null;
/** How many registers list each name. */
let registers: Map<string, number> | null = null;
/** A name spelled without its accents counts when this many registers list it (the English one alone lists words such as "uber"). */
const MIN_REGISTERS_UNACCENTED = 2;
/** Votes of the registers for each name's gender: [male, female]. */
let genders: Map<string, [number, number]> | null = null;
/** Share of the registers' votes a gender needs ("andrea" has none: female in English, male in Italian). */
const GENDER_MAJORITY = 2 / 3;
/** Registers that must list a name under one gender before it is trusted (family names such as "Qin", "Kim", "Lee" are in one or two). */
const MIN_GENDER_VOTES = 3;

function load(): Set<string> {
  const require = createRequire(import.meta.url);
  const out = new Set<string>();
  genders = new Map();
  registers = new Map();
  for (const lang of LISTS) {
    // The register's source is read, not its module: the module's Map keeps only the last of a name's
    // entries ("jean" is listed male, then female), and a register listing a name under both genders
    // votes for neither. (Its entries are the Map's keys, so the names come from the same read.)
    const listed = new Map<string, Set<string>>();
    for (const m of readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), "utf8").matchAll(ENTRY_RE))
      (listed.get(m[1]) ?? listed.set(m[1], new Set()).get(m[1])!).add(m[2]);
    for (const [k, gs] of listed) {
      out.add(k);
      registers!.set(k, (registers!.get(k) ?? 0) + 1);
      if (gs.size !== 1) continue;
      const votes = genders.get(k) ?? genders.set(k, [0, 0]).get(k)!;
      if (gs.has("male")) votes[0]++;
      else if (gs.has("female")) votes[1]++;
    }
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
/**
 * Greek letters in Latin spelling, with the alternatives romanisations use (η is "i" or "e", υ is "y",
 * "i" or the "u" of "ου", β is "v" or "b", χ is "ch" or "h"): the registers list Greek names in Latin
 * letters ("Maria", "Nikos", "Eleni"), so a Greek name (its accents dropped) is looked up in each spelling.
 */
const GREEK_LATIN: Record<string, readonly string[]> = {
  α: ["a"], β: ["v", "b"], γ: ["g"], δ: ["d"], ε: ["e"], ζ: ["z"], η: ["i", "e"], θ: ["th"], ι: ["i"], κ: ["k"], λ: ["l"], μ: ["m"],
  ν: ["n"], ξ: ["x"], ο: ["o"], π: ["p"], ρ: ["r"], σ: ["s"], ς: ["s"], τ: ["t"], υ: ["y", "i", "u"], φ: ["f", "ph"], χ: ["ch", "h"],
  ψ: ["ps"], ω: ["o"],
};
const GREEK = /[\u0370-\u03ff\u1f00-\u1fff]/;
/** Spellings tried per word, at most: ambiguous letters multiply them. */
const MAX_SPELLINGS = 16;
const cyrillicVerdicts = new Map<string, boolean>();

/** The Latin spellings of a lower-case Cyrillic or Greek word (by the letters' table), or [] when a letter has none. */
function latinSpellings(word: string, table: Record<string, readonly string[]>): string[] {
  let out = [""];
  for (const ch of word) {
    const alts = table[ch];
    if (!alts) return [];
    out = out.flatMap((o) => alts.map((a) => o + a)).slice(0, MAX_SPELLINGS);
  }
  return out;
}

/** A Latin letter with a mark that decomposes off it (á, ç, ě, ö; not ø or ł, which have none). */
const LATIN_MARKED = /[\u00c0-\u024f\u1e00-\u1eff]/u;
const unaccented = (w: string): string => w.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

/** Is the word a known given name (case-insensitive; Cyrillic and Greek looked up in their Latin spellings, accented Latin also without its accents)? */
export function isGivenName(word: string): boolean {
  names ??= load();
  const w = word.toLowerCase().normalize("NFC");
  if (names.has(w)) return true;
  // The registers mostly spell names without their accents ("lucia", "jose"): "Lucía", "José", "László" are
  // looked up as spelled and then without the marks over or under their Latin letters, when several
  // registers list that spelling.
  if (LATIN_MARKED.test(w)) return (registers!.get(unaccented(w)) ?? 0) >= MIN_REGISTERS_UNACCENTED;
  const greek = GREEK.test(w);
  if (!greek && !CYRILLIC.test(w)) return false;
  let verdict = cyrillicVerdicts.get(w);
  if (verdict === undefined) {
    const spellings = greek ? latinSpellings(w.normalize("NFD").replace(/\p{M}/gu, ""), GREEK_LATIN) : latinSpellings(w, CYRILLIC_LATIN);
    verdict = spellings.some((l) => names!.has(l));
    cyrillicVerdicts.set(w, verdict);
  }
  return verdict;
}

/** The gender most name registers give a given name (Latin script only), or null when unknown or mixed. */
export function genderOf(word: string): "male" | "female" | null {
  names ??= load();
  const [m, f] = genders!.get(word.toLowerCase().normalize("NFC")) ?? [0, 0];
  if (m + f < MIN_GENDER_VOTES) return null;
  return m / (m + f) >= GENDER_MAJORITY ? "male" : f / (m + f) >= GENDER_MAJORITY ? "female" : null;
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
