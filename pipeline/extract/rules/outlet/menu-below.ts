// A masthead over its menu: the page opens with a name line and the site's section menu follows it, one
// entry a line ("El País / España / Internacional / Economía"). Sites print their name above their
// menu; a section label or a headline has no menu under it, and a line inside a menu (a menu entry
// right above it) is one of its entries. The menu's entries are read through the
// menu word lists (text/menu-words.ts, many languages), so the signal holds in any script; an entry
// the lists lack ("Kultúr") may stand among them.
import { isMenuEntry } from "../../../text/menu-words.ts";
import { visible } from "./names.ts";
import { navigationLine } from "./navigation.ts";

/** Menu entries the lists know in the run right under the name line that make it a masthead... */
export const MIN_MENU_ENTRIES = 3;
/** ...and at least this share of the run's entries (the others short lines too). */
const MIN_KNOWN_SHARE = 0.5;
/** Lines looked at under the name line (blank ones are skipped and not counted). */
const LOOK = 10;
/** A menu entry is a word or three. */
const MAX_ENTRY_WORDS = 3;

/** Does a run of short lines, MIN_MENU_ENTRIES or more of them menu entries, follow line `at` (blank lines and navigation buttons aside)? */
export function menuBelow(raws: readonly string[], at: number): boolean {
  let known = 0;
  let run = 0;
  for (let i = at + 1, looked = 0; i < raws.length && looked < LOOK; i++) {
    const raw = raws[i];
    if (!raw.trim()) continue;
    looked++;
    if (raw.length > 60) break;
    const text = visible(raw);
    if (isMenuEntry(text)) known++;
    // A menu button or a search or log-in link among the entries ("Menú", "Suche") neither counts nor ends the run.
    else if (navigationLine(text)) continue;
    else if (text.split(/\s+/).length > MAX_ENTRY_WORDS || /[\d.!?。:]/u.test(text)) break;
    run++;
  }
  return known >= MIN_MENU_ENTRIES && known >= MIN_KNOWN_SHARE * run;
}

/** Is line `at` a masthead over the site's menu: a menu run under it, and no menu entry right above it (it would be one of the entries)? */
export function mastheadOverMenu(raws: readonly string[], at: number): boolean {
  let above = at - 1;
  while (above >= 0 && !raws[above].trim()) above--;
  if (above >= 0 && isMenuEntry(visible(raws[above]))) return false;
  return menuBelow(raws, at);
}
