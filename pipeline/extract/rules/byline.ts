// Finds bylines ("By X and Y", "Von X", "Par X", "Por X", "X, Reuters") in the header zone and keeps
// the person names as `authors` — never outlets, job titles, "staff", emails or photo credits.
import type { Rule } from "../../rules.ts";
import { firstProseIndex } from "../../document.ts";
import { BYLINE_LEADS, NAME_JOINERS, NOT_A_PERSON } from "../lexicon/bylines.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LEAD = new RegExp(`^\\s*(?:${BYLINE_LEADS.map(escape).join("|")})\\s*:?\\s+(.{2,200})$`, "iu");
const JOIN = new RegExp(`\\s*(?:,|;|\\s(?:${NAME_JOINERS.map(escape).join("|")})\\s)\\s*`, "iu");
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|der|de|da|del|di|du|la|le|bin|al|el|ibn|ten|ter)\b)$/u;

/** A person's name: 2–5 words, capitalised (particles allowed), no digits, no organisation words. */
export function looksLikePersonName(s: string): boolean {
  const words = s.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5 || /[\d@/]/.test(s)) return false;
  if (words.some((w) => NOT_A_PERSON.includes(w.toLowerCase().replace(/[.,]$/, "")))) return false;
  return words.every((w) => NAME_WORD.test(w)) && /^\p{Lu}/u.test(words[0]);
}

/** Person names in a byline's text, in order. */
export function namesIn(text: string): string[] {
  const stripped = text.replace(/\([^)]*\)/g, " ").replace(/\S+@\S+/g, " ").replace(/\s+/g, " ").trim();
  return stripped
    .split(JOIN)
    .map((p) => p.replace(/^(?:and|und|et|y|e)\s+/i, "").replace(/[.,;:]+$/, "").trim())
    .filter(looksLikePersonName);
}

/** Is this line a byline (and not, say, a sentence starting with "By")? */
export function isBylineLine(text: string): boolean {
  const m = LEAD.exec(text.trim());
  return !!m && m[1].split(/\s+/).length <= 12 && namesIn(m[1]).length > 0;
}

export const byline: Rule = {
  id: "byline",
  description: "Reads person names from 'By X and Y'-style bylines above the article into authors.",
  apply(ctx) {
    const stop = firstProseIndex(ctx.doc);
    for (let i = 0; i < stop; i++) {
      const l = ctx.doc.lines[i];
      if (l.removedBy) continue;
      const m = LEAD.exec(l.text.trim());
      if (!m || !isBylineLine(l.text)) continue;
      for (const name of namesIn(m[1])) if (!ctx.doc.captured.authors.includes(name)) ctx.capture("authors", name, "name in byline", [i]);
      ctx.use("authors", [i], "byline");
    }
  },
};
