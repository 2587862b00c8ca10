// Header-and-footer name line: a short line that is only a name, printed alone on two lines outside the
// article — above it and again after it, or twice in a long header ("The Harbour Courier" over the menus
// and again over the footer's links). A text browser prints a site's logo as its alt text at both ends
// of the page (and a sticky header's copy), however long its header runs. Buttons repeat there too
// ("Jetzt spenden", "Become a member", "Ver más"): such a name names the site only when it holds a
// newspaper's noun ("Courier", "Zeitung", "Diario"). (Support for any other name so printed moved other
// pages' winners more often to a button than to the site.)
import { firstProseIndex, lastProseIndex } from "../../../document.ts";
import { isMenuEntry } from "../../../text/menu-words.ts";
import { withoutLogoWord } from "./logo.ts";
import { BULLETED, mastheadShaped, nameKey, onceOnly, sectionShaped, TAGLINE_SEPARATOR } from "./names.ts";
import { navigationLine, withoutNavWords } from "./navigation.ts";
import type { OutletPage } from "./page.ts";
import { personLike } from "./person-name.ts";
import { HEADER_FOOTER_PUBLICATION, WEIGHTS } from "./signals.ts";
import { namesAPublication, strippedOfItsNoun } from "../../publication-word.ts";
import { hasSelfLead } from "./self-reference.ts";

/** Lines after the article read for the name's second print (a long footer's link lists run for hundreds). */
const FOOTER_LINES = 400;

/**
 * Adds each publication's name by its noun printed alone on two lines outside the article (above its
 * start, or in the footer's first FOOTER_LINES lines): not a menu's item (bulleted anywhere), a section's
 * word, navigation, a person's name (an author's box), a form's label or a line the site speaks of
 * itself in ("About the Harbour Courier").
 */
export function headerFooterLines(page: OutletPage): void {
  const { doc, raws, n, seen, add } = page;
  const start = firstProseIndex(doc);
  const end = lastProseIndex(doc);
  if (end < start || start >= n) return;
  const nameAt = (i: number): string | null => {
    if (BULLETED.test(raws[i]) || (doc.lines[i].usedFor && doc.lines[i].usedFor !== "outlet")) return null;
    const t = seen(i);
    if (!t || t.length < 3 || t.length > 60) return null;
    const whole = onceOnly(withoutLogoWord(t));
    const trimmed = withoutNavWords(whole);
    // A menu's word closing the name that is the paper's own noun stays in it ("The Valley News"): not
    // a menu's words before it, nor a slogan's clause ("News, die bewegen").
    const name = trimmed.length >= 3 && whole.startsWith(`${trimmed} `) && !/[,;]/.test(whole) && strippedOfItsNoun(whole, trimmed) ? whole : trimmed;
    if (name.length < 3 || !mastheadShaped(name) || sectionShaped(name) || navigationLine(name) || isMenuEntry(name) || personLike(name)) return null;
    return name;
  };
  // Each name's alone prints outside the article: above it and in the footer.
  const prints = new Map<string, { name: string; at: number; k: number }>();
  const count = (i: number) => {
    // (a line holding no publication's name holds none once trimmed of navigation and logo words: most
    // lines stop at this cheaper test)
    const t = seen(i);
    if (!t || t.length < 3 || t.length > 60 || !namesAPublication(t)) return;
    const name = nameAt(i);
    // A name opens with a capital or a digit ("tu correo electrónico" is a form's label).
    // "About the Harbour Courier" is the site speaking of itself (self-reference.ts reads it).
    // A name and its tagline ("Gazette | The coast's news") is left to the masthead's reading.
    if (!name || !/^[\p{Lu}\p{Lo}\p{N}]/u.test(name) || TAGLINE_SEPARATOR.test(name) || hasSelfLead(name) || !namesAPublication(name)) return;
    const key = nameKey(name);
    const p = prints.get(key);
    if (p) p.k++;
    else prints.set(key, { name, at: i, k: 1 });
  };
  for (let i = 0; i < start; i++) count(i);
  for (let i = end + 1; i < Math.min(n, end + 1 + FOOTER_LINES); i++) count(i);
  // A menu's item (a bulleted line of its own somewhere on the page: "• Presse und Medien") is a section.
  let menuItems: Set<string> | null = null;
  const menuItem = (name: string) => {
    if (!menuItems) {
      menuItems = new Set();
      for (let i = 0; i < n; i++) if (raws[i].length <= 120 && BULLETED.test(raws[i])) menuItems.add(nameKey(seen(i)));
    }
    return menuItems.has(nameKey(name));
  };
  for (const p of prints.values()) if (p.k >= 2 && !menuItem(p.name)) add(p.name, WEIGHTS.headerFooterPublication, HEADER_FOOTER_PUBLICATION, p.at);
}
