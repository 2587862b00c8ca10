// Logo evidence: a logo's or a home link's alt text ("Gazette logo", "Logo Gazette", "Gazette - zur
// Startseite") and the shape of a link to a site's home page ("/", "https://host/").
import { SELF_REFERENCE } from "../../lexicon/outlets.ts";
import { SOCIAL_HOSTS } from "./host.ts";
import { EDGE_LINES, escapeRe, mastheadShaped, MAX_NAME_CHARS, nameKey } from "./names.ts";
import { JOINERS, navigationLine, withoutNavWords } from "./navigation.ts";
import { firstProseIndex } from "../../../document.ts";
import { mdImages } from "../../../text/markdown.ts";
import type { OutletPage } from "./page.ts";
import { LOGO_TEXT, WEIGHTS } from "./signals.ts";

/** A link target that is a site's home page: "/", "https://host", "https://host/", "//host/index.html", "/de/". */
export const HOME_TARGET = /^(?:(?:https?:)?\/\/([a-z0-9.-]{3,100}))?\/?(?:[a-z]{2}(?:-[a-z]{2})?\/?|index\.\w{2,5})?$/i;

/** Cheap test before LOGO_WORD: the line holds a logo word's first letters. */
const LOGO_HINT = /logo|лого|标志|ロゴ|로고|شعار|home ?page|startseite|accueil|inicio|iniziale/iu;
const LOGO_WORD = /(?:^|[\s_-])(?:logo|лого|标志|ロゴ|로고|شعار)(?:$|[\s_-])/iu;
/** The name in a logo's alt text: "Gazette logo", "Logo Gazette", "gazette-logo" → "Gazette". */
export const withoutLogoWord = (s: string) =>
  s
    // "Gazette's Logo": the possessive goes with the logo word.
    .replace(/['’]s(\s+logo)(?=$|[\s_-])/iu, "$1")
    // "zur Gazette-Startseite", "to the Gazette homepage": the phrase's lead goes with its home word.
    .replace(HOME_LEAD, "")
    .replace(LOGO_PHRASE, " ")
    .trim()
    .replace(/^(?:de|del|of|von|du|di|da|do)\s+/iu, "")
    .replace(/\s+/g, " ")
    .trim();
/** The lead of a "to the home page" phrase around a name ("zur Gazette-Startseite", "to the Gazette homepage", "retour à l'accueil de Gazette" keeps its own). */
const HOME_LEAD = /^(?:zur|zum|to the|to|go to|back to)\s+(?=\S.*?[\s_-](?:homepage|home page|startseite|home)$)/iu;
/** "Logo", "logotipo", "homepage", "zur Startseite" around a name in a logo's alt text or a home link's text. */
const LOGO_PHRASE = /(?:^|[\s_-]+)(?:(?:zur|to|go to|back to|retour à l'|volver a la|vai alla)\s+)?(?:logo(?:tipo|type)?|лого(?:тип)?|homepage|home page|startseite|page d'accueil|accueil|página de inicio|inicio|home)(?=$|[\s_-])[\s_-]*/giu;

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

/** Logos' alt texts printed in the header, all of it (a text browser's rendering has no links to home pages). */
export function logoTexts(page: OutletPage): void {
  const { doc, raws, n, add } = page;
  // The whole header above the article: a news site's menus may run for a hundred lines before its logo.
  const prose = firstProseIndex(doc);
  const logoEnd = Math.min(prose < n ? prose : EDGE_LINES, n);
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
}
