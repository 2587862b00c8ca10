// Role gender: "apuntó la vicepresidenta", "a déclaré la ministre", "disse a ministra" speak of a woman,
// "dijo el ministro", "a dit le président", "disse o ministro" of a man. When the person a role mention was
// resolved to has the other gender by their given name (the registers know it), the nearest person the
// article named before it whose given name has the role's gender, and who holds no other office, is meant
// instead. Only the article before the role tells the gender (noun endings differ too much by language).
import { genderOfName } from "./name-gender.ts";
import { MIN_ROLE_WORD } from "./resolve.ts";
import type { NameMention } from "./surnames.ts";

const WORD_BREAK = /[^\p{L}\p{N}]+/u;

/** Singular definite articles that tell a role's gender (Spanish, French, Italian, Portuguese, German, Catalan). */
const ARTICLE_GENDER: ReadonlyMap<string, "male" | "female"> = new Map([
  ...["el", "le", "il", "lo", "o", "der", "del"].map((w) => [w, "male"] as const),
  ...["la", "a", "die"].map((w) => [w, "female"] as const),
]);
const FIRST_WORD_RE = /^[^\s\p{L}]*(\p{L}+)/u;

/** The gender the article opening a role mention gives it ("la vicepresidenta" → female), or null. */
export function roleGender(text: string): "male" | "female" | null {
  const w = FIRST_WORD_RE.exec(text)?.[1]?.toLowerCase();
  return (w && ARTICLE_GENDER.get(w)) || null;
}


/**
 * The nearest full name in [from, at) whose given name has `gender` and who holds no other office than
 * `role`, when `current` has the other gender; null when `current` agrees, is of unknown gender, or
 * nobody fits.
 */
export function personOfRoleGender(
  gender: "male" | "female" | null,
  role: string,
  current: string | null,
  names: readonly NameMention[],
  from: number,
  at: number,
): NameMention | null {
  if (!gender || !current) return null;
  const had = genderOfName(current);
  if (!had || had === gender) return null;
  const wanted = new Set(role.toLowerCase().split(WORD_BREAK).filter((w) => w.length >= MIN_ROLE_WORD));
  for (let i = names.length - 1; i >= 0; i--) {
    const n = names[i];
    if (n.at >= at) continue;
    if (n.at < from) break;
    if (n.kind !== "person" || n.parts.length < 2 || genderOfName(n.name) !== gender) continue;
    // (someone the article gave another office, "la periodista Pilar Ruiz", is not "la vicepresidenta")
    if (n.role && !n.role.toLowerCase().split(WORD_BREAK).some((w) => wanted.has(w))) continue;
    return n;
  }
  return null;
}
