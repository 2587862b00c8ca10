// Gathers and ranks the outlet candidates of a page: every evidence source adds its names with a weight
// and a signal; names then gather corroboration (the host, a notice, the footer, repeats at the top).
import { firstProseIndex, lastProseIndex, type WorkingDoc } from "../../../document.ts";
import { mdImages, mdLinks, replaceMatches } from "../../../text/markdown.ts";
import { isMenuEntry } from "../../../text/menu-words.ts";
import { isMonthName } from "../../../text/dates.ts";
import { AGENCY_WHOLE } from "./agency.ts";
import { PLATFORM_CREDIT } from "./blog-platform.ts";
import { COPYRIGHT, copyrightNotice, noticeOpening, PUBLISHER_WORD, RIGHTS_LEAD, RIGHTS_RESERVED } from "./copyright.ts";
import { ARCHIVE_PREFIX, dominantHost, hostMatcher, hostOf, matchesHost, MD_TARGET, registrableLabel, SOCIAL_HOSTS, spellsLabelOf, TEXT_DOMAIN } from "./host.ts";
import { hostSpelledIn } from "./host-spelling.ts";
import { HOME_TARGET, LOGO_HINT, logoAltName, withoutLogoWord } from "./logo.ts";
import { mastheadName } from "./masthead.ts";
import { BULLETED, containsWord, EDGE_LINES, FILE_ENDING, mastheadShaped, MAX_LINE, nameKey, nameShaped, onceOnly, sectionShaped, TAGLINE_SEPARATOR, TRAILING_YEAR, visible } from "./names.ts";
import { navigationLine, withoutNavWords } from "./navigation.ts";
import { selfReference } from "./self-reference.ts";
import { titleSiteName } from "./title-site.ts";

/** The evidence a name gathers; weights add up per name. */
export const WEIGHTS = {
  homeLogo: 3, // an image linked to the home page, its alt text the name
  homeLink: 1, // a short text linked to the home page ("Home" is one too: it needs support)
  blogTitle: 1, // the first name line above the headline, on a page a blog platform credits
  siteTitle: 3, // a line of the header that is only a name linked to the home page: a blog's site title
  copyright: 2, // the notice may name the owning company rather than the site: it needs support
  titleSite: 2, // a kicker stands there too ("Politics | Headline"): it needs support
  cleanStage: 3, // an all-bold masthead or a "Paper, p. 7" credit the clean stage read
  topLine: 1,
  host: 3,
  headerAndFooter: 1, // menus repeat in the footer too: support, not proof
  inNotice: 2, // a name the copyright notice holds ("© 2021 Gazette | Gazette Media Ltd")
  repeatedAtTop: 1, // a logo's alt text and the name beside it
  selfReference: 2, // "About Gazette", "Gazette on Instagram", "Gazette is a magazine" in the header or footer
  inHeaderToo: 1, // a name the footer gives, printed in the header too
  masthead: 2, // the first name-shaped line above the headline, past skip links, menus and log-in bars
  logoText: 2, // a logo's alt text printed in the header ("Gazette logo"), no home link needed
  printedDomain: 2, // spells a domain the text prints, when no link names the site's host: a domain may be another site's
};
/** The signal of a logo's alt text in the header that links nowhere (a text browser prints it as a line). */
export const LOGO_TEXT = "logo's alt text in the header";
export const HEADER_LINE = "name line in the header";
export const HEADER_LINE_IN_TEXT = "name line in the header, printed again inside the page's text";
export const TOP_LINE = "short line at the top of the page";
/** Signals that name a publication; the others (where a line stands, what repeats it) only rank. */
/** The signal of a header line that is only a name linked to the home page ("# [Gazette](https://gazette.test/)"). */
export const SITE_TITLE = "site title linked to the home page";
export const STRONG = new Set([LOGO_TEXT, SITE_TITLE, "the site speaks of itself by this name", "first name line above the headline, printed again in the page's text", "logo linked to the home page", "spells the home page it links to", "names the host in the text", "copyright notice", "site name beside the headline", "found by the clean stage"]);
/** The signal of a first name line above the headline that the page prints nowhere else inside text. */
export const FIRST_LINE = "first name line above the headline";
/** Support a name needs to be taken as the outlet. */
export const MIN_SUPPORT = 3;


export interface Candidate {
  /** Backed by a signal that names a publication (a logo, a notice, the title, the host), not only by where it stands. */
  strong: boolean;
  name: string;
  key: string;
  support: number;
  signals: string[];
  lines: number[];
}


/** The outlet candidates of a page, best supported first. */
export function outletCandidates(doc: WorkingDoc): Candidate[] {
  const raws = doc.lines.map((l) => l.raw);
  const n = raws.length;
  const host = (doc.captured.url && hostOf(doc.captured.url)) || dominantHost(raws);
  const byKey = new Map<string, Candidate>();
  const hostLabelKey = host ? (registrableLabel(host) ?? "").replace(/[^\p{L}\p{N}]/gu, "") : "";
  const add = (name: string, weight: number, signal: string, line: number) => {
    const whole = name.trim().replace(/^©\s*/u, "").replace(TRAILING_YEAR, "");
    // A name printed twice in a row is one, unless the host spells it twice ("Boing Boing" on boingboing.net).
    name = hostLabelKey && nameKey(whole) === hostLabelKey ? whole : onceOnly(whole);
    if (!nameShaped(name)) return;
    const key = nameKey(name);
    if (key.length < 2) return;
    let c = byKey.get(key);
    if (!c) byKey.set(key, (c = { name, key, strong: false, support: 0, signals: [], lines: [] }));
    if (STRONG.has(signal)) c.strong = true;
    // Each signal counts once per name, however often it repeats.
    if (c.signals.includes(signal)) return;
    c.support += weight;
    c.signals.push(signal);
    c.lines.push(line);
  };
  const visibleAt: string[] = new Array(n);
  // A masthead, notice or name line is short: a line of thousands of characters (a menu run together,
  // a paragraph) is read as nothing, which keeps the rule's cost flat on hostile input.
  const seen = (i: number) => (visibleAt[i] ??= raws[i].length > MAX_LINE ? "" : visible(raws[i]));

  // A masthead or print credit the clean stage read competes with what the page shows elsewhere.
  if (doc.captured.outlet !== null) {
    const entry = doc.log.find((e) => e.action === "captured" && e.field === "outlet");
    add(doc.captured.outlet, WEIGHTS.cleanStage, "found by the clean stage", entry ? Math.max(0, doc.lines.findIndex((l) => l.n === entry.first_line)) : 0);
  }
  // Home-page links at either end of the page.
  const headerEnd = Math.min(EDGE_LINES, firstProseIndex(doc), n);
  for (let i = 0; i < n; i++) {
    if (i >= EDGE_LINES && i < n - EDGE_LINES) {
      i = n - EDGE_LINES - 1;
      continue;
    }
    const raw = raws[i];
    if (raw.length > MAX_LINE || !raw.includes("](")) continue;
    const images = mdImages(raw);
    const flat = images.length ? replaceMatches(raw, images, (m) => `\u0001${m.label}\u0002`) : raw;
    for (const link of mdLinks(flat)) {
      const home = HOME_TARGET.exec(link.target.trim().replace(ARCHIVE_PREFIX, ""));
      if (!home) continue;
      const linked = home[1] ? registrableLabel(home[1]) : null;
      // A home page of another site (a group's, a partner's) is weaker evidence than the site's own.
      if (linked && SOCIAL_HOSTS.has(linked)) continue;
      const foreign = linked !== null && host !== null && linked !== registrableLabel(host);
      const logo = /\u0001([^\u0002]*)\u0002/.exec(link.label);
      const text = (logo ? logo[1] : link.label).replace(/[\u0001\u0002]/g, "").trim();
      const name = withoutLogoWord(text);
      if (logo) add(name, foreign ? WEIGHTS.homeLink + 1 : WEIGHTS.homeLogo, "logo linked to the home page", i);
      else add(name, WEIGHTS.homeLink, "name linked to the home page", i);
      // The whole line, above the article, is the link: a site title ("# [Gazette](https://gazette.test/)"),
      // unless its text is a menu's word ("[Home](/)", "[Startseite](/)").
      if (!logo && !foreign && i < headerEnd && !/\/[a-z]{2}(?:-[a-z]{2})?\/?$/i.test(home[0]) && flat.replace(/^\s*#{1,6}\s+/, "").trim() === flat.slice(link.index, link.end) && !isMenuEntry(name) && !navigationLine(name))
        add(name, WEIGHTS.siteTitle, SITE_TITLE, i);
      if (home[1] && !foreign && matchesHost(name, home[1])) add(name, WEIGHTS.host, "spells the home page it links to", i);
    }
  }
  // Logos' alt texts printed in the header (a text browser's rendering has no links to home pages).
  const logoEnd = Math.min(EDGE_LINES, firstProseIndex(doc), n);
  for (let i = 0; i < logoEnd; i++) {
    const raw = raws[i];
    if (raw.length > 200 || !LOGO_HINT.test(raw)) continue;
    // Markdown: images that link nowhere (a linked logo is read above); a text browser: the line, unless
    // it is an image's file name in brackets ("[logo-gazette]": no alt text).
    // A breadcrumb's first item may carry the site's name ("1. Gazette Startseite").
    const line = raw.replace(/^[\s>#*+•·◦▪□■●☆-]+/u, "").replace(/^\d{1,2}\.\s+/, "").trim();
    const texts = raw.includes("![") ? (raw.includes("[![") ? [] : mdImages(raw).map((m) => m.label)) : /^\[[^\]]*\]$/.test(line) ? [] : [line];
    for (const t of texts) {
      const name = logoAltName(t);
      if (name) add(name, WEIGHTS.logoText, LOGO_TEXT, i);
    }
  }
  // The footer: what follows the article, at most EDGE_LINES lines (the article's own text is no footer).
  const footerStart = Math.max(lastProseIndex(doc) + 1, n - EDGE_LINES);
  // Copyright notices (the footer mostly, but anywhere).
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
    if (notice) add(notice.name, own && !notice.company ? WEIGHTS.copyright + 1 : WEIGHTS.copyright, "copyright notice", i);
  }
  // "About Gazette", "Gazette on Instagram", "Gazette ist ein Online-Magazin": the site speaks of itself
  // in its header and footer.
  // Past the first and last EDGE_LINES lines, outside the article (a long header, a sidebar), only a
  // lead or a network says so ("About Gazette", "Gazette on Instagram"): "X is a ..." is as often a person.
  const proseStart = firstProseIndex(doc);
  const proseEnd = lastProseIndex(doc);
  for (let i = 0; i < n; i++) {
    if (i === proseStart && proseEnd >= i) i = proseEnd + 1;
    if (i >= n) break;
    const raw = raws[i];
    if (raw.length > 400) continue;
    const t = seen(i);
    // Such a line is short: a name and a few words.
    if (t.length < 5 || t.length > 160) continue;
    const name = selfReference(t, i < headerEnd || i >= footerStart);
    if (name) add(name, WEIGHTS.selfReference, "the site speaks of itself by this name", i);
  }
  // The site half of the title line.
  const title = doc.captured.title;
  if (title)
    for (let i = 0; i < n; i++) {
      if (doc.lines[i].usedFor !== "title") continue;
      const name = titleSiteName(seen(i), title);
      if (name) add(name, WEIGHTS.titleSite, "site name beside the headline", i);
    }
  // The host's name as the text spells it ("El Salto" on elsalto.com, "Prensa Libre" on prensalibre.com).
  const label = host ? registrableLabel(host) : null;
  if (label && label.length >= 4 && !SOCIAL_HOSTS.has(label)) {
    const found = hostSpelledIn(raws, seen, label, firstProseIndex(doc));
    if (found) add(found.name, WEIGHTS.topLine, "names the host in the text", found.line);
  }
  // Short lines at the top of the page: a masthead when something else repeats them.
  let top = 0;
  let masthead = false;
  const headline = doc.lines.findIndex((l) => l.usedFor === "title");
  const above = Math.min(headline < 0 ? n : headline, firstProseIndex(doc), EDGE_LINES);
  let topEnd = 0;
  for (let i = 0; i < n && top < 8 && i < EDGE_LINES; i++) {
    topEnd = i + 1;
    const t = seen(i);
    if (!t) continue;
    top++;
    if ((doc.lines[i].usedFor && doc.lines[i].usedFor !== "outlet") || BULLETED.test(raws[i])) continue;
    const name = withoutLogoWord(t);
    // A menu's entry alone on its line ("News", "Startseite") names a section, not the site.
    if (isMenuEntry(name)) continue;
    add(name, WEIGHTS.topLine, TOP_LINE, i);
    if (!masthead && i < above && !navigationLine(name)) {
      masthead = true;
      const named = mastheadName(name, raws, i);
      if (named) add(named, WEIGHTS.masthead, "first name line above the headline, printed again in the page's text", i);
      // Printed nowhere else inside text: it still counts when the footer prints it (below).
      else if (mastheadShaped(withoutNavWords(name))) add(withoutNavWords(name), WEIGHTS.topLine, FIRST_LINE, i);
    }
  }
  // Name lines further down the header, past the first few lines (a text browser's header runs long):
  // candidates that only a footer's notice or the page's text can back; a section's word never is one.
  for (let i = topEnd; i < above; i++) {
    // A link's line is a menu's (a name linked home is read above); a name's line is short.
    const raw = raws[i];
    if (raw.length > 120 || raw.includes("](") || (doc.lines[i].usedFor && doc.lines[i].usedFor !== "outlet") || BULLETED.test(raw)) continue;
    const line = seen(i);
    // A name and its tagline ("Gazette.de - Das Magazin für die Küste"): the name, when the tagline is the longer part.
    const parts = line.split(TAGLINE_SEPARATOR);
    const t = !mastheadShaped(line) && parts.length > 1 && parts[0].split(" ").length <= 4 && parts[0].length * 2 < line.length ? parts[0].trim() : line;
    if (!t || !mastheadShaped(t) || sectionShaped(t) || byKey.get(nameKey(t))?.signals.includes(TOP_LINE) || RIGHTS_LEAD.test(t) || navigationLine(t) || withoutNavWords(t) !== t) continue;
    add(t, WEIGHTS.topLine, HEADER_LINE, i);
  }
  const cands = [...byKey.values()];
  // Corroboration: the host's name, a copyright notice naming it, the footer repeating it, the header
  // printing it twice.
  // The footer as printed, link targets left out (a name in an address is no name printed).
  const footerText: string[] = [];
  for (let i = footerStart; i < n; i++) if (raws[i].length <= MAX_LINE) footerText.push(raws[i].includes("](") ? raws[i].replace(MD_TARGET, ")") : raws[i]);
  const footer = footerText.join("\n").toLowerCase();
  const notices = copyrightLines.map((i) => ` ${seen(i).toLowerCase()} `);
  // A photo's credit stands near the article too ("© Fotolia.com"): a name only the header's lines give
  // is backed by the footer's notices alone.
  // And the notice names it first ("© 2019 Gazette Impressum Datenschutz"), not in passing ("©
  // Ministry for Family", where "Family" is a menu item).
  const footerNotices = copyrightLines.filter((i) => i >= footerStart).map((i) => ` ${noticeOpening(seen(i)).toLowerCase()}`);
  const header: string[] = [];
  for (let i = 0; i < headerEnd; i++) if (seen(i)) header.push(seen(i).toLowerCase());
  /** Lines of the header whose visible text is the name (only lines that hold it are made visible). */
  const headerCopies = (name: string) => {
    let k = 0;
    for (let i = 0; i < Math.min(n, EDGE_LINES); i++) if (raws[i].includes(name) && seen(i) === name) k++;
    return k;
  };
  const within = (hay: string, name: string) => containsWord(hay, name.toLowerCase());
  // The page in lower case, made once and only for a header line's name to be looked up in.
  let lowered: string[] | null = null;
  /** Lines other than `at` that print `name` inside more text, on word bounds (counted up to 3). */
  const printedInsideText = (name: string, at: number) => {
    lowered ??= raws.map((r) => (r.length > MAX_LINE ? "" : r.toLowerCase()));
    const needle = name.toLowerCase();
    let k = 0;
    for (let i = 0; i < n && k < 3; i++) {
      if (i === at || lowered[i].length < needle.length + 3 || !lowered[i].includes(needle)) continue;
      const text = seen(i).toLowerCase();
      if (text.length >= needle.length + 3 && containsWord(text, needle)) k++;
    }
    return k;
  };
  /** Is the name a menu's item somewhere on the page (a bulleted line of its own, a link's whole text)? */
  let bulleted: number[] | null = null;
  const menuItem = (name: string) => {
    bulleted ??= raws.flatMap((raw, i) => (raw.length <= 400 && BULLETED.test(raw) ? [i] : []));
    for (const i of bulleted) if (raws[i].includes(name) && seen(i) === name) return true;
    return false;
  };
  /** A notice above the footer that is all a name has: a photo's credit ("© Jane Doe / agency.com"). */
  const photoCredit = (c: Candidate) => c.signals.length === 1 && c.signals[0] === "copyright notice" && c.lines[0] < footerStart;
  /** The domains the page's text prints ("gazette.de", "info@gazette.de"), not files ("login.php"); found once, when asked. */
  let domains: string[] | null = null;
  const printedDomains = () => {
    if (domains) return domains;
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const raw = raws[i];
      // The header and the footer, and any line with an address ("info@", "www."): where a site prints its own domain.
      if (raw.length > MAX_LINE || (i >= EDGE_LINES && i < n - EDGE_LINES && !raw.includes("@") && !raw.includes("www.")) || !raw.includes(".")) continue;
      for (const m of raw.matchAll(TEXT_DOMAIN)) {
      const d = m[1].toLowerCase().replace(/^www\d?\./, "");
        if (!SOCIAL_HOSTS.has(registrableLabel(d) ?? "") && !FILE_ENDING.test(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
      }
    }
    return (domains = [...counts.keys()]);
  };
  const spellsHost = host ? hostMatcher(host) : () => false;
  // A blog platform's credit in the footer ("Proudly powered by WordPress", "Bloggen auf WordPress.com"):
  // a blog's header opens with its title, so its first name line is the blog's name.
  let platformBlog: boolean | null = null;
  const isBlog = () => (platformBlog ??= footerText.some((t) => t.length < 300 && PLATFORM_CREDIT.test(t)));
  for (const c of cands) {
    // Not a web archive's calendar ("Dec JAN Apr").
    if (c.signals.includes(FIRST_LINE) && !c.name.split(/\s+/).every(isMonthName) && isBlog()) {
      c.support += WEIGHTS.blogTitle;
      c.signals.push("first name line of a blog");
      c.strong = true;
    }
    if (spellsHost(c.name)) {
      c.support += WEIGHTS.host;
      c.signals.push(`spells the host ${host}`);
      c.strong = true;
    } else if (!host && !c.name.includes("/") && !photoCredit(c)) {
      // No host known (a text browser's dump has no links): a domain the text prints that the name spells.
      const domain = printedDomains().find((d) => spellsLabelOf(c.name, d));
      if (domain) {
        c.support += WEIGHTS.printedDomain;
        c.signals.push(`spells a domain the text prints (${domain})`);
        c.strong = true;
      }
    }
    if (c.name.length < 3) continue;
    const headerOnly = c.signals.length === 1 && c.signals[0] === HEADER_LINE;
    const named = headerOnly ? footerNotices.some((t) => t.startsWith(` ${c.name.toLowerCase()}`) && within(t, c.name)) : notices.some((t) => within(t, c.name));
    if (!c.signals.includes("copyright notice") && named) {
      c.support += WEIGHTS.inNotice;
      c.signals.push("named in a copyright notice");
      c.strong = true;
    }
    const first = Math.min(...c.lines);
    if (first < EDGE_LINES && first < footerStart && within(footer, c.name)) {
      c.support += WEIGHTS.headerAndFooter;
      c.signals.push("printed in the header and the footer");
      // The first name line above the headline, printed again in the footer: the site's masthead.
      if (c.signals.includes(FIRST_LINE)) c.strong = true;
    }
    if (first >= footerStart && c.signals.includes("the site speaks of itself by this name") && header.some((t) => within(t, c.name))) {
      c.support += WEIGHTS.inHeaderToo;
      c.signals.push("printed in the header too");
    }
    // A name line of the header that the page's text names twice ("by the Gazette staff", "the best
    // of Gazette every week"), unless it reads as a section (one title-case word, a menu's item, a
    // publishing group).
    if (headerOnly && !sectionShaped(c.name) && !PUBLISHER_WORD.test(c.name) && !menuItem(c.name)) {
      if (printedInsideText(c.name, c.lines[0]) >= 2) {
        c.support += WEIGHTS.masthead;
        c.signals.push(HEADER_LINE_IN_TEXT);
        c.strong = true;
      }
    }
    if (c.signals.includes(TOP_LINE) && headerCopies(c.name) >= 2) {
      c.support += WEIGHTS.repeatedAtTop;
      c.signals.push("printed twice at the top");
      // Twice at the top (a logo's alt text and the name beside it) and again in the footer: a
      // masthead, unless it reads as a menu's or a section's word ("Menü", "Anmelden", "Politik").
      if (c.signals.includes("printed in the header and the footer") && !sectionShaped(c.name) && !navigationLine(c.name)) c.strong = true;
    }
  }
  for (const c of cands) {
    // "Gazette - News from the coast": the tagline goes when the other part spells the host.
    const parts = c.name.split(TAGLINE_SEPARATOR);
    if (parts.length > 1 && host) {
      const named = parts.find((p) => spellsHost(p));
      if (named) c.name = named.trim();
    }
  }
  return cands.sort((a, b) => b.support - a.support || Math.min(...a.lines) - Math.min(...b.lines));
}
