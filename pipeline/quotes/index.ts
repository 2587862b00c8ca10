// Quotes: finds the direct quotations in an article's final body and who said them. Pure: the same
// article always gives the same rows. Steps: quote-mark spans per paragraph (spans.ts), joined across
// paragraphs for multi-paragraph quotations; length and title filters; the reporting cue and speaker
// in the quotation's sentence (attribution.ts, mentions.ts); pronouns, roles and surnames resolved to
// the person meant (resolve.ts, surnames.ts). A quotation without its own cue continues the previous
// quotation of the paragraph, or the last speaker of the paragraph before.
import { roleShaped } from "./role-shape.ts";
import type { Article } from "../../schemas/article.ts";
import { LONG_WORD_LANGUAGES, MIN_QUOTE_WORDS, MIN_QUOTE_WORDS_LONG_WORDS, type Quote } from "../../schemas/quote.ts";
import { attributionAfter, attributionBefore, cueAt, ZERO_PRONOUN, type Attribution } from "./attribution.ts";
import { articleWordsOf, definiteRoleAfter, isNameToken, mayNameOrg, mentionEndingAt, nameMention, roleWordsBefore, runStartingAt, subjectBefore, useArticleWords, type Mention } from "./mentions.ts";
import { codePointIndexer } from "./offsets.ts";
import { DEFINITE, INDEFINITE, ORG_WORDS, PREPOSITIONS, PRONOUNS, SENTENCE_OPENERS } from "./lexicon/people.ts";
import { Resolver, type Resolved } from "./resolve.ts";
import { CASELESS_RE, caselessAttribution, type CaselessAttribution } from "./caseless.ts";
import { CJK_RE, cjkAttribution, type CjkAttribution } from "./cjk.ts";
import { isContinuationCue, MAX_CONTINUED_PARAGRAPHS } from "./continuation.ts";
import { findDashSpans } from "./dashes.ts";
import { isOfficeNoun } from "./office-noun.ts";
import { headlineNames } from "./headline-names.ts";
import { agreeingPersonInParagraph } from "./pronoun-gender.ts";
import { personOfRoleGender, roleGender } from "./role-gender.ts";
import { bareHeadingSpeaker, headingSpeaker } from "./headings.ts";
import { splitIncises } from "./incises.ts";
import { chooseSpeaker, SpeakerRanker, type RulesVia, type SpeakerCandidate, type SpeakerModel } from "./speaker-ranker.ts";
import { findMarkSpans, type MarkSpan } from "./spans.ts";
import { indexNames } from "./surnames.ts";
import { countQuoteWords, endsSentence, hasComma, isLowerWord, tokenize, type Token } from "./text.ts";
import { countSpaced } from "../text/normalize.ts";

/** Share of capitalised words above which a quoted phrase is a title ("The Lord of the Rings"), not speech. */
export const TITLE_CASE_SHARE = 0.7;
/** Most words between two quotations for the second to continue the first without a cue of its own. */
export const MAX_CONTINUATION_GAP_WORDS = 6;
/** Longest paragraph (words) that may be a headline when it lacks a sentence end. */
export const MAX_HEADLINE_WORDS = 30;
/** Characters on each side of a quotation that tell whether its attribution is written in CJK script. */
export const CJK_SAMPLE = 12;
/** Characters on each side of a quotation read for an Arabic, Hebrew or Hindi attribution. */
export const CASELESS_WINDOW = 300;
const caselessToCjk = (a: CaselessAttribution | null): CjkAttribution | null => (a ? { ...a, pronoun: a.pronoun ?? false } : null);
/** Shortest sentence (words) whose subject may be an antecedent. */
export const MIN_SUBJECT_SENTENCE_WORDS = 3;

type ArticleInput = Pick<Article, "id" | "body" | "language"> & Partial<Pick<Article, "title" | "subtitle">>;

interface Piece {
  para: number;
  span: MarkSpan;
}

interface Found {
  pieces: Piece[];
  /** Absolute UTF-16 offsets of the quoted text (trimmed). */
  start: number;
  end: number;
  text: string;
}

const IMAGE_RE = /!\[[^\]\n]{0,1000}\]\([^)\n]{0,2000}\)/gu;
const LINK_TARGET_RE = /\]\([^)\s]{0,2000}(?:\s"[^"\n]{0,500}")?\)/gu;
// Unicode-property patterns compiled once: a literal inside a function is rebuilt on every call once transpiled.
const LETTER_RE = /\p{L}/u;
const SHORT_LOWER_RE = /^\p{Ll}{1,3}$/u;
const CAPITALISED_RE = /^[^\p{L}]*\p{Lu}/u;

/** Blanks Markdown image and link-target syntax (same length, so offsets hold). */
function maskMarkup(p: string): string {
  // Both patterns need "](": most paragraphs have none and are returned as they are.
  if (!p.includes("](")) return p;
  const blank = (m: string) => " ".repeat(m.length);
  return p.replace(IMAGE_RE, blank).replace(LINK_TARGET_RE, blank);
}

/** Titles capitalise their content words; short lower-case function words ("of", "the") do not count. */
const isTitleLike = (s: string): boolean => {
  const t = s.trim().replace(/\.$/u, "");
  if (/[!?,;]/u.test(t) || /[.]\s/u.test(t)) return false;
  const ws = t.split(/\s+/u).filter((w) => LETTER_RE.test(w) && !SHORT_LOWER_RE.test(w));
  const caps = ws.filter((w) => CAPITALISED_RE.test(w)).length;
  return ws.length > 0 && caps / ws.length >= TITLE_CASE_SHARE;
};

/**
 * A paragraph that does not end like a sentence and is short is a headline or teaser (related-story
 * lists left in the body), whose quoted bits are not the article's quotations.
 */
const isHeadline = (p: string): boolean => {
  const t = p.trim();
  if (countSpaced(t) > MAX_HEADLINE_WORDS || /[.!?…:;)\]。！？।؟][\s\u00a0\u202f"'”’»“«‘」』*_]{0,6}$/u.test(t)) return false;
  // A paragraph that is one quotation from mark to mark is a pull quote, not a headline.
  return !(/^["“„«»「『‘]/u.test(t) && /["”“»«」』’]$/u.test(t));
};

/** Trims the quoted text: white space, and the comma that hands over to the attribution. */
function trimContent(p: string, s: MarkSpan): [number, number] {
  let a = s.contentStart;
  let b = s.contentEnd;
  while (a < b && /\s/u.test(p[a])) a++;
  while (b > a && /[\s,]/u.test(p[b - 1])) b--;
  return [a, b];
}

/** Mark spans and dash-speech spans of a paragraph; marks nested in dash speech belong to it. */
function withDashSpans(p: string, marks: MarkSpan[]): MarkSpan[] {
  const dashes = findDashSpans(p).filter((d) => !marks.some((m) => d.open >= m.open && d.open < m.close));
  if (!dashes.length) return marks;
  const outside = marks.filter((m) => !dashes.some((d) => m.open >= d.contentStart && m.open < d.close));
  return [...outside, ...dashes].sort((a, b) => a.open - b.open);
}

function collectSpans(paras: string[], masked: string[], paraStart: number[]): Found[] {
  const perPara = masked.map((p) => (/^\s{0,3}#/u.test(p) ? [] : withDashSpans(p, splitIncises(p, findMarkSpans(p)))));
  const out: Found[] = [];
  for (let k = 0; k < paras.length; k++) {
    for (let j = 0; j < perPara[k].length; j++) {
      const pieces: Piece[] = [{ para: k, span: perPara[k][j] }];
      // Multi-paragraph quotation: left open at the paragraph's end, re-opened at the next one's start.
      let last = pieces[0];
      let isLast = j === perPara[k].length - 1;
      while (!last.span.closed && isLast && last.para + 1 < paras.length) {
        const np = last.para + 1;
        const next = perPara[np][0];
        if (!next || next.family !== last.span.family || /\S/u.test(masked[np].slice(0, next.open).replace(/^[>\-*\s]+/u, ""))) break;
        perPara[np].shift();
        last = { para: np, span: next };
        pieces.push(last);
        isLast = perPara[np].length === 0;
      }
      const texts = pieces.map(({ para, span }) => {
        const [a, b] = trimContent(paras[para], span);
        return { para, a, b, t: paras[para].slice(a, b) };
      });
      const first = texts[0];
      const lastT = texts[texts.length - 1];
      out.push({ pieces, start: paraStart[first.para] + first.a, end: paraStart[lastT.para] + lastT.b, text: texts.map((x) => x.t).join("\n\n") });
    }
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** How far into a sentence its subject may start ("Por su parte, Luis Pérez, …", "La candidata Ingrid Betancourt …"). */
export const MAX_SUBJECT_START = 6;
/** Words after an opening phrase closed by a comma in which the subject may start. */
export const MAX_SUBJECT_AFTER_PHRASE = 3;
/** Longest sentence start (words) read for a subject past an opening phrase. */
export const MAX_OPENING_PHRASE = 14;

/**
 * The person or organisation a sentence is about: its first name, when only an introductory phrase
 * closed by a comma, or determiners and lower-case role words, come before it — not a name after a
 * preposition ("en entrevista con Cooperativa").
 */
function sentenceSubject(sent: Token[]): Mention | null {
  // Inside a phrase opened by a preposition ("In his initial Instagram announcement") until its comma.
  let inPhrase = false;
  let limit = MAX_SUBJECT_START;
  for (let i = 0; i < Math.min(sent.length, limit); i++) {
    const t = sent[i];
    const prev = sent[i - 1];
    if (PREPOSITIONS.has(t.lower)) inPhrase = true;
    if (!isNameToken(t) || inPhrase) {
      // "Durante la misma entrevista de ayer, Delgado …": the subject may follow a longer opening phrase.
      if (hasComma(t)) {
        if (inPhrase) limit = Math.min(Math.max(limit, i + 1 + MAX_SUBJECT_AFTER_PHRASE), MAX_OPENING_PHRASE);
        inPhrase = false;
      }
      continue;
    }
    const run = runStartingAt(sent, i);
    // "one Weibo commenter", "the Reuters reporter": a name modifying the noun after it is not the subject.
    const after = sent[i + run.length];
    if (prev && (DEFINITE.has(prev.lower) || INDEFINITE.has(prev.lower)) && after && isLowerWord(after) && !hasComma(run[run.length - 1] ?? t)) return null;
    // "die Kirche", "das Land": one capitalised word after an article is a (German) noun, not a person.
    if (prev && DEFINITE.has(prev.lower) && run.length === 1 && !mayNameOrg(run)) continue;
    const m = run.length ? nameMention(run, roleWordsBefore(sent, i)) : null;
    if (m && (m.kind === "person" || m.kind === "org")) return m;
    // A capitalised word that is no name (an opening adverb or preposition) does not end the search.
    i += Math.max(run.length, 1) - 1;
  }
  return null;
}

/**
 * A definite role opening a sentence, or following an opening phrase closed by a comma: "El ministro de
 * Defensa dijo …", "En ese marco, el funcionario policial ha garantizado …". Not an organisation noun.
 */
function roleSubject(sent: Token[]): Mention | null {
  let i = 0;
  if (!DEFINITE.has(sent[0].lower)) {
    const comma = sent.findIndex((t) => hasComma(t));
    if (comma < 0 || comma + 1 >= MAX_OPENING_PHRASE || !PREPOSITIONS.has(sent[0].lower) && !SENTENCE_OPENERS.has(sent[0].lower)) return null;
    i = comma + 1;
  }
  if (!sent[i] || !DEFINITE.has(sent[i].lower)) return null;
  const m = definiteRoleAfter(sent, i);
  const head = m?.text.split(" ")[0].toLowerCase() ?? "";
  // Only a noun for a person's office or trade ("ministro", "funcionario", "toxicologue"), not "el asunto".
  if (!m || m.kind !== "role" || !isOfficeNoun(head)) return null;
  return m;
}

/** Headings labelling a speaker with a colon that make an article a series of answers (vox pops, round-ups). */
export const MIN_LABELLED_HEADINGS = 2;

/** Longest speaker label before a colon ("Bruce Boudreau:", "Premier Pravind Jugnauth:"), in words. */
export const MAX_LABEL_WORDS = 6;

/**
 * A speaker introduced by a colon, in the quotation's own paragraph or on the line before it, as
 * interviews and sports and business pages print them: `Bruce Boudreau: "…"`. Only a label that is a
 * name (and its title) and nothing else counts.
 */
function colonSpeaker(text: string, base: number): Mention | null {
  const t = text.trim();
  if (!t.endsWith(":") || t.length > 120) return null;
  const ts = tokenize(text, base);
  if (!ts.length || ts.length > MAX_LABEL_WORDS || !ts.every((x, i) => isNameToken(x) || (i > 0 && !LETTER_RE.test(x.word[0] ?? "")))) return null;
  const run = runStartingAt(ts, 0);
  if (run.length !== ts.length) return null;
  const m = nameMention(run, []);
  return m && (m.kind === "person" || m.kind === "org") ? m : null;
}

/** What precedes a name that opens a sentence: the paragraph start (empty), or a full stop and a space. */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”»’]?\s+)[*_]*$/u;

/** Third-person plural endings of reporting verbs (Spanish, Portuguese, Polish, Russian, Ukrainian): dijeron, disseram, powiedzieli, заявили. */
const PLURAL_CUE_RE = /(?:aron|ieron|eron|aram|eram|iram|li|ły|ли)$/u;

const QUOTED_ACRONYM_RE = /^\p{Lu}{2,5}$/u;

/** Relative pronouns for persons that open a clause whose subject is the name before them. */
const RELATIVE_WHO = new Set(["quien", "who", "qui", "quem", "chi", "który", "która", "который", "которая"]);

/** Subjects of reporting verbs and of sentences outside quotations: the antecedents for "he", "the official". */
function addSubjects(resolver: Resolver, tokens: Token[][]): void {
  tokens.forEach((ts, k) => {
    let s = 0;
    for (let i = 0; i <= ts.length; i++) {
      if (i < ts.length && !endsSentence(ts[i])) continue;
      const sent = ts.slice(s, i + 1);
      s = i + 1;
      // Only running prose names antecedents (not "Advertisement", "Image copyright @X" leftovers).
      if (sent.length < MIN_SUBJECT_SENTENCE_WORDS || !sent.some(isLowerWord)) continue;
      const subject = sentenceSubject(sent);
      if (subject) resolver.addMention(subject, k);
      else {
        // "O titular da Defesa respondeu …", "el funcionario policial ha garantizado …": a role as subject is
        // the person it points to, and carries that role for later mentions ("señaló el funcionario").
        const role = roleSubject(sent);
        const r = role ? resolver.resolve(role, k) : null;
        if (role && r?.speaker && r.kind === "person") resolver.add({ at: role.at, para: k, kind: "person", name: r.speaker, role: role.role, speaker: false });
      }
      for (let c = 1; c < sent.length; c++) {
        // "…, Tomás Hirsch, quien ya tomó distancia": a name whose relative clause makes it a subject.
        if (RELATIVE_WHO.has(sent[c].lower) && hasComma(sent[c - 1]) && isNameToken(sent[c - 1])) {
          const m = mentionEndingAt(sent, c - 1, true);
          if (m?.kind === "person") resolver.addMention(m, k);
        }
        // Organisations anywhere in the sentence can be what "they" or "the statement" refers to.
        if (isNameToken(sent[c]) && (!isNameToken(sent[c - 1]) || /[,;:)]/u.test(sent[c - 1].trail))) {
          const run = runStartingAt(sent, c);
          const m = run.length && mayNameOrg(run) ? nameMention(run, []) : null;
          // Not a modifier of an organisation noun ("the US military", "the French foreign ministry").
          const next = sent[c + run.length];
          const modifier = next && isLowerWord(next) && ORG_WORDS.has(next.lower);
          // ("en la Corte", "parte de la ONU": after a preposition, an object rather than who speaks)
          const before = sent[c - 1] && DEFINITE.has(sent[c - 1].lower) ? sent[c - 2] : sent[c - 1];
          const object = !!before && !hasComma(before) && PREPOSITIONS.has(before.lower);
          if (m?.kind === "org" && !modifier) resolver.addMention(m, k, false, false, object);
        }
        const hit = cueAt(sent, c);
        if (!hit || hit.def.postOnly || hit.def.kind !== "verb") continue;
        const m = subjectBefore(sent, c);
        if (m) resolver.addMention(m, k, false, true);
        c += hit.length - 1;
      }
    }
  });
}

/**
 * How a quotation's speaker was decided, for the audit table: the rule that named it (`via`), or why it
 * stayed null, in words.
 */
export interface SpeakerDecision {
  quote_id: string;
  /** First and last paragraph of the quotation (indices into the body's paragraphs). */
  paragraph: number;
  lastParagraph: number;
  via: string;
  reason: string;
}

export interface QuoteOptions {
  /** A speaker ranker to run over each quotation's candidates (the rules decide without one). */
  model?: SpeakerModel | null;
  /** Called with each quotation's ranker candidates (training: scripts/train-speaker-model.ts). */
  onCandidates?: (quote: Quote, candidates: SpeakerCandidate[]) => void;
  /** Filled with one decision per quotation, in order. */
  decisions?: SpeakerDecision[];
}

export function extractQuotes(article: ArticleInput, options: QuoteOptions = {}): Quote[] {
  try {
    return quotesOf(article, options);
  } finally {
    useArticleWords(null);
  }
}

function quotesOf(article: ArticleInput, options: QuoteOptions): Quote[] {
  const body = article.body;
  if (!body) return [];
  const paras = body.split("\n\n");
  const paraStart: number[] = [];
  let off = 0;
  for (const p of paras) {
    paraStart.push(off);
    off += p.length + 2;
  }
  const masked = paras.map(maskMarkup);
  const allSpans = collectSpans(paras, masked, paraStart);
  const seen = new Set<string>();
  const minWords = LONG_WORD_LANGUAGES.has(article.language ?? "") ? MIN_QUOTE_WORDS_LONG_WORDS : MIN_QUOTE_WORDS;
  const found = allSpans.filter((f) => {
    if (countQuoteWords(f.text) < minWords || isTitleLike(f.text) || isHeadline(paras[f.pieces[f.pieces.length - 1].para])) return false;
    // The same words printed twice (pull quote, repeated teaser) are one quotation.
    if (seen.has(f.text)) return false;
    seen.add(f.text);
    return true;
  });
  if (!found.length) return [];
  // Paragraphs with every quotation blanked: names and subjects are read from the narration only.
  const byPara = new Map<number, MarkSpan[]>();
  for (const f of allSpans) for (const pc of f.pieces) (byPara.get(pc.para) ?? byPara.set(pc.para, []).get(pc.para)!).push(pc.span);
  const blanked = masked.map((p, k) => {
    const spans = byPara.get(k);
    if (!spans) return p;
    let s = "";
    let at = 0;
    for (const sp of spans) {
      // A quoted acronym is a nickname the narration goes on about ("“JOH” contestó …"): it stays.
      if (QUOTED_ACRONYM_RE.test(p.slice(sp.contentStart, sp.contentEnd))) continue;
      s += p.slice(at, sp.contentStart) + " ".repeat(sp.contentEnd - sp.contentStart);
      at = sp.contentEnd;
    }
    return s + p.slice(at);
  });
  const tokens = blanked.map((p, k) => tokenize(p, paraStart[k]));
  useArticleWords({ ...articleWordsOf(tokens, blanked, paraStart), language: article.language });
  const names = indexNames(tokens);
  const resolver = new Resolver(names, headlineNames(article.title, article.subtitle));
  addSubjects(resolver, tokens);

  /**
   * The person named in [from, at) most likely to be the one talked about: known by a full name or a role,
   * not the object of a preposition; the later of equals.
   */
  // The nearest person named at the start of a sentence of the paragraph before `at` ("Omar asked for …"),
  // read as written after the paragraph's full names (a one-word subject there is not otherwise trusted).
  const openingPersonBefore = (at: number, from: number, para: number): Resolved | null => {
    for (let i = names.length - 1; i >= 0; i--) {
      const n = names[i];
      if (n.at >= at) continue;
      if (n.at < from) break;
      if (n.kind !== "person" || n.object || n.afterArticle || !SENTENCE_START_BEFORE.test(body.slice(Math.max(from, n.at - 4), n.at))) continue;
      return resolver.resolve({ kind: "person", text: n.name, role: n.role, at: n.at }, para);
    }
    return null;
  };
  const personBefore = (at: number, from: number, para: number): Resolved | null => {
    let best: Resolved | null = null;
    let bestScore = 0;
    for (let i = names.length - 1; i >= 0; i--) {
      const n = names[i];
      if (n.at >= at) continue;
      if (n.at < from) break;
      // (a name after an organisation noun, "del movimiento Salvación Nacional", names the organisation)
      if (n.kind !== "person" || (n.role && ORG_WORDS.has(n.role.split(" ").pop()!.toLowerCase()))) continue;
      const r = resolver.resolve({ kind: "person", text: n.name, role: n.role, at: n.at }, para);
      if (!r.speaker) continue;
      const score = (r.speaker.includes(" ") ? 1 : 0) + (r.role ? 1 : 0) - (n.object || n.afterArticle ? 2 : 0);
      if (score > bestScore) [best, bestScore] = [r, score];
    }
    return best;
  };

  /** The last person named in [from, at) with a full name and a role given with it (not after a preposition). */
  const titledBefore = (at: number, from: number, para: number): Resolved | null => {
    const r = personBefore(at, from, para);
    return r && r.role && r.speaker?.includes(" ") ? r : null;
  };

  // Is the article a series of answers, its headings labelling speakers with a colon? (read once, when asked)
  let series: boolean | null = null;
  const labelledSeries = (): boolean => (series ??= paras.filter((x) => x.length < 200 && headingSpeaker(x)).length >= MIN_LABELLED_HEADINGS);
  const cp = codePointIndexer(body);
  const quotes: Quote[] = [];
  const ranker = options.model || options.onCandidates ? new SpeakerRanker(names, resolver) : null;
  // Kept quotations delimit each other's attribution text; short quoted bits stay part of the narration.
  const keptByPara = new Map<number, MarkSpan[]>();
  for (const f of found) for (const pc of f.pieces) (keptByPara.get(pc.para) ?? keptByPara.set(pc.para, []).get(pc.para)!).push(pc.span);
  let prev: { speaker: string | null; role: string | null; kind: "person" | "org" | null; document: boolean; cue: string | null; lastPara: number; close: number } | null = null;
  for (const f of found) {
    const first = f.pieces[0];
    const last = f.pieces[f.pieces.length - 1];
    const k = first.para;
    const p = masked[k];
    const before = (keptByPara.get(k) ?? []).filter((s) => s.close <= first.span.open).pop();
    const after = (keptByPara.get(last.para) ?? []).find((s) => s.open >= last.span.close);
    const lp = masked[last.para];
    let postSeg = lp.slice(last.span.close, after ? after.open : lp.length);
    let postBase = paraStart[last.para] + last.span.close;
    // A quotation that ends its paragraph may have its "X said." pushed into the next one (split paragraphs).
    // Did the quotation hand over to an attribution ("…," / "…?" / "…—")? Read before trimming the comma.
    const rawEnd = lp.slice(last.span.contentStart, last.span.contentEnd).trimEnd();
    const handOverMark = /[,!?…—–-]$/u.test(rawEnd);
    const np = masked[last.para + 1];
    const spilled = !/\S/u.test(postSeg) && !after && last.span.closed && handOverMark && !!np && !/^\s*["“„«»「『‘]/u.test(np);
    if (spilled) {
      postSeg = np;
      postBase = paraStart[last.para + 1];
    }
    const preStart = before ? before.close : 0;
    const preSeg = p.slice(preStart, first.span.open);
    const endsWithStop = /\.\s*$/u.test(f.text) && !/\.\.\.\s*$/u.test(f.text);
    const endsFinished = /[.!?]\s*$/u.test(f.text);
    const embedded = LETTER_RE.test(preSeg.split(/[.!?]\s/u).pop() ?? "");
    const post = attributionAfter(postSeg, postBase, endsWithStop || spilled, !!after && endsFinished, embedded);
    const pre = attributionBefore(preSeg, paraStart[k] + preStart);
    // A quotation that hands over to its attribution ("…," X said) takes the cue after it; one built into
    // a sentence ("X said the move was “…” at the time, adding …") takes the reporting clause before it.
    const handsOver = handOverMark || endsWithStop || /^\s*[,—–-]/u.test(postSeg);
    const attr: Attribution | null =
      post?.mention && (handsOver || !pre?.mention) ? post : pre?.mention ? pre : (post ?? pre);
    // Text since the previous quotation: nothing, or only its attribution ("…," Mahut said. "…").
    const sincePrev = prev ? body.slice(prev.close, paraStart[k] + first.span.open) : "";
    const followsPrev = !!prev && (prev.lastPara === k || prev.lastPara === k - 1) && tokenize(sincePrev).length <= MAX_CONTINUATION_GAP_WORDS;

    let speaker: string | null = null;
    let role: string | null = null;
    // (person or organisation, when the rule that named the speaker knows: a continuation keeps it)
    let speakerKind: "person" | "org" | null = null;
    // (quoted from a document whose issuer is not named: what continues it stays without a speaker)
    let fromDocument = false;
    let cue: string | null = attr?.cue ?? null;
    // For the audit: the rule that decided, and why the speaker is what it is.
    const dash = first.span.family === "dash" ? "dash-" : "";
    let via = attr ? `${dash}cue-${attr.side}` : "none";
    let reason = attr ? `reporting cue "${attr.cue}" ${attr.side} the quotation` : "no reporting cue, colon label or heading";
    // (a cue whose speaker is a pronoun, a role or a verb without a subject, resolved to someone named elsewhere)
    let resolvedMention = false;
    let mention: Mention | null = attr?.mention ?? colonSpeaker(preSeg, paraStart[k] + preStart) ?? (LETTER_RE.test(preSeg) ? null : colonSpeaker(paras[k - 1] ?? "", paraStart[k - 1] ?? 0));
    // A quotation paragraph without a cue under a heading that names who speaks ("KARLA RUIZ: …").
    const underHeading = !mention && !attr && !LETTER_RE.test(preSeg) && first.span.open === p.search(/\S/u);
    // (a heading without a colon counts only in a series of headings that label their speakers with one)
    const heading = underHeading ? (headingSpeaker(paras[k - 1]) ?? (labelledSeries() ? bareHeadingSpeaker(paras[k - 1]) : null)) : null;
    if (heading) mention = { kind: "person", text: heading, role: null, at: paraStart[k - 1] };
    if (!attr?.mention && mention) [via, reason] = heading ? ["heading", "heading above the quotation names the speaker"] : ["colon-label", "name label closed by a colon before the quotation"];
    // Chinese, Japanese and Korean attributions have no capitals or spaces to read: patterns of their own.
    const near = postSeg.slice(0, CJK_SAMPLE) + preSeg.slice(-CJK_SAMPLE);
    // (Arabic, Hebrew and Hindi likewise, when the token patterns found no speaker)
    const cjk = CJK_RE.test(near)
      ? cjkAttribution(preSeg, postSeg)
      : !mention?.text && CASELESS_RE.test(near)
        ? caselessToCjk(caselessAttribution(preSeg.slice(-CASELESS_WINDOW), postSeg.slice(0, CASELESS_WINDOW)))
        : null;
    if (cjk) {
      cue = cjk.cue;
      mention = null;
      via = CJK_RE.test(near) ? "cjk" : "caseless";
    }
    if (cjk?.name) {
      speaker = cjk.name;
      role = cjk.role;
      reason = `name next to the cue "${cjk.cue}" (pattern for scripts without capitals)`;
    } else if (cjk?.pronoun) {
      if (prev?.speaker) ({ speaker, role } = prev);
      reason = prev?.speaker ? `pronoun with the cue "${cjk.cue}": the previous quotation's speaker` : `pronoun with the cue "${cjk.cue}" and no previous speaker`;
    } else if (cjk) {
      role = cjk.role;
      reason = `cue "${cjk.cue ?? ""}" without a name (scripts without capitals)`;
    } else if (mention) {
      // A verb without a subject means the person the paragraph is about: the last one named before the
      // quotation in it (by a full name, a title or a role), else the antecedent a pronoun would take.
      const at = paraStart[k] + first.span.open;
      // A plural verb without a subject ("…”, explicaron a Clarín") is a group: an organisation named in this
      // paragraph or the one before, else nobody — never the last person.
      const plural = mention.kind === "pronoun" && mention.text === ZERO_PRONOUN && PLURAL_CUE_RE.test(cue ?? "");
      // "“…”, añadió." in a paragraph that names nobody before it: the person quoted just before goes on.
      // (a document quoted without an issuer goes on too, still without one: "…”, cita el documento. … agrega:")
      const continued: Resolved | null =
        !plural && prev && (prev.speaker || prev.document) && isContinuationCue(cue) && k - prev.lastPara <= MAX_CONTINUED_PARAGRAPHS
          ? { speaker: prev.speaker, role: prev.role, kind: prev.kind }
          : null;
      const isZero = mention.kind === "pronoun" && mention.text === ZERO_PRONOUN;
      const named: Resolved | null = isZero && !plural ? (resolver.subjectIn(at, k) ?? personBefore(at, paraStart[k], k)) : null;
      const continuing: boolean = isZero && !named && !!continued;
      fromDocument = mention.kind === "document" || (continuing && !continued?.speaker);
      const zero: Resolved | null = plural
        ? (resolver.orgNear(at, k) ?? { speaker: null, role: null, kind: null })
        : isZero
          ? (named ?? continued)
          : // "Omar asked for … She added, “…”": a person pronoun takes the subject its paragraph names before
            // the quotation, even by one word; "sagte sie" in a paragraph that names nobody as subject takes
            // the person named there.
            mention.kind === "pronoun" && PRONOUNS.get(mention.text) === "person"
            ? resolver.subjectIn(at, k)
              ? openingPersonBefore(at, paraStart[k], k)
              : personBefore(at, paraStart[k], k)
            : null;
      let r: Resolved = zero ?? resolver.resolve(mention, k);
      // "« … », soupire-t-elle" when the antecedent found is a man: the woman this paragraph names instead.
      const agreeing = mention.kind === "pronoun" ? agreeingPersonInParagraph(mention.text, r.speaker, names, paraStart[k], at) : null;
      if (agreeing) r = resolver.resolve({ kind: "person", text: agreeing.name, role: agreeing.role, at: agreeing.at }, k);
      // "apuntó la vicepresidenta" resolved to a man: the nearest woman named before it in the article, who
      // holds no other office (and the other way round).
      const roleWoman =
        mention.kind === "role"
          ? personOfRoleGender(
              roleGender(body.slice(mention.at, mention.at + 12)) ?? roleGender(/(\p{L}+)\s+$/u.exec(body.slice(Math.max(0, mention.at - 8), mention.at))?.[1] ?? ""),
              mention.role ?? mention.text,
              r.speaker,
              names,
              0,
              at,
            )
          : null;
      if (roleWoman) r = { ...resolver.resolve({ kind: "person", text: roleWoman.name, role: roleWoman.role, at: roleWoman.at }, k), role: r.role };
      resolvedMention = mention.kind !== "person" && mention.kind !== "org";
      speaker = r.speaker;
      role = r.role;
      speakerKind = r.kind;
      const how =
        mention.kind === "pronoun" && mention.text === ZERO_PRONOUN
          ? continuing ? "a continuation verb without a subject: the person quoted just before goes on"
          : plural ? "a plural verb without a subject: an organisation named nearby" : "a verb without a subject: the person the paragraph is about"
          : roleWoman ? `the role "${mention.text}" resolved to the nearest person named before it with the gender its article gives`
          : agreeing ? `the pronoun "${mention.text}" resolved to the person its paragraph names with the pronoun's gender`
          : mention.kind === "pronoun" ? `the pronoun "${mention.text}" resolved to its antecedent`
            : mention.kind === "role" ? `the role "${mention.text}" resolved to the person who holds it`
              : mention.kind === "person" || mention.kind === "org" ? "the name written there"
                : `a ${mention.kind} mention`;
      reason += r.speaker ? `; speaker: ${how}` : `; no speaker: ${how} found nobody`;
      if (r.speaker) resolver.add({ at: paraStart[k] + first.span.open, para: last.para, kind: r.kind ?? "person", name: r.speaker, role: r.role, speaker: true });
    } else if (prev && (prev.lastPara === k || followsPrev)) {
      // A quotation without its own cue continues the previous one (broken quotation, or next paragraph),
      // unless the narration since then made someone else its subject ("… Benioff, who … : “…”").
      // (a quotation opening its paragraph also looks at the narration paragraph before it: "Economist Linda
      // Price sees a wider problem." then "“…”")
      const openAt: number = paraStart[k] + first.span.open;
      const other: Resolved | null = resolver.subjectIn(openAt, k, prev.close) ?? (!LETTER_RE.test(preSeg) && prev.lastPara < k - 1 ? resolver.subjectIn(openAt, k - 1, prev.close) : null);
      // (only a full name is trusted to take over: a lone capitalised word may be a noun, "Medien")
      if (other?.speaker && other.speaker.includes(" ") && other.speaker !== prev.speaker) {
        ({ speaker, role } = other);
        [via, reason] = ["narration-subject", "no cue of its own; the narration since the previous quotation made another person its subject"];
      } else {
        ({ speaker, role, cue } = prev);
        speakerKind = prev.kind;
        [via, reason] = ["carry-over", prev.speaker ? "no cue of its own: continues the previous quotation" : "no cue of its own: continues the previous quotation, which has no speaker"];
      }
    } else if (!LETTER_RE.test(preSeg)) {
      // A paragraph that is all quotation after narration: the subject of the narration just before,
      // else the last person named there.
      const at = paraStart[k] + first.span.open;
      const r = resolver.resolve({ kind: "pronoun", text: ZERO_PRONOUN, role: null, at }, k);
      via = "after-narration";
      if (r.speaker) ({ speaker, role } = r);
      else {
        const named = names.filter((n) => n.kind === "person" && n.at < at && n.at >= (paraStart[k - 1] ?? 0)).pop();
        if (named) ({ speaker, role } = resolver.resolve({ kind: "person", text: named.name, role: named.role, at: named.at }, k));
      }
      reason = speaker ? "a paragraph that is all quotation: the subject of the narration just before" : "a paragraph that is all quotation, after narration that names nobody";
    } else if (!attr && !cjk) {
      // No cue at all, after narration in the same paragraph ("Marie Dupont, professeur d'histoire,
      // défend son point de vue. « … »"): the person that narration is about, if it names one.
      // Else a titled person the paragraph names before it ("presentó el candidato Enrique Gómez. “…”").
      const r: Resolved | null = resolver.subjectIn(paraStart[k] + first.span.open, k) ?? titledBefore(paraStart[k] + first.span.open, paraStart[k], k);
      if (r) {
        ({ speaker, role } = r);
        [via, reason] = ["narration-subject", "no cue: the person the narration before it in the paragraph is about"];
      }
    }
    const quote: Quote = {
      quote_id: `${article.id}-q${quotes.length}`,
      article_id: article.id,
      text: f.text,
      speaker,
      speaker_role: roleShaped(role),
      cue,
      paragraph: k,
      start: cp(f.start),
      end: cp(f.end),
    };
    if (ranker) {
      const cueVia = via.includes("cue-") || via === "cjk" || via === "caseless" || via === "colon-label" || via === "heading";
      const rulesVia: RulesVia = cueVia ? (resolvedMention ? "resolved" : "cue") : via === "carry-over" ? "carry" : via === "none" ? "none" : "other";
      const cands = ranker.candidates({ body, start: f.start, end: f.end, para: k, lastPara: last.para, paraStart, rules: { speaker, role, via: rulesVia }, previous: prev?.speaker ?? null });
      options.onCandidates?.(quote, cands);
      if (options.model) {
        const pick = cands[chooseSpeaker(cands, options.model)];
        if (pick && (pick.name ?? null) !== speaker) {
          reason = pick.name ? `the speaker ranker preferred "${pick.name}" to the rules' ${speaker ? `"${speaker}"` : "null"} (${via})` : `the speaker ranker was unsure of the rules' "${speaker}" (${via})`;
          via = "ranker";
          speaker = pick.name;
          role = pick.name ? pick.role : null;
          quote.speaker = speaker;
          quote.speaker_role = roleShaped(role);
        }
      }
      ranker.spoke(speaker);
    }
    prev = { speaker, role, kind: speakerKind, document: fromDocument, cue, lastPara: last.para, close: paraStart[last.para] + last.span.close };
    options.decisions?.push({ quote_id: quote.quote_id, paragraph: k, lastParagraph: last.para, via: speaker || via !== "none" ? via : "none", reason });
    quotes.push(quote);
  }
  return quotes;
}

/** Distinct speakers, in order of first quotation. */
export function peopleOf(quotes: readonly Quote[]): string[] {
  return [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => !!s))];
}
