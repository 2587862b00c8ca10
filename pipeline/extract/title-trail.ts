// The last item of a breadcrumb trail above the article, for the title ranker (its trailEnd signal).
// A site builds its trail from the page's own title: "Home / News / Politics / Council votes to rebuild
// the bridge", printed by a text browser or a Markdown converter as a short flat list that opens with a
// word or two ("Home", "Startseite", "Inicio"), whose items are a section name each and whose last item,
// the page itself, is a headline's length, longer than all of them and (in Markdown) no link. That last
// item is the page's title as the site files it, whether or not the headline printed under the trail
// words it the same way. Language-general: only the list's shape is read, no word.
import { bulletItem } from "../document.ts";
import type { WorkingDoc } from "../document.ts";
import { linkDensity } from "../text/markdown.ts";
import { countSpaced } from "../text/normalize.ts";

/** Items of a trail, at least (home and the page) and at most (a longer list is a menu). */
const TRAIL_ITEMS = [2, 8] as const;
/** Most words of the first item (the site's home: "Home", "Startseite", "Page d'accueil"). */
const HOME_WORDS = 2;
/** Most words of an item before the last one (a section name: "Nachrichten Februar 2022", "Recht + Steuern"). */
const SECTION_WORDS = 4;
/** Fewest words of the last item (a menu's last entry is a label of two or three: "Log in", "Alle Artikel"). */
const PAGE_WORDS = 4;
/** Trail-shaped lists a page has at most (its trail above the article, and again); more are a menu's columns. */
const MAX_TRAILS = 2;
/** Indent of a raw line. */
const indent = (raw: string): number => raw.length - raw.trimStart().length;

/**
 * The texts of the last items of the breadcrumb-shaped lists among lines [0, to): runs of list items
 * at one indent (a text browser's "  • x" / " 5. x", Markdown's "-   x" / "5.  x", an item's text on the
 * line under its mark; a nested list is a menu), 2 to 8 items, the first of at most two words, each
 * but the last of at most four, the last of four or more, longer than every other and, in Markdown, no
 * link. A last item that another list above the article holds too is a menu's entry (a site's menu
 * printed twice), no page's title, and more than two such lists are a menu's columns. `text` reads an item's lines as a candidate would
 * (marks and links off).
 */
export function trailEnds(doc: WorkingDoc, to: number, text: (raw: string) => string): string[] {
  const { lines } = doc;
  const ends: { text: string; key: string }[] = [];
  // How many list items above the article read the same (their text after the mark).
  const held = new Map<string, number>();
  let items: string[] = [];
  const close = () => {
    const n = items.length;
    for (const t of items) {
      const k = bulletItem(t) ?? "";
      held.set(k, (held.get(k) ?? 0) + 1);
    }
    if (n >= TRAIL_ITEMS[0] && n <= TRAIL_ITEMS[1] && (doc.wrapWidth || linkDensity(items[n - 1]) <= 0.5) && items.every((t) => indent(t) === indent(items[0]))) {
      const texts = items.map(text);
      const words = texts.map(countSpaced);
      const last = words[n - 1];
      if (last >= PAGE_WORDS && words[0] <= HOME_WORDS && words.every((w, k) => k === n - 1 || (w <= SECTION_WORDS && w < last)))
        ends.push({ text: texts[n - 1], key: bulletItem(items[n - 1]) ?? "" });
    }
    items = [];
  };
  const end = Math.min(to, lines.length);
  for (let i = 0; i < end; i++) {
    const raw = lines[i].raw;
    if (!raw.trim()) {
      if (items.length) close();
    } else if (bulletItem(raw) !== null) items.push(raw);
    // An item's text on the line under its mark ("-   " / "    Recht + Steuern"), or its wrapped rest.
    else if (items.length && /^\s/.test(raw)) items[items.length - 1] += " " + raw.trim();
    else if (items.length) close();
  }
  if (items.length) close();
  // A page has one trail (printed at most twice); more such lists are a menu's columns ("Sections / Markets / Heard on the Street").
  if (ends.length > MAX_TRAILS) return [];
  return ends.filter((e) => held.get(e.key) === 1).map((e) => e.text);
}
