// The quality gate: builds the zyte-dev bench and the seeds with the real pipeline, scores them with
// the project's scorers and fails when any figure falls below the floor pinned in baseline.json.
// Raise floors with `npx tsx scripts/quality-baseline.ts`; lowering one needs `--lower "<reason>"`,
// which records the reason in the file (a deliberate, explained commit).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { BASELINE_FILE, measure, type Scores } from "./scores.ts";

interface Baseline {
  floors: Record<string, number>;
}

const baseline: Baseline = JSON.parse(readFileSync(BASELINE_FILE, "utf8"));
let scores: Scores;

beforeAll(async () => {
  scores = await measure();
  console.log("quality: " + Object.entries(scores).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(" "));
}, 300_000);

describe("quality gate", () => {
  for (const [name, floor] of Object.entries(baseline.floors)) {
    it(`${name} stays at or above ${floor}`, () => {
      expect(scores[name], `${name} was not measured`).toBeTypeOf("number");
      expect(scores[name]).toBeGreaterThanOrEqual(floor);
    });
  }
});
