// What the page says about its words, to tell a name from a dictionary word or a label: the words it
// prints in lower case, its short lines (menu items, section labels, the masthead), how often it prints a phrase.
import { countSpaced } from "../../../text/normalize.ts";
import { cleanByline } from "./clean.ts";

/**
 * What the page says about its words, for telling a name from a word or a label: the words it prints in
 * lower case somewhere (a dictionary word, not a name: "vom", "link") and its short lines (menu items,
 * section labels, the masthead: "Kultur", "Harbour Gazette"). Asked about a few words per page, it
 * searches the text for each (memoised) rather than listing every word of every page.
 */
export interface PageWords {
  /** Does the page print this (lower-case) word in lower case, as a whole word? */
  hasLower(word: string): boolean;
  /** Is this (lower-case) phrase one of the page's short lines? */
  isShortLine(phrase: string): boolean;
  /** How often the phrase is printed on the page (as printed, up to `max`). */
  count(phrase: string, max: number): number;
}
const WORD_UNIT = /[\p{L}\p{M}]/u;
const LIST_MARK = /^[\s•·*□○◦▪■●+>#|-]+|\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)|[*_#|]+\s*$/gu;
/** Lines of at most this many words count as short (menu items, labels, mastheads). */
const SHORT_LINE_WORDS = 3;
/** A line longer than this is no short line (and is not cleaned to find out). */
export const SHORT_LINE_CHARS = 300;
const LINK_OR_URL = /\]\(|:\/\//;

/** Is the word at [a, b) part of an address or a handle ("markus.reuter", "@janedoe", "jane_doe"), not used as a word? */
function inAddress(t: string, a: number, b: number): boolean {
  const before = t[a - 1] ?? " ";
  const after = t[b] ?? " ";
  if (ADDRESS_GLUE.test(before) || ADDRESS_GLUE.test(after)) return true;
  return (before === "." && WORD_UNIT.test(t[a - 2] ?? " ")) || (after === "." && WORD_UNIT.test(t[b + 1] ?? " "));
}
const ADDRESS_GLUE = /[@_]/;

/** The page's words: lower-case words of the running text (`prose`, link targets already out) and of its short lines. */
export function pageWords(lines: readonly { raw: string }[], prose: () => readonly string[] = () => []): PageWords {
  let text: string | null = null;
  let shortRaw: { lower: string; at: number[]; raws: string[] } | null = null;
  const lowerSeen = new Map<string, boolean>();
  const shortSeen = new Map<string, boolean>();
  const shortLines = () => {
    if (shortRaw) return shortRaw;
    const raws = lines.map((l) => l.raw).filter((r) => r.length <= SHORT_LINE_CHARS && r.trim());
    const at: number[] = [];
    let lower = "";
    for (const r of raws) {
      at.push(lower.length);
      lower += `${r.toLowerCase()}\n`;
    }
    return (shortRaw = { lower, at, raws });
  };
  const pageText = () => (text ??= [...prose(), ...shortLines().raws.filter((r) => !LINK_OR_URL.test(r))].join("\n"));
  let whole: string | null = null;
  return {
    count(phrase, max) {
      whole ??= lines.map((l) => l.raw).join("\n");
      let n = 0;
      for (let k = whole.indexOf(phrase); k >= 0 && n < max; k = whole.indexOf(phrase, k + 1)) n++;
      return n;
    },
    hasLower(word) {
      let seen = lowerSeen.get(word);
      if (seen !== undefined) return seen;
      const t = pageText();
      seen = false;
      for (let k = t.indexOf(word); k >= 0 && !seen; k = t.indexOf(word, k + 1))
        seen = !WORD_UNIT.test(t[k - 1] ?? " ") && !WORD_UNIT.test(t[k + word.length] ?? " ") && !inAddress(t, k, k + word.length);
      lowerSeen.set(word, seen);
      return seen;
    },
    isShortLine(phrase) {
      let seen = shortSeen.get(phrase);
      if (seen !== undefined) return seen;
      const { lower, at, raws } = shortLines();
      seen = false;
      for (let k = lower.indexOf(phrase); k >= 0 && !seen; k = lower.indexOf(phrase, k + 1)) {
        // The line holding the hit, cleaned, must be the phrase.
        let lo = 0;
        let hi = at.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (at[mid] <= k) lo = mid;
          else hi = mid - 1;
        }
        const raw = raws[lo];
        const clean = cleanByline(raw.replace(LIST_MARK, (m) => (m.startsWith("[") ? m.slice(1, m.indexOf("]")) : " ")));
        seen = countSpaced(clean) <= SHORT_LINE_WORDS && clean.toLowerCase().replace(/[.:,;!?]+$/, "") === phrase;
      }
      shortSeen.set(phrase, seen);
      return seen;
    },
  };
}
