// Removes a block of short bullet items above the article that carries its date and source
// ("• February 28, 2022 • , Yomiuri , p. 7 • JMH Translation"). Its lines stay available to the date
// rule as metadata, so the date is still found.
import type { Rule } from "../../rules.ts";
import { countSpaced } from "../../text/normalize.ts";
import { bulletItem, firstProseIndex } from "../../document.ts";
import { findDate } from "../../text/dates.ts";

const MAX_ITEM_WORDS = 6;

export const metadataBullets: Rule = {
  id: "metadata-bullets",
  description: "Removes a bullet block of date/source/translation credits in the header zone (kept as metadata).",
  apply(ctx) {
    const { lines } = ctx.doc;
    const stop = firstProseIndex(ctx.doc);
    for (let i = 0; i < stop; i++) {
      if (lines[i].removedBy && lines[i].removedAs !== "metadata") continue;
      if (bulletItem(lines[i].text) === null) continue;
      // Extend over consecutive bullet lines (and lines other rules already took as metadata).
      let end = i;
      let dated = false;
      let ok = true;
      for (let j = i; j < stop; j++) {
        const l = lines[j];
        if (!l.text.trim()) continue;
        const item = bulletItem(l.text);
        if (item === null) break;
        if (countSpaced(item) > MAX_ITEM_WORDS) ok = false;
        // (one date is enough, and a block with a long item is kept whatever it holds)
        if (ok && !dated && findDate(item)) dated = true;
        end = j;
      }
      if (ok && dated) ctx.remove(i, end, "date/source bullet block above the article", "metadata");
      i = end;
    }
  },
};
