// Removes a reading-time note on a line of its own ("5 min read", "Lesezeit: 3 Min.", "Tempo di lettura:
// 4 minuti"): a site's estimate printed by the headline or the byline. It is furniture, and left in place
// it stands between the header and the story (or is taken for a headline or a standfirst's end).
import type { Rule } from "../../rules.ts";
import { isReadingTime } from "../../text/reading-time.ts";

export const readingTime: Rule = {
  id: "reading-time",
  description: "Removes reading-time notes ('5 min read', 'Lesezeit: 3 Min.') printed on a line of their own.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy || line.text.length > 120) return;
      if (isReadingTime(line.text.trim())) ctx.remove(i, i, "reading-time note");
    });
  },
};
