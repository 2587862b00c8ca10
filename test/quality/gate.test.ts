// The quality gate: builds the seeds and the development benches (zyte-dev, trafilatura-dev, read from
// ../shared/bench) with the real pipeline, scores them with the project's scorers and fails when any
// figure falls below the floor pinned in baseline.json. Where the benches are absent (a user's clone),
// their floors are skipped with a one-line reason and the seed floors still hold.
// Raise floors with `npx tsx scripts/quality-baseline.ts`; lowering one needs `--lower "<reason>"`,
// which records the reason in the file (a deliberate, explained commit).
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { benchesMissing } from "../../scripts/lib/sites.ts";
import { BASELINE_FILE, measure, type Scores } from "./scores.ts";

interface Baseline {
  floors: Record<string, number>;
}

const baseline: Baseline = JSON.parse(readFileSync(BASELINE_FILE, "utf8"));
const missing = benchesMissing();
if (missing) console.warn(`[quality gate] bench floors skipped: ${missing}`);
let scores: Scores;

beforeAll(async () => {
  scores = (await measure()).scores;
  console.log("quality: " + Object.entries(scores).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(" "));
}, 600_000);

describe("quality gate", () => {
  for (const [name, floor] of Object.entries(baseline.floors)) {
    it.skipIf(missing !== null && !name.startsWith("seed_"))(`${name} stays at or above ${floor}`, () => {
      expect(scores[name], `${name} was not measured`).toBeTypeOf("number");
      expect(scores[name]).toBeGreaterThanOrEqual(floor);
    });
  }
});
