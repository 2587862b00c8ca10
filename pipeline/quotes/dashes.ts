// Dash-introduced direct speech, the way Polish, Russian, Ukrainian, Bulgarian and Spanish print it:
//   "– To jest moment fundamentalny – mówił premier Mateusz Morawiecki."
//   "— Мы готовы к переговорам, — заявил Дмитрий Песков."
//   "—No vamos a parar —dijo la ministra—. Seguiremos adelante."
// A dash opens speech at the start of a paragraph, or after a sentence end or a colon; the speech runs to
// a dash followed by a reporting cue (the attribution), else to the end of the paragraph. Without a
// closing cue it counts only where the paragraph has already introduced a speaker (a cue before it, or an
// attributed dash quotation). A paragraph that starts without a dash but hands over to "– podkreśliła X"
// is speech too. Spans are given as MarkSpan (family "dash"), so the rest of the pipeline reads them like
// quotations in marks.
import { cueAt } from "./attribution.ts";
import type { MarkSpan } from "./spans.ts";
import { tokenize } from "./text.ts";

/** En dash, em dash, horizontal bar: the speech dashes (a hyphen-minus starts Markdown list items). */
const isDash = (c: string | undefined) => c === "–" || c === "—" || c === "―";
const isSpaceChar = (c: string | undefined) => c !== undefined && /\s/u.test(c);
/** Characters after which a dash may open speech inside a paragraph (sentence end, colon). */
const OPENS_AFTER = new Set([".", "!", "?", "…", ":"]);
/** How many words after the closing dash the reporting cue may start ("– deklaruje tymczasem", "– mówi nam"). */
export const MAX_CUE_OFFSET = 2;
/** How far (characters) after a closing dash the cue is looked for: a few words. */
const CUE_WINDOW = 80;
const LETTER_OR_OPENING = /[\p{L}\p{N}"„«“‘'¿¡(]/u;
const LOWER_START = /^[^\p{L}]*\p{Ll}/u;

/** Is there a reporting cue among the first words of s? */
function cueNear(s: string): boolean {
  if (!LOWER_START.test(s)) return false;
  const ts = tokenize(s.slice(0, CUE_WINDOW));
  for (let i = 0; i <= MAX_CUE_OFFSET && i < ts.length; i++) {
    const hit = cueAt(ts, i);
    if (hit && hit.def.kind === "verb") return true;
    if (/[.,;:!?]/u.test(ts[i].trail)) break;
  }
  return false;
}

/**
 * Index of the mark that closes speech opened at `from`: a dash after white space or a comma, then a cue
 * ("– powiedział", "— заявил"); else a comma and a cue, as Scandinavian and Finnish write it ("…, sier hun").
 */
function closingDash(from: number, closers: Closers): number {
  // `from` only grows along a paragraph, so the cursors only move forward (linear overall).
  while (closers.d < closers.dashes.length && closers.dashes[closers.d] < from) closers.d++;
  while (closers.c < closers.commas.length && closers.commas[closers.c] < from) closers.c++;
  return closers.dashes[closers.d] ?? closers.commas[closers.c] ?? -1;
}

/** Every dash and comma of a paragraph that a reporting cue follows, found in one pass, with read cursors. */
interface Closers {
  dashes: number[];
  commas: number[];
  d: number;
  c: number;
}
function closersOf(p: string): Closers {
  const out: Closers = { dashes: [], commas: [], d: 0, c: 0 };
  for (let j = 1; j < p.length; j++) {
    const c = p[j];
    if (c === "," && isSpaceChar(p[j + 1]) && cueNear(p.slice(j + 1, j + 1 + CUE_WINDOW))) out.commas.push(j);
    else if (isDash(c) && (isSpaceChar(p[j - 1]) || p[j - 1] === ",") && cueNear(p.slice(j + 1, j + 1 + CUE_WINDOW))) out.dashes.push(j);
  }
  return out;
}

/** Where the attribution after a closing dash ends: its sentence end, or a dash that resumes the speech ("—dijo—. …"). */
function attributionEnd(p: string, dash: number): { end: number; resumes: boolean } {
  for (let j = dash + 1; j < p.length; j++) {
    const c = p[j];
    if (isDash(c)) return { end: j, resumes: true };
    if (c === "." || c === "!" || c === "?") return { end: j + 1, resumes: false };
  }
  return { end: p.length, resumes: false };
}

const span = (p: string, open: number, contentStart: number, contentEnd: number): MarkSpan => {
  let b = contentEnd;
  while (b > contentStart && isSpaceChar(p[b - 1])) b--;
  return { open, contentStart, contentEnd: b, close: contentEnd, closed: true, family: "dash", mark: p[open] ?? "–" };
};

/** Dash-speech spans of one paragraph, in order. */
export function findDashSpans(p: string): MarkSpan[] {
  // Most paragraphs have no dash at all.
  if (!p.includes("–") && !p.includes("—") && !p.includes("―")) return [];
  const out: MarkSpan[] = [];
  const closers = closersOf(p);
  let lead = 0;
  while (lead < p.length && (isSpaceChar(p[lead]) || p[lead] === ">")) lead++;
  let i = lead;
  let attributed = false;
  // Speech without an opening dash: the paragraph hands over to "– podkreśliła X" before any other dash.
  if (!isDash(p[lead])) {
    const first = p.slice(lead).search(/[–—―]/u);
    if (first > 0) {
      const d = lead + first;
      if ((isSpaceChar(p[d - 1]) || p[d - 1] === ",") && cueNear(p.slice(d + 1, d + 1 + CUE_WINDOW)) && !/["“”„«»「」]/u.test(p.slice(lead, d))) {
        out.push(span(p, lead, lead, d));
        attributed = true;
        const a = attributionEnd(p, d);
        i = a.end;
        if (a.resumes) i = a.end; // the resumed speech opens at this dash
      }
    }
  }
  while (i < p.length) {
    // The next opening dash: at the paragraph start, after a sentence end or colon, or resuming after an attribution.
    let open = -1;
    for (let j = i; j < p.length; j++) {
      if (!isDash(p[j])) continue;
      let k = j - 1;
      while (k >= lead && isSpaceChar(p[k])) k--;
      const atStart = k < lead;
      const afterStop = k >= lead && OPENS_AFTER.has(p[k]) && (isSpaceChar(p[j - 1]) || atStart);
      const resumed = attributed && j === i;
      if (atStart || afterStop || resumed) {
        open = j;
        break;
      }
    }
    if (open < 0) break;
    let cs = open + 1;
    // "—dijo—. Seguiremos": the punctuation that ends the attribution belongs before the resumed speech.
    while (cs < p.length && (isSpaceChar(p[cs]) || p[cs] === "." || p[cs] === ",")) cs++;
    if (cs >= p.length || !LETTER_OR_OPENING.test(p[cs])) {
      i = open + 1;
      continue;
    }
    const close = closingDash(cs, closers);
    if (close >= 0) {
      out.push(span(p, open, cs, close));
      attributed = true;
      const a = attributionEnd(p, close);
      i = a.end;
      continue;
    }
    // No cue closes it: speech to the paragraph's end only where a speaker was introduced before it.
    const before = p.slice(lead, open);
    const introduced = attributed || /:\s*$/u.test(before) || hasCue(before);
    if (introduced) out.push(span(p, open, cs, p.length));
    break;
  }
  return out;
}

/** Does the text hold a reporting verb (the narration that introduces the speech after it)? */
function hasCue(s: string): boolean {
  const ts = tokenize(s);
  for (let i = 0; i < ts.length; i++) {
    const hit = cueAt(ts, i);
    if (hit && (hit.def.kind === "verb" || hit.def.kind === "participle") && !hit.def.postOnly) return true;
  }
  return false;
}
