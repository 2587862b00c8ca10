// Raises the quality gate's floors (test/quality/baseline.json) to what the pipeline scores now, less a
// small margin. It never lowers a floor unless given `--lower "<reason>"`, and then records the reason.
//   npx tsx scripts/quality-baseline.ts [--lower "why the drop is accepted"]
import { readFileSync, writeFileSync } from "node:fs";
import { BASELINE_FILE, measure } from "../test/quality/scores.ts";
import { moveFloor } from "./lib/floors.ts";


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
  const old = base.floors[name];
  const move = moveFloor(score, old, lowerReason);
  floors[name] = move.floor;
  if (move.outcome === "refused") {
    console.error(`${name}: measured ${score.toFixed(3)} is below the floor ${old}; keeping ${old} (pass --lower "<reason>" to accept)`);
    refused++;
    continue;
  }
  if (move.outcome === "lowered") base.lowered.push({ name, from: move.from, to: move.floor, reason: lowerReason! });
  console.log(`${name.padEnd(28)} ${score.toFixed(3)}  floor ${move.outcome === "kept" ? `${old} kept` : `${old ?? "-"} → ${move.floor}`}`);
}
base.floors = floors;
writeFileSync(BASELINE_FILE, JSON.stringify(base, null, 2) + "\n");
process.exit(refused ? 1 : 0);
