// Removes "See also:" / "Related article:" lines and the linked headlines that follow them, keeping
// each headline in `related_headlines`: they point at other articles and are not part of this one.
import type { Rule } from "../../rules.ts";
import { RELATED_LEADS } from "../lexicon/related.ts";
import { linkText, stripInlineMarkdown } from "../../text/markdown.ts";

const leadOf = (t: string) => stripInlineMarkdown(t).trim().toLowerCase().replace(/\s*[:：]\s*$/, "");
const MAX_FOLLOWING_LINKS = 5;
const LEADS: ReadonlySet<string> = new Set(RELATED_LEADS);
/** Longest lead-in, in characters. */
const MAX_LEAD = Math.max(...RELATED_LEADS.map((l) => l.length));
/** No lead-in line, even one linking a long address, is longer than this. */
const MAX_LEAD_LINE = 2000;
const INLINE = /^(.{2,40}?)\s*[:：]\s*(.+)$/;

/**
 * Could `t` be a lead-in once its markup is stripped? A cheap filter run before leadOf on every line:
 * without links, tags or entities, stripping only drops emphasis and heading marks, so more than
 * MAX_LEAD other characters rule the line out.
 */
function mayBeLead(t: string): boolean {
  if (t.length <= MAX_LEAD + 8) return true;
  if (t.length > MAX_LEAD_LINE) return false;
  if (t.includes("](") || t.includes("<") || t.includes("&")) return true;
  let other = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    // * _ # : ： \\ and whitespace
    if (c === 42 || c === 95 || c === 35 || c === 58 || c === 0xff1a || c === 92 || c === 32 || c === 9) continue;
    if (++other > MAX_LEAD) return false;
  }
  return true;
}

export const relatedLinks: Rule = {
  id: "related-links",
  description: "Removes 'See also' / 'Related article' lead-ins with their linked headlines, which go to related_headlines.",
  apply(ctx) {
    const { lines } = ctx.doc;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].removedBy) continue;
      const t = lines[i].text.trim();
      // "Related article: [Headline](url)" on one line.
      // (its lead-in is at most 40 characters, so the colon sits near the start)
      const head = t.slice(0, 48);
      const inline = t.length <= MAX_LEAD_LINE && (head.includes(":") || head.includes("：")) ? INLINE.exec(t) : null;
      if (inline && LEADS.has(leadOf(inline[1]))) {
        const headline = linkText(inline[2]) ?? (inline[2].includes("](") ? null : stripInlineMarkdown(inline[2]).trim());
        if (headline) {
          ctx.capture("related_headlines", headline, `linked after '${leadOf(inline[1])}'`, [i]);
          ctx.remove(i, i, "related-article link");
          continue;
        }
      }
      // "See also:" alone, then one or more link-only lines.
      if (!mayBeLead(t)) continue;
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
