// Coined name: a first name line above the headline that is one word with a capital inside it after a
// small letter ("KleineGrueneMonster", "FlowFX", "PawsZilla"). Words of a language and a menu's labels
// are not spelt so; a site's coined brand is, and a small site prints it once, as its logo's text,
// with nothing else on the page to back it. A network's or a platform's name ("YouTube") is no site's.
import { SELF_REFERENCE } from "../../lexicon/outlets.ts";

/** One word of letters and digits (a dot or hyphen inside), opening with a capital, with a capital after a small letter inside. */
const INTER_CAPS = /^\p{Lu}[\p{L}\p{N}.-]*\p{Ll}\p{Lu}[\p{L}\p{N}.-]*$/u;
const PLATFORMS = new Set([...SELF_REFERENCE.networks, "youtube", "linkedin", "tiktok", "whatsapp", "github", "paypal", "wordpress", "iphone", "ipad", "javascript", "powerpoint", "playstation"]);

/** Is the text a coined brand name: one InterCaps word ("FlowFX"), not a platform's name? */
export function coinedName(text: string): boolean {
  if (text.length < 4 || text.length > 30 || !INTER_CAPS.test(text)) return false;
  // A language switch run together ("DeEn", "DeEnFr"): every capitalised piece two letters or fewer.
  if (text.split(/(?=\p{Lu})/u).every((piece) => piece.length <= 2)) return false;
  return !PLATFORMS.has(text.toLowerCase());
}
