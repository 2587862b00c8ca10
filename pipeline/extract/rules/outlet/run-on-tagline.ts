// A masthead that runs the site's name into its tagline with no separator: "Harbour Notes Recipes
// from the coast", "GAZETTE 港のニュース", "Coastline A Harbour Encyclopedia" (a logo's alt text, a blog's
// title line). The name is the leading words the page prints again elsewhere — alone on a line, as a
// link's text, inside a sentence — when the whole line is printed nowhere else and the words after
// them read as a tagline: a phrase with a lower-case word or an article opening it, or words in
// another script.
import { ALNUM, containsWord, MAX_LINE, visible } from "./names.ts";

/** An article opening a tagline ("A Business Encyclopedia", "Das Magazin für ..."). */
const TAGLINE_ARTICLE = /^(?:a|an|the|ein|eine|der|die|das|un|une|una|uno|le|la|el|il|o|de|het|en|ett)$/iu;
/** Letters in a script without case (CJK, Arabic, Hebrew, Thai, Devanagari ...). */
const CASELESS = /[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{N}\p{P}\p{S}\s]/u;

/** How the words after a name read: as a tagline in another script, as a tagline phrase, or not. */
export function taglineWords(words: readonly string[], name: string): "script" | "phrase" | null {
  if (words.length === 0) return null;
  // Words in another script than the name's ("GAZETTE 港のニュース").
  if (CASELESS.test(words.join(" ")) !== CASELESS.test(name)) return "script";
  if (words.length < 2) return null;
  if (TAGLINE_ARTICLE.test(words[0])) return "phrase";
  // A phrase: a word in lower case after a capitalised one ("Recipes from the coast").
  return /^\p{Lu}/u.test(words[0]) && words.slice(1).some((w) => /^\p{Ll}/u.test(w)) ? "phrase" : null;
}

/** The visible text of the page's lines, lower case, made once per page. */
const seenText = new WeakMap<readonly string[], string[]>();
function lowerVisible(raws: readonly string[]): string[] {
  let out = seenText.get(raws);
  if (!out) seenText.set(raws, (out = raws.map((r) => (r.length > MAX_LINE ? "" : visible(r).toLowerCase()))));
  return out;
}

/**
 * The name without the tagline run into it: its leading words (one or more, the rest a tagline) that
 * the page prints on a line where the whole is not; the longest such run. The name as it is when the
 * page prints it whole again, or no leading run is printed elsewhere.
 */
export function withoutRunOnTagline(name: string, raws: readonly string[]): string {
  const words = name.split(" ");
  if (words.length < 2 || name.length < 8) return name;
  const lowName = name.toLowerCase();
  const firstLow = words[0].toLowerCase();
  // Lines that hold the name's first word: the only ones that can print it or a run of it.
  let lines: string[] | null = null;
  const holding = () => (lines ??= lowerVisible(raws).filter((t) => t.includes(firstLow)));
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words.slice(0, k).join(" ");
    const tagline = taglineWords(words.slice(k), head);
    if (head.length < 3 || !ALNUM.test(head) || !tagline) continue;
    const lowHead = head.toLowerCase();
    let whole = 0;
    let alone = 0;
    let inside = 0;
    for (const t of holding()) {
      if (t.includes(lowName)) whole++;
      else if (t === lowHead) alone++;
      else if (containsWord(t, lowHead)) inside++;
    }
    // Printed whole on a line of its own and again elsewhere: the page's name is the whole.
    if (whole >= 2) return name;
    // The head alone on a line (a logo's text, a link's) — or, before a tagline in another script,
    // inside a sentence too ("「GAZETTE」では ...").
    if (alone >= 1 || (tagline === "script" && inside >= 1)) return head;
  }
  return name;
}
