// Header-and-footer name line: a short line that is only a name, printed above the headline and again,
// alone on its line, after the article ("The Harbour Courier" over the menus and again over the footer's
// links). A text browser prints a site's logo as its alt text at both ends of the page, however long
// its header runs. Buttons repeat there too ("Jetzt spenden", "Become a member", "Ver más"): such a
// name names the site only when it holds a newspaper's noun ("Courier", "Zeitung", "Diario"). (Support
// for any other name so printed moved other pages' winners more often to a button than to the site.)
import { firstProseIndex, lastProseIndex } from "../../../document.ts";
import { isMenuEntry } from "../../../text/menu-words.ts";
import { withoutLogoWord } from "./logo.ts";
import { BULLETED, mastheadShaped, nameKey, onceOnly, sectionShaped } from "./names.ts";
import { navigationLine, withoutNavWords } from "./navigation.ts";
import type { OutletPage } from "./page.ts";
import { personLike } from "./person-name.ts";
import { HEADER_FOOTER_PUBLICATION, WEIGHTS } from "./signals.ts";
import { namesAPublication } from "../../publication-word.ts";

/** Lines after the article read for the name's second print (a long footer's link lists run for hundreds). */
const FOOTER_LINES = 400;

/**
 * Adds each name printed alone on a line above the headline (or the article's start) and again alone
 * on a line after the article: not a bulleted menu item, a section's word, navigation, a menu entry or
 * a person's name (an author's box). Only a publication's name by its noun counts.
 */
export function headerFooterLines(page: OutletPage): void {
  const { doc, raws, n, seen, add } = page;
  const start = firstProseIndex(doc);
  const end = lastProseIndex(doc);
  if (end < start || start >= n) return;
  const headline = doc.lines.findIndex((l) => l.usedFor === "title");
  const above = headline >= 0 ? Math.min(headline, start) : start;
  const nameAt = (i: number): string | null => {
    if (BULLETED.test(raws[i]) || (doc.lines[i].usedFor && doc.lines[i].usedFor !== "outlet")) return null;
    const t = seen(i);
    if (!t || t.length < 3 || t.length > 60) return null;
    const name = withoutNavWords(onceOnly(withoutLogoWord(t)));
    if (name.length < 3 || !mastheadShaped(name) || sectionShaped(name) || navigationLine(name) || isMenuEntry(name) || personLike(name)) return null;
    return name;
  };
  const after = new Set<string>();
  for (let i = end + 1; i < Math.min(n, end + 1 + FOOTER_LINES); i++) {
    const name = nameAt(i);
    if (name) after.add(nameKey(name));
  }
  if (!after.size) return;
  for (let i = 0; i < above; i++) {
    const name = nameAt(i);
    if (!name || !after.has(nameKey(name))) continue;
    if (namesAPublication(name)) add(name, WEIGHTS.headerFooterPublication, HEADER_FOOTER_PUBLICATION, i);
  }
}
