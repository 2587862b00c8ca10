// Finds the "Original url:" line that scrapers append (the address on the same or the next line),
// keeps the address as the record's `url`, and removes both lines from the body.
import type { Rule } from "../../rules.ts";
import { URL_LEADS } from "../lexicon/source-lines.ts";

const LEAD_LINE = /^([^:]{2,30}):\s*(.*)$/;
const URL = /<?(https?:\/\/[^\s<>()\]]{3,2000})>?/;
const leadOf = (t: string) => t.replace(/[*_]/g, "").trim().toLowerCase().replace(/\s*:\s*$/, "");

export const originalUrl: Rule = {
  id: "original-url",
  description: "Captures the article's address from an 'Original url:' line and removes the line.",
  apply(ctx) {
    const { lines } = ctx.doc;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].removedBy) continue;
      const t = lines[i].text.trim();
      // The lead-in is 2 to 30 characters before the line's first colon.
      const colon = t.indexOf(":");
      if (colon < 2 || colon > 30) continue;
      const m = LEAD_LINE.exec(t);
      if (!m || !URL_LEADS.includes(leadOf(m[1]))) continue;
      // Address on the same line, or alone on the next non-blank line.
      let end = i;
      let rest = m[2].trim();
      if (!rest) {
        let j = i + 1;
        while (j < lines.length && !lines[j].text.trim()) j++;
        if (j >= lines.length) continue;
        rest = lines[j].text.trim();
        end = j;
      }
      const u = URL.exec(rest);
      if (!u || rest.replace(u[0], "").trim()) continue;
      if (ctx.doc.captured.url === null) ctx.capture("url", u[1], `address after '${m[1].trim()}:'`, [i, end]);
      ctx.remove(i, end, "original-address line", "metadata");
    }
  },
};
