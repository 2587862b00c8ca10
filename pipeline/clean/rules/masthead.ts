// Finds a masthead above the article — a short line set entirely in bold ("**The** **Moscow Times**") —
// takes it as the `outlet` and removes it: it names the publication, it is not article text.
import type { Rule } from "../../rules.ts";
import { firstProseIndex } from "../../document.ts";

const ALL_BOLD = /^(?:\s*\*\*[^*\n]{1,40}\*\*\s*)+$/;

export const masthead: Rule = {
  id: "masthead",
  description: "Takes a short all-bold line above the article as the outlet's masthead and removes it.",
  apply(ctx) {
    const stop = firstProseIndex(ctx.doc);
    for (let i = 0; i < stop; i++) {
      const l = ctx.doc.lines[i];
      if (l.removedBy || !ALL_BOLD.test(l.text)) continue;
      const name = l.text.replace(/\*\*/g, " ").replace(/\s+/g, " ").trim();
      const words = name.split(" ");
      if (words.length > 5 || /[.!?:]$/.test(name) || !words.every((w) => /^[\p{Lu}\p{N}&]/u.test(w))) continue;
      // A weather widget's bold reading ("**1°C**") is no masthead, though it goes as well.
      if (ctx.doc.captured.outlet === null && !/\d\s?°/u.test(name)) ctx.capture("outlet", name, "all-bold masthead above the article", [i]);
      ctx.remove(i, i, "masthead", "metadata");
    }
  },
};
