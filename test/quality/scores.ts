// Builds the quality benches with the real pipeline and reads the scores the project's scorers print
// (test/tools/*.mjs, the same scripts a developer runs by hand). Shared by the quality gate test and
// by scripts/quality-baseline.ts, which raises the pinned floors.
// The seeds (raw/ + test/fixtures/seed-gold) are always measured. The development benches are
// third-party data and are never copied into the project: they are read from ../shared/bench beside
// the clone, and their figures are left out (with the reason) where that folder is absent.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "../../pipeline/build.ts";
import { benchesMissing, TRAFILATURA_DEV, ZYTE_DEV } from "../../scripts/lib/sites.ts";

export const SEED_GOLD = "test/fixtures/seed-gold";
export const BASELINE_FILE = "test/quality/baseline.json";

export type Scores = Record<string, number>;

const scorer = (name: string, args: string[]) =>
  JSON.parse(execFileSync(process.execPath, [`test/tools/${name}`, ...args, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 }));

async function withBuild<T>(raw: string, score: (dir: string) => T): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "clippings-quality-"));
  try {
    await build({ raw, out: dir, config: "dataset.json", progress: false });
    return score(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Rows = { rows: { field: string; ratio: number }[] };
const quoteRows = (r: Rows, prefix: string, into: Scores) => {
  for (const row of r.rows) if (row.field.startsWith("quote")) into[`${prefix}${row.field}`] = row.ratio;
};

/** zyte-dev: body F1 (overall and per rendering), title, date, authors, quotes. */
function zyteScores(dir: string): Scores {
  const s: Scores = {};
  const body = scorer("score-body.mjs", [dir, ZYTE_DEV]);
  s.zyte_body_f1 = body.metrics.all.f1;
  for (const [k, m] of Object.entries(body.metrics as Record<string, { f1: number }>)) if (k !== "all" && k !== "base") s[`zyte_body_f1_${k}`] = m.f1;
  s.zyte_title = body.meta.title;
  s.zyte_date = body.meta.date;
  s.zyte_authors_f1 = body.meta.authors;
  quoteRows(scorer("score-extraction.mjs", [dir, path.join(ZYTE_DEV, "quotes-gold")]), "zyte_", s);
  return s;
}

/** trafilatura-dev: snippet F1 (overall and per rendering), title, date, authors, outlet, quotes. */
function trafilaturaScores(dir: string): Scores {
  const s: Scores = {};
  const snippets = scorer("score-snippets.mjs", [dir, path.join(TRAFILATURA_DEV, "gold")]);
  for (const r of snippets.rows as { scope: string; f1: number }[]) s[r.scope === "all" ? "td_snippet_f1" : `td_snippet_f1_${r.scope}`] = r.f1;
  const meta = scorer("score-body.mjs", [dir, TRAFILATURA_DEV]).meta;
  s.td_title = meta.title;
  s.td_date = meta.date;
  s.td_authors_f1 = meta.authors;
  s.td_outlet = meta.outlet;
  quoteRows(scorer("score-extraction.mjs", [dir, path.join(TRAFILATURA_DEV, "quotes-gold")]), "td_", s);
  return s;
}

/** Every pinned figure, by name, and why the bench figures are absent when they are. */
export async function measure(): Promise<{ scores: Scores; skipped: string | null }> {
  const scores: Scores = {};
  const skipped = benchesMissing();
  if (!skipped) {
    Object.assign(scores, await withBuild(path.join(ZYTE_DEV, "raw"), zyteScores));
    Object.assign(scores, await withBuild(path.join(TRAFILATURA_DEV, "raw"), trafilaturaScores));
  }
  await withBuild("raw", (dir) => {
    for (const r of (scorer("score-extraction.mjs", [dir, SEED_GOLD]) as Rows).rows) scores[`seed_${r.field}`] = r.ratio;
  });
  return { scores, skipped };
}
