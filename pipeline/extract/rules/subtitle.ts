// Finds the standfirst: a line of several words between the headline and the article's first
// paragraph that is neither a date, a byline nor the headline again.
import type { Rule } from "../../rules.ts";
import { firstProseIndex } from "../../document.ts";
import { isDateLine } from "../../text/dates.ts";
import { isBylineLine } from "./byline.ts";

const MIN_WORDS = 6;

export const subtitle: Rule = {
  id: "subtitle",
  description: "Takes a sentence-like line between the title and the first paragraph as the subtitle.",
  apply(ctx) {
    const { lines } = ctx.doc;
    const titleAt = lines.findIndex((l) => l.usedFor === "title");
    if (titleAt < 0) return;
    const stop = firstProseIndex(ctx.doc);
    for (let i = titleAt + 1; i < stop; i++) {
      const l = lines[i];
      if (l.removedBy) continue;
      const t = l.text.trim();
      if (t.split(/\s+/).length < MIN_WORDS || isDateLine(t) || isBylineLine(t)) continue;
      ctx.capture("subtitle", t, "line between headline and first paragraph", [i]);
      ctx.use("subtitle", [i], "standfirst");
      return;
    }
  },
};
