// Reads the Vietnamese sign-off: the reporter's name alone on the line after the article's last paragraph.
import type { WorkingDoc } from "../../../document.ts";
import { cleanByline } from "./clean.ts";
import { MIN_NAME_WORDS, type Found } from "./shared.ts";
import { vietnameseName } from "./person-name.ts";

/**
 * A Vietnamese article signs off with its reporter's name alone on the line after its last paragraph
 * ("Nguyễn Văn An"): 2–4 capitalised syllables opening with a family name. Only that shape: a name-like
 * line after an article elsewhere is as often a promo, a section label or a bio box's heading.
 */
export function signOff(doc: WorkingDoc, at: number | undefined): Found | null {
  if (at === undefined || doc.lines[at].usedFor) return null;
  const text = cleanByline(doc.lines[at].raw).replace(/^[\s•·*\-–—]+/, "").replace(/\s+/g, " ").trim();
  const words = text.split(" ");
  // (Vietnamese given names are often English function words too, "An", "Do": no stop-word test.)
  if (words.length < MIN_NAME_WORDS || !vietnameseName(words) || /[,;:]$/.test(text)) return null;
  return { names: [text], lines: [at], how: "a name alone signing the article at its end (Vietnamese, family name first)" };
}
