// Name-form normalisation: the outlet's name as the page prints it most — with the article that belongs
// to it ("The Independent"), the domain ending it carries as a brand ("Gazette.de") or the word that
// completes its full name ("Gazette News").
import { ALNUM, MAX_LINE } from "./names.ts";
import { MD_TARGET } from "./host.ts";
import { FULL_NAME_WORDS } from "../../lexicon/outlets.ts";

/** Articles that belong to many publications' names ("The Independent", "Die Tagespost", "El Tiempo", "Le Monde"). */
const ARTICLE = /(?:^|[^\p{L}\p{N}])(the|die|der|das|le|la|les|el|il|lo|los|las|het|de|o|a|os|as)\s+$/iu;
/**
 * The name with the article the page prints before it, when most of the page's mentions carry it with
 * a capital ("The Independent" in running text, not "the Independent"): the article is part of the
 * name. A name that already has one stays as it is.
 */
export function withArticle(name: string, raws: readonly string[]): string {
  if (name.length < 3 || /^(?:the|die|der|das|le|la|les|el|il|lo|los|las|het|de)\s/iu.test(name)) return name;
  let withIt = 0;
  let without = 0;
  let article = "";
  for (const raw of raws) {
    if (raw.length > MAX_LINE || !raw.includes(name)) continue;
    for (let at = raw.indexOf(name); at >= 0; at = raw.indexOf(name, at + 1)) {
      const after = raw.charAt(at + name.length);
      if (after && ALNUM.test(after)) continue;
      const m = ARTICLE.exec(raw.slice(Math.max(0, at - 8), at));
      if (m && /^\p{Lu}/u.test(m[1])) {
        withIt++;
        article ||= m[1];
      } else if (at === 0 || !ALNUM.test(raw.charAt(at - 1))) without++;
    }
  }
  return withIt >= 2 && withIt > without ? `${article} ${name}` : name;
}

/**
 * The name with the domain ending the page prints after it as a brand ("Gazette.de" in running text,
 * not in an address or a link), when the page prints it that way more often than bare, or three times or more.
 */
export function withDomainEnding(name: string, raws: readonly string[]): string {
  if (name.length < 3 || name.includes(".")) return name;
  const counts = new Map<string, number>();
  let bare = 0;
  for (const raw of raws) {
    if (raw.length > MAX_LINE || !raw.includes(name)) continue;
    const text = raw.includes("](") ? raw.replace(MD_TARGET, ")") : raw;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = at > 0 ? text.charAt(at - 1) : " ";
      if (ALNUM.test(before) || /[./@]/.test(before)) continue;
      const rest = text.slice(at + name.length, at + name.length + 8);
      const ending = /^\.(\p{Ll}{2,4})(?![\p{L}\p{N}/.@-]|\.\p{L})/u.exec(rest);
      if (ending) counts.set(ending[1], (counts.get(ending[1]) ?? 0) + 1);
      else if (!rest || !ALNUM.test(rest.charAt(0))) bare++;
    }
  }
  let best = "";
  let n = 0;
  for (const [ending, c] of counts) if (c > n) [best, n] = [ending, c];
  return (n >= 2 && n > bare) || n >= 3 ? `${name}.${best}` : name;
}

const KIND_WORDS = new Set(FULL_NAME_WORDS);
/**
 * The name with the word that completes a news site's name, printed after it with a capital at least
 * twice ("Gazette News", "GAZETTE ONLINE"): the site's full name, which a logo or a notice shortens.
 * The most printed such word wins; a name that already ends with one, or has a domain ending, stays.
 */
export function withKindWord(name: string, raws: readonly string[]): string {
  if (name.length < 2 || /\.\p{L}{2,6}$/u.test(name) || KIND_WORDS.has(name.split(" ").pop()!.toLowerCase())) return name;
  const counts = new Map<string, number>();
  for (const raw of raws) {
    if (raw.length > MAX_LINE || !raw.includes(name)) continue;
    const text = raw.includes("](") ? raw.replace(MD_TARGET, ")") : raw;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (at > 0 && ALNUM.test(text.charAt(at - 1))) continue;
      const m = /^ (\p{Lu}[\p{L}]*)(?![\p{L}\p{N}])/u.exec(text.slice(at + name.length, at + name.length + 20));
      if (m && KIND_WORDS.has(m[1].toLowerCase())) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    }
  }
  let best = "";
  let n = 1;
  for (const [word, c] of counts) if (c > n) [best, n] = [word, c];
  return best ? `${name} ${best}` : name;
}
