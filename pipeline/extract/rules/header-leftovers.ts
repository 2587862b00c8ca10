// Removes what is left of the header zone once the headline, date, byline and standfirst have been
// taken: lines above the article's first paragraph (as found by the clean rule article-region) are
// not article text — labels, captions, share counts, section names.
import type { Rule } from "../../rules.ts";

export const headerLeftovers: Rule = {
  id: "header-leftovers",
  description: "Removes the header-zone lines above the article that no field used.",
  apply(ctx) {
    const { doc } = ctx;
    if (!doc.article) return;
    for (let i = 0; i < doc.article.start; i++) {
      const l = doc.lines[i];
      if (l.removedBy || !l.text.trim()) continue;
      ctx.remove(i, i, "header zone above the article, not used as headline, date, byline or standfirst");
    }
  },
};
