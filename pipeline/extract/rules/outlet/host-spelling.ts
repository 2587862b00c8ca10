// The host's label as the page's text spells it: the first words in the header, the footer or the
// article's first lines whose letters make the label ("El Salto" for elsalto, "Clarín" for clarin).
import { EDGE_LINES, escapeRe, nameKey } from "./names.ts";
import { firstProseIndex } from "../../../document.ts";
import { registrableLabel, SOCIAL_HOSTS } from "./host.ts";
import type { OutletPage } from "./page.ts";
import { WEIGHTS } from "./signals.ts";

/** For each ASCII letter, the letters of Latin-1 and Latin Extended-A/B that carry it under an accent. */
const ACCENTED: Record<string, string> = {};
for (let cp = 0xc0; cp <= 0x24f; cp++) {
  const ch = String.fromCharCode(cp);
  const base = ch.normalize("NFKD").charAt(0).toLowerCase();
  if (/^[a-z]$/.test(base) && ch.toLowerCase() !== base) ACCENTED[base] = (ACCENTED[base] ?? "") + ch;
}
/**
 * A pattern that finds a host's label spelt in running text: its letters in order, accents allowed,
 * up to two spaces, dots, hyphens or apostrophes between them ("El Salto" for elsalto, "Clarín" for
 * clarin). Bounded repeats only: linear. The words it finds are then checked with nameKey.
 */
function spelledLabelPattern(label: string): RegExp {
  return new RegExp([...label].map((c) => (/[a-z]/.test(c) ? `[${classMembers(c)}]` : escapeRe(c))).join("[\\s.'’&-]{0,2}"));
}
/** The characters a letter's class holds: both cases spelt out (a case-insensitive Unicode pattern is several times slower). */
function classMembers(c: string): string {
  const letters = `${c}${ACCENTED[c] ?? ""}`;
  return letters + letters.toUpperCase();
}

/**
 * spelledLabelPattern's test, without a regular expression for labels of letters and digits (every
 * host's): V8 compiled each page's new pattern, with its long accent classes, in about 1 ms, most of
 * the outlet rule's time. Same answer: each character of the label is matched against the very
 * UTF-16 units of its class, and 0 to 2 separators (the pattern's own class) may stand between two.
 */
function spelledLabel(label: string): (line: string) => boolean {
  if (!/^[a-z0-9]+$/.test(label)) {
    const re = spelledLabelPattern(label);
    return (line) => re.test(line);
  }
  const classes = [...label].map(classUnits);
  // Letters and separators share no character, so at most one gap length can go on: linear.
  const spelledFrom = (line: string, at: number, k: number): boolean => {
    if (!classes[k].has(line.charCodeAt(at))) return false;
    if (k === classes.length - 1) return true;
    for (let p = at + 1; p <= at + 3 && p < line.length; p++) {
      if (spelledFrom(line, p, k + 1)) return true;
      if (!isSpellingSeparator(line.charCodeAt(p))) return false;
    }
    return false;
  };
  return (line) => {
    for (let at = 0; at + classes.length <= line.length; at++) if (spelledFrom(line, at, 0)) return true;
    return false;
  };
}
const SPELLING_SEPARATOR = /[\s.'’&-]/;
/** Per UTF-16 unit: 0 not yet asked, 1 a separator, 2 not one (the pattern's class, asked once per unit). */
const separatorUnits = new Uint8Array(0x10000);
function isSpellingSeparator(unit: number): boolean {
  if (!separatorUnits[unit]) separatorUnits[unit] = SPELLING_SEPARATOR.test(String.fromCharCode(unit)) ? 1 : 2;
  return separatorUnits[unit] === 1;
}
/** The UTF-16 units a label character matches (a letter's class; a digit itself), kept per character. */
const unitsByChar = new Map<string, Set<number>>();
function classUnits(c: string): Set<number> {
  let units = unitsByChar.get(c);
  if (!units) {
    const members = /[a-z]/.test(c) ? classMembers(c) : c;
    units = new Set(Array.from({ length: members.length }, (_, i) => members.charCodeAt(i)));
    unitsByChar.set(c, units);
  }
  return units;
}

/** Lines of the article, from its start, searched for the host's name. */
const BODY_LINES = 20;
/** Longest run of words tried against a host's label. */
const HOST_WORDS = 4;
export const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*/gu;

/**
 * The first words in the page's visible text that spell the host's label (1 to 4 words whose letters
 * and digits, lower-cased, make the label): "El Salto" for elsalto, "Prensa Libre" for prensalibre.
 * Lines that are mostly links or addresses are skipped (a URL spells its own host).
 */
function hostSpelledIn(raws: readonly string[], seen: (i: number) => string, label: string, firstBody: number): { name: string; line: number } | null {
  const want = label.replace(/-/g, "");
  const spelled = spelledLabel(want);
  const n = raws.length;
  for (let i = 0; i < n; i++) {
    // The header, the footer and the article's first lines: where a site prints its own name (a
    // body's later mention is as often another site's).
    if (i >= EDGE_LINES && i < n - EDGE_LINES && (i < firstBody || i >= firstBody + BODY_LINES)) {
      i = i < firstBody ? firstBody - 1 : n - EDGE_LINES - 1;
      continue;
    }
    const raw = raws[i];
    if (raw.length > 2000) continue;
    // Cheap test first: the label's letters must occur in order.
    if (!spelled(raw)) continue;
    const t = seen(i);
    const words = [...t.matchAll(WORD)];
    for (let a = 0; a < words.length; a++) {
      let key = "";
      for (let b = a; b < words.length && b < a + HOST_WORDS; b++) {
        key += nameKey(words[b][0]);
        if (key.length > want.length || !want.startsWith(key)) break;
        if (key === want) {
          const name = t.slice(words[a].index, words[b].index! + words[b][0].length);
          // The address itself ("elsalto.com/...") is not the name as printed.
          if (/^[\p{Ll}\d.-]+$/u.test(name) && name.includes(".") && !/\.\p{L}{2,6}$/u.test(name)) break;
          return { name, line: i };
        }
      }
    }
  }
  return null;
}

/** The host's name as the text spells it ("El Salto" on elsalto.com, "Prensa Libre" on prensalibre.com). */
export function hostSpelling(page: OutletPage): void {
  const { doc, raws, host, seen, add } = page;
  const label = host ? registrableLabel(host) : null;
  if (label && label.length >= 4 && !SOCIAL_HOSTS.has(label)) {
    const found = hostSpelledIn(raws, seen, label, firstProseIndex(doc));
    if (found) add(found.name, WEIGHTS.topLine, "names the host in the text", found.line);
  }
}
