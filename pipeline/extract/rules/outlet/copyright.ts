// Copyright-line evidence: the name a notice gives ("© 2019 Gazette. All rights reserved.", "Gazette ©
// 2021"), and whether it names a company or a publishing group (an owner, often not the site's name).
import { COPYRIGHT_WORDS, PUBLISHER_WORDS, RIGHTS_RESERVED_LEADS } from "../../lexicon/outlets.ts";
import { escapeRe, nameShaped, sectionShaped, YEAR_ONLY } from "./names.ts";
import { printedInside } from "./masthead.ts";
import { isGivenName } from "../../lexicon/given-names.ts";
import { JOINERS, navigationLine } from "./navigation.ts";
import { lastProseIndex } from "../../../document.ts";
import { AGENCY_WHOLE } from "./agency.ts";
import type { OutletPage } from "./page.ts";
import { NOTICE_PART, WEIGHTS } from "./signals.ts";

/** A company's legal form after its name ("Gazette Media Inc.", "Gazette GmbH & Co. KG", "Gazette S.A."). */
const COMPANY_FORM = /,?\s+(?:inc\.?|ltd\.?|limited|llc|plc|gmbh(?:\s*&\s*co\.?\s*kg)?|mbh|ag|kg|se|e\.?\s?v\.?|s\.?\s?a\.?(?:\s?s\.?)?|s\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|n\.?v\.?|a\/s|as|ab|oy|sp\.\s?z\s?o\.\s?o\.?|corp\.?|co\.?|pty\.?\s?ltd\.?)$/iu;


/** Words that name a publishing group rather than a publication ("… Media", "… Verlag", "… Group"). */
export const PUBLISHER_WORD = new RegExp(`(?:^|[\\s-])(?:${PUBLISHER_WORDS.map(escapeRe).join("|")})$|(?:^|\\s)(?:${PUBLISHER_WORDS.map(escapeRe).join("|")})\\s`, "iu");

export const COPYRIGHT = new RegExp(`(?:©|\\(c\\)|&copy;?|${COPYRIGHT_WORDS.map(escapeRe).join("|")})`, "iu");
export const RIGHTS_LEAD = new RegExp(`(?:${RIGHTS_RESERVED_LEADS.map(escapeRe).join("|")})`, "iu");
/** The leads that reserve rights ("All rights reserved", "Alle Rechte vorbehalten"), not a maker's credit ("Powered by"). */
const RIGHTS_RESERVED = new RegExp(`(?:${RIGHTS_RESERVED_LEADS.filter((w) => !/\sby$/.test(w)).map(escapeRe).join("|")})`, "iu");

/**
 * The name in a copyright notice: what follows "©"/"Copyright" and the years, up to the end of the
 * notice ("." before a space, "|", "·", ",", "All rights reserved"); else what stands before "©".
 * `company` tells that the name carried a legal form ("Gazette Media GmbH"): an owner, often not the
 * site's own name.
 */
export function copyrightNotice(line: string): { name: string; company: boolean } | null {
  const m = COPYRIGHT.exec(line);
  if (!m) return null;
  let company = false;
  const tidy = (s: string) => {
    s = s.replace(/^(?:by|par|von|por|di|door|przez)\s+/iu, "").replace(TRAILING_YEARS, "").trim();
    // "Gazette Media, a Harbour Group company": the owner named after the site.
    s = s.replace(/,?\s+(?:a|an|part of)\s+[^,]{2,40}?\s(?:company|brand|subsidiary|division)$/iu, "").trim();
    for (let k = 0; k < 3 && COMPANY_FORM.test(s); k++) {
      company = true;
      s = s.replace(COMPANY_FORM, "").replace(/[\s&,]+$/u, "").trim();
    }
    // "Gazette Media", "Nordküste Mediengruppe", "Gazette Publishing Group": a publishing group owns
    // the site under another name more often than not.
    if (PUBLISHER_WORD.test(s)) company = true;
    return s;
  };
  const cut = (s: string) => {
    const lead = RIGHTS_LEAD.exec(s);
    if (lead) s = s.slice(0, lead.index);
    return tidy(s.split(/\s[|·•–—-]\s|[|·•,;]|\.(?:\s|$)|\s{2,}|\s-$/u)[0]);
  };
  const rest = line.slice(m.index + m[0].length);
  // Signs, years and the word itself may come twice ("© Copyright 2000 - 2023 Gazette").
  let after = rest;
  for (let k = 0; k < 3; k++) {
    const next = after.replace(NOTICE_SIGNS, "").replace(COPYRIGHT_WORD_FIRST, "");
    if (next === after) break;
    after = next;
  }
  // "جميع الحقوق © محفوظة لـ «X»": the rights are reserved to X.
  after = after.replace(/^(?:(?:جميع|كل)\s+الحقوق\s+)?(?:محفوظة|محفوظه)\s+لـ?\s*/u, "");
  const name = cut(after).replace(/^["'«“„]+|["'»”“]+$/gu, "").trim();
  // A site's theme credited in its notice ("© 2023 | Magazine WordPress Theme by X") names no site.
  if (THEME_CREDIT.test(name)) return null;
  if (nameShaped(name) && !YEAR_ONLY.test(name) && !COPYRIGHT.test(name) && !fragment(name)) return { name, company };
  // "Gazette © 2021": the name before the sign, when nothing but years, a reservation or menu words
  // follow it — a photo's credit after the sign ("A woodpecker | © Jane Doe (archive)") leaves the
  // caption before it no name — and the sign is one, or years follow the word ("Gazette Copyright
  // 2021"; "Infos zum Copyright" is a menu's item).
  if (/[\p{L}\p{N}]/u.test(name) && !YEAR_ONLY.test(name) && !fragment(name)) return null;
  if (/^\p{L}/u.test(m[0]) && !/^[\s©:,.]*(?:19|20)\d\d/u.test(rest)) return null;
  company = false;
  const before = line.slice(0, m.index).replace(/[\s|·•,-]+$/u, "");
  const tail = tidy(before.split(/\s[|·•–—-]\s|[|·•,;]/u).pop()?.trim() ?? "");
  // "Riproduzione riservata ©", "Tous droits réservés ©": the reservation itself names nobody.
  return nameShaped(tail) && !RIGHTS_RESERVED.test(tail) ? { name: tail, company } : null;
}

/** What opens a notice after its sign: more signs, the years ("© 2019-2023", "2021 ©"). */
const NOTICE_SIGNS = /^;?[\s©:,.]*(?:©\s*)?(?:(?:\d{4})(?:\s*[-–—/]?\s*(?:\d{4}|present|heute))?\s*)?[\s,.:·|©-]*/iu;
/** The word "Copyright" (in any language the lexicon holds) opening what is left. */
const COPYRIGHT_WORD_FIRST = new RegExp(`^(?:${COPYRIGHT_WORDS.map(escapeRe).join("|")})`, "iu");
/** A web theme's credit: "X WordPress Theme", "Theme by X". */
const THEME_CREDIT = /(?:^|\s)(?:theme|themes)(?:\s|$)/iu;

/** A notice's text from its sign on, signs, "Copyright" and years left out: "© Copyright 2019 Gazette Impressum" → "Gazette Impressum". */
export function noticeOpening(line: string): string {
  const m = COPYRIGHT.exec(line);
  if (!m) return "";
  let rest = line.slice(m.index);
  for (let k = 0; k < 4; k++) {
    const lead = NOTICE_LEAD.exec(rest);
    const sign = COPYRIGHT.exec(rest);
    if (lead && lead[0]) rest = rest.slice(lead[0].length);
    else if (sign && sign.index === 0) rest = rest.slice(sign[0].length);
    else break;
  }
  return rest;
}
const NOTICE_LEAD = /^[\s©:,.|-]*(?:(?:19|20)\d\d(?:\s*[-–—/]\s*(?:(?:19|20)\d\d)?)?)?[\s©:,.|-]*/u;


/** A piece of a sentence, not a name: "& Permissions", "Infos zum", "All content" (cut from a notice's wording). */
function fragment(name: string): boolean {
  if (!/^[\p{L}\p{N}]/u.test(name)) return true;
  const words = name.toLowerCase().split(/\s+/);
  return JOINERS.has(words[words.length - 1]) || navigationLine(name);
}

/** The name in a copyright notice, or null (copyrightNotice without the legal-form flag). */
export const copyrightName = (line: string): string | null => copyrightNotice(line)?.name ?? null;
/** Years after a name in a notice: "Gazette 1996-2020", "Gazette 2021". */
const TRAILING_YEARS = /[\s,]+(?:19|20)\d\d(?:\s*[-–—/]\s*(?:(?:19|20)\d\d)?)?$/u;

/** Copyright notices (the footer mostly, but anywhere); returns the lines that hold one. */
export function copyrightNotices(page: OutletPage): number[] {
  const { doc, raws, n, footerStart, seen, add } = page;
  const copyrightLines: number[] = [];
  for (let i = 0; i < n; i++) {
    const raw = raws[i];
    if (raw.length > 400 || !COPYRIGHT.test(raw)) continue;
    copyrightLines.push(i);
    const notice = copyrightNotice(seen(i));
    // In the footer a notice is the site's own, unless it names a company (an owner); near the
    // article it is as often a photo's credit.
    // A notice that reserves the rights ("All rights reserved") is the site's own wherever it stands: a
    // photo's credit says no such thing.
    // After the article, not a wire agency's notice closing its story ("Copyright 2019 The Associated Press").
    const own = i >= footerStart || (i > lastProseIndex(doc) && RIGHTS_RESERVED.test(raw) && !notice?.name.replace(/^the\s+/i, "").match(AGENCY_WHOLE));
    if (!notice) continue;
    const part = printedPart(notice.name, raws, i);
    if (part) add(part, own && !PUBLISHER_WORD.test(part) ? WEIGHTS.copyright + 1 : WEIGHTS.copyright, NOTICE_PART, i);
    else add(notice.name, own && !notice.company ? WEIGHTS.copyright + 1 : WEIGHTS.copyright, "copyright notice", i);
  }
  return copyrightLines;
}

/**
 * The part of a notice's name that the page prints elsewhere: a notice often runs the site's name into
 * its owner's, a place or a person's ("Gazette GmbH Frankfurt", "Jane Doe gazette-blog.com", "GAZETTE:
 * Headline"). When the whole is printed on no other line, the longest run of its first or of its last
 * words that the page's text prints inside two other lines is the name, unless it opens with a given
 * name (a person's) or holds a path (a photo's credit); null otherwise.
 */
export function printedPart(name: string, raws: readonly string[], at: number): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || printedInside(raws, name, at) > 0) return null;
  for (let k = words.length - 1; k >= 1; k--) {
    for (const run of [words.slice(0, k), words.slice(words.length - k)]) {
      const part = run.join(" ").replace(/^[\s:;,|·–—-]+|[\s:;,|·–—-]+$/gu, "");
      if (part.length < 3 || !nameShaped(part) || sectionShaped(part) || fragment(part) || ARTICLE_ONLY.test(part) || /[/]|--/.test(part)) continue;
      // A person's name (the author, the article's subject) is printed often too: no site's.
      const first = part.split(" ")[0];
      if (!ARTICLE_ONLY.test(first) && isGivenName(first)) continue;
      if (printedInside(raws, part, at) >= 2) return part;
    }
  }
  return null;
}
/** An article alone is no name ("The", "Die", "El"). */
const ARTICLE_ONLY = /^(?:the|die|der|das|le|la|les|el|il|lo|los|las|het|de)$/iu;
