// Attribution in Arabic, Hebrew and Hindi text, where no capital letter marks a name: the words after an
// Arabic or Hebrew reporting verb ("وقال وزير الخارجية سامح شكري إن", "אמר ראש הממשלה יאיר לפיד"), or
// before the Hindi "ने कहा" ("प्रधानमंत्री नरेंद्र मोदी ने कहा"), with titles and descriptions skipped (kept
// as the role) and the name ended by a stop word or punctuation. At most three words are taken for a name.
import { AR_CUES, AR_STOPS, AR_TITLES, HE_CUES, HE_STOPS, HE_TITLES, HI_CUES, HI_ERGATIVE, HI_TITLES } from "./lexicon/caseless.ts";

export interface CaselessAttribution {
  cue: string;
  name: string | null;
  role: string | null;
}

export const CASELESS_RE = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;
const ARABIC_RE = /\p{Script=Arabic}/u;
const HEBREW_RE = /\p{Script=Hebrew}/u;
/** Longest name taken (words). */
const MAX_NAME_WORDS = 3;
/** Words read on each side of the quotation. */
const WINDOW = 14;

const words = (s: string) => s.split(/\s+/u).filter(Boolean);
const PUNCT_END = /[.,:;!?،؛؟“”"«»]$/u;
const clean = (w: string) => w.replace(/^[“”"«»(]+|[.,:;!?،؛؟“”"«»)]+$/gu, "");

/** After a verb-first cue: skip titles (and, in Arabic, words with the article ال), then up to three name words. */
function nameAfter(ws: string[], titles: Set<string>, stops: Set<string>, definite: RegExp): { name: string | null; role: string | null } {
  const role: string[] = [];
  let i = 0;
  while (i < ws.length && role.length < 6 && (titles.has(clean(ws[i])) || definite.test(clean(ws[i])))) {
    role.push(clean(ws[i]));
    if (PUNCT_END.test(ws[i])) return { name: null, role: role.join(" ") || null };
    i++;
  }
  const name: string[] = [];
  for (; i < ws.length && name.length < MAX_NAME_WORDS; i++) {
    const w = clean(ws[i]);
    if (!w || stops.has(w)) break;
    name.push(w);
    if (PUNCT_END.test(ws[i])) break;
  }
  return { name: name.length ? name.join(" ") : null, role: role.length ? role.join(" ") : null };
}

function semitic(pre: string, post: string, cues: Set<string>, titles: Set<string>, stops: Set<string>, definite: RegExp): CaselessAttribution | null {
  // "“…”، قال X." / "“…”, אמר X": the cue right after the quotation.
  const after = words(post).slice(0, WINDOW);
  for (let i = 0; i < Math.min(after.length, 2); i++)
    if (cues.has(clean(after[i]))) return { cue: clean(after[i]), ...nameAfter(after.slice(i + 1), titles, stops, definite) };
  // "وقال X: “…”" / "אמר X: “…”": the last cue of the clause before it.
  const before = words(pre).slice(-WINDOW);
  for (let i = before.length - 1; i >= 0; i--)
    if (cues.has(clean(before[i]))) return { cue: clean(before[i]), ...nameAfter(before.slice(i + 1), titles, stops, definite) };
  return null;
}

function hindi(pre: string, post: string): CaselessAttribution | null {
  // "X ने कहा, “…”" or "“…”, X ने कहा।"
  for (const text of [post.split(/[।.!?]/u)[0] ?? "", pre.split(/[।.!?]/u).pop() ?? ""]) {
    const ws = words(text).slice(0, WINDOW);
    const e = ws.findIndex((w) => clean(w) === HI_ERGATIVE);
    if (e <= 0 || !ws.slice(e + 1, e + 3).some((w) => HI_CUES.has(clean(w)))) continue;
    const head = ws.slice(Math.max(0, e - MAX_NAME_WORDS - 3), e).map(clean).filter(Boolean);
    let t = 0;
    while (t < head.length - 1 && HI_TITLES.has(head[t])) t++;
    const name = head.slice(t).slice(-MAX_NAME_WORDS);
    const cue = ws.slice(e + 1, e + 3).map(clean).find((w) => HI_CUES.has(w))!;
    return { cue, name: name.length ? name.join(" ") : null, role: t ? head.slice(0, t).join(" ") : null };
  }
  return null;
}

/** The attribution of a quotation in Arabic, Hebrew or Hindi text; null when no pattern applies. */
export function caselessAttribution(pre: string, post: string): CaselessAttribution | null {
  const sample = post.slice(0, 30) + pre.slice(-30);
  if (ARABIC_RE.test(sample)) return semitic(pre, post, AR_CUES, AR_TITLES, AR_STOPS, /^(?:ال|وال)\p{L}{2,}$/u);
  if (HEBREW_RE.test(sample)) return semitic(pre, post, HE_CUES, HE_TITLES, HE_STOPS, /^ה\p{L}{3,}$/u);
  return hindi(pre, post);
}
