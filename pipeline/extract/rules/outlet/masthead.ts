// Masthead evidence: the name a top line gives when the page prints it again inside other text
// ("About Gazette", "© Gazette"); a menu item repeats only as a line of its own.
import { containsWord, escapeRe, mastheadShaped, MAX_LINE, TAGLINE_SEPARATOR, visible } from "./names.ts";
import { navigationLine, withoutNavWords } from "./navigation.ts";

/**
 * The name a masthead line gives when the page prints it again inside another line ("About Gazette",
 * "© Gazette", "Gazette auf Instagram"): a menu item repeats only as a line of its own. The line
 * whole, else its part before a tagline ("Gazette - News from the coast"); null when neither repeats.
 */
export function mastheadName(line: string, raws: readonly string[], at: number): string | null {
  const trimmed = withoutNavWords(line);
  const parts = trimmed.split(TAGLINE_SEPARATOR).map(withoutNavWords);
  let best: string | null = null;
  let most = 0;
  for (const name of parts.length > 1 ? [trimmed, ...parts] : [trimmed]) {
    if (!mastheadShaped(name) || name.length < 3 || navigationLine(name)) continue;
    const k = printedInside(raws, name, at);
    if (k > most) [best, most] = [name, k];
  }
  return best;
}
/** How many lines other than `at` print `name` inside more text (case folded, on word bounds); counted up to 3. */
export function printedInside(raws: readonly string[], name: string, at: number): number {
  let k = 0;
  const needle = name.toLowerCase();
  // One case-insensitive search per line, in the regex engine (lower-casing every line costs more).
  const find = new RegExp(escapeRe(name), /^[\x00-\x7f]*$/.test(name) ? "i" : "iu");
  for (let i = 0; i < raws.length; i++) {
    if (i === at) continue;
    const raw = raws[i];
    if (raw.length > MAX_LINE || raw.length < needle.length + 3 || !find.test(raw)) continue;
    const text = visible(raw).toLowerCase();
    if (text.length >= needle.length + 3 && containsWord(text, needle) && ++k >= 3) break;
  }
  return k;
}
