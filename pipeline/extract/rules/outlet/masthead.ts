// Masthead evidence: the name a top line gives when the page prints it again inside other text
// ("About Gazette", "© Gazette"); a menu item repeats only as a line of its own.
import { BULLETED, containsWord, EDGE_LINES, mastheadShaped, MAX_LINE, onceAroundDomain, TAGLINE_SEPARATOR, visible } from "./names.ts";
import { navigationLine, withoutNavWords } from "./navigation.ts";
import { firstProseIndex } from "../../../document.ts";
import { isMenuEntry } from "../../../text/menu-words.ts";
import { withoutLogoWord } from "./logo.ts";
import type { OutletPage } from "./page.ts";
import { FIRST_LINE, MASTHEAD_OVER_MENU, PUBLICATION_MASTHEAD, TOP_LINE, WEIGHTS } from "./signals.ts";
import { mastheadOverMenu } from "./menu-below.ts";
import { namesAPublication, strippedOfItsNoun } from "../../publication-word.ts";
import { isNewsAgency } from "../../lexicon/outlets.ts";

/**
 * A masthead line without the navigation words run into it ("ComputerBase Menü"), except a menu's word
 * that is the paper's own noun ("Новости Сибири", "News of the Valley": stripping it would leave no noun) or part of a news agency's name
 * ("РИА Новости").
 */
function unNav(s: string): string {
  const stripped = withoutNavWords(s);
  if (stripped === s || !mastheadShaped(s)) return stripped;
  return isNewsAgency(s) || strippedOfItsNoun(s, stripped) ? s : stripped;
}

/** Where a masthead's tagline starts: a separator, or a run of spaces a text browser left between two cells. */
const MASTHEAD_TAGLINE = new RegExp(`${TAGLINE_SEPARATOR.source}|\\s{2,}`, "u");

/**
 * The name a masthead line gives when the page prints it again inside another line ("About Gazette",
 * "© Gazette", "Gazette auf Instagram"): a menu item repeats only as a line of its own. The line
 * whole, else its part before a tagline ("Gazette - News from the coast"); null when neither repeats.
 */
function mastheadName(line: string, raws: readonly string[], at: number): string | null {
  const trimmed = unNav(line);
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
/** The page's lines in lower case, made once per page (printedInside is asked for many names). */
const lowered = new WeakMap<readonly string[], string[]>();
function lowerLines(raws: readonly string[]): string[] {
  let out = lowered.get(raws);
  if (!out) lowered.set(raws, (out = raws.map((r) => (r.length > MAX_LINE ? "" : r.toLowerCase()))));
  return out;
}
/** How many lines other than `at` print `name` inside more text (case folded, on word bounds); counted up to 3. */
export function printedInside(raws: readonly string[], name: string, at: number): number {
  let k = 0;
  const needle = name.toLowerCase();
  // A plain search of each line's lower case (made once a page): a pattern compiled per name cost V8
  // more to compile than to run.
  const lower = lowerLines(raws);
  for (let i = 0; i < raws.length; i++) {
    if (i === at) continue;
    const raw = raws[i];
    if (raw.length > MAX_LINE || raw.length < needle.length + 3 || !lower[i].includes(needle)) continue;
    const text = visible(raw).toLowerCase();
    if (text.length >= needle.length + 3 && containsWord(text, needle) && ++k >= 3) break;
  }
  return k;
}

/** Clean rules whose lines are interface furniture, never a masthead. */
const FURNITURE = new Set(["ui-labels", "icon-font-run", "share-buttons"]);

/** Short lines at the top of the page: a masthead when something else repeats them. Returns where the top lines end and the headline stands. */
export function topLines(page: OutletPage): { topEnd: number; above: number } {
  const { doc, raws, n, seen, add } = page;
  let top = 0;
  let masthead = false;
  const headline = doc.lines.findIndex((l) => l.usedFor === "title");
  const above = Math.min(headline < 0 ? n : headline, firstProseIndex(doc), EDGE_LINES);
  let topEnd = 0;
  for (let i = 0; i < n && top < 8 && i < EDGE_LINES; i++) {
    topEnd = i + 1;
    const t = seen(i);
    if (!t) continue;
    top++;
    // Interface furniture the clean stage removed (buttons, icon-font names: "menu search account_circle") is no name line.
    if ((doc.lines[i].usedFor && doc.lines[i].usedFor !== "outlet") || BULLETED.test(raws[i]) || FURNITURE.has(doc.lines[i].removedBy ?? "")) continue;
    // A name printed twice around its domain is read once before menu words are trimmed ("Gazette News gazette.de Gazette News").
    const name = onceAroundDomain(withoutLogoWord(t));
    // A menu's entry alone on its line ("News", "Startseite") names a section, not the site.
    if (isMenuEntry(name)) continue;
    add(name, WEIGHTS.topLine, TOP_LINE, i);
    // (a line the clean stage read as a section menu is no masthead: "Domů  Zprávy  Domácí  Sport")
    if (!masthead && i < above && !navigationLine(name) && doc.lines[i].removedBy !== "menu-line") {
      masthead = true;
      const named = mastheadName(name, raws, i);
      if (named) add(named, WEIGHTS.masthead, "first name line above the headline, printed again in the page's text", i);
      // Printed nowhere else inside text: it still counts when the footer prints it (below).
      else if (mastheadShaped(unNav(name))) {
        const whole = unNav(name);
        add(whole, WEIGHTS.topLine, FIRST_LINE, i);
        // The site's section menu right under it: a site prints its name above its menu.
        if (mastheadOverMenu(raws, i)) add(whole, WEIGHTS.menuBelow, MASTHEAD_OVER_MENU, i);
        // A newspaper's noun in it ("Diario del Sur", "江南日报"): a publication names itself, printed once.
        // Its part before a tagline ("Harbour Courier   News from the coast") also gets the two top-line
        // signals the whole line got.
        const own = unNav(onceAroundDomain(withoutLogoWord(visible(raws[i].trim().split(MASTHEAD_TAGLINE)[0]))));
        const support = own === whole ? WEIGHTS.publicationWord : WEIGHTS.publicationWord + 2 * WEIGHTS.topLine;
        if (mastheadShaped(own) && namesAPublication(own)) add(own, support, PUBLICATION_MASTHEAD, i);
      }
    }
  }
  return { topEnd, above };
}
