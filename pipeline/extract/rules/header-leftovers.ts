// Removes what is left of the header zone once the headline, date, byline and standfirst have been
// taken: lines above the article's first paragraph (as found by the clean rule article-region) are
// not article text — labels, captions, share counts, section names. A source line the region opened
// with ("来源：经济日报", "Quelle: Beispiel Zeitung", printed under the date) is header too: it names
// where the story comes from and is no paragraph of it. So is a labelled date stamp left inside the
// region ("Aktualisiert: 11.04.2020, 10:27" between a standfirst and the story, "Updated 3 May" above a
// related item): a line that is only a label and a date is never article text.
import type { Rule } from "../../rules.ts";
import { SOURCE_LABELS } from "../lexicon/outlets.ts";
import { isDateLine } from "../../text/dates.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** "Source: Name" alone on a line: a label, a colon, a name of a few words and no sentence after it. */
const SOURCE_LINE = new RegExp(`^(?:${SOURCE_LABELS.map(escapeRe).join("|")})\\s?[:：]\\s?[^.!?。！？:：]{1,40}$`, "iu");
const MAX_SOURCE_WORDS = 6;

/** Is the text a source line ("来源：经济日报", "Fuente: El Diario del Sur")? */
export const isSourceLine = (text: string): boolean => {
  const t = text.trim();
  return SOURCE_LINE.test(t) && t.split(/\s+/).length <= MAX_SOURCE_WORDS;
};

/** Is the line only a labelled date ("Aktualisiert: 11.04.2020, 10:27", "Publié le 4 mars 2026 à 07h15")? */
export const isLabelledStamp = (text: string): boolean => (isDateLine(text.trim())?.label ?? null) !== null;

export const headerLeftovers: Rule = {
  id: "header-leftovers",
  description: "Removes the header-zone lines above the article that no field used, a source line opening the article region and labelled date stamps inside it.",
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
    for (let i = first; i <= doc.article.end; i++) {
      const l = doc.lines[i];
      if (l.removedBy || !l.text.trim() || !isLabelledStamp(l.text)) continue;
      ctx.remove(i, i, "labelled date stamp inside the article region");
    }
  },
};
