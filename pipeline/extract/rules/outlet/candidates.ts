// Gathers and ranks the outlet candidates of a page: every evidence source adds its names with a weight
// and a signal; names then gather corroboration (the host, a notice, the footer, repeats at the top).
import { firstProseIndex, lastProseIndex, type WorkingDoc } from "../../../document.ts";
import { isMonthName } from "../../../text/dates.ts";
import { SELF_REFERENCE } from "../../lexicon/outlets.ts";
import { personLike } from "./person-name.ts";
import { headerFooterLines } from "./header-footer-line.ts";
import { coinedName } from "./coined-name.ts";
import { PLATFORM_CREDIT } from "./blog-platform.ts";
import { copyrightNotices, noticeOpening, PUBLISHER_WORD } from "./copyright.ts";
import { dominantHost, hostMatcher, hostOf, MD_TARGET, registrableLabel, siteLabelMatcher, SOCIAL_HOSTS, spellsLabelOf, TEXT_DOMAIN } from "./host.ts";
import { hostSpelling } from "./host-spelling.ts";
import { logoTexts } from "./logo.ts";
import { topLines } from "./masthead.ts";
import { tidyName } from "./tidy-name.ts";
import { BULLETED, containsWord, EDGE_LINES, FILE_ENDING, MAX_LINE, nameKey, nameShaped, onceOnly, sectionShaped, TAGLINE_SEPARATOR, TRAILING_YEAR, visible, outletLines } from "./names.ts";
import { JOINERS, navigationLine } from "./navigation.ts";
import { selfReferences } from "./self-reference.ts";
import { titleSite } from "./title-site.ts";
import { headerLines } from "./header-lines.ts";
import { fullerName, FULLER_FORM } from "./fuller-name.ts";
import { homeLinks } from "./home-links.ts";
import type { OutletPage } from "./page.ts";
import { type Candidate, COINED_FIRST_LINE, FIRST_LINE, HEADER_LINE, HEADER_LINE_IN_TEXT, MIN_SUPPORT, NOTICE_PART, PRINTED_AGAIN, SELF_REFERENCE_SIGNAL, STRONG, TOP_LINE, WEIGHTS } from "./signals.ts";

/** A social network's name as a word: a share button's label, no site's name. */
const NETWORK_WORD = new RegExp(`(?:^|\\s)(?:${SELF_REFERENCE.networks.filter((w) => w.length > 2).join("|")})(?:$|\\s)`, "iu");


/** The outlet candidates of a page, best supported first. */
export function outletCandidates(doc: WorkingDoc): Candidate[] {
  const raws = outletLines(doc.lines);
  const n = raws.length;
  const host = (doc.captured.url && hostOf(doc.captured.url)) || dominantHost(raws);
  const byKey = new Map<string, Candidate>();
  const hostLabelKey = host ? (registrableLabel(host) ?? "").replace(/[^\p{L}\p{N}]/gu, "") : "";
  const add = (name: string, weight: number, signal: string, line: number) => {
    const whole = tidyName(name.trim().replace(/^©\s*/u, "").replace(TRAILING_YEAR, ""));
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
  // Where the header ends (the first EDGE_LINES lines, above the article) and the footer starts: what
  // follows the article, at most EDGE_LINES lines (the article's own text is no footer).
  const headerEnd = Math.min(EDGE_LINES, firstProseIndex(doc), n);
  const footerStart = Math.max(lastProseIndex(doc) + 1, n - EDGE_LINES);

  const page: OutletPage = { doc, raws, n, host, seen, add, byKey, headerEnd, footerStart };
  // A masthead or print credit the clean stage read competes with what the page shows elsewhere.
  if (doc.captured.outlet !== null) {
    const entry = doc.log.find((e) => e.action === "captured" && e.field === "outlet");
    add(doc.captured.outlet, WEIGHTS.cleanStage, "found by the clean stage", entry ? Math.max(0, doc.lines.findIndex((l) => l.n === entry.first_line)) : 0);
  }
  homeLinks(page);
  logoTexts(page);
  const copyrightLines = copyrightNotices(page);
  selfReferences(page);
  titleSite(page);
  hostSpelling(page);
  const { topEnd, above } = topLines(page);
  headerLines(page, topEnd, above);
  headerFooterLines(page);
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
  const proseStart = firstProseIndex(doc);
  const proseEnd = lastProseIndex(doc);
  const printedDomains = () => {
    if (domains) return domains;
    const counts = new Map<string, number>();
    for (let i = 0; i < n; i++) {
      const raw = raws[i];
      // The header and the footer (however long), and any line with an address ("info@", "www."): where a site prints its own domain.
      if (raw.length > MAX_LINE || (i >= EDGE_LINES && i >= proseStart && i <= proseEnd && i < n - EDGE_LINES && !raw.includes("@") && !raw.includes("www.")) || !raw.includes(".")) continue;
      for (const m of raw.matchAll(TEXT_DOMAIN)) {
      const d = m[1].toLowerCase().replace(/^www\d?\./, "");
        if (!SOCIAL_HOSTS.has(registrableLabel(d) ?? "") && !FILE_ENDING.test(d)) counts.set(d, (counts.get(d) ?? 0) + 1);
      }
    }
    return (domains = [...counts.keys()]);
  };
  const spellsHost = host ? hostMatcher(host) : () => false;
  const spellsSiteLabel = siteLabelMatcher(host);
  // A blog platform's credit in the footer ("Proudly powered by WordPress", "Bloggen auf WordPress.com"):
  // a blog's header opens with its title, so its first name line is the blog's name.
  let platformBlog: boolean | null = null;
  const isBlog = () => (platformBlog ??= footerText.some((t) => t.length < 300 && PLATFORM_CREDIT.test(t)));
  for (const c of cands) {
    // A coined brand as the first name line ("FlowFX"): a small site's logo text, printed once.
    if (c.signals.includes(FIRST_LINE) && coinedName(c.name)) {
      c.support += WEIGHTS.coinedName;
      c.signals.push(COINED_FIRST_LINE);
      c.strong = true;
    }
    // Not a web archive's calendar ("Dec JAN Apr").
    if (c.signals.includes(FIRST_LINE) && !c.name.split(/\s+/).every(isMonthName) && isBlog()) {
      c.support += WEIGHTS.blogTitle;
      c.signals.push("first name line of a blog");
      c.strong = true;
    }
    if (!sectionShaped(c.name) && spellsSiteLabel(c.name)) {
      // "The Harbour Times" on harbourtimes.newsgroup.test: the site's own label, more than the network's
      // (not a section's word: "Bilanz" on a microsite's bilanz.party.test).
      c.support += WEIGHTS.siteLabel;
      c.signals.push(`spells the site's label in the host ${host}`);
      c.strong = true;
    } else if (spellsHost(c.name)) {
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
    if (!c.signals.includes("copyright notice") && !c.signals.includes(NOTICE_PART) && named) {
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
    if (first >= footerStart && c.signals.includes(SELF_REFERENCE_SIGNAL) && header.some((t) => within(t, c.name))) {
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
  // A name one signal gives as a publication's, short of support, that the page's text prints again on
  // another line ("More from The Telegraph", "Nachrichten von Frankfurter Rundschau"): a text browser's
  // dump has no home links to back it. Only when one name alone is so backed; not a photo's credit
  // (printed once, by the picture), a word a section or a sentence reads the same as ("Kommentare",
  // "Warning"), a lower-case word, a publishing group, a share button's label ("Share on Facebook") or a
  // person's name (an author's box: "About Jane Doe").
  // Never over a name already backed enough.
  const printedAgain = cands.filter(
    (c) => c.strong && c.support < MIN_SUPPORT && c.name.length >= 3 && !photoCredit(c) && /^[\p{Lu}\p{N}]/u.test(c.name) && !sectionShaped(c.name) && !PUBLISHER_WORD.test(c.name) && !NETWORK_WORD.test(c.name) && !personLike(c.name) && printedInsideText(c.name, c.lines[0]) >= 1,
  );
  if (printedAgain.length === 1 && !cands.some((c) => c.strong && c.support >= MIN_SUPPORT)) {
    printedAgain[0].support += WEIGHTS.printedAgain;
    printedAgain[0].signals.push(PRINTED_AGAIN);
  }
  for (const c of cands) {
    // "Gazette - News from the coast": the tagline goes when the other part spells the host.
    const parts = c.name.split(TAGLINE_SEPARATOR);
    if (parts.length > 1 && host) {
      const named = parts.find((p) => spellsHost(p));
      if (named) c.name = named.trim();
    }
  }
  cands.sort((a, b) => b.support - a.support || Math.min(...a.lines) - Math.min(...b.lines));
  // The winner's full name, where the host or the masthead prints it whole ("DECO" → "DECO HOME").
  const best = cands.find((c) => c.strong);
  const fuller = best && fullerName(best, cands, host);
  if (best && fuller) {
    best.signals.push(`${FULLER_FORM} as "${fuller.name}"`);
    best.name = fuller.name;
  }
  return cands;
}
