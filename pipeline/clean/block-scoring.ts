// Scoring blocks: the two-stage block model (block-model.json, trained and cross-validated by
// scripts/train-block-model.ts). The first stage scores each block from its features (block-features.ts);
// the second sees the first stage's scores around the block and where it sits relative to the densest run
// of article-like blocks. The article is then the contiguous run of blocks with the largest total
// "evidence" (probability above a threshold, weighted by length).
import type { WorkingDoc } from "../document.ts";
import { countSpaced } from "../text/normalize.ts";
import model from "./block-model.json" with { type: "json" };
import { predictRows, type Classifier } from "./block-classifier.ts";
import { buildBlocks, type Block } from "./blocks.ts";
import { blockFeatureRows, FEATURES, N_FEATURES } from "./block-features.ts";

/** Second-stage feature names: a block's first-stage score and the scores around it. */
export const CONTEXT_FEATURES = [
  "bias", "logit", "win1", "win3", "win10", "max5", "relMax", "relMean", "inCore", "coreDistBefore", "coreDistAfter",
  "evidenceBefore", "evidenceAfter", "logWords", "linkDensity", "between3", "between10",
] as const;

const logit = (p: number) => Math.log(Math.max(1e-4, p) / Math.max(1e-4, 1 - p));

/**
 * Second-stage features from the first stage's probabilities: how article-like the neighbourhood is,
 * where the block sits relative to the densest run of article-like blocks (the "core"), and how the
 * block compares with the page's best blocks (pages differ in how prose-like their text is).
 */
export function contextFeatures(blocks: Block[], probs: number[], own: number[][], core: [number, number] | null): number[][] {
  const x1 = new Float64Array(own.length * N_FEATURES);
  own.forEach((row, i) => x1.set(row, i * N_FEATURES));
  const x = contextFeatureRows(blocks.length, probs, x1, core);
  return blocks.map((_, i) => Array.from(x.subarray(i * N_CONTEXT_FEATURES, (i + 1) * N_CONTEXT_FEATURES)));
}

export const N_CONTEXT_FEATURES = CONTEXT_FEATURES.length;
const LOG_WORDS = FEATURES.indexOf("logWords");
const LINK_DENSITY = FEATURES.indexOf("linkDensity");

/** contextFeatures of n blocks over rows of blockFeatureRows, as rows of one typed array. */
export function contextFeatureRows(n: number, probs: ArrayLike<number>, x1: Float64Array, core: [number, number] | null): Float64Array {
  // (a loop, not Math.max(...probs): a page of 100k+ blocks would overflow the call stack)
  let maxP = 1e-4;
  let sumP = 0;
  for (let i = 0; i < n; i++) {
    const p = probs[i];
    if (p > maxP) maxP = p;
    sumP += p;
  }
  const meanP = sumP / Math.max(1, n);
  const ev = new Float64Array(n);
  let sumEv = 0;
  for (let i = 0; i < n; i++) {
    ev[i] = Math.max(0, probs[i] - 0.5) * Math.sqrt(Math.min(80, Math.max(1, Math.exp(x1[i * N_FEATURES + LOG_WORDS]) - 1)));
    sumEv += ev[i];
  }
  const totalEv = sumEv || 1;
  const win = (i: number, r: number) => {
    let s = 0;
    let c = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      if (j === i) continue;
      s += probs[j];
      c++;
    }
    return c ? s / c : 0;
  };
  const max5 = (i: number) => {
    let m = 0;
    for (let j = Math.max(0, i - 5); j <= Math.min(n - 1, i + 5); j++) if (j !== i) m = Math.max(m, probs[j]);
    return m;
  };
  // Between article-like blocks: the lower of the best scores on each side within r blocks. A list, a
  // table or a subheading inside the article has paragraphs on both sides; a run of cards or comments
  // after it, or a menu before it, has them on one side only.
  const between = (i: number, r: number) => {
    let a = 0;
    let b = 0;
    for (let j = Math.max(0, i - r); j < i; j++) if (probs[j] > a) a = probs[j];
    for (let j = i + 1; j <= Math.min(n - 1, i + r); j++) if (probs[j] > b) b = probs[j];
    // (at the first or last block of the page only the one side counts: a text that ends with its
    // article's last paragraph has nothing after it)
    return i === 0 ? b : i === n - 1 ? a : Math.min(a, b);
  };
  let cum = 0;
  const x = new Float64Array(n * N_CONTEXT_FEATURES);
  for (let i = 0; i < n; i++) {
    const p = probs[i];
    const before = cum / totalEv;
    cum += ev[i];
    const after = 1 - cum / totalEv;
    let k = i * N_CONTEXT_FEATURES;
    // (in CONTEXT_FEATURES order)
    x[k++] = 1;
    x[k++] = logit(p);
    x[k++] = win(i, 1);
    x[k++] = win(i, 3);
    x[k++] = win(i, 10);
    x[k++] = max5(i);
    x[k++] = p / maxP;
    x[k++] = p - meanP;
    x[k++] = core && i >= core[0] && i <= core[1] ? 1 : 0;
    x[k++] = core && i < core[0] ? Math.log1p(core[0] - i) : 0;
    x[k++] = core && i > core[1] ? Math.log1p(i - core[1]) : 0;
    x[k++] = before;
    x[k++] = after;
    x[k++] = x1[i * N_FEATURES + LOG_WORDS];
    x[k++] = x1[i * N_FEATURES + LINK_DENSITY];
    x[k++] = between(i, 3);
    x[k++] = between(i, 10);
  }
  return x;
}

export interface Thresholds {
  /** First stage: blocks above this probability add to the core region's score, below it they subtract. */
  coreThreshold: number;
  /** Second stage: the same, for the article region. */
  regionThreshold: number;
  /** Inside the region, a block below this probability is removed. */
  keepThreshold: number;
}

export interface BlockModel extends Thresholds {
  /** Block features → probability of article text. */
  stage1: Classifier;
  /** First-stage probabilities in context → second-stage probability. */
  stage2: Classifier;
  /** Second-stage probabilities in the same context features → final probability (optional). */
  stage3?: Classifier;
}

/** A block's length counts up to this many words towards the region score. */
const MAX_WEIGHT_WORDS = 80;

/** Each block's weight in the region score (its length, capped); computed once per list of blocks, which is scored two or three times. */
const weightsOf = new WeakMap<Block[], Float64Array>();
export function blockWeights(blocks: Block[]): Float64Array {
  let w = weightsOf.get(blocks);
  if (!w || w.length !== blocks.length) {
    w = new Float64Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) w[i] = Math.sqrt(Math.min(MAX_WEIGHT_WORDS, Math.max(1, countSpaced(blocks[i].text))));
    weightsOf.set(blocks, w);
  }
  return w;
}

/** The contiguous run [start, end] of blocks with the largest total evidence, or null. */
export function densestRegion(blocks: Block[], probs: ArrayLike<number>, threshold: number): [number, number] | null {
  const weights = blockWeights(blocks);
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < blocks.length; i++) {
    const w = weights[i];
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += (probs[i] - threshold) * w;
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  }
  return bestRange;
}

type StageModel = Pick<BlockModel, "stage1" | "stage2" | "stage3" | "coreThreshold">;

/** Both stages: block features, first-stage probabilities, the core run, context features, final probabilities. */
export function twoStage(blocks: Block[], x1: number[][], m: StageModel): number[] {
  const rows = new Float64Array(blocks.length * N_FEATURES);
  x1.forEach((row, i) => rows.set(row, i * N_FEATURES));
  return Array.from(twoStageRows(blocks, rows, m));
}

/** twoStage over the feature rows of blockFeatureRows. */
function twoStageRows(blocks: Block[], x1: Float64Array, m: StageModel): Float64Array {
  const n = blocks.length;
  const p1 = predictRows(m.stage1, x1, N_FEATURES);
  const p2 = predictRows(m.stage2, contextFeatureRows(n, p1, x1, densestRegion(blocks, p1, m.coreThreshold)), N_CONTEXT_FEATURES);
  return m.stage3 ? predictRows(m.stage3, contextFeatureRows(n, p2, x1, densestRegion(blocks, p2, m.coreThreshold)), N_CONTEXT_FEATURES) : p2;
}

/** Which blocks to keep: inside the densest region and above the keep threshold. */
export function selectBlocks(blocks: Block[], probs: ArrayLike<number>, m: Pick<Thresholds, "regionThreshold" | "keepThreshold">): { region: [number, number] | null; keep: boolean[] } {
  const region = densestRegion(blocks, probs, m.regionThreshold);
  const keep = blocks.map((_, i) => !!region && i >= region[0] && i <= region[1] && probs[i] >= m.keepThreshold);
  return { region, keep };
}

/** "12 blocks, p 0.01–0.17": the size and probability range of the blocks a..b, for an audit reason. */
export function runSummary(probs: ArrayLike<number>, a: number, b: number): string {
  let lo = 1;
  let hi = 0;
  for (let i = a; i <= b; i++) {
    lo = Math.min(lo, probs[i]);
    hi = Math.max(hi, probs[i]);
  }
  const n = b - a + 1;
  return n === 1 ? `1 block, p ${lo.toFixed(2)}` : `${n} blocks, p ${lo.toFixed(2)}–${hi.toFixed(2)}`;
}

export const BLOCK_MODEL: BlockModel = model as BlockModel;

/** Models whose feature names have been checked against the block features (once each, not per page). */
const matchingModels = new WeakSet<BlockModel>();

export function scoreDoc(doc: WorkingDoc, m: BlockModel = BLOCK_MODEL): { blocks: Block[]; probs: number[]; cued: Uint8Array } {
  if (!matchingModels.has(m)) {
    if (m.stage1.features.join() !== FEATURES.join() || m.stage2.features.join() !== CONTEXT_FEATURES.join())
      throw new Error("block-model.json does not match the block features: retrain it (scripts/train-block-model.ts)");
    matchingModels.add(m);
  }
  const blocks = buildBlocks(doc);
  const { x, spaced, cued } = blockFeatureRows(blocks, doc);
  // The region weights from the spaced words the feature pass counted (what blockWeights would count again).
  const w = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) w[i] = Math.sqrt(Math.min(MAX_WEIGHT_WORDS, Math.max(1, spaced[i])));
  weightsOf.set(blocks, w);
  // (which blocks hold a boilerplate cue, as the feature pass found: the notice check reads it)
  return { blocks, probs: Array.from(twoStageRows(blocks, x, m)), cued };
}
