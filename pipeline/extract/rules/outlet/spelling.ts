// The outlet's spelling as the page prints it most: a logo's alt text runs the words together
// ("HarbourTimes") or a host spelling splits them ("Harbour Times" for harbourtimes) where the page's
// text prints the name otherwise ("Harbour-Times" five times). Same letters, other spaces or hyphens;
// and a masthead in capitals ("THE HARBOUR TIMES") gives way to the mixed case the page also prints.
import { escapeRe, MAX_LINE } from "./names.ts";
import { MD_TARGET } from "./host.ts";

/** Characters that may stand between a name's letters in another spelling of it. */
const JOINT = "[\\s\\-.'’&]{0,2}";
const caps = (s: string) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

/**
 * The spelling of `name` the page prints most often: its letters and digits in order, with spaces,
 * hyphens or dots between them or not, on word bounds. The name's own spelling wins ties; a name in
 * capitals becomes the mixed-case form the page prints with the same spacing.
 */
export function commonSpelling(name: string, raws: readonly string[]): string {
  // A name with other marks ("Gazette!", "gazette*") is printed as it is.
  if (/[^\p{L}\p{N}\s\-.'’&]/u.test(name)) return name;
  const chars = [...name].filter((c) => /[\p{L}\p{N}]/u.test(c));
  if (chars.length < 3 || chars.length > 60) return name;
  // Not inside an address, a handle or a tag ("gazette.de", "@gazette", "/gazette/", "#gazette").
  const re = new RegExp(`(?<![\\p{L}\\p{N}@#/.\\\\_-])${chars.map(escapeRe).join(JOINT)}(?![\\p{L}\\p{N}/@_]|\\.\\p{L}|-\\p{L})`, "giu");
  const first = chars[0].toLowerCase();
  const forms = new Map<string, Map<string, number>>();
  for (const raw of raws) {
    if (raw.length > MAX_LINE || !raw.toLowerCase().includes(first)) continue;
    const text = raw.includes("](") ? raw.replace(MD_TARGET, ")") : raw;
    for (const m of text.matchAll(re)) {
      const surface = m[0].trim();
      const key = surface.toLowerCase();
      const byCase = forms.get(key) ?? new Map<string, number>();
      byCase.set(surface, (byCase.get(surface) ?? 0) + 1);
      forms.set(key, byCase);
    }
  }
  const total = (m: Map<string, number> | undefined) => [...(m?.values() ?? [])].reduce((a, b) => a + b, 0);
  const own = name.toLowerCase();
  let best = own;
  // Another spacing wins only where the page prints it twice or more, more often than the name's own,
  // and with a capital where the name has one (a lower-case run is an address's or a handle's).
  for (const [key, byCase] of forms)
    if (total(byCase) >= 2 && total(byCase) > total(forms.get(best)) && (!/\p{Lu}/u.test(name) || [...byCase.keys()].some((f) => /\p{Lu}/u.test(f)))) best = key;
  const group = forms.get(best);
  if (!group) return name;
  let out = best === own ? name : "";
  // Capitals become the page's mixed case only for a name of two words or more (a one-word name in
  // capitals is an acronym or a brand's logo type).
  if (!out || (caps(out) && out.includes(" "))) {
    // The surface with the fewest words in capitals, then the most printed.
    const capsWords = (f: string) => f.split(/[\s-]+/).filter((w) => w.length > 1 && caps(w)).length;
    let n = 0;
    let fewest = Infinity;
    for (const [surface, c] of group) {
      const k = capsWords(surface);
      if ((!caps(surface) || !out) && (k < fewest || (k === fewest && c > n))) [out, n, fewest] = [surface, c, k];
    }
    // Capitals only, printed no other way: the name as the page has it.
    if (!out) out = name;
  }
  return out;
}
