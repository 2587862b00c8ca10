// Reads the dateline — the upper-case place that opens the first paragraph ("BEIJING —",
// "WASHINGTON (Reuters) -", "Berlin (dpa) -") — into `dateline`, and takes it off the body: the place,
// its region and day, the agency in brackets and the dash, and an agency credited right after the dash
// ("МОСКВА, 4 дек — РИА Новости. …"), or a CJK wire's dispatch header ("新华社北京12月9日电（记者王磊）"). The body starts with the story's first words, as the dateline is a
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
const AGENCY_AFTER = new RegExp(`^(?:${AGENCY_SPELLINGS.map(escapeRe).join("|")})\\s*(?:[.:]|[—–-]{1,2})\\s+(?=\\S)`, "u");

// Chinese, Korean and Japanese wires open with a dispatch header instead: "新华社北京12月9日电（记者王磊）",
// "本报讯（记者 王明）", "(서울=연합뉴스) 김민수 기자 = ", "【ワシントン共同】", "【北京＝田中太郎】". The place is
// the dateline; the header (its reporters are the byline rules' to read) is no story text.
const CJK_AGENCY = "新华社|新華社|中新社|中新网|中新網|中央社|本报|本報";
const CHINESE_DISPATCH = new RegExp(
  `^(?:(${CJK_AGENCY})\\s*)?(\\p{sc=Han}{2,6}?)?\\s*(\\d{1,2}月\\d{1,2}日)?\\s*(?:电|電|讯|訊)(?:\\s*[（(][^）)\\n]{1,30}[）)])?\\s*(?=\\S)`,
  "u",
);
const KOREAN_DISPATCH = /^\(([\p{sc=Hangul}\p{sc=Han}]{1,10})=[^)\n]{1,15}\)\s*(?:[\p{sc=Hangul}\s·,]{2,30}?기자\s*=\s*)?(?=\S)/u;
const JAPANESE_DISPATCH = /^【([^】＝=\n]{1,10}?)(?:共同|時事|[＝=][^】\n]{1,12})】\s*(?=\S)/u;

/** A CJK dispatch header opening the text: its place (null when it names none) and its length; null when there is none. */
export function cjkDispatch(text: string): { place: string | null; prefix: string } | null {
  const zh = CHINESE_DISPATCH.exec(text);
  // An agency or a day must stand in it: a place and "电" alone open ordinary sentences ("电视台…").
  if (zh && (zh[1] || zh[3])) return { place: zh[2] ?? null, prefix: zh[0] };
  const ko = KOREAN_DISPATCH.exec(text);
  if (ko) return { place: ko[1], prefix: ko[0] };
  const ja = JAPANESE_DISPATCH.exec(text);
  if (ja) return { place: ja[1], prefix: ja[0] };
  return null;
}

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
    let prefix: string;
    if (found) prefix = prefixOf(first.text, found);
    else {
      const cjk = cjkDispatch(first.text);
      if (!cjk) return;
      if (cjk.place) ctx.capture("dateline", cjk.place, "place of the dispatch header opening the first paragraph", [first.lines[0]]);
      prefix = cjk.prefix;
    }
    // Off the body, where the paragraph's first line holds the whole prefix and the story goes on after it.
    const at = first.lines[0];
    const line = ctx.doc.lines[at].text;
    const lead = line.length - line.trimStart().length;
    if (line.startsWith(prefix, lead) && line.slice(lead + prefix.length).trim()) ctx.rewrite(at, line.slice(0, lead) + line.slice(lead + prefix.length), `dateline "${prefix.trim()}" taken off the body`);
  },
};
