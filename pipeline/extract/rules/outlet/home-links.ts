// Home-link evidence: a logo or a name linked to the site's home page in the page's header or footer
// ("[![Gazette](logo.png)](https://gazette.test/)"), and a header line that is only such a link: a
// blog's site title ("# [Gazette](https://gazette.wordpress.com/)").
import { mdImages, mdLinks, replaceMatches } from "../../../text/markdown.ts";
import { isMenuEntry } from "../../../text/menu-words.ts";
import { firstProseIndex } from "../../../document.ts";
import { ARCHIVE_PREFIX, matchesHost, registrableLabel, SOCIAL_HOSTS } from "./host.ts";
import { HOME_TARGET, withoutLogoWord } from "./logo.ts";
import { BULLETED, EDGE_LINES, escapeRe, MAX_LINE } from "./names.ts";
import { navigationLine, withoutNavWords } from "./navigation.ts";
import { RIGHTS_RESERVED_LEADS } from "../../lexicon/outlets.ts";
import type { OutletPage } from "./page.ts";
import { SITE_TITLE, WEIGHTS } from "./signals.ts";

/** Home-page links at either end of the page: a logo or a name linked to the home page, a site title. */
export function homeLinks(page: OutletPage): void {
  const { doc, raws, n, host, headerEnd, add } = page;
  // The page's edges: its first and last EDGE_LINES lines, and all of a long header above the article
  // (a news site's menus run for a hundred lines before its logo).
  const top = Math.max(EDGE_LINES, firstProseIndex(doc));
  const bottom = Math.max(top, n - EDGE_LINES);
  for (let i = 0; i < n; i++) {
    if (i >= top && i < bottom) {
      i = bottom - 1;
      continue;
    }
    const raw = raws[i];
    if (raw.length > MAX_LINE || !raw.includes("](")) continue;
    // Past the first EDGE_LINES lines, a menu's item (a bulleted link to a sister title's home page,
    // "- [Gazette Weekend](https://weekend.gazette.test/)") is no masthead.
    if (i >= EDGE_LINES && i < top && BULLETED.test(raw)) continue;
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
      const name = linkName(withoutLogoWord(text));
      if (logo) add(name, foreign ? WEIGHTS.homeLink + 1 : WEIGHTS.homeLogo, "logo linked to the home page", i);
      else add(name, WEIGHTS.homeLink, "name linked to the home page", i);
      // The whole line, above the article, is the link: a site title ("# [Gazette](https://gazette.test/)"),
      // unless its text is a menu's word ("[Home](/)", "[Startseite](/)").
      if (!logo && !foreign && i < headerEnd && !/\/[a-z]{2}(?:-[a-z]{2})?\/?$/i.test(home[0]) && flat.replace(/^\s*#{1,6}\s+/, "").trim() === flat.slice(link.index, link.end) && !isMenuEntry(name) && !navigationLine(name))
        add(name, WEIGHTS.siteTitle, SITE_TITLE, i);
      if (home[1] && !foreign && matchesHost(name, home[1])) add(name, WEIGHTS.host, "spells the home page it links to", i);
    }
  }
}

/** A maker's credit a footer links to its maker's home page ("Powered by X", "Contentmanagement by X"): no site's name. */
const MAKER_CREDIT = new RegExp(`^(?:${RIGHTS_RESERVED_LEADS.filter((w) => /\sby$/.test(w)).map(escapeRe).join("|")})\\s`, "iu");
/**
 * A home link's text as a name: a menu's verb in lower case at its end ("«Gazette» abonnieren",
 * "Gazette suchen") and a separator left after it ("Gazette |") go; a maker's credit is none. A
 * capitalised word stays: it may be the name's own ("Medical News Today").
 */
export function linkName(text: string): string {
  if (MAKER_CREDIT.test(text)) return "";
  const words = text.replace(/[\s|·•:,–—-]+$/u, "").split(" ");
  while (words.length > 1 && /^\p{Ll}/u.test(words[words.length - 1]) && withoutNavWords(words[words.length - 1]) === "") words.pop();
  return words.join(" ");
}
