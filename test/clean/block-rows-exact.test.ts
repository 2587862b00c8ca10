// The article-region rule scores a page from feature rows in typed arrays (blockFeatureRows,
// contextFeatureRows, predictRows) and takes the spaces and the ASCII dup-key hash from the same pass
// over each block text (scanText). Each of these must give exactly the numbers of the plain
// formulation the model was trained on: array per vector, predict, contextFeatures as first written,
// countSpaced for the region weights, dupKeyHash over the lower case.
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { predict, predictRows, type Classifier } from "../../pipeline/clean/block-classifier.ts";
import { buildBlocks, type Block } from "../../pipeline/clean/blocks.ts";
import { blockFeatures, FEATURES } from "../../pipeline/clean/block-features.ts";
import { dupKeyHash, scanExtras } from "../../pipeline/clean/block-text.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { BLOCK_MODEL, blockWeights, contextFeatures, densestRegion, scoreDoc } from "../../pipeline/clean/block-scoring.ts";
import { countSpaced } from "../../pipeline/text/normalize.ts";

const PIECES = [
  "the", "The", "and", "Share", "read more", "Copyright", "©", "日本", "の", "я", "Σ", "İ", "𝐀", "\ud800", "5", "2021", "12:30",
  " ", "  ", "\t", "\u00a0", ".", "!", "?", ",", "'", "-", "_", " | ", "...", "…", "[a link](u)", "![img](i)", "**", "word", "Word",
];
const randomText = (r: () => number, n: number) => Array.from({ length: n }, () => PIECES[Math.floor(r() * PIECES.length)]).join("");

/** A random page of lines: prose-like, list items, headings, links, blanks and repeated lines. */
function randomPage(seed: number): string {
  const r = rng(seed);
  const lines = Array.from({ length: 5 + Math.floor(r() * 60) }, (_, i) => {
    const s = randomText(r, 1 + Math.floor(r() * 40));
    return r() < 0.2 ? "" : r() < 0.15 ? `- ${s}` : r() < 0.1 ? `## ${s}` : i % 9 === 4 ? "Related stories" : s;
  });
  return lines.join("\n");
}

/** contextFeatures as first written: one array per block, sums by reduce, windows by loops. */
function referenceContext(blocks: Block[], probs: number[], own: number[][], core: [number, number] | null): number[][] {
  const n = blocks.length;
  let maxP = 1e-4;
  for (const p of probs) if (p > maxP) maxP = p;
  const meanP = probs.reduce((a, b) => a + b, 0) / Math.max(1, n);
  const ev = probs.map((p, i) => Math.max(0, p - 0.5) * Math.sqrt(Math.min(80, Math.max(1, Math.exp(own[i][1]) - 1))));
  const totalEv = ev.reduce((a, b) => a + b, 0) || 1;
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
  const logit = (p: number) => Math.log(Math.max(1e-4, p) / Math.max(1e-4, 1 - p));
  let cum = 0;
  const linkIdx = FEATURES.indexOf("linkDensity");
  return probs.map((p, i) => {
    const before = cum / totalEv;
    cum += ev[i];
    const after = 1 - cum / totalEv;
    const dBefore = core && i < core[0] ? Math.log1p(core[0] - i) : 0;
    const dAfter = core && i > core[1] ? Math.log1p(i - core[1]) : 0;
    return [
      1, logit(p), win(i, 1), win(i, 3), win(i, 10), max5(i), p / maxP, p - meanP, core && i >= core[0] && i <= core[1] ? 1 : 0,
      dBefore, dAfter, before, after, own[i][1], own[i][linkIdx],
      ...[3, 10].map((r) => {
        const before = Math.max(0, ...probs.slice(Math.max(0, i - r), i));
        const after = Math.max(0, ...probs.slice(i + 1, i + r + 1));
        return i === 0 ? after : i === n - 1 ? before : Math.min(before, after);
      }),
    ];
  });
}

/** The region weights as first computed: countSpaced of each block text. */
function referenceRegion(blocks: Block[], probs: number[], threshold: number): [number, number] | null {
  let best = 0;
  let bestRange: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  blocks.forEach((b, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += (probs[i] - threshold) * Math.sqrt(Math.min(80, Math.max(1, countSpaced(b.text))));
    if (sum > best) {
      best = sum;
      bestRange = [start, i];
    }
  });
  return bestRange;
}

/** scoreDoc the plain way: arrays per vector, predict, the reference context features and region weights. */
function referenceScores(blocks: Block[], x1: number[][]): number[] {
  const m = BLOCK_MODEL;
  const p1 = predict(m.stage1, x1);
  const p2 = predict(m.stage2, referenceContext(blocks, p1, x1, referenceRegion(blocks, p1, m.coreThreshold)));
  return m.stage3 ? predict(m.stage3, referenceContext(blocks, p2, x1, referenceRegion(blocks, p2, m.coreThreshold))) : p2;
}

describe("block feature rows: the typed-array path gives the plain formulation's numbers", () => {
  it("scanText's spaces and ASCII dup-key hash equal countSpaced and dupKeyHash of the lower case", () => {
    expect(scanExtras("Share this, now")).toEqual({ spaces: 2, asciiDupHash: dupKeyHash("share this, now") });
    expect(Number.isNaN(scanExtras("日本 the").asciiDupHash)).toBe(true);
    const r = rng(21);
    for (let k = 0; k < 3000; k++) {
      // Block texts have their white space collapsed: single spaces between words, none at the ends.
      const text = randomText(r, 1 + Math.floor(r() * 30)).replace(/\s+/g, " ").trim();
      if (!text) continue;
      const { spaces, asciiDupHash } = scanExtras(text);
      expect(spaces + 1).toBe(countSpaced(text));
      if (!/[^\x00-\x7f]/.test(text)) expect(asciiDupHash).toBe(dupKeyHash(text.toLowerCase()));
      else expect(Number.isNaN(asciiDupHash)).toBe(true);
    }
  });

  it("predictRows equals predict for logistic models and trees", () => {
    const r = rng(22);
    const logistic: Classifier = { features: ["bias", "a", "b"], mean: [0, 0.5, 2], std: [1, 0.25, 0], weights: [0.3, -1.2, 0.7] };
    const trees: Classifier = {
      features: ["bias", "a", "b"], depth: 2, base: -0.4, linear: logistic,
      trees: [{ f: [1, 2, -1], t: [0.5, 1.5, 0], v: [0.1, -0.2, 0.3, -0.4] }, { f: [2, -1, 1], t: [3, 0, 0.2], v: [0.5, 0.6, -0.7, 0.8] }],
    };
    for (const m of [logistic, trees]) {
      const xs = Array.from({ length: 200 }, () => [1, r() * 2 - 0.5, r() * 5]);
      const flat = new Float64Array(xs.flat());
      expect(Array.from(predictRows(m, flat, 3))).toEqual(predict(m, xs));
    }
  });

  it("contextFeatures equals its first formulation", () => {
    const r = rng(23);
    for (let k = 0; k < 100; k++) {
      const doc = toWorkingDoc("random.txt", randomPage(3000 + k));
      const blocks = buildBlocks(doc);
      const x1 = blockFeatures(blocks, doc);
      const probs = blocks.map(() => (r() < 0.1 ? 0.5 : r()));
      const core = densestRegion(blocks, probs, 0.5);
      expect(contextFeatures(blocks, probs, x1, core)).toEqual(referenceContext(blocks, probs, x1, core));
      expect(contextFeatures(blocks, probs, x1, null)).toEqual(referenceContext(blocks, probs, x1, null));
    }
  });

  it("scoreDoc's probabilities equal the plain two-stage scoring", () => {
    for (let k = 0; k < 100; k++) {
      const doc = toWorkingDoc("random.txt", randomPage(4000 + k));
      const { blocks, probs } = scoreDoc(doc);
      expect(probs).toEqual(referenceScores(blocks, blockFeatures(blocks, doc)));
      // The region weights scoreDoc left for the blocks (from scanText's spaces) are countSpaced's.
      expect(Array.from(blockWeights(blocks))).toEqual(blocks.map((b) => Math.sqrt(Math.min(80, Math.max(1, countSpaced(b.text))))));
    }
  });
});
