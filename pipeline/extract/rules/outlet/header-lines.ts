// Header-line evidence: name lines further down a long header (a text browser's), which only a footer's
// notice or the page's text printing them again can back; a section's word ("Monde") never is one.
import { RIGHTS_LEAD } from "./copyright.ts";
import { BULLETED, mastheadShaped, nameKey, sectionShaped, TAGLINE_SEPARATOR } from "./names.ts";
import { navigationLine, withoutNavWords } from "./navigation.ts";
import type { OutletPage } from "./page.ts";
import { HEADER_LINE, TOP_LINE, WEIGHTS } from "./signals.ts";

/**
 * Name lines further down the header, past the first few lines (a text browser's header runs long):
 * candidates that only a footer's notice or the page's text can back; a section's word never is one.
 */
export function headerLines(page: OutletPage, topEnd: number, above: number): void {
  const { doc, raws, seen, byKey, add } = page;
  for (let i = topEnd; i < above; i++) {
    // A link's line is a menu's (a name linked home is read above); a name's line is short.
    const raw = raws[i];
    if (raw.length > 120 || raw.includes("](") || (doc.lines[i].usedFor && doc.lines[i].usedFor !== "outlet") || BULLETED.test(raw)) continue;
    const line = seen(i);
    // A name and its tagline ("Gazette.de - Das Magazin für die Küste"): the name, when the tagline is the longer part.
    const parts = line.split(TAGLINE_SEPARATOR);
    const t = !mastheadShaped(line) && parts.length > 1 && parts[0].split(" ").length <= 4 && parts[0].length * 2 < line.length ? parts[0].trim() : line;
    if (!t || !mastheadShaped(t) || sectionShaped(t) || byKey.get(nameKey(t))?.signals.includes(TOP_LINE) || RIGHTS_LEAD.test(t) || navigationLine(t) || withoutNavWords(t) !== t) continue;
    add(t, WEIGHTS.topLine, HEADER_LINE, i);
  }
}
