// Speaker ranker: the people and organisations named around a quotation, and "no speaker", as
// candidates with language-general signals (distance, side, same sentence or paragraph, a colon or a
// dash linking name and quotation, a reporting cue between them, whether the name is a sentence's subject,
// the name's shape, how often the article names it and gives it quotations, whether the rules or the
// previous quotation chose it).
// A conditional logit over a quotation's candidates (weights trained by scripts/train-speaker-model.ts)
// ranks them; the top name is taken only when its probability clears the model's threshold, else the
// quotation keeps no speaker. No word list is read here: the cue test is the attribution lexicon's.
import { cueAt } from "./attribution.ts";
import type { Resolver } from "./resolve.ts";
import type { NameMention } from "./surnames.ts";
import { tokenize } from "./text.ts";

/** The signals of a candidate, in the order of the model's weights. */
export const SPEAKER_FEATURES = [
  // the "no speaker" candidate, and what made the rules leave a quotation without one
  "isNull",
  "nullRulesNull",
  "nullRulesCue",
  "nullRulesResolved",
  "nullNoNameInParagraph",
  // agreement with the rules and the previous quotation
  "isRules",
  "isRulesCue",
  "isRulesCarry",
  "isRulesResolved",
  "isPrevious",
  // position
  "before",
  "logDistance",
  "sameSentence",
  "sameParagraph",
  "paragraphsBack",
  "colonLink",
  "dashLink",
  "cueBetween",
  // the name
  "oneWord",
  "threePlusWords",
  "caseless",
  "org",
  "hasRole",
  "object",
  "subject",
  "logMentions",
  "logQuotedBefore",
] as const;

export type SpeakerFeature = (typeof SPEAKER_FEATURES)[number];

export interface SpeakerModel {
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
  /** Lowest probability at which the top name is published (chosen inside cross-validation). */
  threshold: number;
}

export interface SpeakerCandidate {
  /** The resolved name, or null for "no speaker". */
  name: string | null;
  role: string | null;
  features: number[];
}

/** How the rules attributed a quotation: a name at a reporting cue, a pronoun or role there resolved, a carry-over, or nothing. */
export type RulesVia = "cue" | "resolved" | "carry" | "other" | "none";

export interface SpeakerContext {
  body: string;
  /** The quotation's absolute offsets in the body (UTF-16). */
  start: number;
  end: number;
  para: number;
  lastPara: number;
  paraStart: readonly number[];
  rules: { speaker: string | null; role: string | null; via: RulesVia };
  previous: string | null;
}

/** Paragraphs before the quotation's own whose names are candidates. */
export const RANKER_PARAGRAPHS_BACK = 2;
/** Longest text between a name and its quotation read for a colon, a dash or a cue. */
const MAX_LINK_TEXT = 300;
const SENTENCE_END_RE = /[.!?。！？]["'”’»)\]]*\s/u;
const COLON_LINK_RE = /:\s*["“”„«»「『‘’—–-]?\s*$/u;
const DASH_LINK_RE = /^["'”’»」』]?\s*[,]?\s*[—–-]/u;
const CASED_RE = /\p{Lu}/u;

const idx = Object.fromEntries(SPEAKER_FEATURES.map((f, i) => [f, i])) as Record<SpeakerFeature, number>;
const key = (s: string) => s.toLowerCase();

/** Per article: every name mention with its resolved name, and how often each name occurs. */
export class SpeakerRanker {
  private readonly resolved: { n: NameMention; name: string; role: string | null }[];
  private readonly counts = new Map<string, number>();
  /** How many quotations each name was given so far (in the order the quotations are read). */
  private readonly quoted = new Map<string, number>();

  constructor(names: readonly NameMention[], private readonly resolver: Resolver) {
    this.resolved = names.map((n) => ({ n, ...resolver.nameOf({ kind: n.kind, text: n.name, role: n.role, at: n.at }) }));
    for (const r of this.resolved) this.counts.set(key(r.name), (this.counts.get(key(r.name)) ?? 0) + 1);
  }

  /** Records the speaker finally given to a quotation. */
  spoke(name: string | null): void {
    if (name) this.quoted.set(key(name), (this.quoted.get(key(name)) ?? 0) + 1);
  }

  candidates(ctx: SpeakerContext): SpeakerCandidate[] {
    const { body, start, end, para, lastPara, paraStart } = ctx;
    const from = paraStart[Math.max(0, para - RANKER_PARAGRAPHS_BACK)];
    const to = lastPara + 1 < paraStart.length ? paraStart[lastPara + 1] : body.length;
    const byName = new Map<string, SpeakerCandidate & { dist: number }>();
    const fresh = (name: string, role: string | null): SpeakerCandidate & { dist: number } => {
      const f = new Array<number>(SPEAKER_FEATURES.length).fill(0);
      const k = key(name);
      f[idx.isRules] = ctx.rules.speaker && key(ctx.rules.speaker) === k ? 1 : 0;
      f[idx.isRulesCue] = f[idx.isRules] && ctx.rules.via === "cue" ? 1 : 0;
      f[idx.isRulesCarry] = f[idx.isRules] && ctx.rules.via === "carry" ? 1 : 0;
      f[idx.isRulesResolved] = f[idx.isRules] && ctx.rules.via === "resolved" ? 1 : 0;
      f[idx.isPrevious] = ctx.previous && key(ctx.previous) === k ? 1 : 0;
      const words = name.split(/\s+/u).length;
      f[idx.oneWord] = words === 1 ? 1 : 0;
      f[idx.threePlusWords] = words >= 3 ? 1 : 0;
      f[idx.caseless] = CASED_RE.test(name) ? 0 : 1;
      f[idx.hasRole] = role ? 1 : 0;
      f[idx.logMentions] = Math.log1p(this.counts.get(k) ?? 0);
      f[idx.logQuotedBefore] = Math.log1p(this.quoted.get(k) ?? 0);
      // Far away until an occurrence near the quotation is seen.
      f[idx.logDistance] = Math.log1p(body.length);
      f[idx.paragraphsBack] = RANKER_PARAGRAPHS_BACK + 1;
      return { name, role, features: f, dist: Infinity };
    };
    for (const r of this.resolved) {
      const n = r.n;
      if (n.at < from) continue;
      if (n.at >= to) break;
      if (n.at >= start && n.at < end) continue;
      const c = byName.get(key(r.name)) ?? byName.set(key(r.name), fresh(r.name, r.role)).get(key(r.name))!;
      const f = c.features;
      const before = n.at < start;
      const between = before ? body.slice(n.at + n.name.length, start) : body.slice(end, n.at);
      const dist = between.length;
      let mPara = para;
      while (mPara > 0 && paraStart[mPara] > n.at) mPara--;
      while (mPara + 1 < paraStart.length && paraStart[mPara + 1] <= n.at) mPara++;
      const samePara = mPara >= para && mPara <= lastPara;
      const short = dist <= MAX_LINK_TEXT && samePara;
      const sameSentence = short && !SENTENCE_END_RE.test(between);
      if (sameSentence) f[idx.sameSentence] = 1;
      if (samePara) f[idx.sameParagraph] = 1;
      if (short && before && COLON_LINK_RE.test(between)) f[idx.colonLink] = 1;
      if (short && !before && DASH_LINK_RE.test(between)) f[idx.dashLink] = 1;
      if (sameSentence && !f[idx.cueBetween]) {
        const ts = tokenize(between);
        for (let i = 0; i < ts.length; i++)
          if (cueAt(ts, i)) {
            f[idx.cueBetween] = 1;
            break;
          }
      }
      if (dist < c.dist) {
        c.dist = dist;
        f[idx.before] = before ? 1 : 0;
        f[idx.logDistance] = Math.log1p(dist);
        f[idx.paragraphsBack] = Math.max(0, para - mPara);
        f[idx.org] = n.kind === "org" ? 1 : 0;
        f[idx.object] = n.object || n.afterArticle ? 1 : 0;
      }
      if (this.resolver.isSubjectAt(n.at)) f[idx.subject] = 1;
    }
    // The rules' speaker and the previous speaker are candidates even when not named nearby.
    for (const [name, role] of [[ctx.rules.speaker, ctx.rules.role], [ctx.previous, null]] as const)
      if (name && !byName.has(key(name))) byName.set(key(name), fresh(name, role));
    const out: SpeakerCandidate[] = [...byName.values()].map(({ name, role, features }) => ({ name, role, features }));
    const none = new Array<number>(SPEAKER_FEATURES.length).fill(0);
    none[idx.isNull] = 1;
    none[idx.nullRulesNull] = ctx.rules.speaker ? 0 : 1;
    none[idx.nullRulesCue] = ctx.rules.via === "cue" ? 1 : 0;
    none[idx.nullRulesResolved] = ctx.rules.via === "resolved" ? 1 : 0;
    none[idx.nullNoNameInParagraph] = out.some((c) => c.features[idx.sameParagraph]) ? 0 : 1;
    out.push({ name: null, role: null, features: none });
    return out;
  }
}

/** Linear scores of the candidates under a model (standardised features). */
export function scoreSpeakers(cands: readonly SpeakerCandidate[], m: Pick<SpeakerModel, "mean" | "std" | "weights">): number[] {
  return cands.map((c) => {
    let s = 0;
    for (let j = 0; j < m.weights.length; j++) s += (m.weights[j] * (c.features[j] - m.mean[j])) / (m.std[j] || 1);
    return s;
  });
}

/** The index of the candidate the model publishes: the most probable name when it clears the threshold, else "no speaker". */
export function chooseSpeaker(cands: readonly SpeakerCandidate[], m: SpeakerModel, threshold = m.threshold): number {
  const s = scoreSpeakers(cands, m);
  const top = Math.max(...s);
  let sum = 0;
  for (const v of s) sum += Math.exp(v - top);
  let best = -1;
  for (let i = 0; i < cands.length; i++) if (cands[i].name !== null && (best < 0 || s[i] > s[best])) best = i;
  const none = cands.findIndex((c) => c.name === null);
  if (best < 0 || Math.exp(s[best] - top) / sum < threshold) return none;
  return best;
}
