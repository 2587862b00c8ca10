// The two kinds of block classifier the article-region rule can load from block-model.json, and their
// evaluation: a logistic model (weights over standardised features) or gradient-boosted decision
// trees (a sum of small fixed-depth trees, trained by scripts/train-block-model.ts). Both map a
// feature vector to the probability that a block is article text. Evaluating the trees is cheap:
// `depth` comparisons and one addition per tree.

/** A logistic model: weights over standardised features (weight 0 is the bias). */
export interface Logistic {
  features: string[];
  mean: number[];
  std: number[];
  weights: number[];
}

/**
 * One complete binary tree of the model's depth, in heap order: internal node k tests
 * `x[f[k]] > t[k]` (go right) and has children 2k+1 and 2k+2; f[k] = -1 marks a node that was not
 * split (always go left). `v` holds the 2^depth leaf values (shrinkage already applied).
 */
export interface Tree {
  f: number[];
  t: number[];
  v: number[];
}

/**
 * Gradient-boosted trees: probability = sigmoid(base + linear score + sum of the leaf each tree sends
 * x to). With `linear`, the trees correct a logistic model's log-odds rather than start from a constant.
 */
export interface Trees {
  features: string[];
  depth: number;
  base: number;
  linear?: Logistic;
  trees: Tree[];
}

export type Classifier = Logistic | Trees;

export const isTrees = (m: Classifier): m is Trees => "trees" in m;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The raw score (log-odds) of one feature vector under a tree ensemble. */
export function treeScore(m: Trees, x: number[]): number {
  let z = m.base + (m.linear ? linearScore(m.linear, x) : 0);
  for (const tr of m.trees) {
    let k = 0;
    for (let d = 0; d < m.depth; d++) {
      const f = tr.f[k];
      k = 2 * k + (f >= 0 && x[f] > tr.t[k] ? 2 : 1);
    }
    z += tr.v[k - ((1 << m.depth) - 1)];
  }
  return z;
}

/** The log-odds of one feature vector under a logistic model. */
export function linearScore(m: Logistic, x: number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += m.weights[k] * (k === 0 ? 1 : (x[k] - m.mean[k]) / (m.std[k] || 1));
  return z;
}

/** Probability for each feature vector under either kind of model. */
export function predict(m: Classifier, xs: number[][]): number[] {
  return xs.map((x) => sigmoid(isTrees(m) ? treeScore(m, x) : linearScore(m, x)));
}

/**
 * predict over feature vectors stored as rows of `width` numbers in one typed array (row i at
 * i * width): the same sums in the same order, without an array per vector.
 */
export function predictRows(m: Classifier, x: Float64Array, width: number): Float64Array {
  const n = Math.floor(x.length / width);
  const out = new Float64Array(n);
  if (isTrees(m)) {
    const leaves = (1 << m.depth) - 1;
    for (let i = 0, off = 0; i < n; i++, off += width) {
      let z = m.base + (m.linear ? linearRowScore(m.linear, x, off, width) : 0);
      for (const tr of m.trees) {
        let k = 0;
        for (let d = 0; d < m.depth; d++) {
          const f = tr.f[k];
          k = 2 * k + (f >= 0 && x[off + f] > tr.t[k] ? 2 : 1);
        }
        z += tr.v[k - leaves];
      }
      out[i] = sigmoid(z);
    }
  } else for (let i = 0, off = 0; i < n; i++, off += width) out[i] = sigmoid(linearRowScore(m, x, off, width));
  return out;
}

/** linearScore of the row of `width` numbers at x[off]. */
function linearRowScore(m: Logistic, x: Float64Array, off: number, width: number): number {
  const { weights, mean, std } = m;
  let z = 0;
  for (let k = 0; k < width; k++) z += weights[k] * (k === 0 ? 1 : (x[off + k] - mean[k]) / (std[k] || 1));
  return z;
}
