// Builds the quality benches with the real pipeline and reads the scores the project's scorers print
// (test/tools/*.mjs, the same scripts a developer runs by hand). Shared by the quality gate test and
// by scripts/quality-baseline.ts, which raises the pinned floors.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "../../pipeline/build.ts";

export const BENCH = "test/fixtures/zyte-dev";
export const SEED_GOLD = "test/fixtures/seed-gold";
export const QUOTES_GOLD = "test/fixtures/zyte-dev/quotes-gold";
export const BASELINE_FILE = "test/quality/baseline.json";

export type Scores = Record<string, number>;

const scorer = (name: string, args: string[]) =>
  JSON.parse(execFileSync(process.execPath, [`test/tools/${name}`, ...args, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 }));

async function buildInto(raw: string): Promise<{ dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "clippings-quality-"));
  await build({ raw, out: dir, config: "dataset.json" });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Every pinned figure, by name: body F1 (overall and per rendering), title, date, authors, seed fields, quotes. */
export async function measure(): Promise<Scores> {
  const scores: Scores = {};
  const bench = await buildInto(path.join(BENCH, "raw"));
  try {
    const body = scorer("score-body.mjs", [bench.dir, BENCH]);
    scores.body_f1 = body.metrics.all.f1;
    for (const [k, m] of Object.entries(body.metrics as Record<string, { f1: number }>)) if (k !== "all" && k !== "base") scores[`body_f1_${k}`] = m.f1;
    scores.title = body.meta.title;
    scores.date = body.meta.date;
    scores.authors_f1 = body.meta.authors;
    const quotes = scorer("score-extraction.mjs", [bench.dir, QUOTES_GOLD]);
    for (const r of quotes.rows as { field: string; ratio: number }[]) if (r.field.startsWith("quote")) scores[`bench_${r.field}`] = r.ratio;
  } finally {
    bench.cleanup();
  }
  const seeds = await buildInto("raw");
  try {
    const gold = scorer("score-extraction.mjs", [seeds.dir, SEED_GOLD]);
    for (const r of gold.rows as { field: string; ratio: number }[]) scores[`seed_${r.field}`] = r.ratio;
  } finally {
    seeds.cleanup();
  }
  return scores;
}
