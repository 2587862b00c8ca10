// Reads a sign-off with a dash: the writer's name after a dash on a line of its own just after the
// article ("– Jane Doe", "— Nadia Rossi", escaped in Markdown as "\- Jane Doe"), as magazines and blogs in
// many languages close a piece. The same shape under a quotation is the quotation's source ("“…” / — Neil
// Gaiman"), and a run of such lines is a list: neither is taken.
import type { WorkingDoc } from "../../../document.ts";
import { isGivenName } from "../../lexicon/given-names.ts";
import { cleanByline } from "./clean.ts";
import type { Found } from "./shared.ts";
import { looksLikePersonName } from "./person-name.ts";

/** Non-blank lines after the article's last paragraph where the sign-off may stand (a source or date line between). */
export const DASH_SIGN_OFF_LINES = 3;
/** A name after the dash: at most this many words. */
const MAX_SIGN_OFF_WORDS = 4;
const DASH_LED = /^\s{0,4}\\?[-–—]\s{1,3}(?=\p{Lu})/u;
/** A line ending on a closing quotation mark: a quotation, whose source the dash line below names. */
const ENDS_QUOTE = /[”»"“«’]\s*[*_]*\s*$/u;

/** `after`: the non-blank lines after the article's end, in order. */
export function dashSignOff(doc: WorkingDoc, after: readonly number[]): Found | null {
  for (let k = 0; k < Math.min(after.length, DASH_SIGN_OFF_LINES); k++) {
    const at = after[k];
    const raw = doc.lines[at].raw;
    if (doc.lines[at].usedFor || !DASH_LED.test(raw)) continue;
    const prev = k > 0 ? doc.lines[after[k - 1]].raw : lineBefore(doc, at);
    const next = after[k + 1] !== undefined ? doc.lines[after[k + 1]].raw : "";
    if (ENDS_QUOTE.test(prev) || DASH_LED.test(prev) || DASH_LED.test(next)) return null;
    const name = cleanByline(raw.replace(DASH_LED, "")).trim();
    const words = name.split(" ");
    if (words.length > MAX_SIGN_OFF_WORDS || !isGivenName(words[0]) || !looksLikePersonName(name)) return null;
    return { names: [name], lines: [at], how: "a name after a dash signing the article just after its end" };
  }
  return null;
}

/** The last non-blank line before `at`. */
function lineBefore(doc: WorkingDoc, at: number): string {
  for (let i = at - 1; i >= 0; i--) if (doc.lines[i].raw.trim()) return doc.lines[i].raw;
  return "";
}
