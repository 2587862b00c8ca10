// A person's name as a candidate's shape: an author's box or a byline repeats a person's name as often
// as a site repeats its own.
import { isGivenName } from "../../lexicon/given-names.ts";
import { JOINERS } from "./navigation.ts";

/** A person's name: two or three capitalised words, the first a given name ("Jane Doe"). */
export const personLike = (name: string): boolean => {
  const first = name.split(" ")[0];
  return /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}'-]+){1,2}$/u.test(name) && !JOINERS.has(first.toLowerCase()) && isGivenName(first);
};
