// The site's name in full: a logo, a notice or a menu often prints a short form ("Gazette") where the
// masthead or the host spells the whole name ("Gazette Magazine" on gazette-magazine.test, "Gazette
// Home" as the page's first line). The winner gives way to another candidate that is the same name
// with one to three words more, when that longer form spells the host's label exactly or is the
// masthead line itself (the first name line above the headline); to a strong candidate that spells
// out the acronym it is ("HRM" → "Harbour Review Magazine"); a logo's lower-case label to the domain
// the notice names the site by ("gazette" → "Gazette.com"); to the form with a domain ending the site
// speaks of itself by ("Gazette.de auf Instagram"); and a word for a newspaper before the name ("Diario
// El Faro") is no part of it where the host spells the name without it.
import { hostMatcher, registrableLabel } from "./host.ts";
import { nameKey } from "./names.ts";
import { NEWS_KIND_PREFIXES } from "../../lexicon/outlets.ts";
import { type Candidate, FIRST_LINE, SELF_REFERENCE_SIGNAL } from "./signals.ts";

/** Signal recorded on the winner when its longer form stands in for it. */
export const FULLER_FORM = "printed in full";
/** At most this many words more than the short form. */
const MAX_EXTRA_WORDS = 3;

/** Is `long` the name `short` with one to MAX_EXTRA_WORDS words after it ("DECO" → "DECO HOME")? */
export function extendsName(short: string, long: string): boolean {
  if (long.length <= short.length + 1 || !long.toLowerCase().startsWith(`${short.toLowerCase()} `)) return false;
  const extra = long.slice(short.length + 1).trim().split(/\s+/);
  return extra.length >= 1 && extra.length <= MAX_EXTRA_WORDS && /^[\p{L}\p{N}]/u.test(extra[0]);
}

/** An acronym: two to six capitals (a digit may stand among them), nothing else. */
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u;
/**
 * Does `full` spell out `acronym`: it opens with the acronym's first letter, every capitalised word's
 * initial is one of its letters in order, and its letters stand in the name in that order ("Harbour
 * Review Magazine" for HRM, "Deutsche Jagdzeitung" for DJZ)?
 */
export function expands(full: string, acronym: string): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, "");
  const low = full.toLowerCase();
  if (!/\s|\p{Ll}/u.test(full) || low[0] !== letters[0] || nameKey(full).length <= letters.length + 2) return false;
  let at = 0;
  for (const ch of letters) {
    at = low.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  // Each capitalised word's initial in the acronym, in order.
  let k = 0;
  for (const w of full.split(/\s+/)) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const i = letters.indexOf(w[0].toLowerCase(), k);
    if (i < 0) return false;
    k = i + 1;
  }
  return true;
}

const KIND_PREFIX = new Set(NEWS_KIND_PREFIXES);
/** Is `long` one word for a newspaper or a news site, then `short` ("Diario El Faro" for "El Faro")? */
export function kindPrefixed(long: string, short: string): boolean {
  const m = /^(\S+)\s+(.+)$/u.exec(long.trim());
  return !!m && KIND_PREFIX.has(m[1].toLowerCase()) && m[2].toLowerCase() === short.toLowerCase();
}

/** Is `long` the name `short` with a domain ending after it ("Gazette.de")? (An article before it is as often the sentence's: "Der Küstenbote auf Instagram".) */
export function selfForm(short: string, long: string): boolean {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  return !/\.\p{L}{2,6}$/u.test(s) && l.startsWith(s) && /^\.\p{L}{2,6}$/u.test(l.slice(s.length));
}

/** The words a masthead adds: one or two, capitals only where the name is in capitals. */
function mastheadExtra(short: string, long: string): boolean {
  const extra = long.slice(short.length + 1).trim();
  if (extra.split(/\s+/).length > 2) return false;
  const caps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);
  return !caps(extra) || caps(short);
}

/**
 * The longer candidate the winner is short for, or null: one that spells the host's label whole
 * (not just begins with it), or the masthead line (first name line above the headline).
 */
export function fullerName(best: Candidate, cands: readonly Candidate[], host: string | null): Candidate | null {
  const label = host ? (registrableLabel(host) ?? "").replace(/[^\p{L}\p{N}]/gu, "") : "";
  const spellsHost = host ? hostMatcher(host) : () => false;
  // The winner is the host's exact spelling after a word for what it is ("Diario El Faro" on
  // elfaro.test, where a candidate is "El Faro"): the site's name is the part the host spells.
  if (label && nameKey(best.name) !== label)
    for (const c of cands) if (c !== best && c.strong && nameKey(c.name) === label && kindPrefixed(best.name, c.name)) return c;
  // The winner is the host's label in lower case (a logo's alt text: "gazette") where the notice names
  // the site by its domain ("© Gazette.com"): the domain is the name the site gives itself.
  if (label && nameKey(best.name) === label && !/\p{Lu}/u.test(best.name))
    for (const c of cands) if (c !== best && c.signals.includes("copyright notice") && c.name.toLowerCase().startsWith(`${best.name.toLowerCase()}.`) && /^[^.\s]+\.\p{L}{2,6}$/u.test(c.name)) return c;
  // The site speaks of itself by the winner's name with its domain ending ("Gazette.de auf Instagram",
  // "Werben auf Gazette.de"): the form it gives itself.
  for (const c of cands) if (c !== best && c.signals.includes(SELF_REFERENCE_SIGNAL) && selfForm(best.name, c.name)) return c;
  // The winner is an acronym the page also spells out ("HRM", "Harbour Review Magazine"): the name in full.
  if (ACRONYM.test(best.name)) for (const c of cands) if (c !== best && c.strong && expands(c.name, best.name)) return c;
  for (const c of cands) {
    if (c === best || !extendsName(best.name, c.name)) continue;
    if (label && nameKey(c.name) === label) return c;
    // The masthead prints it whole, and the short form is not itself the host's own spelling: one or
    // two words more, in the name's own case (a tagline in capitals runs on: "Gazette ON MATTERS OF LAW").
    if (c.signals.some((s) => s.startsWith(FIRST_LINE)) && !spellsHost(best.name) && mastheadExtra(best.name, c.name)) return c;
  }
  return null;
}
