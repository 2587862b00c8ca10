// Given (first) names, for telling a person's name printed alone ("Jane Doe" beside the date) from a
// capitalised phrase ("Picture Day", "Dubai Airshow"). The list is the gender-detection-from-name
// package's (MIT; about 67,000 first names from English, German, Spanish, French, Italian and Turkish
// name registers), loaded on first use. Only used where no byline lead or author link vouches for a name.
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

/** Is the word a known given name (case-insensitive)? */
export function isGivenName(word: string): boolean {
  names ??= load();
  return names.has(word.toLowerCase().normalize("NFC"));
}
