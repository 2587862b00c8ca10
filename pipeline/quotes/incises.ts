// Attribution written inside the quotation marks, as French (and sometimes Italian, Portuguese, English)
// prints it: « Ce processus est la norme, explique Jean Dupont, toxicologue. Les études … » or
// « Je suis inquiet, glisse-t-il en sortant. J’avais un contrat … ». The marks are not closed around the
// attribution, yet the text holds two quotations with one speaker. A comma followed by a reporting verb
// and its subject (a name, an article and a noun, or a pronoun glued to the verb: "affirme-t-elle") that
// runs to a sentence end, with more quoted text after it, splits the span in two: the first part hands
// over to the attribution, the second continues it.
import { cueAt } from "./attribution.ts";
import { isNameToken } from "./mentions.ts";
import type { MarkSpan } from "./spans.ts";
import { tokenize } from "./text.ts";
import { DEFINITE } from "./lexicon/people.ts";

/** Longest attribution inside the marks (characters), up to its sentence end. */
export const MAX_INCISE_CHARS = 160;
/** Characters read after the comma for the cue and its subject. */
const CUE_WINDOW = 60;
const LOWER_START_RE = /^\p{Ll}/u;
const ELIDED_RE = /^[lL]['’]\p{L}/u;

/** Index just past the sentence end that closes an incise starting at `from`, or -1. */
function inciseEnd(p: string, from: number, limit: number): number {
  const stop = Math.min(limit, from + MAX_INCISE_CHARS);
  for (let j = from; j < stop; j++) {
    const c = p[j];
    if (c === "." || c === "!" || c === "?") {
      // The sentence end may sit after emphasis markup ("elle*. Je …"); more quoted text must follow.
      let k = j + 1;
      while (k < limit && /[\s*_]/u.test(p[k])) k++;
      return k > j + 1 && k < limit ? k : -1;
    }
  }
  return -1;
}

/** Is there a reporting verb with its subject right after the comma at `comma`? */
function cueWithSubject(p: string, comma: number): boolean {
  const after = p.slice(comma + 1, comma + 1 + CUE_WINDOW);
  if (!LOWER_START_RE.test(after.trimStart())) return false;
  const ts = tokenize(after);
  const hit = ts.length ? cueAt(ts, 0) : null;
  if (!hit || hit.def.kind !== "verb") return false;
  if (hit.pronoun) return true;
  const next = ts[hit.length];
  return !!next && (isNameToken(next) || DEFINITE.has(next.lower) || ELIDED_RE.test(next.word));
}

/** Splits quotation spans at an attribution written inside their marks. */
export function splitIncises(p: string, spans: MarkSpan[]): MarkSpan[] {
  if (!spans.length) return spans;
  const out: MarkSpan[] = [];
  for (const s of spans) {
    if (s.family === "dash") {
      out.push(s);
      continue;
    }
    let rest = s;
    for (let j = rest.contentStart; j < rest.contentEnd; j++) {
      if (p[j] !== "," || !cueWithSubject(p, j)) continue;
      const end = inciseEnd(p, j + 1, rest.contentEnd);
      if (end < 0) continue;
      out.push({ ...rest, contentEnd: j + 1, close: j + 1, closed: true });
      rest = { ...rest, open: end, contentStart: end };
      j = end;
    }
    out.push(rest);
  }
  return out;
}
