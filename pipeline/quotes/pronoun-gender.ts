// Pronoun gender check against the paragraph's own people: "Non loin, on discute avec Camille. « … »,
// soupire-t-elle" is not the Antoine quoted two paragraphs before. When the antecedent a gendered pronoun
// ("elle", "she", "ella", "он") was given has the other gender by its given name, the person its own
// paragraph introduces before the quotation — its first person, even as an object ("avec Camille"), whose
// given name is not of the other gender — is meant instead. An antecedent whose gender the registers do
// not know, or who is named in the paragraph itself, stands.
import { genderOfName } from "./name-gender.ts";
import { PRONOUN_GENDER } from "./lexicon/people.ts";
import type { NameMention } from "./surnames.ts";


/**
 * The person a paragraph introduces in [from, at) — the first one it names, whose given name is not of the
 * other gender — when `current` (the antecedent found so far) has the other gender and is not named in
 * the paragraph itself ("Omar asked … She added" keeps Omar, whatever the registers say of "Omar").
 */
export function agreeingPersonInParagraph(pronoun: string, current: string | null, names: readonly NameMention[], from: number, at: number): NameMention | null {
  const gender = PRONOUN_GENDER.get(pronoun.toLowerCase());
  if (!gender || !current) return null;
  const had = genderOfName(current);
  if (!had || had === gender) return null;
  const inPara = names.filter((n) => n.at >= from && n.at < at);
  const currentWords = new Set(current.split(" "));
  if (inPara.some((n) => n.parts.some((w) => currentWords.has(w)))) return null;
  const first = inPara.find((n) => n.kind === "person");
  if (!first) return null;
  const g = genderOfName(first.name);
  return !g || g === gender ? first : null;
}
