// Host-name evidence: the site's host (the article's url, else the host the page's links or printed
// addresses name most), its registrable label ("news.bbc.co.uk" → "bbc", a hosted blog's subdomain),
// and whether a name spells it ("El Salto" on elsalto.com). Also the site profile table's lookup.
import profiles from "../../site-profiles.json" with { type: "json" };
import { EDGE_LINES, MAX_LINE, nameKey, umlautKey } from "./names.ts";

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
export function hostMatcher(host: string): (name: string) => boolean {
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

/** Labels a network gives its services or editions, no site's name ("shop.gazette.test", "mobile.gazette.test"). */
const SERVICE_LABELS = new Set(["www", "mobile", "shop", "forum", "forums", "store", "blogs", "login", "account", "accounts", "static", "media", "images", "video", "videos", "mail", "search", "secure", "amp", "news", "portal", "online", "service", "services", "support", "help", "community", "archive", "archiv", "epaper", "abo", "jobs", "karriere", "events", "edition", "english", "deutsch", "espanol"]);
/**
 * A site on a network's domain names itself by its own label, the one before the registrable label
 * ("harbourtimes" of harbourtimes.newsgroup.test): does a name spell it, give or take an article
 * ("The Harbour Times") or umlauts spelt out? Five letters at least, not a service's label ("shop").
 */
export function siteLabelMatcher(host: string | null): (name: string) => boolean {
  const label = host && registrableLabel(host);
  if (!host || !label) return () => false;
  const parts = host.toLowerCase().replace(/^www\d?\./, "").split(".");
  const at = parts.indexOf(label);
  const own = at > 0 ? parts[at - 1].replace(/[^\p{L}\p{N}]/gu, "") : "";
  if (own.length < 5 || SERVICE_LABELS.has(parts[at - 1])) return () => false;
  return (name: string) => {
    const keys = /[äöüß]/i.test(name) ? [nameKey(name), umlautKey(name)] : [nameKey(name)];
    return keys.some((key) => key === own || (key.endsWith(own) && key.length - own.length <= 3));
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
export const SOCIAL_HOSTS = new Set(["facebook", "twitter", "x", "instagram", "youtube", "linkedin", "pinterest", "google", "whatsapp", "telegram", "tiktok", "vk", "wordpress", "t", "youtu", "reddit", "flickr", "apple", "amazon", "gravatar", "wp", "cloudflare", "googleapis", "gstatic", "w3", "creativecommons"]);
/** A link's target in Markdown, dropped before the text is searched for domains. */
export const MD_TARGET = /\]\([^)\s]{0,2000}(?:\s+"[^"\n]{0,500}")?\)/g;
/** A domain written in the text: "gazette.de", "www.gazette.co.uk", "info@gazette.de". */
export const TEXT_DOMAIN = /(?:^|[\s@(/])(?:www\d?\.)?((?:[a-z0-9][a-z0-9-]{0,62}\.){1,3}[a-z]{2,6})(?=$|[\s/),;:!?]|\.(?:\s|$))/gi;
const LINK_HOST = /\]\(\s*<?(?:(?:https?:\/\/web\.archive\.org)?\/web\/\d{1,14}[a-z_]{0,4}\/)?(?:https?:)?\/\/([a-z0-9.-]{3,100})/gi;
/** An archived page's links point into the archive: "https://web.archive.org/web/2017.../http://site/" → "http://site/". */
export const ARCHIVE_PREFIX = /^(?:https?:)?\/\/web\.archive\.org\/web\/\d{1,14}[a-z_]{0,4}\/|^\/web\/\d{1,14}[a-z_]{0,4}\//i;
