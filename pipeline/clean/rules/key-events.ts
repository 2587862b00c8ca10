// Removes a live blog's list of key entries: a "Key events" heading (word list, several languages)
// followed by items that each open with an entry's time — relative ("2h ago", "vor 2 Std.", "il y a
// 3 h", "hace 45 min") or on the clock ("16.58 GMT", "14:05") — or, without the heading, two or more
// list items that open with a relative time. The list links to entries further down the page; left in
// place it is taken for the article's start.
import type { Rule } from "../../rules.ts";
import { KEY_EVENT_LEADS } from "../lexicon/key-events.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";

const LEADS: ReadonlySet<string> = new Set(KEY_EVENT_LEADS);
/** Items a list holds at most. */
const MAX_ITEMS = 12;
/** An item's length at most (a teaser line, not a paragraph). */
const MAX_ITEM_CHARS = 200;
const LIST_MARK = /^\s*(?:[-*+•·▪◦●]|\d{1,2}[.)])\s+/u;
/** An entry's age: "2h ago", "45 min ago", "vor 2 Std.", "il y a 3 h", "hace 45 min", "há 2 h", "2 ч назад", "2 saat önce". */
const RELATIVE =
  /^(?:\d{1,3}\s?(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?)\s+ago|vor\s+\d{1,3}\s?(?:std\.?|stunden?|min\.?|minuten?|tag(?:en)?)|il\s+y\s+a\s+\d{1,3}\s?(?:h|min|heures?|minutes?)|hace\s+\d{1,3}\s?(?:h|min|horas?|minutos?)|há\s+\d{1,3}\s?(?:h|min|horas?|minutos?)|\d{1,3}\s?(?:ч|мин|час(?:а|ов)?|минут[ау]?)\.?\s+назад|\d{1,3}\s?(?:saat|dakika|dk)\s+önce)(?![\p{L}])/iu;
/** An entry's clock time: "16.58 GMT", "4.31pm", "14:05", "14:05 Uhr". */
const CLOCK = /^\d{1,2}[:.]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)?(?:\s?(?:gmt|bst|cet|cest|utc|et|uhr|h))?(?![\p{L}\d])/iu;

const bare = (t: string) => stripInlineMarkdown(t).trim();
/** The item's text after its list mark, or null when the line is no list item. */
const itemText = (t: string): string | null => (LIST_MARK.test(t) ? bare(t.replace(LIST_MARK, "")) : null);
/** Does the line open with an entry's time (relative, or on the clock when `clock`)? */
function timedItem(t: string, clock: boolean, needMark: boolean): boolean {
  if (t.length > MAX_ITEM_CHARS) return false;
  const item = itemText(t) ?? (needMark ? null : bare(t));
  return item !== null && (RELATIVE.test(item) || (clock && CLOCK.test(item)));
}

export const keyEvents: Rule = {
  id: "key-events",
  description: "Removes a live blog's 'Key events' list (items opening with an entry's time, '2h ago: …').",
  apply(ctx) {
    const lines = ctx.doc.lines;
    const live = (i: number) => !lines[i].removedBy && lines[i].text.trim() !== "";
    /** The timed items from line `from` on, blank lines skipped: the index of the last, or -1. */
    const itemsFrom = (from: number, clock: boolean, needMark: boolean): { last: number; count: number } => {
      let last = -1;
      let count = 0;
      for (let j = from; j < lines.length && count < MAX_ITEMS; j++) {
        if (!lines[j].text.trim()) continue;
        if (lines[j].removedBy || !timedItem(lines[j].text, clock, needMark)) break;
        last = j;
        count++;
      }
      return { last, count };
    };
    for (let i = 0; i < lines.length; i++) {
      if (!live(i)) continue;
      const t = lines[i].text;
      if (t.length <= 40 && LEADS.has(bare(t).replace(/^#+\s*/, "").replace(/\s*[:：]$/, "").toLowerCase())) {
        const { last, count } = itemsFrom(i + 1, true, false);
        if (count >= 1) {
          ctx.remove(i, last, `live blog's key-events list ('${bare(t)}' and ${count} timed item(s))`);
          i = last;
        }
        continue;
      }
      // Without the heading: two or more list items opening with an entry's age.
      if (!timedItem(t, false, true)) continue;
      const { last, count } = itemsFrom(i, false, true);
      if (count >= 2) {
        ctx.remove(i, last, `live blog's key-events list (${count} items opening with an entry's age)`);
        i = last;
      }
    }
  },
};
