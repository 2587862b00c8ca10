// Reads the dateline — the upper-case place that opens the first paragraph ("BEIJING —",
// "WASHINGTON (Reuters) -") — into `dateline`. The body keeps it, as printed.
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";
import { isNewsAgency } from "../lexicon/outlets.ts";

// Place, optional region ("BEIJING, China"), optional wire-style day ("Nov 19", "19 nov."), optional
// agency in brackets, then a dash.
const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?)(?:,\s*[\p{Lu}][\p{L} .]{1,30}?)?(?:,\s*(?:\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\s\p{L}{3,9}\.?))?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s+\S/u;

// German and some other wires print the place in ordinary case, always with a news agency in brackets:
// "Berlin (dpa) -", "Frankfurt am Main (dpa/lhe) –", "Hamburg/Kiel (dpa) -". (Only an agency: "Merkel
// (CDU) –" opens no dateline.)
const AGENCY_DATELINE = /^(\p{Lu}\p{Ll}+(?:[ /-]\p{Ll}{2,3})?(?:[ /-]\p{Lu}\p{Ll}+){0,2})\s\(([^)\n]{1,40})\)\s*[—–-]{1,2}\s+\S/u;
const isAgencyCredit = (s: string) => s.split(/\s?[/,]\s?/).some(isNewsAgency);

export const dateline: Rule = {
  id: "dateline",
  description: "Takes the place opening the first paragraph before a dash (upper case, or any case before an agency in brackets) as the dateline.",
  apply(ctx) {
    const first = paragraphs(ctx.doc)[0];
    if (!first) return;
    const m = DATELINE.exec(first.text);
    const place = m?.[1].trim() ?? "";
    if (place.length >= 2 && /\p{Lu}{2}/u.test(place)) {
      ctx.capture("dateline", place, "upper-case place and dash opening the first paragraph", [first.lines[0]]);
      return;
    }
    const wire = AGENCY_DATELINE.exec(first.text);
    if (wire && isAgencyCredit(wire[2])) ctx.capture("dateline", wire[1], "place, agency in brackets and dash opening the first paragraph", [first.lines[0]]);
  },
};
