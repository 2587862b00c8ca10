// Removes "See also:" / "Related article:" lines and the linked headlines that follow them, keeping
// each headline in `related_headlines`: they point at other articles and are not part of this one.
import type { Rule } from "../../rules.ts";
import { RELATED_LEADS } from "../lexicon/related.ts";
import { linkText, stripInlineMarkdown } from "../../text/markdown.ts";

const leadOf = (t: string) => stripInlineMarkdown(t).trim().toLowerCase().replace(/\s*[:：]\s*$/, "");
const MAX_FOLLOWING_LINKS = 5;
const LEADS: ReadonlySet<string> = new Set(RELATED_LEADS);

export const relatedLinks: Rule = {
  id: "related-links",
  description: "Removes 'See also' / 'Related article' lead-ins with their linked headlines, which go to related_headlines.",
  apply(ctx) {
    const { lines } = ctx.doc;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].removedBy) continue;
      const t = lines[i].text.trim();
      // "Related article: [Headline](url)" on one line.
      const inline = t.includes(":") || t.includes("：") ? /^(.{2,40}?)\s*[:：]\s*(.+)$/.exec(t) : null;
      if (inline && LEADS.has(leadOf(inline[1]))) {
        const headline = linkText(inline[2]) ?? (inline[2].includes("](") ? null : stripInlineMarkdown(inline[2]).trim());
        if (headline) {
          ctx.capture("related_headlines", headline, `linked after '${leadOf(inline[1])}'`, [i]);
          ctx.remove(i, i, "related-article link");
          continue;
        }
      }
      // "See also:" alone, then one or more link-only lines.
      const lead = leadOf(t);
      if (!LEADS.has(lead)) continue;
      let end = i;
      let found = 0;
      for (let j = i + 1; j < lines.length && found < MAX_FOLLOWING_LINKS; j++) {
        const lt = lines[j].text.trim();
        if (!lt) continue;
        const headline = linkText(lt);
        if (!headline) break;
        ctx.capture("related_headlines", headline, `linked after '${lead}'`, [j]);
        found++;
        end = j;
      }
      if (found) ctx.remove(i, end, `'${lead}' block with ${found} link(s)`);
    }
  },
};
