// The outlet's spelling as the page prints it most: a logo's alt text runs the words together
// ("HarbourTimes") or a host spelling splits them ("Harbour Times" for harbourtimes) where the page's
// text prints the name otherwise ("Harbour-Times" five times). Same letters, other spaces or hyphens;
// and a masthead in capitals ("THE HARBOUR TIMES") gives way to the mixed case the page also prints.
import { MAX_LINE } from "./names.ts";
import { MD_TARGET } from "./host.ts";

/** ASCII units that are joints: the characters that may stand between a name's letters in another spelling of it (white space, "-", ".", "'", "’", "&"); a table, read along every line. */
const ASCII_JOINT = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_JOINT[c] = /[\s\-.'&]/.test(String.fromCharCode(c)) ? 1 : 0;
/** A joint unit (every joint is one unit). */
const JOINT_UNIT = /[\s\-.'’&]/;
const jointUnit = (c: number): boolean => (c < 128 ? ASCII_JOINT[c] === 1 : JOINT_UNIT.test(String.fromCharCode(c)));
/**
 * Does the text, its joints left out, hold `letters` (which holds none)? Without building that text
 * for every line: from each place `letters`' first unit stands, the units that are no joint must spell it.
 */
function holdsAcrossJoints(text: string, letters: string): boolean {
  for (let p = text.indexOf(letters[0]); p >= 0; p = text.indexOf(letters[0], p + 1)) {
    let k = 0;
    for (let i = p; k < letters.length && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== letters.charCodeAt(k)) {
        if (jointUnit(c)) continue;
        break;
      }
      k++;
    }
    if (k === letters.length) return true;
  }
  return false;
}
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
  const first = chars[0].toLowerCase();
  // A line can print a spelling only if its lower case, joints left out, holds the name's letters in a
  // row: a plain search that rules out most lines before the matcher runs.
  const letters = chars.join("").toLowerCase();
  const forms = new Map<string, Map<string, number>>();
  for (const raw of raws) {
    if (raw.length > MAX_LINE) continue;
    const lower = raw.toLowerCase();
    if (!lower.includes(first) || !holdsAcrossJoints(lower, letters)) continue;
    const text = raw.includes("](") ? raw.replace(MD_TARGET, ")") : raw;
    for (const surface of spellingsIn(text, chars)) {
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

/** What may not stand right before a spelling: it would sit inside an address, a handle or a tag ("gazette.de", "@gazette", "/gazette/", "#gazette"). */
const BEFORE_STOP = /[\p{L}\p{N}@#/.\\_-]/u;
/** What may not stand right after one (nor "." or "-" and a letter). */
const AFTER_STOP = /[\p{L}\p{N}/@_]/u;
const LETTER = /\p{L}/u;
const JOINT_CHAR = /[\s\-.'’&]/u;
const sameLetter = (a: string, b: string) => a === b || a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
const codePoint = (text: string, i: number) => String.fromCodePoint(text.codePointAt(i)!);

/**
 * The spellings of a name's letters `chars` a text prints, left to right: the letters in order, case
 * aside, with up to two joints (spaces, hyphens, dots, apostrophes, "&") between two of them, not inside
 * an address, a handle or a tag. A plain walk: a pattern compiled per name (with Unicode classes around
 * it) cost V8 more to compile than to run.
 */
export function spellingsIn(text: string, chars: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const end = spellingAt(text, i, chars);
    if (end > 0) {
      out.push(text.slice(i, end));
      i = end;
    } else i += codePoint(text, i).length;
  }
  return out;
}

/** Where a spelling starting at `i` ends, or -1. */
function spellingAt(text: string, i: number, chars: readonly string[]): number {
  if (i > 0) {
    const before = text.codePointAt(i - 1)! >= 0xdc00 && text.codePointAt(i - 1)! <= 0xdfff && i > 1 ? codePoint(text, i - 2) : text[i - 1];
    if (BEFORE_STOP.test(before)) return -1;
  }
  let at = i;
  for (let k = 0; k < chars.length; k++) {
    if (k > 0) {
      let run = 0;
      while (run < 3 && at + run < text.length && JOINT_CHAR.test(text[at + run])) run++;
      if (run > 2) return -1;
      at += run;
    }
    if (at >= text.length) return -1;
    const c = codePoint(text, at);
    if (!sameLetter(c, chars[k])) return -1;
    at += c.length;
  }
  if (at < text.length) {
    const next = codePoint(text, at);
    if (AFTER_STOP.test(next)) return -1;
    if ((next === "." || next === "-") && at + 1 < text.length && LETTER.test(codePoint(text, at + 1))) return -1;
  }
  return at;
}
