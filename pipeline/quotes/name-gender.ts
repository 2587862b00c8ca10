// The gender of a person's name, for agreement with "she"/"elle" or "la ministra": what the given-name
// registers say of its first word, read again without accents when the accented spelling is missing
// ("Aníbal", "Lucía", "Ramón" are listed as "Anibal", "Lucia", "Ramon"). Null when unknown or mixed.
import { genderOf } from "../extract/lexicon/given-names.ts";

const MARKS_RE = /\p{M}+/gu;

export function genderOfName(name: string): "male" | "female" | null {
  const first = name.split(" ")[0];
  return genderOf(first) ?? genderOf(first.normalize("NFD").replace(MARKS_RE, "").normalize("NFC"));
}
