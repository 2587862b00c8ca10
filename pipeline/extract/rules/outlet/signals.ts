// The outlet rule's evidence: the weight each signal adds to a name, the signals that name a
// publication (STRONG), the support a name needs, and the candidate a name gathers them in.

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
  siteLabel: 4, // spells the label before a network's domain ("harbourtimes" of harbourtimes.newsgroup.test): the site's, over the network's
  headerAndFooter: 1, // menus repeat in the footer too: support, not proof
  inNotice: 2, // a name the copyright notice holds ("© 2021 Gazette | Gazette Media Ltd")
  repeatedAtTop: 1, // a logo's alt text and the name beside it
  selfReference: 2, // "About Gazette", "Gazette on Instagram", "Gazette is a magazine" in the header or footer
  inHeaderToo: 1, // a name the footer gives, printed in the header too
  masthead: 2, // the first name-shaped line above the headline, past skip links, menus and log-in bars
  logoText: 2, // a logo's alt text printed in the header ("Gazette logo"), no home link needed
  printedAgain: 1, // a publication's name one signal gives, printed again in the page's text
  publicationWord: 1, // the first name line above the headline holds a newspaper's noun ("Diario del Sur")
  printedDomain: 2, // spells a domain the text prints, when no link names the site's host: a domain may be another site's
  coinedName: 2, // the first name line above the headline is one coined word ("FlowFX"): with its first-line signal, enough
  headerFooterPublication: 3, // a publication's name by its noun alone on a line above the headline and again after the article
  menuBelow: 1, // the first name line above the headline with the site's section menu right under it: with its two top-line signals, enough
};
/** The signal of the site speaking of itself by a name ("About Gazette", "Gazette auf Instagram": self-reference.ts). */
export const SELF_REFERENCE_SIGNAL = "the site speaks of itself by this name";
/** The signal of a first name line above the headline that the site's section menu follows, one entry a line. */
export const MASTHEAD_OVER_MENU = "first name line above the headline, the section menu under it";
/** The signal of a first name line above the headline that is one coined InterCaps word ("FlowFX"). */
export const COINED_FIRST_LINE = "first name line above the headline, a coined name";
/** The signal of a publication's name by its noun printed alone on a line above the headline and again alone after the article. */
export const HEADER_FOOTER_PUBLICATION = "publication's name above the headline, printed again alone after the article";
/** The signal of a logo's alt text in the header that links nowhere (a text browser prints it as a line). */
export const LOGO_TEXT = "logo's alt text in the header";
export const HEADER_LINE = "name line in the header";
export const HEADER_LINE_IN_TEXT = "name line in the header, printed again inside the page's text";
export const TOP_LINE = "short line at the top of the page";
/** The signal of a first name line above the headline that holds a newspaper's noun ("Tageszeitung", "日报"). */
export const PUBLICATION_MASTHEAD = "first name line above the headline, a publication's name by its noun";
/** Signals that name a publication; the others (where a line stands, what repeats it) only rank. */
/** The signal of a header line that is only a name linked to the home page ("# [Gazette](https://gazette.test/)"). */
export const SITE_TITLE = "site title linked to the home page";
/** The signal of the part of a notice's name the page prints elsewhere ("Gazette" of "Gazette GmbH Frankfurt"). */
export const NOTICE_PART = "copyright notice, the part of its name the page prints elsewhere";
export const STRONG = new Set([PUBLICATION_MASTHEAD, MASTHEAD_OVER_MENU, HEADER_FOOTER_PUBLICATION, NOTICE_PART, LOGO_TEXT, SITE_TITLE, SELF_REFERENCE_SIGNAL, "first name line above the headline, printed again in the page's text", "logo linked to the home page", "spells the home page it links to", "names the host in the text", "copyright notice", "site name beside the headline", "found by the clean stage"]);
/** The signal of a first name line above the headline that the page prints nowhere else inside text. */
export const FIRST_LINE = "first name line above the headline";
/** The signal of a name printed again inside the page's text, on two lines other than its evidence's. */
export const PRINTED_AGAIN = "printed again inside the page's text";
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
