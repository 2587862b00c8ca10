// Removes breadcrumb trails ("INTERNATIONAL > East Asia & Pacific", "Home › World › Asia"): site
// navigation printed above the headline.
import type { Rule } from "../../rules.ts";

const SEPARATOR = /\s(?:>|›|»|→)\s/;
const SEPARATOR_SIGN = /[>›»→]/;

export const breadcrumb: Rule = {
  id: "breadcrumb",
  description: "Removes section-path lines whose short parts are joined by '>', '›', '»' or '→'.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      // Unwrapping links keeps or drops characters, never adds one: no separator sign, no breadcrumb.
      if (line.removedBy || !SEPARATOR_SIGN.test(line.text)) return;
      // Bounded like MD_LINK: unbounded classes made "[[[[…](](…" lines quadratic (minutes at 500k chars).
      const t = line.text.trim().replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, "$1");
      if (t.length > 120 || !SEPARATOR.test(t)) return;
      const parts = t.split(/\s(?:>|›|»|→)\s/).map((p) => p.trim());
      const short = parts.every((p) => p.length > 0 && p.split(/\s+/).length <= 5 && !/[.!?:;]$/.test(p));
      if (parts.length >= 2 && short) ctx.remove(i, i, `breadcrumb with ${parts.length} parts`);
    });
  },
};
