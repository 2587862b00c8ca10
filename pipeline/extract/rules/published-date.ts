// Finds the publication date: the first line in the header zone that is essentially a date (with an
// optional weekday, time or 'Published'), including date lines other rules kept as metadata. Dates in
// the running text, comments or copyright lines are never taken; with none printed the field stays null.
import type { Rule } from "../../rules.ts";
import { firstProseIndex } from "../../document.ts";
import { isDateLine } from "../../text/dates.ts";

export const publishedDate: Rule = {
  id: "published-date",
  description: "Takes the first date line above the article as published_date (and its time as published_time).",
  apply(ctx) {
    const { lines } = ctx.doc;
    const stop = firstProseIndex(ctx.doc);
    for (let i = 0; i < stop; i++) {
      const l = lines[i];
      if (l.removedBy && l.removedAs !== "metadata") continue;
      if (l.usedFor) continue;
      const found = isDateLine(l.text);
      if (!found) continue;
      ctx.capture("published_date", found.date, "date line above the article", [i]);
      if (found.time) ctx.capture("published_time", found.time, "time printed with the date", [i]);
      ctx.use("published_date", [i], "publication date line");
      return;
    }
    ctx.warn("no publication date printed above the article");
  },
};
