// Names the outlet — the publication whose page this is — from what the text shows, in any script.
// Each candidate name gathers evidence from signals that hold across languages and layouts:
// - a logo or name linked to the site's home page ("[![Gazette](logo.png)](https://gazette.test/)");
// - a logo's alt text in the header that links nowhere ("Gazette logo" as a text browser prints it), or
//   a home link's ("Gazette homepage", "Gazette - zur Startseite");
// - a header line that is only a name linked to the home page: a blog's site title
//   ("# [Gazette](https://gazette.wordpress.com/)"; a hosted blog's label is its subdomain);
// - the first name line above the headline on a page whose footer credits a blog platform
//   ("Powered by WordPress", "Bloggen auf WordPress.com");
// - a copyright notice ("© 2019 Gazette. All rights reserved.", "Copyright Gazette");
// - the site-name half of a "Headline | Site" title line;
// - a short line at the top of the page (a masthead) that the footer, a notice or the site's host
//   name repeat; the first name line above the headline, past skip links, menus, log-in bars and
//   language or edition switches (NAV_WORDS), when the page prints it again inside other text or
//   the footer prints it;
// - a name line further down a long header, backed by the footer's copyright notice opening with it
//   or by the page's text printing it twice ("By Gazette Staff"), never a section's word ("Monde");
// - a name line printed twice at the top (a logo's alt text and the name beside it) and again in the
//   footer, unless it reads as a menu's or a section's word;
// - the site speaking of itself in its header or footer ("About Gazette", "Gazette on Instagram",
//   "Gazette ist ein Online-Magazin": SELF_REFERENCE), backed when the header prints the name too;
// - a copyright notice naming a company or a publishing group ("Gazette Media Group") counts as an
//   owner's: it needs support;
// - a name that spells the host's registrable label ("El Salto" on elsalto.com); with no host known (a
//   text browser's dump has no links), a name that spells a domain the text prints ("Gazette" beside
//   "redaktion@gazette.de"), never a photo's credit;
// - an agency credit ("MADRID (EFE) —", "新华社北京3月5日电", "/ТАСС/"), used only when the page names
//   no publication of its own (a newspaper printing a wire story is still the newspaper).
// The best-supported name wins when its support reaches MIN_SUPPORT; a masthead or print credit the
// clean stage found comes first. Failing all text, a known site's name from the site profile table
// (site-profiles.json), else the host name of `url`; null when nothing names the outlet. The name
// keeps the article or domain ending the page prints with it most ("The Gazette", "Gazette.de").
import type { Rule } from "../../rules.ts";
import { firstProseIndex, lastProseIndex, type WorkingDoc } from "../../document.ts";
import { mdImages, mdLinks, replaceMatches, stripInlineMarkdown } from "../../text/markdown.ts";
import { BLOG_PLATFORMS, COPYRIGHT_WORDS, NAV_JOINERS, PLATFORM_CREDIT_LEADS, NAV_WORDS, NEWS_AGENCIES, PUBLISHER_WORDS, RIGHTS_RESERVED_LEADS, SELF_REFERENCE, SOURCE_LABELS } from "../lexicon/outlets.ts";
import { isGivenName } from "../lexicon/given-names.ts";
import { isMenuEntry } from "../../text/menu-words.ts";
import { isMonthName } from "../../text/dates.ts";
import profiles from "../site-profiles.json" with { type: "json" };

const SITES: Record<string, { outlet: string }> = profiles.sites;

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/** The profile of a host or of its parent domains (news.example.com → example.com). */
export function profileFor(host: string): { outlet: string } | null {
  const parts = host.split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const hit = SITES[parts.slice(i).join(".")];
    if (hit) return hit;
  }
  return null;
}

/** Second-level labels under which country domains register names (co.uk, com.br, or.jp, ...). */
const SECOND_LEVEL = new Set(["co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "nic", "info", "biz", "gv", "in", "nom"]);

/**
 * Hosts that give each blog a subdomain of their own ("gazette.wordpress.com", "gazette.blogspot.de"):
 * there the blog's label is the subdomain, as the Public Suffix List's private section has it.
 */
const BLOG_HOSTS = new Set(["wordpress", "blogspot", "tumblr", "substack", "medium", "wixsite", "weebly", "jimdo", "jimdofree", "over-blog", "hypotheses", "typepad", "livejournal", "ghost", "github", "home", "canalblog", "blogs", "blog"]);

/** The label a site registered: "news.bbc.co.uk" → "bbc", "elsalto.com" → "elsalto", "gazette.wordpress.com" → "gazette". */
export function registrableLabel(host: string): string | null {
  const parts = host.toLowerCase().replace(/^www\d?\./, "").split(".").filter(Boolean);
  if (parts.length < 2) return null;
  let i = parts.length - 2;
  if (i > 0 && parts[parts.length - 1].length === 2 && SECOND_LEVEL.has(parts[i])) i--;
  // "en.blog.wordpress.com" is the platform's own blog: a language or "blog" is no blog's name.
  if (i > 0 && BLOG_HOSTS.has(parts[i]) && parts[i - 1].length > 2 && !BLOG_HOSTS.has(parts[i - 1])) i--;
  return parts[i];
}

/** Letters and digits only, lower case, accents off, German umlauts spelt out as hosts spell them. */
const foldAccents = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "");
export const nameKey = (s: string): string => foldAccents(s.normalize("NFKC").toLowerCase()).replace(/[^\p{L}\p{N}]/gu, "");
const umlautKey = (s: string): string =>
  nameKey(s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"));

/** Does the name spell the host's registrable label (or the host itself), give or take an article or a suffix? */
export function matchesHost(name: string, host: string): boolean {
  return hostMatcher(host)(name);
}

/**
 * The stricter test for a domain the text prints (it may be another site's): the name spells the
 * domain's label whole, or the label and an article before it ("Le Monde diplomatique" on
 * monde-diplomatique.fr), or the domain itself ("Gazette.de"); a label that only begins with the name ("Radio" on radio-north.de) is not it.
 */
export function spellsLabelOf(name: string, domain: string): boolean {
  const label = registrableLabel(domain)?.replace(/[^\p{L}\p{N}]/gu, "");
  const key = nameKey(name);
  if (!label || key.length < 2) return false;
  const whole = domain.replace(/^www\d?\./, "").replace(/[^\p{L}\p{N}]/gu, "");
  return key === label || key === whole || (label.length >= 5 && key.endsWith(label) && key.length - label.length <= 3);
}

/** matchesHost for one host and many names: the host's keys are worked out once. */
function hostMatcher(host: string): (name: string) => boolean {
  const label = registrableLabel(host);
  if (!label) return () => false;
  const labelKey = label.replace(/[^\p{L}\p{N}]/gu, "");
  const hostKey = host.replace(/^www\d?\./, "").replace(/[^\p{L}\p{N}]/gu, "");
  return (name: string) => {
    const plain = nameKey(name);
    // Umlauts spelt out only where the name has one (most names have none).
    const keys = /[äöüß]/i.test(name) ? [plain, umlautKey(name)] : [plain];
    for (const key of keys) {
      if (key.length < 2) continue;
      if (key === labelKey || key === hostKey) return true;
      // "Le Monde diplomatique" on monde-diplomatique.fr, "Gazette" on thegazette.test: one holds the
      // other whole, and the shorter is long enough not to be a chance hit.
      const [shorter, longer] = key.length < labelKey.length ? [key, labelKey] : [labelKey, key];
      if (shorter.length >= 5 && (longer.startsWith(shorter) || longer.endsWith(shorter))) return true;
    }
    return false;
  };
}

/**
 * The site's host as the page itself shows it: the host its absolute links name most often (the site's
 * own pages outnumber the rest), else the domain its text names most often (an e-mail address, a
 * "www." address, "Gazette.de"); null when no host is named at least twice.
 */
export function dominantHost(raws: readonly string[]): string | null {
  const links = new Map<string, number>();
  const texts = new Map<string, number>();
  // Hosts are counted as written and folded (case, "www.") once each afterwards: pages hold thousands of links.
  const bump = (m: Map<string, number>, h: string) => m.set(h, (m.get(h) ?? 0) + 1);
  const most = (written: Map<string, number>) => {
    const counts = new Map<string, number>();
    for (const [h, c] of written) {
      const k = h.toLowerCase().replace(/^www\d?\./, "");
      counts.set(k, (counts.get(k) ?? 0) + c);
    }
    let best: string | null = null;
    let n = 1; // one mention is no majority
    for (const [h, c] of counts) if (c > n && !SOCIAL_HOSTS.has(registrableLabel(h) ?? "")) [best, n] = [h, c];
    return best;
  };
  for (const raw of raws) if (raw.includes("](")) for (const m of raw.matchAll(LINK_HOST)) bump(links, m[1]);
  const linked = most(links);
  if (linked) return linked;
  // Addresses in the text count in the header and footer only, where a site prints its own.
  raws.forEach((raw, i) => {
    const edge = i < EDGE_LINES || i >= raws.length - EDGE_LINES;
    if (edge && raw.length <= MAX_LINE && raw.includes(".")) for (const m of raw.replace(MD_TARGET, ")").matchAll(TEXT_DOMAIN)) bump(texts, m[1]);
  });
  return most(texts);
}
/** Sites every page links to (sharing, embeds): never the page's own. */
const SOCIAL_HOSTS = new Set(["facebook", "twitter", "x", "instagram", "youtube", "linkedin", "pinterest", "google", "whatsapp", "telegram", "tiktok", "vk", "wordpress", "t", "youtu", "reddit", "flickr", "apple", "amazon", "gravatar", "wp", "cloudflare", "googleapis", "gstatic", "w3", "creativecommons"]);
/** A link's target in Markdown, dropped before the text is searched for domains. */
const MD_TARGET = /\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g;
/** A domain written in the text: "gazette.de", "www.gazette.co.uk", "info@gazette.de". */
const TEXT_DOMAIN = /(?:^|[\s@(/])(?:www\d?\.)?((?:[a-z0-9][a-z0-9-]{0,62}\.){1,3}[a-z]{2,6})(?=$|[\s/),;:!?]|\.(?:\s|$))/gi;
const LINK_HOST = /\]\(\s*<?(?:(?:https?:\/\/web\.archive\.org)?\/web\/\d{1,14}[a-z_]{0,4}\/)?(?:https?:)?\/\/([a-z0-9.-]{3,100})/gi;
/** An archived page's links point into the archive: "https://web.archive.org/web/2017.../http://site/" → "http://site/". */
const ARCHIVE_PREFIX = /^(?:https?:)?\/\/web\.archive\.org\/web\/\d{1,14}[a-z_]{0,4}\/|^\/web\/\d{1,14}[a-z_]{0,4}\//i;

/** A link target that is a site's home page: "/", "https://host", "https://host/", "//host/index.html", "/de/". */
const HOME_TARGET = /^(?:(?:https?:)?\/\/([a-z0-9.-]{3,100}))?\/?(?:[a-z]{2}(?:-[a-z]{2})?\/?|index\.\w{2,5})?$/i;

/** The evidence a name gathers; weights add up per name. */
const WEIGHTS = {
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
const LOGO_TEXT = "logo's alt text in the header";
const HEADER_LINE = "name line in the header";
const HEADER_LINE_IN_TEXT = "name line in the header, printed again inside the page's text";
const TOP_LINE = "short line at the top of the page";
/** Signals that name a publication; the others (where a line stands, what repeats it) only rank. */
/** The signal of a header line that is only a name linked to the home page ("# [Gazette](https://gazette.test/)"). */
const SITE_TITLE = "site title linked to the home page";
const STRONG = new Set([LOGO_TEXT, SITE_TITLE, "the site speaks of itself by this name", "first name line above the headline, printed again in the page's text", "logo linked to the home page", "spells the home page it links to", "names the host in the text", "copyright notice", "site name beside the headline", "found by the clean stage"]);
/** The signal of a first name line above the headline that the page prints nowhere else inside text. */
const FIRST_LINE = "first name line above the headline";
/** Support a name needs to be taken as the outlet. */
const MIN_SUPPORT = 3;
/** Lines at each end of the page that count as its header and its footer. */
const EDGE_LINES = 40;
/** Lines longer than this are not read for names (a name's line is short). */
const MAX_LINE = 2000;
/** A name is at most this long: longer text is a sentence or a slogan. */
const MAX_NAME_CHARS = 60;
const MAX_NAME_WORDS = 7;

interface Candidate {
  /** Backed by a signal that names a publication (a logo, a notice, the title, the host), not only by where it stands. */
  strong: boolean;
  name: string;
  key: string;
  support: number;
  signals: string[];
  lines: number[];
}

/** A line's visible text: images as their alt text, links as their text, no bullets or markup. */
function visible(raw: string): string {
  let s = raw;
  if (s.includes("![")) s = replaceMatches(s, mdImages(s), (m) => ` ${m.label} `);
  s = stripInlineMarkdown(s);
  // A text browser shows an image as its alt text in brackets ("[logo-white]") and a form field as "[    ]".
  if (s.includes("[")) s = s.replace(/\[[^\]\n]{0,40}\]/g, " ");
  s = s.replace(/^[\s>#*+•·◦▪□■●☆-]+/u, "");
  // Without white space other than single spaces (most lines), collapsing runs of it changes nothing.
  return (ODD_SPACE.test(s) ? s.replace(/\s+/g, " ") : s).trim();
}
/** White space other than a single space: a tab, a newline, a no-break space, two spaces in a row. */
const ODD_SPACE = /[^\S ]| {2}/;

/** Cheap test before LOGO_WORD: the line holds a logo word's first letters. */
const LOGO_HINT = /logo|лого|标志|ロゴ|로고|شعار|home ?page|startseite|accueil|inicio|iniziale/iu;
const LOGO_WORD = /(?:^|[\s_-])(?:logo|лого|标志|ロゴ|로고|شعار)(?:$|[\s_-])/iu;
/** The name in a logo's alt text: "Gazette logo", "Logo Gazette", "gazette-logo" → "Gazette". */
const withoutLogoWord = (s: string) =>
  s
    .replace(LOGO_PHRASE, " ")
    .trim()
    .replace(/^(?:de|del|of|von|du|di|da|do)\s+/iu, "")
    .replace(/\s+/g, " ")
    .trim();
/** "Logo", "logotipo", "homepage", "zur Startseite" around a name in a logo's alt text or a home link's text. */
const LOGO_PHRASE = /(?:^|[\s_-]+)(?:(?:zur|to|go to|back to|retour à l'|volver a la|vai alla)\s+)?(?:logo(?:tipo|type)?|лого(?:тип)?|homepage|home page|startseite|page d'accueil|accueil|página de inicio|inicio|home)(?=$|[\s_-])[\s_-]*/giu;

const LETTERS = /\p{L}/u;
/** A menu item: a bulleted line ("- ", "• ", "□ ", "* "). */
const BULLETED = /^\s*(?:[-*+•·◦▪□■●☆]\s|\d{1,2}[.)]\s)/u;
const SENTENCE_END = /[.!?。！？:]$/u;
const YEAR_ONLY = /^\d{4}(?:\s*[-–]\s*\d{4})?$/;

/** Could this text be a publication's name: short, holding letters, not a sentence or a date? */
function nameShaped(s: string): boolean {
  if (!s || s.length > MAX_NAME_CHARS || !LETTERS.test(s)) return false;
  if (s.split(" ").length > MAX_NAME_WORDS) return false;
  // "Gazette.de" keeps its dot, a short brand its "!" ("SHE works!", "Yahoo!").
  if (SENTENCE_END.test(s) && !/\.\p{L}{2,6}$/u.test(s) && !(/\p{L}!$/u.test(s) && s.split(" ").length <= 3)) return false;
  if (/\d{1,2}[./:]\d{1,2}/.test(s) || /\[|\]|\(|\)|\{|https?:/.test(s)) return false;
  // A weather widget's reading ("33°F", "1°C") names nothing.
  if (/\d\s?°/u.test(s)) return false;
  // A logo's file name standing in for its alt text ("header-logo.png") names nothing.
  if (IMAGE_FILE.test(s)) return false;
  return true;
}

/** A file's name that reads like a domain ("login.php", "logo.png"). */
const FILE_ENDING = /\.(?:php\d?|html?|aspx?|jsp|cgi|pdf|png|jpe?g|gif|svg|webp|js|css|xml|json|txt|docx?|xlsx?|zip|mp[34])$/i;
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif)$|\s(?:png|jpe?g|gif|svg|webp)$/iu;
const TRAILING_YEAR = /[\s,]+(?:19|20)\d\d$/;
/** A name printed twice or more in a row ("Gazette Gazette", from a logo and its text) once. */
function onceOnly(s: string): string {
  // A text browser runs a logo's alt text into the name beside it: "GazetteGazette".
  const half = s.length / 2;
  if (s.length % 2 === 0 && half >= 3 && s.slice(0, half) === s.slice(half)) return s.slice(0, half);
  const words = s.split(" ");
  for (let k = 1; k <= words.length / 2; k++) {
    if (words.length % k) continue;
    const unit = words.slice(0, k).join(" ");
    if (words.every((w, i) => w === words[i % k])) return unit;
  }
  return s;
}

/** A company's legal form after its name ("Gazette Media Inc.", "Gazette GmbH & Co. KG", "Gazette S.A."). */
const COMPANY_FORM = /,?\s+(?:inc\.?|ltd\.?|limited|llc|plc|gmbh(?:\s*&\s*co\.?\s*kg)?|mbh|ag|kg|se|e\.?\s?v\.?|s\.?\s?a\.?(?:\s?s\.?)?|s\.?l\.?|s\.?r\.?l\.?|s\.?p\.?a\.?|b\.?v\.?|n\.?v\.?|a\/s|as|ab|oy|sp\.\s?z\s?o\.\s?o\.?|corp\.?|co\.?|pty\.?\s?ltd\.?)$/iu;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Words that name a publishing group rather than a publication ("… Media", "… Verlag", "… Group"). */
const PUBLISHER_WORD = new RegExp(`(?:^|[\\s-])(?:${PUBLISHER_WORDS.map(escapeRe).join("|")})$|(?:^|\\s)(?:${PUBLISHER_WORDS.map(escapeRe).join("|")})\\s`, "iu");
/** A blog platform's credit: "Powered by WordPress", "Bloggen auf WordPress.com", "Fièrement propulsé par WordPress". */
const PLATFORM_CREDIT = new RegExp(`(?:${PLATFORM_CREDIT_LEADS.map(escapeRe).join("|")})[^\\n]{0,60}?\\b(?:${BLOG_PLATFORMS.map(escapeRe).join("|")})\\b(?!\\.com vip)`, "iu");
const COPYRIGHT = new RegExp(`(?:©|\\(c\\)|&copy;?|${COPYRIGHT_WORDS.map(escapeRe).join("|")})`, "iu");
const RIGHTS_LEAD = new RegExp(`(?:${RIGHTS_RESERVED_LEADS.map(escapeRe).join("|")})`, "iu");
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
  const after = line
    .slice(m.index + m[0].length)
    .replace(/^;?[\s©:,.]*(?:©\s*)?(?:(?:\d{4})(?:\s*[-–—/]?\s*(?:\d{4}|present|heute))?\s*)?[\s,.:·|©-]*/iu, "")
    // "جميع الحقوق © محفوظة لـ «X»": the rights are reserved to X.
    .replace(/^(?:(?:جميع|كل)\s+الحقوق\s+)?(?:محفوظة|محفوظه)\s+لـ?\s*/u, "");
  const name = cut(after).replace(/^["'«“„]+|["'»”“]+$/gu, "").trim();
  if (nameShaped(name) && !YEAR_ONLY.test(name) && !COPYRIGHT.test(name) && !fragment(name)) return { name, company };
  // "Gazette © 2021": the name before the sign.
  company = false;
  const before = line.slice(0, m.index).replace(/[\s|·•,-]+$/u, "");
  const tail = tidy(before.split(/\s[|·•–—-]\s|[|·•,;]/u).pop()?.trim() ?? "");
  return nameShaped(tail) ? { name: tail, company } : null;
}

/** A notice's text from its sign on, signs, "Copyright" and years left out: "© Copyright 2019 Gazette Impressum" → "Gazette Impressum". */
function noticeOpening(line: string): string {
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

/**
 * A word a section heading or a menu item reads the same as: one word in plain title case ("Monde",
 * "Wissen", "Finance") or in a script without case. Names of one word show more: capitals or digits
 * inside ("PhillyVoice", "Refinery29"), all capitals, all lower case ("wmn").
 */
export function sectionShaped(name: string): boolean {
  if (/\s/.test(name)) return false;
  // A compound of such words is a topic ("Corona-Pandemie").
  if (name.includes("-")) return name.split("-").every((part) => part && sectionShaped(part));
  const letters = name.replace(/[^\p{L}]/gu, "");
  if (/\p{N}/u.test(name) || !letters) return false;
  if (!/[\p{Lu}\p{Ll}]/u.test(letters)) return true;
  return /^\p{Lu}\p{Ll}+$/u.test(letters);
}

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

/** The site-name half of a "Headline | Site" line whose headline is the title: "Site", else null. */
export function titleSiteName(line: string, title: string): string | null {
  // Separators sites put between headline and name; not ':' (a headline's own "Topic: ...").
  const parts = line.split(/\s+[|–—•·]\s+|\s+-\s+|\s*[|｜]\s*/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const first = parts[0];
  const last = parts[parts.length - 1];
  const head = parts.slice(0, -1).join(" ");
  const tail = parts.slice(1).join(" ");
  const short = (name: string, rest: string) => nameShaped(name) && name.split(" ").length <= 5 && name.length < rest.length / 2 && !nameKey(rest).includes(nameKey(name));
  // The title rule may keep the whole line ("Headline | Site", where the tail could be a subtitle): then
  // only a short last part is a candidate (a headline's own topic comes first: "Gaza – the talks ..."),
  // and the support it needs elsewhere on the page decides.
  if (nameKey(title) === nameKey(line)) return short(last, head) ? last : null;
  const fullTitleKey = nameKey(title);
  const titleKey = fullTitleKey.slice(0, 24);
  if (titleKey.length < 8) return null;
  const isTitle = (p: string) => {
    const k = nameKey(p);
    return k.length >= 8 && (k.startsWith(titleKey) || titleKey.startsWith(k.slice(0, 24)));
  };
  // The name is the shorter side: a headline's own dash ("Gaza - the talks") leaves a long tail.
  // A part of the headline itself is no site name.
  const outside = (p: string) => !fullTitleKey.includes(nameKey(p));
  if (isTitle(head) && outside(last) && nameShaped(last) && last.split(" ").length <= 5 && last.length < head.length / 2) return last;
  if (isTitle(tail) && outside(first) && nameShaped(first) && first.split(" ").length <= 5 && first.length < tail.length / 2) return first;
  return null;
}

/** Agency spellings, longest first so "Интерфакс-Украина" is tried before "Интерфакс". */
// Each spelling also in capitals, as wire credits print it: "(EUROPA PRESS)", "REUTERS".
const AGENCY_NAMES = NEWS_AGENCIES.flatMap((names) => [...new Set(names.flatMap((n) => [n, n.toUpperCase()]))].map((n) => [n, names[0]] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
/** An agency's usual name for a spelling of it in any case ("EUROPA PRESS", "pap"). */
const usualAgencyName = (hit: string): string => AGENCY_NAMES.find(([n]) => n.toLowerCase() === hit.toLowerCase())?.[1] ?? hit;
const AGENCY_ALT = AGENCY_NAMES.map(([n]) => escapeRe(n)).join("|");
/** A name that is a news agency's, whole ("Associated Press", "dpa"). */
const AGENCY_WHOLE = new RegExp(`^(?:${AGENCY_ALT})$`, "iu");
/** A credit in brackets or slashes ("(Reuters)", "(EFE) —", "/ТАСС/", "(dpa/AFP)"), a CJK agency opening the text ("新华社北京3月5日电"),
 * a dateline line "City - Agency" ("القاهرة - رويترز", "Roma - ANSA"), or an upper-case place and day before a
 * dash and the agency opening the story ("МОСКВА, 3 дек — РИА Новости. …"). */
const AGENCY_CREDIT = new RegExp(`(?:[(/]\\s*(?:[\\p{L}\\s]{1,12}=\\s*)?(${AGENCY_ALT})(?:\\s*[/,]\\s*[^)/\\n]{1,30})?\\s*[)/])|^\\s*(${AGENCY_ALT})(?=[\\p{sc=Han}\\p{sc=Hangul}\\s\\d]{0,20}(?:电|電|報道|报道|기자|=))|^[\\p{L}\\p{M}][\\p{L}\\p{M} .]{1,29}\\s[-–—]\\s(${AGENCY_ALT})\\s*$|^\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,29},\\s[\\p{L}\\d .]{1,16}\\s[-–—]\\s(${AGENCY_ALT})[.,:]\\s`, "u");
/** A credit line of its own: "Reuters", "Source: AFP", "Фото: ТАСС" stays out (a photo credit names the photographer's agency). */
const AGENCY_LINE = new RegExp(`^(?:[\\p{L}]{2,12}\\s*:\\s*)?(${AGENCY_ALT})$`, "u");
const PHOTO_LEAD = /^(?:foto|photo|фото|图|圖|사진|写真|صورة|bild|image|imagen|immagine|zdjęcie)/iu;

const ALNUM = /[\p{L}\p{N}]/u;
/** Does `hay` hold `needle` with no letter or digit right before or after it? */
function containsWord(hay: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = at > 0 ? hay[at - 1] : " ";
    const after = at + needle.length < hay.length ? hay[at + needle.length] : " ";
    if (!ALNUM.test(before) && !ALNUM.test(after)) return true;
  }
  return false;
}

/** For each ASCII letter, the letters of Latin-1 and Latin Extended-A/B that carry it under an accent. */
const ACCENTED: Record<string, string> = {};
for (let cp = 0xc0; cp <= 0x24f; cp++) {
  const ch = String.fromCharCode(cp);
  const base = ch.normalize("NFKD").charAt(0).toLowerCase();
  if (/^[a-z]$/.test(base) && ch.toLowerCase() !== base) ACCENTED[base] = (ACCENTED[base] ?? "") + ch;
}
/**
 * A pattern that finds a host's label spelt in running text: its letters in order, accents allowed,
 * up to two spaces, dots, hyphens or apostrophes between them ("El Salto" for elsalto, "Clarín" for
 * clarin). Bounded repeats only: linear. The words it finds are then checked with nameKey.
 */
function spelledLabelPattern(label: string): RegExp {
  return new RegExp([...label].map((c) => (/[a-z]/.test(c) ? `[${classMembers(c)}]` : escapeRe(c))).join("[\\s.'’&-]{0,2}"));
}
/** The characters a letter's class holds: both cases spelt out (a case-insensitive Unicode pattern is several times slower). */
function classMembers(c: string): string {
  const letters = `${c}${ACCENTED[c] ?? ""}`;
  return letters + letters.toUpperCase();
}

/**
 * spelledLabelPattern's test, without a regular expression for labels of letters and digits (every
 * host's): V8 compiled each page's new pattern, with its long accent classes, in about 1 ms, most of
 * the outlet rule's time. Same answer: each character of the label is matched against the very
 * UTF-16 units of its class, and 0 to 2 separators (the pattern's own class) may stand between two.
 */
function spelledLabel(label: string): (line: string) => boolean {
  if (!/^[a-z0-9]+$/.test(label)) {
    const re = spelledLabelPattern(label);
    return (line) => re.test(line);
  }
  const classes = [...label].map(classUnits);
  // Letters and separators share no character, so at most one gap length can go on: linear.
  const spelledFrom = (line: string, at: number, k: number): boolean => {
    if (!classes[k].has(line.charCodeAt(at))) return false;
    if (k === classes.length - 1) return true;
    for (let p = at + 1; p <= at + 3 && p < line.length; p++) {
      if (spelledFrom(line, p, k + 1)) return true;
      if (!isSpellingSeparator(line.charCodeAt(p))) return false;
    }
    return false;
  };
  return (line) => {
    for (let at = 0; at + classes.length <= line.length; at++) if (spelledFrom(line, at, 0)) return true;
    return false;
  };
}
const SPELLING_SEPARATOR = /[\s.'’&-]/;
/** Per UTF-16 unit: 0 not yet asked, 1 a separator, 2 not one (the pattern's class, asked once per unit). */
const separatorUnits = new Uint8Array(0x10000);
function isSpellingSeparator(unit: number): boolean {
  if (!separatorUnits[unit]) separatorUnits[unit] = SPELLING_SEPARATOR.test(String.fromCharCode(unit)) ? 1 : 2;
  return separatorUnits[unit] === 1;
}
/** The UTF-16 units a label character matches (a letter's class; a digit itself), kept per character. */
const unitsByChar = new Map<string, Set<number>>();
function classUnits(c: string): Set<number> {
  let units = unitsByChar.get(c);
  if (!units) {
    const members = /[a-z]/.test(c) ? classMembers(c) : c;
    units = new Set(Array.from({ length: members.length }, (_, i) => members.charCodeAt(i)));
    unitsByChar.set(c, units);
  }
  return units;
}

/** Lines of the article, from its start, searched for the host's name. */
const BODY_LINES = 20;
/** Longest run of words tried against a host's label. */
const HOST_WORDS = 4;
const WORD = /[\p{L}\p{N}]+(?:[.'’&-][\p{L}\p{N}]+)*/gu;

/**
 * The first words in the page's visible text that spell the host's label (1 to 4 words whose letters
 * and digits, lower-cased, make the label): "El Salto" for elsalto, "Prensa Libre" for prensalibre.
 * Lines that are mostly links or addresses are skipped (a URL spells its own host).
 */
function hostSpelledIn(raws: readonly string[], seen: (i: number) => string, label: string, firstBody: number): { name: string; line: number } | null {
  const want = label.replace(/-/g, "");
  const spelled = spelledLabel(want);
  const n = raws.length;
  for (let i = 0; i < n; i++) {
    // The header, the footer and the article's first lines: where a site prints its own name (a
    // body's later mention is as often another site's).
    if (i >= EDGE_LINES && i < n - EDGE_LINES && (i < firstBody || i >= firstBody + BODY_LINES)) {
      i = i < firstBody ? firstBody - 1 : n - EDGE_LINES - 1;
      continue;
    }
    const raw = raws[i];
    if (raw.length > 2000) continue;
    // Cheap test first: the label's letters must occur in order.
    if (!spelled(raw)) continue;
    const t = seen(i);
    const words = [...t.matchAll(WORD)];
    for (let a = 0; a < words.length; a++) {
      let key = "";
      for (let b = a; b < words.length && b < a + HOST_WORDS; b++) {
        key += nameKey(words[b][0]);
        if (key.length > want.length || !want.startsWith(key)) break;
        if (key === want) {
          const name = t.slice(words[a].index, words[b].index! + words[b][0].length);
          // The address itself ("elsalto.com/...") is not the name as printed.
          if (/^[\p{Ll}\d.-]+$/u.test(name) && name.includes(".") && !/\.\p{L}{2,6}$/u.test(name)) break;
          return { name, line: i };
        }
      }
    }
  }
  return null;
}

/** The agency a text credits where wire credits stand — at its start ("MADRID (EFE) —") or its end ("... (dpa)") — by its usual name, or null. */
export function agencyCredit(text: string): string | null {
  const m = AGENCY_CREDIT.exec(text.slice(0, 80)) ?? (text.length > 80 ? AGENCY_CREDIT.exec(text.slice(-40)) : null);
  const hit = m ? (m[1] ?? m[2] ?? m[3] ?? m[4]) : null;
  if (!hit) return null;
  return usualAgencyName(hit);
}

/** Networks and platforms whose logos every page shows (share buttons, app stores): never the site's own logo. */
const FOREIGN_LOGO = new RegExp(`^(?:${[...SELF_REFERENCE.networks, ...SOCIAL_HOSTS, "wordpress.com", "app store", "google play", "appstore", "googleplay", "whatsapp"].map(escapeRe).join("|")})$`, "iu");
/**
 * The name in a logo's alt text printed as text: "Le Grand Continent logo", "Logo THW",
 * "waldwissen.net Logo" (a text browser shows an image as its alt text, Markdown as "![alt](src)").
 * The site's logo stands in its header; a footer's logos are as often partners' and sponsors'.
 * Null when the text holds no logo word, or only a network's or an app store's logo remains.
 */
export function logoAltName(text: string): string | null {
  const t = text.replace(/[\[\]]/g, " ").trim();
  if (t.length > MAX_NAME_CHARS + 12) return null;
  // The logo word opens or closes the alt text, the name is the rest ("Logo des BDZV", "PCMag Logo").
  const m = LOGO_AT_END.exec(t) ?? LOGO_AT_START.exec(t) ?? HOME_AT_END.exec(t);
  if (!m) return null;
  const name = withoutNavWords(m[1].replace(/^(?:der|des|de|del|of|von|du|di|da|do)\s+/iu, "").replace(/^[\s|·•:,-]+|[\s|·•:,-]+$/gu, "").trim());
  // A file name ("logo_final", "header-logo-rgb") or a name with its tagline is not the name alone.
  if (!name || /[_/|]|\s[-–—]\s/u.test(name) || !mastheadShaped(name) || name.split(" ").length > 5) return null;
  if (FOREIGN_LOGO.test(name) || navigationLine(name) || nameKey(name).length < 2) return null;
  // "Our home page", "Le nostre homepage": words about the site, no name.
  if (name.toLowerCase().split(/\s+/).every((w) => JOINERS.has(w) || POSSESSIVES.has(w) || /^(?:the|die|der|das|le|la|les|el|il|lo|los|las|het|de)$/.test(w))) return null;
  return name;
}
/** "Our" in the languages news sites use most, before "home page" in a link's text ("Le nostre homepage"). */
const POSSESSIVES = new Set(["our", "unsere", "unser", "notre", "nos", "nuestra", "nuestro", "nuestras", "nuestros", "nostra", "nostre", "nostro", "nostri", "nossa", "nosso", "nossas", "nossos", "onze", "vår", "våra", "vores", "nasza", "nasze", "naše", "наша", "наш"]);
const LOGO_WORDS = "logo(?:tipo|type)?|лого(?:тип)?|标志|ロゴ|로고|شعار";
const LOGO_AT_END = new RegExp(`^(.+?)[\\s_-]+(?:${LOGO_WORDS})$`, "iu");
const LOGO_AT_START = new RegExp(`^(?:${LOGO_WORDS})[\\s_:-]+(.+)$`, "iu");
/** A home link's alt text or title as a text browser prints it: "Gazette homepage", "Gazette - zur Startseite". */
const HOME_AT_END = /^(.+?)(?:\s+[-–—|]\s+|\s+)(?:(?:zur|to|go to|back to|retour à la|volver a la|torna alla)\s+)?(?:home ?page|startseite|page d'accueil|accueil|página (?:de )?inicio|pagina iniziale)$/iu;

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
const NAV = new Set(NAV_WORDS);
/** Languages a site's language switch offers, by their own names and in English ("Deutsch", "English", "Español"). */
const LANGUAGE_NAMES = (() => {
  const codes = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk", "hu", "ro", "hr", "sr", "sl", "bg", "el", "tr", "ru", "uk", "ar", "fa", "he", "hi", "bn", "ur", "id", "ms", "vi", "th", "zh", "ja", "ko", "sv", "da", "no", "nb", "fi", "et", "lv", "lt", "ca", "eu", "gl"];
  const names = new Set<string>();
  for (const c of codes) {
    names.add(c);
    for (const lang of [c, "en"]) {
      const name = new Intl.DisplayNames([lang], { type: "language" }).of(c);
      if (name) names.add(name.toLowerCase());
    }
  }
  return names;
})();
/** Countries an edition switch offers, by name in the languages most news sites write ("Deutschland", "Sweden", "España"). */
const REGION_NAMES = (() => {
  const names = new Set<string>();
  const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const [english, ...others] = ["en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru"].map((l) => new Intl.DisplayNames([l], { type: "region", fallback: "none" }));
  // The codes CLDR names, found once in English, then named in the other languages.
  const codes: string[] = [];
  for (const a of letters)
    for (const b of letters) {
      const name = english.of(a + b);
      if (name) [codes.push(a + b), names.add(name.toLowerCase())];
    }
  for (const show of others) for (const code of codes) names.add((show.of(code) ?? "").toLowerCase());
  names.delete("");
  return names;
})();
/** A navigation word run into a longer one: "Bereichsnavigation", "Servicemenü", "Schnellsuche". */
const NAV_SUFFIX = new RegExp(`\\p{L}{3}(?:${NAV_WORDS.filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w)).map(escapeRe).join("|")})$`, "u");
const NAV_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/**
 * Is a line navigation furniture: made only of menu, search, log-in and skip-link words or language
 * names ("Skip to main content", "Zum Inhalt springen", "Menü", "DE EN", "Se connecter S'abonner")?
 */
export function navigationLine(text: string): boolean {
  const words = text.toLowerCase().match(NAV_WORD);
  if (!words) return true;
  if (REGION_NAMES.has(text.trim().toLowerCase())) return true;
  return navigationWords(words);
}
/** Are all these (lower-case) words navigation words, joiners or language names? */
function navigationWords(words: readonly string[]): boolean {
  return words.every((w) => NAV.has(w) || JOINERS.has(w) || LANGUAGE_NAMES.has(w) || (w.length >= 8 && NAV_SUFFIX.test(w)));
}
const JOINERS = new Set(NAV_JOINERS);
/** Navigation words at either end of a masthead line ("ComputerBase Menü", "Toggle navigation FlowFX") go. */
function withoutNavWords(name: string): string {
  const words = name.split(/\s+/);
  let a = 0;
  let b = words.length;
  const nav = (w: string) => {
    const low = w.toLowerCase();
    return !JOINERS.has(low) && navigationWords(low.match(NAV_WORD) ?? []);
  };
  while (a < b && nav(words[a])) a++;
  // A name may open with an article ("The Balance") but never ends with one ("Gazette (Link zur").
  while (b > a && (nav(words[b - 1]) || JOINERS.has(words[b - 1].toLowerCase()))) b--;
  return words.slice(a, b).join(" ");
}
/**
 * The name a masthead line gives when the page prints it again inside another line ("About Gazette",
 * "© Gazette", "Gazette auf Instagram"): a menu item repeats only as a line of its own. The line
 * whole, else its part before a tagline ("Gazette - News from the coast"); null when neither repeats.
 */
function mastheadName(line: string, raws: readonly string[], at: number): string | null {
  const trimmed = withoutNavWords(line);
  const parts = trimmed.split(TAGLINE_SEPARATOR).map(withoutNavWords);
  let best: string | null = null;
  let most = 0;
  for (const name of parts.length > 1 ? [trimmed, ...parts] : [trimmed]) {
    if (!mastheadShaped(name) || name.length < 3 || navigationLine(name)) continue;
    const k = printedInside(raws, name, at);
    if (k > most) [best, most] = [name, k];
  }
  return best;
}
/** How many lines other than `at` print `name` inside more text (case folded, on word bounds); counted up to 3. */
function printedInside(raws: readonly string[], name: string, at: number): number {
  let k = 0;
  const needle = name.toLowerCase();
  // One case-insensitive search per line, in the regex engine (lower-casing every line costs more).
  const find = new RegExp(escapeRe(name), /^[\x00-\x7f]*$/.test(name) ? "i" : "iu");
  for (let i = 0; i < raws.length; i++) {
    if (i === at) continue;
    const raw = raws[i];
    if (raw.length > MAX_LINE || raw.length < needle.length + 3 || !find.test(raw)) continue;
    const text = visible(raw).toLowerCase();
    if (text.length >= needle.length + 3 && containsWord(text, needle) && ++k >= 3) break;
  }
  return k;
}
/** A masthead is a name: a few words, no sentence, no bylines or dates ("by X on May 4"). */
function mastheadShaped(name: string): boolean {
  if (!nameShaped(name) || name.split(/\s+/).length > 6) return false;
  return !/\d{1,2}[.\s]|\b(?:19|20)\d\d\b/u.test(name) && /^[\p{L}\p{N}]/u.test(name);
}

/** Articles that belong to many publications' names ("The Independent", "Die Tagespost", "El Tiempo", "Le Monde"). */
const ARTICLE = /(?:^|[^\p{L}\p{N}])(the|die|der|das|le|la|les|el|il|lo|los|las|het|de|o|a|os|as)\s+$/iu;
/**
 * The name with the article the page prints before it, when most of the page's mentions carry it with
 * a capital ("The Independent" in running text, not "the Independent"): the article is part of the
 * name. A name that already has one stays as it is.
 */
export function withArticle(name: string, raws: readonly string[]): string {
  if (name.length < 3 || /^(?:the|die|der|das|le|la|les|el|il|lo|los|las|het|de)\s/iu.test(name)) return name;
  let withIt = 0;
  let without = 0;
  let article = "";
  for (const raw of raws) {
    if (raw.length > MAX_LINE || !raw.includes(name)) continue;
    for (let at = raw.indexOf(name); at >= 0; at = raw.indexOf(name, at + 1)) {
      const after = raw.charAt(at + name.length);
      if (after && ALNUM.test(after)) continue;
      const m = ARTICLE.exec(raw.slice(Math.max(0, at - 8), at));
      if (m && /^\p{Lu}/u.test(m[1])) {
        withIt++;
        article ||= m[1];
      } else if (at === 0 || !ALNUM.test(raw.charAt(at - 1))) without++;
    }
  }
  return withIt >= 2 && withIt > without ? `${article} ${name}` : name;
}

/**
 * The name with the domain ending the page prints after it as a brand ("Gazette.de" in running text,
 * not in an address or a link), when the page prints it that way more often than bare, or three times or more.
 */
export function withDomainEnding(name: string, raws: readonly string[]): string {
  if (name.length < 3 || name.includes(".")) return name;
  const counts = new Map<string, number>();
  let bare = 0;
  for (const raw of raws) {
    if (raw.length > MAX_LINE || !raw.includes(name)) continue;
    const text = raw.includes("](") ? raw.replace(MD_TARGET, ")") : raw;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = at > 0 ? text.charAt(at - 1) : " ";
      if (ALNUM.test(before) || /[./@]/.test(before)) continue;
      const rest = text.slice(at + name.length, at + name.length + 8);
      const ending = /^\.(\p{Ll}{2,4})(?![\p{L}\p{N}/.@-]|\.\p{L})/u.exec(rest);
      if (ending) counts.set(ending[1], (counts.get(ending[1]) ?? 0) + 1);
      else if (!rest || !ALNUM.test(rest.charAt(0))) bare++;
    }
  }
  let best = "";
  let n = 0;
  for (const [ending, c] of counts) if (c > n) [best, n] = [ending, c];
  return (n >= 2 && n > bare) || n >= 3 ? `${name}.${best}` : name;
}

const alternation = (words: readonly string[]) => words.map(escapeRe).sort((a, b) => b.length - a.length).join("|");
const EMBED_CAPTION = new Set(SELF_REFERENCE.embeds);
const SELF_LEAD = new RegExp(`^(?:${alternation(SELF_REFERENCE.leads)})\\s+(.+?)[\\s:.!?]*$`, "iu");
const SELF_NETWORK = new RegExp(`^(.{1,60}?)\\s+(?:${alternation(SELF_REFERENCE.networkPrepositions)})\\s+(?:${alternation(SELF_REFERENCE.networks)})\\s*$`, "iu");
/** Cheap test before SELF_NETWORK: the line ends with a network's name. */
const NETWORK_END = new RegExp(`\\s(?:${alternation(SELF_REFERENCE.networks)})\\s*$`, "iu");
/** The copulas' verbs ("is", "ist", "est", ...) between spaces: a line without one is no "X is a ..." line. */
const COPULA_VERB = new RegExp(`\\s(?:${alternation([...new Set(SELF_REFERENCE.copulas.map((c) => c.split(" ")[0]))])})\\s`, "i");
const SELF_COPULA = new RegExp(`^(.{1,60}?)\\s+(?:${alternation(SELF_REFERENCE.copulas)})\\s`, "iu");
/**
 * The name a header or footer line gives the site when it speaks of itself: "About Gazette", "Über
 * Gazette", "Gazette on Instagram", "Gazette ist ein Online-Magazin" → "Gazette"; null otherwise.
 * The name has a capital or a digit (a sentence's subject such as "this site" has none).
 */
export function selfReference(line: string, withCopula = true): string | null {
  let copula = false;
  let m = SELF_LEAD.exec(line) ?? (NETWORK_END.test(line) ? SELF_NETWORK.exec(line) : null);
  if (!m && withCopula && COPULA_VERB.test(line)) [m, copula] = [SELF_COPULA.exec(line), true];
  if (!m) return null;
  const name = m[1].trim();
  if (EMBED_CAPTION.has(name.toLowerCase())) return null;
  // A search box's placeholder names the site ("Search Gazette"), or what it searches ("Search Jobs").
  if (/^(?:search|durchsuchen)\s/iu.test(line) && sectionShaped(name)) return null;
  if (!mastheadShaped(name) || name.split(" ").length > 4 || !/^[\p{Lu}\p{Lo}\d]/u.test(name) || navigationLine(name)) return null;
  // "Jane Doe is a reporter ...": an author's note under the article, not the site's.
  const first = name.split(" ")[0];
  if (copula && !JOINERS.has(first.toLowerCase()) && isGivenName(first)) return null;
  // A name, not a clause: no word in it that starts a sentence's second half.
  if (/[,;]/.test(name)) return null;
  return name;
}

/** What sites put between a name and its tagline: " - ", " | ", " – ", " — ", ": ". */
const TAGLINE_SEPARATOR = /\s+[-|–—]\s+|:\s+/u;

/** The agency credited in the first paragraphs or on a credit line near them, or null. */
function agencyOf(doc: WorkingDoc): { name: string; line: number } | null {
  let looked = 0;
  for (let i = 0; i < doc.lines.length && looked < 12; i++) {
    const l = doc.lines[i];
    const headerLine = !l.removedBy || l.removedBy === "header-leftovers";
    if (l.removedBy && l.removedAs !== "metadata" && !headerLine) continue;
    const t = l.text.trim();
    if (!t) continue;
    // From the article's start on: the header above holds menus that name agencies as links. There, only
    // an agency's name alone on its line counts (a wire story's masthead: "ANSA", "Интерфакс-Украина").
    if (doc.article && i < doc.article.start - 3) {
      const alone = headerLine ? AGENCY_LINE.exec(t) : null;
      if (alone && !alone[0].includes(":") && !BULLETED.test(l.raw)) return { name: usualAgencyName(alone[1]), line: i };
      continue;
    }
    looked++;
    const line = AGENCY_LINE.exec(t);
    if (line && !PHOTO_LEAD.test(t)) return { name: usualAgencyName(line[1]), line: i };
    const name = agencyCredit(t);
    if (name) return { name, line: i };
    const source = SOURCE_LINE.exec(t);
    if (source) return { name: usualAgencyName(source[1]), line: i };
  }
  // A source line right after the story: "Źródło: PAP", "Quelle: dpa", "Fuente: EFE", "来源：新华社".
  if (doc.article) {
    let seen = 0;
    for (let i = doc.article.end + 1; i < doc.lines.length && seen < SOURCE_LINE_AFTER; i++) {
      const t = doc.lines[i].text.trim();
      if (!t) continue;
      seen++;
      const m = SOURCE_LINE.exec(t);
      if (m) return { name: usualAgencyName(m[1]), line: i };
    }
  }
  return null;
}
/** Non-blank lines after the article where a source line is looked for. */
const SOURCE_LINE_AFTER = 3;
/** "Source: Agency" as a line of its own, or closing a date line ("2026-12-03 14:05 来源：新华社"). */
const SOURCE_LINE = new RegExp(`(?:^|\\s)(?:${SOURCE_LABELS.map(escapeRe).join("|")})\\s?[:：]\\s?(${AGENCY_ALT})\\.?$`, "iu");

export const outlet: Rule = {
  id: "outlet",
  description: "Names the outlet from a home-page logo, a copyright notice, the title's site name, a repeated masthead, the site's words about itself or the host's name, else an agency credit, a site profile or the url's host.",
  apply(ctx) {
    const { doc } = ctx;
    const { captured } = doc;
    const best = outletCandidates(doc).find((c) => c.strong);
    if (captured.outlet !== null) {
      // The clean stage's name stands unless the page backs another one better.
      if (best && best.support > WEIGHTS.cleanStage && nameKey(best.name) !== nameKey(captured.outlet) && !best.signals.includes("found by the clean stage"))
        ctx.capture("outlet", best.name, `${best.signals.join("; ")} (support ${best.support}), over the clean stage's "${captured.outlet}"`, best.lines);
      return;
    }
    if (best && best.support >= MIN_SUPPORT) {
      const raws = doc.lines.map((l) => l.raw);
      const name = withDomainEnding(withArticle(best.name, raws), raws);
      const why = name === best.name ? "" : `; printed as "${name}" most times`;
      ctx.capture("outlet", name, `${best.signals.join("; ")} (support ${best.support})${why}`, best.lines);
      return;
    }
    const agency = agencyOf(doc);
    if (agency) {
      ctx.capture("outlet", agency.name, "news agency credited at the start of the article", [agency.line]);
      return;
    }
    if (captured.url === null) return;
    const host = hostOf(captured.url);
    if (!host) return;
    const profile = profileFor(host);
    if (profile) ctx.capture("outlet", profile.outlet, `site profile for ${host}`);
    else ctx.capture("outlet", host, "host name of the article's url");
  },
};
