// Removes what is left of the header zone once the headline, date, byline and standfirst have been
// taken: lines above the article's first paragraph (as found by the clean rule article-region) are
// not article text — labels, captions, share counts, section names. A source line the region opened
// with ("来源：经济日报", "Quelle: Beispiel Zeitung", printed under the date) is header too: it names
// where the story comes from and is no paragraph of it.
import type { Rule } from "../../rules.ts";
import { SOURCE_LABELS } from "../lexicon/outlets.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "Source: Name" alone on a line: a label, a colon, a name of a few words and no sentence after it. */
const SOURCE_LINE = new RegExp(`^(?:${SOURCE_LABELS.map(escapeRe).join("|")})\\s?[:：]\\s?[^.!?。！？:：]{1,40}$`, "iu");
const MAX_SOURCE_WORDS = 6;

/** Is the text a source line ("来源：经济日报", "Fuente: El Diario del Sur")? */
export const isSourceLine = (text: string): boolean => {
  const t = text.trim();
  return SOURCE_LINE.test(t) && t.split(/\s+/).length <= MAX_SOURCE_WORDS;
};

export const headerLeftovers: Rule = {
  id: "header-leftovers",
  description: "Removes the header-zone lines above the article that no field used, and a source line opening the article region.",
  apply(ctx) {
    const { doc } = ctx;
    if (!doc.article) return;
    for (let i = 0; i < doc.article.start; i++) {
      const l = doc.lines[i];
      if (l.removedBy || !l.text.trim()) continue;
      ctx.remove(i, i, "header zone above the article, not used as headline, date, byline or standfirst");
    }
    const first = doc.article.start;
    if (first < doc.article.end && !doc.lines[first].removedBy && isSourceLine(doc.lines[first].text))
      ctx.remove(first, first, "source line opening the article region, under the header");
  },
};
