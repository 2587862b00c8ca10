// Reads the dateline — the upper-case place that opens the first paragraph ("BEIJING —",
// "WASHINGTON (Reuters) -", "Berlin (dpa) -") — into `dateline`, and takes it off the body: the place,
// its region and day, the agency in brackets and the dash, and an agency credited right after the dash
// ("МОСКВА, 4 дек — РИА Новости. …"). The body starts with the story's first words, as the dateline is a
// field of its own. (The rule runs after the outlet rule, which reads an agency credit in the dateline.)
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";
import { isNewsAgency, AGENCY_SPELLINGS } from "../lexicon/outlets.ts";

// Place, optional region ("BEIJING, China"), optional wire-style day ("Nov 19", "19 nov."), optional
// agency in brackets, then a dash.
const DATELINE = /^([\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}?)(?:,\s*[\p{Lu}][\p{L} .]{1,30}?)?(?:,\s*(?:\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\s\p{L}{3,9}\.?))?\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s+\S/u;

// German and some other wires print the place in ordinary case, always with a news agency in brackets:
// "Berlin (dpa) -", "Frankfurt am Main (dpa/lhe) –", "Hamburg/Kiel (dpa) -". (Only an agency: "Merkel
// (CDU) –" opens no dateline.)
const AGENCY_DATELINE = /^(\p{Lu}\p{Ll}+(?:[ /-]\p{Ll}{2,3})?(?:[ /-]\p{Lu}\p{Ll}+){0,2})\s\(([^)\n]{1,40})\)\s*[—–-]{1,2}\s+\S/u;
const isAgencyCredit = (s: string) => s.split(/\s?[/,]\s?/).some(isNewsAgency);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** An agency credited right after the dateline's dash, closed by a full stop or a dash ("РИА Новости. ", "ANSA - "). */
const AGENCY_AFTER = new RegExp(`^(?:${AGENCY_SPELLINGS.map(([n]) => escapeRe(n)).join("|")})\\s*(?:[.:]|[—–-]{1,2})\\s+(?=\\S)`, "u");

/** The dateline's text at the start of a paragraph, up to the story's first word (the matched prefix less its last character). */
function prefixOf(text: string, match: RegExpExecArray): string {
  const head = match[0].slice(0, -1);
  const after = AGENCY_AFTER.exec(text.slice(head.length));
  return after ? head + after[0] : head;
}

export const dateline: Rule = {
  id: "dateline",
  description: "Takes the place opening the first paragraph before a dash (upper case, or any case before an agency in brackets) as the dateline, and takes the dateline off the body.",
  apply(ctx) {
    const first = paragraphs(ctx.doc)[0];
    if (!first) return;
    const m = DATELINE.exec(first.text);
    const place = m?.[1].trim() ?? "";
    let found: RegExpExecArray | null = null;
    if (m && place.length >= 2 && /\p{Lu}{2}/u.test(place)) {
      ctx.capture("dateline", place, "upper-case place and dash opening the first paragraph", [first.lines[0]]);
      found = m;
    } else {
      const wire = AGENCY_DATELINE.exec(first.text);
      if (wire && isAgencyCredit(wire[2])) {
        ctx.capture("dateline", wire[1], "place, agency in brackets and dash opening the first paragraph", [first.lines[0]]);
        found = wire;
      }
    }
    if (!found) return;
    // Off the body, where the paragraph's first line holds the whole prefix and the story goes on after it.
    const at = first.lines[0];
    const line = ctx.doc.lines[at].text;
    const prefix = prefixOf(first.text, found);
    const lead = line.length - line.trimStart().length;
    if (line.startsWith(prefix, lead) && line.slice(lead + prefix.length).trim()) ctx.rewrite(at, line.slice(0, lead) + line.slice(lead + prefix.length), `dateline "${prefix.trim()}" taken off the body`);
  },
};
