// `make cv`: retrains every learned model under cross-validation grouped by site (folds from
// scripts/lib/sites.ts, spanning both development benches) and fails when a figure falls below its floor
// in test/quality/cv-baseline.json. `make test` pins what the shipped models score on the benches they
// were trained on (the fit); this pins what they score on sites they never saw.
// A trainer plugs in by being listed in TRAINERS: it is run as `npx tsx <script> --cv --json` and prints
// on its last stdout line `{"figures": {"<model>.<name>": value, ...}}`, or `{"skipped": "<reason>"}`.
//   npx tsx scripts/cv.ts [--write-floors] [--lower "<reason>"]
// `--write-floors` raises the floors to the measured figures less a small margin; a floor is lowered only
// with `--lower "<reason>"`, which records the reason in the file (as scripts/quality-baseline.ts does).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { benchesMissing } from "./lib/sites.ts";
import { moveFloor } from "./lib/floors.ts";

/** The trainers whose models ship, each able to cross-validate itself by site. */
// (the speaker ranker does not ship — its cross-validated figures do not beat the rules' — but its figures
// and the rules' on the same folds are pinned, so a change to either shows)
const TRAINERS = ["scripts/train-block-model.ts", "scripts/train-title-model.ts", "scripts/train-speaker-model.ts"];
const FLOORS_FILE = "test/quality/cv-baseline.json";

interface CvBaseline {
  $comment: string;
  floors: Record<string, number>;
  lowered: { name: string; from: number; to: number; reason: string }[];
}

const args = process.argv.slice(2);
const write = args.includes("--write-floors");
const lowerAt = args.indexOf("--lower");
const lowerReason = lowerAt >= 0 ? args[lowerAt + 1] : null;
if (lowerAt >= 0 && !lowerReason) {
  console.error('--lower needs a reason: --lower "why"');
  process.exit(2);
}

const missing = benchesMissing();
if (missing) {
  console.log(`make cv: skipped, ${missing}`);
  process.exit(0);
}

const started = performance.now();
const figures: Record<string, number> = {};
for (const script of TRAINERS) {
  const t0 = performance.now();
  console.log(`cv: ${script} --cv --json`);
  // (progress and per-fold lines go to stderr and show as they come; the figures are the last stdout line)
  const out = execFileSync("npx", ["--no-install", "tsx", script, "--cv", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 });
  const last = out.trim().split("\n").pop() ?? "";
  const parsed = JSON.parse(last) as { figures?: Record<string, number>; skipped?: string };
  if (parsed.skipped) {
    console.log(`cv: ${script} skipped: ${parsed.skipped}`);
    continue;
  }
  Object.assign(figures, parsed.figures ?? {});
  console.log(`cv: ${script} done in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}

const base: CvBaseline = JSON.parse(readFileSync(FLOORS_FILE, "utf8"));
const failures: string[] = [];
for (const [name, floor] of Object.entries(base.floors)) {
  const v = figures[name];
  if (v === undefined) failures.push(`${name}: not measured (floor ${floor})`);
  else if (v + 1e-9 < floor) failures.push(`${name}: ${v.toFixed(3)} is below the floor ${floor}`);
}
const names = Object.keys(figures).sort();
for (const name of names) console.log(`${name.padEnd(40)} ${figures[name].toFixed(3)}  floor ${base.floors[name] ?? "-"}`);

if (write) {
  let refused = 0;
  const floors: Record<string, number> = { ...base.floors };
  for (const name of names) {
    const old = base.floors[name];
    const move = moveFloor(figures[name], old, lowerReason);
    if (move.outcome === "refused") {
      console.error(`${name}: measured ${figures[name].toFixed(3)} is below the floor ${old}; keeping ${old} (pass --lower "<reason>" to accept)`);
      refused++;
      continue;
    }
    if (move.outcome === "lowered") base.lowered.push({ name, from: move.from, to: move.floor, reason: lowerReason! });
    floors[name] = move.floor;
  }
  base.floors = Object.fromEntries(Object.entries(floors).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(FLOORS_FILE, JSON.stringify(base, null, 2) + "\n");
  console.log(`wrote ${FLOORS_FILE}`);
  process.exit(refused ? 1 : 0);
}
console.log(`cv: ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (failures.length) {
  console.error(`make cv: ${failures.length} figure(s) below their floor:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
console.log(`make cv: all ${Object.keys(base.floors).length} floors hold`);
