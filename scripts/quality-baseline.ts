// Raises the quality gate's floors (test/quality/baseline.json) to what the pipeline scores now, less a
// small margin. It never lowers a floor unless given `--lower "<reason>"`, and then records the reason.
//   npx tsx scripts/quality-baseline.ts [--lower "why the drop is accepted"]
import { readFileSync, writeFileSync } from "node:fs";
import { BASELINE_FILE, measure } from "../test/quality/scores.ts";

/** Floors sit this far below the measured score so that harmless noise does not fail the gate. */
const MARGIN = 0.005;

interface Baseline {
  $comment: string;
  floors: Record<string, number>;
  lowered: { name: string; from: number; to: number; reason: string }[];
}

const lowerAt = process.argv.indexOf("--lower");
const lowerReason = lowerAt >= 0 ? process.argv[lowerAt + 1] : null;
if (lowerAt >= 0 && !lowerReason) {
  console.error('--lower needs a reason: --lower "why"');
  process.exit(2);
}

const base: Baseline = JSON.parse(readFileSync(BASELINE_FILE, "utf8"));
const { scores, skipped } = await measure();
if (skipped) {
  console.error(`the development benches are needed to set floors: ${skipped}`);
  process.exit(2);
}
const floors: Record<string, number> = {};
let refused = 0;
for (const [name, score] of Object.entries(scores).sort(([a], [b]) => (a < b ? -1 : 1))) {
  const proposed = Math.max(0, Math.floor((score - MARGIN) * 1000) / 1000);
  const old = base.floors[name];
  // A floor the score still meets stays as it is: the margin only keeps a new floor below the score,
  // so a figure that moved within the margin neither raises nor lowers it.
  if (old !== undefined && proposed < old && score >= old) {
    floors[name] = old;
    console.log(`${name.padEnd(28)} ${score.toFixed(3)}  floor ${old} kept`);
    continue;
  }
  if (old !== undefined && proposed < old) {
    if (!lowerReason) {
      console.error(`${name}: measured ${score.toFixed(3)} is below the floor ${old}; keeping ${old} (pass --lower "<reason>" to accept)`);
      floors[name] = old;
      refused++;
      continue;
    }
    base.lowered.push({ name, from: old, to: proposed, reason: lowerReason });
  }
  floors[name] = proposed;
  console.log(`${name.padEnd(28)} ${score.toFixed(3)}  floor ${old ?? "-"} → ${floors[name]}`);
}
base.floors = floors;
writeFileSync(BASELINE_FILE, JSON.stringify(base, null, 2) + "\n");
process.exit(refused ? 1 : 0);
