// Attribution patterns, cue side: finds the reporting cue that belongs to a quotation and reads the speaker
// next to it. After the quotation: `"…," X said` / `"…," said X` / `"…," X, the Y, told Reuters` /
// `„…“, so X` / `«…», — сказал X`. Before it: `X said: "…"` / `X said that … "…"` / `According to X, "…"` /
// `…, adding "…"`. Only the sentence the quotation sits in is read.
import { CUE_FIRST_WORDS, CUE_LENGTHS, CUES, INVERTED_PRONOUN_RE, OPINION_PREPS, type CueDef } from "./lexicon/cues.ts";
import { agentAfter, mentionEndingAt, subjectBefore, type Mention } from "./mentions.ts";
import { endsSentence, hasComma, isCapitalised, tokenize, type Token } from "./text.ts";
import { PREPOSITIONS, PRONOUNS } from "./lexicon/people.ts";

export interface Attribution {
  /** The cue as written ("said", "according to", "sagte"). */
  cue: string;
  mention: Mention | null;
  side: "after" | "before";
}

/** How far after a quotation the cue may sit when the quotation itself ended a sentence ("…." he said). */
const MAX_CUE_AFTER_FULL_STOP = 3;
/** How far after a quotation the cue may sit otherwise (room for an appositive). */
const MAX_CUE_AFTER = 30;

interface CueHit {
  index: number;
  length: number;
  phrase: string;
  def: CueDef;
  /** Pronoun glued to the cue ("dit-il"). */
  pronoun?: string;
}

/** The cue starting at token i, longest phrase first. */
export function cueAt(ts: Token[], i: number): CueHit | null {
  if (!CUE_FIRST_WORDS.has(ts[i].lower) && !ts[i].lower.includes("-")) return null;
  // Only the lengths of the cues that start with this word can match (a token's lower-case word has no
  // space, so a phrase of n tokens can only equal a cue of n words starting with that word).
  for (const len of CUE_LENGTHS.get(ts[i].lower) ?? []) {
    if (len > ts.length - i) continue;
    const part = ts.slice(i, i + len);
    if (part.slice(0, -1).some((t) => /[.,;:!?]/.test(t.trail))) continue;
    const phrase = part.map((t) => t.lower).join(" ");
    const def = CUES.get(phrase);
    if (def && (len > 1 || !isCapitalised(ts[i]) || i === 0)) return { index: i, length: len, phrase: part.map((t) => t.word).join(" "), def };
  }
  const inv = INVERTED_PRONOUN_RE.exec(ts[i].lower);
  if (inv && CUES.get(inv[1])?.kind === "verb") return { index: i, length: 1, phrase: inv[1], def: CUES.get(inv[1])!, pronoun: inv[2] };
  return null;
}

const pronounMention = (hit: CueHit, t: Token): Mention => ({ kind: "pronoun", text: hit.pronoun!, role: null, at: t.start });
/**
 * A reporting verb with no subject written ("…», dijo.", "“…”, agregó", "– powiedział."): languages that
 * drop subject pronouns mean the person being talked about. An empty pronoun, resolved like "he".
 */
export const ZERO_PRONOUN = "";
const zeroSubject = (hit: CueHit, t: Token, m: Mention | null): Mention | null =>
  m ?? (hit.def.kind === "verb" ? { kind: "pronoun", text: ZERO_PRONOUN, role: null, at: t.start } : null);

/** Attribution in the words that follow a quotation (up to the end of that sentence). */
export function attributionAfter(segment: string, base: number, quoteEndsSentence: boolean, nextQuoteFollows = false, embedded = false): Attribution | null {
  // `“A.” X said, “B.”`: after a finished quotation, a clause leading into the next one introduces that one.
  if (quoteEndsSentence && nextQuoteFollows && /[,:]\s*$/u.test(segment)) return null;
  // `X es de la idea de que “…”. Sin embargo, Y criticó …`: a quotation built into a sentence of its own
  // ends with it; the next sentence's cue is not its attribution.
  if (embedded && /^[*_\s]*[.!?](?![.!?])/u.test(segment)) return null;
  let ts = tokenize(segment, base);
  const stop = ts.findIndex(endsSentence);
  if (stop >= 0) ts = ts.slice(0, stop + 1);
  const limit = Math.min(ts.length, quoteEndsSentence ? MAX_CUE_AFTER_FULL_STOP : MAX_CUE_AFTER);
  for (let c = 0; c < limit; c++) {
    const hit = cueAt(ts, c);
    if (!hit) continue;
    if ((hit.def.postOnly && c > 0) || hit.def.kind === "participle") continue;
    if (hit.pronoun) return { cue: hit.phrase, mention: pronounMention(hit, ts[c]), side: "after" };
    const after = hit.index + hit.length;
    let mention: Mention | null;
    if (hit.def.kind === "prep" || c === 0) mention = agentAfter(ts, after);
    else {
      mention = subjectBefore(ts, c);
      // "“…”, entre ellas el número de motor, añadió.": a verb after a comma has no subject before it but a
      // name (or nobody: the person talked about); a noun phrase there ends the quoted clause.
      const named = mention && (mention.kind === "person" || mention.kind === "org" || mention.kind === "pronoun");
      if (!named && hasComma(ts[c - 1]) && hit.def.kind === "verb") mention = agentAfter(ts, after);
      else mention ??= hit.def.kind === "verb" ? agentAfter(ts, after) : null;
    }
    return { cue: hit.phrase, mention: zeroSubject(hit, ts[c], mention), side: "after" };
  }
  return null;
}

/**
 * "Y en ese mismo sentido, agregó: “…”", "Dans la foulée, a-t-il …": the lower-case noun phrase before the
 * verb is an adverbial phrase opened by a preposition and closed by a comma, not the verb's subject — the
 * verb has none written (the person talked about).
 */
function adverbialBefore(ts: Token[], cue: number, m: Mention): boolean {
  if (cue < 1 || !hasComma(ts[cue - 1])) return false;
  const start = ts.findIndex((t) => t.start === m.at);
  return start > 0 && PREPOSITIONS.has(ts[start - 1].lower);
}

/** Attribution in the words before a quotation, within its sentence: the last cue there. */
export function attributionBefore(segment: string, base: number): Attribution | null {
  let ts = tokenize(segment, base);
  for (let i = ts.length - 1; i >= 0; i--)
    if (endsSentence(ts[i])) {
      ts = ts.slice(i + 1);
      break;
    }
  const hits: CueHit[] = [];
  for (let i = 0; i < ts.length; i++) {
    const h = cueAt(ts, i);
    if (h && !h.def.postOnly) {
      hits.push(h);
      i += h.length - 1;
    }
  }
  if (!hits.length) return opinionLead(ts);
  // Several cues ("X said that Y concluded …"): the reporting clause nearest the start speaks, unless the
  // last cue is a participle hanging on it or a preposition ("according to").
  const last = hits[hits.length - 1];
  let hit = last;
  if (last.def.kind === "verb") {
    for (const h of hits) {
      if (h.def.kind !== "verb" || h === last) continue;
      const m = h.index > 0 ? subjectBefore(ts, h.index) : null;
      if (m && (m.kind === "person" || m.kind === "org" || m.kind === "pronoun")) {
        hit = h;
        break;
      }
    }
  }
  if (hit.pronoun) return { cue: hit.phrase, mention: pronounMention(hit, ts[hit.index]), side: "before" };
  const after = hit.index + hit.length;
  let mention: Mention | null = null;
  switch (hit.def.kind) {
    case "prep":
      mention = agentAfter(ts, after);
      break;
    case "postp":
      mention = subjectBefore(ts, hit.index);
      break;
    case "participle": {
      // "…, with X warning of": X; "X said that …, warning:": the subject of the main verb.
      const direct = hit.index > 0 ? mentionEndingAt(ts, hit.index - 1, true) : null;
      const main = hits.find((h) => h.def.kind === "verb" && h.index < hit.index);
      if (direct && !hasComma(ts[hit.index - 1]) && (direct.kind === "person" || direct.kind === "org")) mention = direct;
      else if (main) mention = subjectBefore(ts, main.index);
      else mention = subjectBefore(ts, hit.index);
      break;
    }
    default: {
      // "Said X: …" (cue first); otherwise the speaker precedes the cue — or follows it when nothing named
      // does ("Auf die Frage, …, sagte Trump am Montag: „…“", "Ayer, dijo la ministra: “…”").
      let m = hit.index === 0 ? agentAfter(ts, after) : subjectBefore(ts, hit.index);
      if (hit.index > 0 && !(m && (m.kind === "person" || m.kind === "org" || m.kind === "pronoun"))) {
        const inverted = agentAfter(ts, after);
        if (inverted && (inverted.kind === "person" || inverted.kind === "org")) m = inverted;
      }
      if (m?.kind === "unnamed" && adverbialBefore(ts, hit.index, m)) m = null;
      mention = zeroSubject(hit, ts[hit.index], m);
    }
  }
  return { cue: hit.phrase, mention, side: "before" };
}

/**
 * "Pour la toxicologue, « … »", "Para Ingrid Betancourt la solución está en “…”": a sentence that opens
 * with an opinion preposition and a person, an organisation, a role or a pronoun gives the quotation to
 * them. Anything else ("For now, …", "Para el año próximo …") gives nothing.
 */
function opinionLead(ts: Token[]): Attribution | null {
  if (ts.length < 2) return null;
  if (!OPINION_PREPS.has(ts[0].lower)) {
    // Inside the sentence only with a personal pronoun: "l’enseignement est pour lui une vocation : « … »".
    const i = ts.findIndex((t, k) => k > 0 && OPINION_PREPS.has(t.lower) && !!ts[k + 1] && PRONOUNS.get(ts[k + 1].lower) === "person");
    return i > 0 ? { cue: ts[i].word, mention: { kind: "pronoun", text: ts[i + 1].lower, role: null, at: ts[i + 1].start }, side: "before" } : null;
  }
  const m = agentAfter(ts, 1);
  if (!m || !(m.kind === "person" || m.kind === "org" || m.kind === "role" || m.kind === "pronoun")) return null;
  return { cue: ts[0].word, mention: m, side: "before" };
}
