// Finds where the article starts and ends and removes everything else: menus, link lists, share and
// sign-up blocks, "most read" lists, comments and footers. Each block (a Markdown line, or a wrapped
// paragraph of a text-browser dump re-joined) gets a probability of being article text from a small
// model (logistic, or boosted trees: ../block-classifier.ts) over its features (length, link density,
// stop-word and punctuation density, boilerplate cues, neighbours; see ../blocks.ts and
// block-model.json, trained and cross-validated by scripts/train-block-model.ts). The article is the contiguous run of blocks with the largest total
// "evidence" (probability above a threshold, weighted by length) — the densest run of prose — and
// inside it blocks that are clearly not text (a caption, a share bar) are removed too.
// The few blocks in front of the article (the header zone: headline, date, byline, standfirst) stay
// for the extract rules, which take what they need; the header-leftovers rule removes the rest after
// them. The start and end are marked on the document (doc.article; see articleStart/articleEnd).
import type { Rule } from "../../rules.ts";
import { blockFeatureRows, buildBlocks, CONTEXT_FEATURES, contextFeatureRows, FEATURES, N_CONTEXT_FEATURES, N_FEATURES, type Block } from "../blocks.ts";
import model from "../block-model.json" with { type: "json" };
import { isProse, type WorkingDoc } from "../../document.ts";
import { countSpaced } from "../../text/normalize.ts";
import { predict, predictRows, type Classifier } from "../block-classifier.ts";

export { predict, type Classifier };

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

/** Blocks left in front of the article, for the headline, date, byline and standfirst. */
const HEADER_BLOCKS = 25;
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

export function scoreDoc(doc: WorkingDoc, m: BlockModel = BLOCK_MODEL): { blocks: Block[]; probs: number[] } {
  if (!matchingModels.has(m)) {
    if (m.stage1.features.join() !== FEATURES.join() || m.stage2.features.join() !== CONTEXT_FEATURES.join())
      throw new Error("block-model.json does not match the block features: retrain it (scripts/train-block-model.ts)");
    matchingModels.add(m);
  }
  const blocks = buildBlocks(doc);
  const { x, spaced } = blockFeatureRows(blocks, doc);
  // The region weights from the spaced words the feature pass counted (what blockWeights would count again).
  const w = new Float64Array(blocks.length);
  for (let i = 0; i < blocks.length; i++) w[i] = Math.sqrt(Math.min(MAX_WEIGHT_WORDS, Math.max(1, spaced[i])));
  weightsOf.set(blocks, w);
  return { blocks, probs: Array.from(twoStageRows(blocks, x, m)) };
}

export const articleRegion: Rule = {
  id: "article-region",
  description: "Keeps the densest run of article-like blocks (logistic block model) and removes the rest, logging why.",
  apply(ctx) {
    const { doc } = ctx;
    const { blocks, probs } = scoreDoc(doc);
    const { region, keep } = selectBlocks(blocks, probs, BLOCK_MODEL);
    if (!region) {
      ctx.decide(null, "no article region found: nothing removed");
      return;
    }
    const [regionStart, e] = region;
    // The running text starts at the region's first kept paragraph of prose; kept short lines before it
    // (a kicker, a byline, a date) belong to the header zone, where the extract rules look for them.
    let s = regionStart;
    for (let i = regionStart; i <= e; i++)
      if (keep[i] && isProse(blocks[i].text)) {
        s = i;
        break;
      }
    const headerFrom = Math.max(0, s - HEADER_BLOCKS);
    const pct = (p: number) => `p=${p.toFixed(2)}`;
    // Everything before the header zone and after the region goes as one run each: one audit row per
    // run (with how many blocks and their probability range) rather than one per menu item.
    const removeRun = (a: number, b: number, where: string) => {
      if (a > b) return;
      ctx.remove(blocks[a].lines[0], blocks[b].lines[blocks[b].lines.length - 1], `${where} the article region (${runSummary(probs, a, b)})`);
    };
    removeRun(0, headerFrom - 1, "before");
    for (let i = s; i <= e; i++) {
      const b = blocks[i];
      if (!keep[i]) ctx.remove(b.lines[0], b.lines[b.lines.length - 1], `boilerplate block inside the article (${pct(probs[i])})`);
    }
    removeRun(e + 1, blocks.length - 1, "after");
    // Lines with nothing a reader sees (an image, an empty link) are not blocks (see buildBlocks).
    const inBlock = new Uint8Array(doc.lines.length);
    for (const b of blocks) for (const i of b.lines) inBlock[i] = 1;
    doc.lines.forEach((l, i) => {
      if (!inBlock[i] && !l.removedBy && l.text.trim()) ctx.remove(i, i, "no visible text (an image or an empty link)");
    });
    doc.article = { start: blocks[s].lines[0], end: blocks[e].lines[blocks[e].lines.length - 1] };
    ctx.decide(null, `article region: lines ${doc.lines[doc.article.start].n}–${doc.lines[doc.article.end].n} (${e - s + 1} of ${blocks.length} blocks)`);
  },
};
