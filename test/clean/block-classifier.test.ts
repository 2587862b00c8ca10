import { describe, expect, it } from "vitest";
import { predict, treeScore, type Logistic, type Trees } from "../../pipeline/clean/block-classifier.ts";

// Two depth-2 trees over features [bias, words, linkDensity], written by hand.
const model: Trees = {
  features: ["bias", "words", "linkDensity"],
  depth: 2,
  base: -0.5,
  trees: [
    // root: words > 10 ? (linkDensity > 0.5 ? leaf 3 : leaf 2) : (linkDensity > 0.5 ? leaf 1 : leaf 0)
    { f: [1, 2, 2], t: [10, 0.5, 0.5], v: [0.1, -1, 2, -0.5] },
    // root: linkDensity > 0.8 ? right (not split: always its left leaf 2) : left (words > 3 ? leaf 1 : leaf 0)
    { f: [2, 1, -1], t: [0.8, 3, 0], v: [-0.2, 0.3, -3, 99] },
  ],
};

describe("block classifier: boosted trees", () => {
  it("walks each tree to its leaf and adds the leaves to the base", () => {
    expect(treeScore(model, [1, 2, 0])).toBeCloseTo(-0.5 + 0.1 - 0.2);
    expect(treeScore(model, [1, 5, 0.6])).toBeCloseTo(-0.5 - 1 + 0.3);
    expect(treeScore(model, [1, 40, 0.1])).toBeCloseTo(-0.5 + 2 + 0.3);
    // An unsplit node (f = -1) always goes left: leaf 2, never the 99 next to it.
    expect(treeScore(model, [1, 40, 0.9])).toBeCloseTo(-0.5 - 0.5 - 3);
    // A value equal to the threshold goes left.
    expect(treeScore(model, [1, 10, 0.5])).toBeCloseTo(-0.5 + 0.1 + 0.3);
  });

  it("turns scores into probabilities, and adds a logistic model's log-odds when given one", () => {
    const [p] = predict(model, [[1, 40, 0.1]]);
    expect(p).toBeCloseTo(1 / (1 + Math.exp(-1.8)));
    const linear: Logistic = { features: model.features, mean: [0, 10, 0], std: [1, 5, 1], weights: [0.5, 1, -2] };
    // linear log-odds for [1, 20, 0.25]: 0.5 + 1 * (20 - 10) / 5 - 2 * 0.25 = 2; trees: 2 + 0.3; base -0.5
    expect(treeScore({ ...model, linear }, [1, 20, 0.25])).toBeCloseTo(2 + 2.3 - 0.5);
    expect(predict(linear, [[1, 20, 0.25]])[0]).toBeCloseTo(1 / (1 + Math.exp(-2)));
  });
});
