// Reads the dateline — the upper-case place that opens the first paragraph ("BEIJING —",
// "WASHINGTON (Reuters) -") — into `dateline`. The body keeps it, as printed.
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";

// Place, optional region ("BEIJING, China"), optional wire-style day ("Nov 19", "19 nov."), optional
// agency in brackets, then a dash.
const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?)(?:,\s*[\p{Lu}][\p{L} .]{1,30}?)?(?:,\s*(?:\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\s\p{L}{3,9}\.?))?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s+\S/u;

export const dateline: Rule = {
  id: "dateline",
  description: "Takes an upper-case place name followed by a dash at the start of the first paragraph as the dateline.",
  apply(ctx) {
    const first = paragraphs(ctx.doc)[0];
    if (!first) return;
    const m = DATELINE.exec(first.text);
    if (!m) return;
    const place = m[1].trim();
    if (place.length < 2 || !/\p{Lu}{2}/u.test(place)) return;
    ctx.capture("dateline", place, "upper-case place and dash opening the first paragraph", [first.lines[0]]);
  },
};
