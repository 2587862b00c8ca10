// A masthead over its menu: the page opens with a name line and the site's section menu follows it, one
// entry a line ("El País / España / Internacional / Economía"). Sites print their name above their
// menu; a section label or a headline has no menu under it. The menu's entries are read through the
// menu word lists (text/menu-words.ts, many languages), so the signal holds in any script.
import { isMenuEntry } from "../../../text/menu-words.ts";
import { visible } from "./names.ts";
import { navigationLine } from "./navigation.ts";

/** Menu entries in a row right under the name line that make it a masthead. */
export const MIN_MENU_ENTRIES = 3;
/** Lines looked at under the name line (blank ones are skipped and not counted). */
const LOOK = 8;

/** Does a run of at least MIN_MENU_ENTRIES menu entries, one a line, follow line `at` (blank lines and navigation buttons aside)? */
export function menuBelow(raws: readonly string[], at: number): boolean {
  let entries = 0;
  for (let i = at + 1, looked = 0; i < raws.length && looked < LOOK; i++) {
    const raw = raws[i];
    if (!raw.trim()) continue;
    looked++;
    if (raw.length > 60) break;
    const text = visible(raw);
    // A menu button or a search or log-in link among the entries ("Menú", "Suche") neither counts nor ends the run.
    if (isMenuEntry(text)) {
      if (++entries >= MIN_MENU_ENTRIES) return true;
    } else if (!navigationLine(text)) break;
  }
  return false;
}
