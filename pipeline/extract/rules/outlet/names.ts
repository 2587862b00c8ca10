// Shared name-shape helpers of the outlet rule: what a line shows (its visible text), whether a text
// could be a publication's name, the key names are compared by, and the page's edges (header, footer).
import { replaceMatches, mdImages, stripInlineMarkdown } from "../../../text/markdown.ts";

/** Letters and digits only, lower case, accents off, German umlauts spelt out as hosts spell them. */
const foldAccents = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "");
export const nameKey = (s: string): string => foldAccents(s.normalize("NFKC").toLowerCase()).replace(/[^\p{L}\p{N}]/gu, "");
export const umlautKey = (s: string): string =>
  nameKey(s.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss"));


/** Lines at each end of the page that count as its header and its footer. */
export const EDGE_LINES = 40;
/** Lines longer than this are not read for names (a name's line is short). */
export const MAX_LINE = 2000;
/** A name is at most this long: longer text is a sentence or a slogan. */
export const MAX_NAME_CHARS = 60;
export const MAX_NAME_WORDS = 7;

/** An inline image's data URI ("(data:image/png;base64,iVBOR…"): its payload is no text. */
const DATA_URI = /\(data:[^)\s]*/g;
/**
 * A line as the outlet rule reads it: an image's inline data (often thousands of characters) cut to
 * "(data:", so that a logo line carrying its picture inline ("[![Gazette logo](data:…)](/)") is as
 * short as its text.
 */
export const withoutInlineData = (raw: string): string => (raw.length > 300 && raw.includes("(data:") ? raw.replace(DATA_URI, "(data:") : raw);
/** The page's lines as the outlet rule reads them (withoutInlineData), made once per page: the candidates and the name's form both read them. */
const pageLines = new WeakMap<readonly { raw: string }[], string[]>();
export function outletLines(lines: readonly { raw: string }[]): string[] {
  let out = pageLines.get(lines);
  if (!out) pageLines.set(lines, (out = lines.map((l) => withoutInlineData(l.raw))));
  return out;
}

/** A line's visible text: images as their alt text, links as their text, no bullets or markup. */
export function visible(raw: string): string {
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
export const ODD_SPACE = /[^\S ]| {2}/;

export const LETTERS = /\p{L}/u;
/** A menu item: a bulleted line ("- ", "• ", "□ ", "* "). */
export const BULLETED = /^\s*(?:[-*+•·◦▪□■●☆]\s|\d{1,2}[.)]\s)/u;
export const SENTENCE_END = /[.!?。！？:]$/u;
export const YEAR_ONLY = /^\d{4}(?:\s*[-–]\s*\d{4})?$/;

/** Could this text be a publication's name: short, holding letters, not a sentence or a date? */
export function nameShaped(s: string): boolean {
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
export const FILE_ENDING = /\.(?:php\d?|html?|aspx?|jsp|cgi|pdf|png|jpe?g|gif|svg|webp|js|css|xml|json|txt|docx?|xlsx?|zip|mp[34])$/i;
const IMAGE_FILE = /\.(?:png|jpe?g|gif|svg|webp|avif)$|\s(?:png|jpe?g|gif|svg|webp)$/iu;
export const TRAILING_YEAR = /[\s,]+(?:19|20)\d\d$/;
/** A name printed twice or more in a row ("Gazette Gazette", from a logo and its text) once; also around its domain ("Gazette gazette.de Gazette"). */
export function onceOnly(s: string): string {
  // A text browser runs a logo's alt text into the name beside it: "GazetteGazette".
  const half = s.length / 2;
  if (s.length % 2 === 0 && half >= 3 && s.slice(0, half) === s.slice(half)) return s.slice(0, half);
  const words = s.split(" ");
  for (let k = 1; k <= words.length / 2; k++) {
    if (words.length % k) continue;
    const unit = words.slice(0, k).join(" ");
    if (words.every((w, i) => w === words[i % k])) return unit;
  }
  return onceAroundDomain(s);
}
/** A logo's alt text, the site's domain as a link's text, the name again ("Gazette gazette.de Gazette"): the name once. */
export function onceAroundDomain(s: string): string {
  const words = s.split(" ");
  const k = (words.length - 1) / 2;
  if (Number.isInteger(k) && k >= 1 && /^[^.\s]+(?:\.[^.\s]+)*\.\p{L}{2,6}$/u.test(words[k]) && words.slice(0, k).join(" ") === words.slice(k + 1).join(" ")) return words.slice(0, k).join(" ");
  return s;
}


export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

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


export const ALNUM = /[\p{L}\p{N}]/u;
/** Does `hay` hold `needle` with no letter or digit right before or after it? */
export function containsWord(hay: string, needle: string): boolean {
  if (!needle) return false;
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = at > 0 ? hay[at - 1] : " ";
    const after = at + needle.length < hay.length ? hay[at + needle.length] : " ";
    if (!ALNUM.test(before) && !ALNUM.test(after)) return true;
  }
  return false;
}


/** A masthead is a name: a few words, no sentence, no bylines or dates ("by X on May 4"). */
export function mastheadShaped(name: string): boolean {
  if (!nameShaped(name) || name.split(/\s+/).length > 6) return false;
  return !/\d{1,2}[.\s]|\b(?:19|20)\d\d\b/u.test(name) && /^[\p{L}\p{N}]/u.test(name);
}


export const alternation = (words: readonly string[]) => words.map(escapeRe).sort((a, b) => b.length - a.length).join("|");

/** What sites put between a name and its tagline: " - ", " | ", " – ", " — ", ": ". */
export const TAGLINE_SEPARATOR = /\s+[-|–—]\s+|:\s+/u;
