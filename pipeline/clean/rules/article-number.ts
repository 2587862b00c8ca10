// Removes internal article-number lines ("Story Code : 929471", "News ID: 12345"): CMS bookkeeping
// printed on the page, not article text.
import type { Rule } from "../../rules.ts";
import { ARTICLE_NUMBER_LEADS } from "../lexicon/source-lines.ts";

const NUMBER_LINE = /^\s*([\p{L} ]{2,20}?)\s*[:：#]\s*\d{3,12}\s*$/u;
const NUMBER_MARK = /[:：#]/;

export const articleNumber: Rule = {
  id: "article-number",
  description: "Removes 'Story Code : 929471'-style article-number lines.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      // The pattern needs a colon or '#' and digits: most lines are ruled out without running it.
      if (line.removedBy || !NUMBER_MARK.test(line.text) || !/\d/.test(line.text)) return;
      const m = NUMBER_LINE.exec(line.text);
      if (m && ARTICLE_NUMBER_LEADS.includes(m[1].trim().toLowerCase())) ctx.remove(i, i, `article number ('${m[1].trim()}')`, "metadata");
    });
  },
};
