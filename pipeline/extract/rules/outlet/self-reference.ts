// Self-reference evidence: the site speaking of itself in its header or footer ("About Gazette",
// "Gazette on Instagram", "Gazette ist ein Online-Magazin").
import { isGivenName } from "../../lexicon/given-names.ts";
import { SELF_REFERENCE } from "../../lexicon/outlets.ts";
import { alternation, mastheadShaped, sectionShaped } from "./names.ts";
import { JOINERS, navigationLine } from "./navigation.ts";
import { PUBLISHER_WORD } from "./copyright.ts";
import { firstProseIndex, lastProseIndex } from "../../../document.ts";
import type { OutletPage } from "./page.ts";
import { SELF_REFERENCE_SIGNAL, WEIGHTS } from "./signals.ts";

const EMBED_CAPTION = new Set(SELF_REFERENCE.embeds);
const SELF_LEAD = new RegExp(`^(?:${alternation(SELF_REFERENCE.leads)})\\s+(.+?)[\\s:.!?]*$`, "iu");
const SELF_NETWORK = new RegExp(`^(.{1,60}?)\\s+(?:${alternation(SELF_REFERENCE.networkPrepositions)})\\s+(?:${alternation(SELF_REFERENCE.networks)})\\s*$`, "iu");
/** Does the line open with a lead by which a site speaks of itself ("About", "Sobre", "Folgen Sie")? */
export const hasSelfLead = (line: string): boolean => SELF_LEAD.test(line);
/** Cheap test before SELF_NETWORK: the line ends with a network's name. */
const NETWORK_END = new RegExp(`\\s(?:${alternation(SELF_REFERENCE.networks)})\\s*$`, "iu");
/** The copulas' verbs ("is", "ist", "est", ...) between spaces: a line without one is no "X is a ..." line. */
const COPULA_VERB = new RegExp(`\\s(?:${alternation([...new Set(SELF_REFERENCE.copulas.map((c) => c.split(" ")[0]))])})\\s`, "i");
const SELF_COPULA = new RegExp(`^(.{1,60}?)\\s+(?:${alternation(SELF_REFERENCE.copulas)})\\s`, "iu");
/**
 * The name a header or footer line gives the site when it speaks of itself: "About Gazette", "Über
 * Gazette", "Gazette on Instagram", "Gazette ist ein Online-Magazin" → "Gazette"; null otherwise.
 * The name has a capital or a digit (a sentence's subject such as "this site" has none).
 */
export function selfReference(line: string, withCopula = true): string | null {
  let copula = false;
  let m = SELF_LEAD.exec(line) ?? (NETWORK_END.test(line) ? SELF_NETWORK.exec(line) : null);
  if (!m && withCopula && COPULA_VERB.test(line)) [m, copula] = [SELF_COPULA.exec(line), true];
  if (!m) return null;
  const name = m[1].trim();
  if (EMBED_CAPTION.has(name.toLowerCase())) return null;
  // A search box's placeholder names the site ("Search Gazette"), or what it searches ("Search Jobs").
  if (/^(?:search|durchsuchen)\s/iu.test(line) && sectionShaped(name)) return null;
  if (!mastheadShaped(name) || name.split(" ").length > 4 || !/^[\p{Lu}\p{Lo}\d]/u.test(name) || navigationLine(name)) return null;
  // "Jane Doe is a reporter ...": an author's note under the article, not the site's.
  const first = name.split(" ")[0];
  if (copula && !JOINERS.has(first.toLowerCase()) && isGivenName(first)) return null;
  // A name, not a clause: no word in it that starts a sentence's second half.
  if (/[,;]/.test(name)) return null;
  // A share button's label run into its text ("FacebookFolgen Sie uns"), no site's name.
  if (networkRunIn(name)) return null;
  return name;
}
const LONG_NETWORKS = SELF_REFERENCE.networks.filter((w) => w.length > 2);
/** Does the text open with a network's name run into a capitalised word ("FacebookFolgen", "TwitterFollow")? */
function networkRunIn(text: string): boolean {
  const low = text.toLowerCase();
  return LONG_NETWORKS.some((w) => low.startsWith(w) && /^\p{Lu}/u.test(text.slice(w.length)));
}

/**
 * "About Gazette", "Gazette on Instagram", "Gazette ist ein Online-Magazin": the site speaks of itself
 * in its header and footer.
 */
export function selfReferences(page: OutletPage): void {
  const { doc, raws, n, headerEnd, footerStart, seen, add } = page;
  // Past the first and last EDGE_LINES lines, outside the article (a long header, a sidebar), only a
  // lead or a network says so ("About Gazette", "Gazette on Instagram"): "X is a ..." is as often a person.
  const proseStart = firstProseIndex(doc);
  const proseEnd = lastProseIndex(doc);
  for (let i = 0; i < n; i++) {
    if (i === proseStart && proseEnd >= i) i = proseEnd + 1;
    if (i >= n) break;
    const raw = raws[i];
    // A share button ("Sdílet na Facebooku": share on Facebook) is no site naming itself on a network.
    if (raw.length > 400 || doc.lines[i].removedBy === "share-buttons") continue;
    const t = seen(i);
    if (t.length < 5) continue;
    // A cookie notice's sentence may run long; it names the site at its start.
    const cookies = COOKIE_VERB.test(t) ? cookieNotice(t) : null;
    if (cookies) add(cookies, WEIGHTS.selfReference, SELF_REFERENCE_SIGNAL, i);
    // Such a line is short: a name and a few words.
    if (t.length > 160) continue;
    const name = selfReference(t, i < headerEnd || i >= footerStart);
    if (name) add(name, WEIGHTS.selfReference, SELF_REFERENCE_SIGNAL, i);
  }
}

/** Cheap test before SELF_COOKIES: the line says something uses cookies. */
const COOKIE_VERB = new RegExp(`\\s(?:${alternation(SELF_REFERENCE.cookieVerbs)})\\s+(?:\\S+\\s+)?cookies\\b`, "iu");
const SELF_COOKIES = new RegExp(`^(.{1,60}?)\\s+(?:${alternation(SELF_REFERENCE.cookieVerbs)})\\s+(?:\\S+\\s+)?cookies\\b`, "iu");
const GENERIC_SUBJECT = new Set(SELF_REFERENCE.genericSubjects);
/**
 * The name a cookie notice gives the site: "Gazette uses cookies ...", "Gazette verwendet Cookies",
 * "Gazette utilise des cookies" → "Gazette"; null for "This website uses cookies", "We use cookies" and
 * for a publishing group's notice ("Gazette Media uses cookies").
 */
export function cookieNotice(line: string): string | null {
  const m = SELF_COOKIES.exec(line);
  if (!m) return null;
  const name = m[1].trim();
  if (name.toLowerCase().split(/\s+/).some((w) => GENERIC_SUBJECT.has(w))) return null;
  // "Gazette Media uses cookies": the owner's notice, shared by its sites.
  if (PUBLISHER_WORD.test(name)) return null;
  if (!mastheadShaped(name) || name.split(" ").length > 4 || !/^[\p{Lu}\p{Lo}\d]/u.test(name) || navigationLine(name) || /[,;]/.test(name)) return null;
  return name;
}
