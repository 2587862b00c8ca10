// Trains the speaker ranker of the quote stage (pipeline/quotes/speaker-ranker.ts → speaker-model.json):
// a conditional logit (softmax over a quotation's candidates: the names around it and "no speaker") on
// language-general signals, labelled from the quotes gold of both development benches (zyte-dev and
// trafilatura-dev `quotes-gold/`, both renderings). Gold quotations are matched to the extracted ones
// as ../shared/tools/score-extraction.mjs matches them (in order, by their opening words), and a
// candidate is right when its name equals the gold speaker after the scorer's normalisation (case
// ignored); "no speaker" is right for a gold speaker of null. Deterministic: fixed site folds, Newton
// steps from zero weights, no randomness.
// It reports speaker accuracy and speaker precision cross-validated grouped by site
// (scripts/lib/sites.ts) next to the rules' figures on the same quotations. The threshold under which
// the top name is not published is chosen inside each fold, by an inner cross-validation over the
// training sites only. --write trains on all pages (threshold from the outer cross-validation's
// out-of-fold probabilities) and writes the model.
//   npx tsx scripts/train-speaker-model.ts [--cv] [--json] [--write] [--misses] [--l2 0.1]
// --cv: cross-validation only; with --json the last stdout line is {"figures": {"speaker_model.td_speaker": x, ...}}.
// The bodies the quotations are read from come from the shipped block and title models, which saw
// these pages.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clean } from "../pipeline/clean/index.ts";
import { extract } from "../pipeline/extract/index.ts";
import { ingestBytes } from "../pipeline/ingest/index.ts";
import { extractQuotes } from "../pipeline/quotes/index.ts";
import { chooseSpeaker, SPEAKER_FEATURES, type SpeakerCandidate, type SpeakerModel } from "../pipeline/quotes/speaker-ranker.ts";
import { backtrackStep, mean, scorerNorm as norm, solve } from "./lib/train-math.ts";
import { benchesMissing, benchPages, siteFolds, TRAFILATURA_DEV, ZYTE_DEV } from "./lib/sites.ts";

const args = process.argv.slice(2);
const CV_ONLY = args.includes("--cv");
const JSON_OUT = args.includes("--json");
const L2 = args.includes("--l2") ? Number(args[args.indexOf("--l2") + 1]) : 0.1;
const NEWTON_STEPS = 12;
/** Thresholds tried for publishing the top name. */
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round(i * 5) / 100);
const log = (s: string) => (JSON_OUT ? process.stderr.write(s + "\n") : console.log(s));

const lead = (t: string) => norm(t).replace(/^[\s"'«»„‚‹›「『….]+/u, "");
const sameSpeaker = (a: string | null, b: string | null) => norm(a).toLowerCase() === norm(b).toLowerCase();

const BENCHES = [
  { key: "td", bench: "trafilatura-dev", dir: TRAFILATURA_DEV },
  { key: "zyte", bench: "zyte-dev", dir: ZYTE_DEV },
] as const;

/** One gold quotation: the extracted one it matched (if any), its candidates and the rules' speaker. */
interface Item {
  bench: "td" | "zyte";
  file: string;
  fold: number;
  lang: string;
  gold: string | null;
  found: boolean;
  rules: string | null;
  cands: SpeakerCandidate[];
  y: number[];
  text: string;
}

function loadItems(): Item[] {
  const pages = benchPages();
  const folds = siteFolds(pages);
  const siteOf = new Map(pages.map((p) => [`${p.bench}/${p.id}`, p.site]));
  const items: Item[] = [];
  for (const b of BENCHES) {
    const goldDir = path.join(b.dir, "quotes-gold");
    for (const gf of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
      const g = JSON.parse(readFileSync(path.join(goldDir, gf), "utf8")) as { source_file: string; language?: string; quotes?: { speaker: string | null; text_starts: string }[] };
      if (!g.quotes?.length) continue;
      const file = g.source_file;
      const page = file.replace(/-(md|w3m)\.txt$/u, "");
      const site = siteOf.get(`${b.bench}/${page}`) ?? `page:${b.bench}/${page}`;
      const fold = folds.get(site) ?? 0;
      const raw = path.join(b.dir, "raw", file);
      const quotes: { text: string; speaker: string | null; cands: SpeakerCandidate[] }[] = [];
      if (existsSync(raw)) {
        const ing = ingestBytes(file, readFileSync(raw));
        const ex = ing.ok ? extract(clean(ing.doc)) : null;
        if (ex?.ok) extractQuotes(ex.value.article, { onCandidates: (q, cands) => quotes.push({ text: lead(q.text), speaker: q.speaker, cands }) });
      }
      const used = new Set<number>();
      for (const q of g.quotes) {
        const want = lead(q.text_starts).replace(/[\s,.;:!?"'»”’」』…-]+$/u, "");
        const i = quotes.findIndex((t, j) => !used.has(j) && want.length > 0 && t.text.startsWith(want));
        if (i >= 0) used.add(i);
        const m = i >= 0 ? quotes[i] : null;
        const cands = m?.cands ?? [];
        items.push({
          bench: b.key, file: `${b.key}/${file}`, fold, lang: g.language ?? "?", gold: q.speaker, found: !!m, rules: m?.speaker ?? null,
          cands, y: cands.map((c) => (c.name === null ? (q.speaker === null ? 1 : 0) : sameSpeaker(c.name, q.speaker) ? 1 : 0)), text: q.text_starts,
        });
      }
    }
  }
  return items;
}

type Weights = Pick<SpeakerModel, "mean" | "std" | "weights">;

/** Softmax over each quotation's candidates, cross-entropy against its right candidates, L2; Newton steps. */
function train(items: Item[]): Weights {
  const k = SPEAKER_FEATURES.length;
  const used = items.filter((d) => d.found && d.y.some(Boolean));
  const X = used.flatMap((d) => d.cands.map((c) => c.features));
  const mu = Array.from({ length: k }, (_, j) => mean(X.map((x) => x[j])));
  const sd = Array.from({ length: k }, (_, j) => Math.sqrt(mean(X.map((x) => (x[j] - mu[j]) ** 2))) || 1);
  const Z = used.map((d) => d.cands.map((c) => c.features.map((v, j) => (v - mu[j]) / sd[j])));
  const T = used.map((d) => {
    const pos = d.y.reduce((a, b) => a + b, 0);
    return d.y.map((y) => y / pos);
  });
  const N = used.length;
  const probs = (z: number[][], beta: number[]) => {
    const s = z.map((x) => x.reduce((a, v, j) => a + v * beta[j], 0));
    const top = Math.max(...s);
    const e = s.map((v) => Math.exp(v - top));
    const sum = e.reduce((a, b) => a + b, 0);
    return e.map((v) => v / sum);
  };
  const loss = (beta: number[]) => {
    let l = 0;
    for (let n = 0; n < N; n++) probs(Z[n], beta).forEach((p, i) => (l -= T[n][i] ? T[n][i] * Math.log(Math.max(p, 1e-300)) : 0));
    return l / N + (L2 / 2) * beta.reduce((a, b) => a + b * b, 0);
  };
  let beta = new Array<number>(k).fill(0);
  for (let it = 0; it < NEWTON_STEPS; it++) {
    const grad = beta.map((b) => L2 * b);
    const H = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (a === b ? L2 : 0)));
    for (let n = 0; n < N; n++) {
      const p = probs(Z[n], beta);
      const m = new Array<number>(k).fill(0);
      Z[n].forEach((x, i) => {
        for (let j = 0; j < k; j++) {
          m[j] += p[i] * x[j];
          grad[j] += ((p[i] - T[n][i]) * x[j]) / N;
        }
      });
      Z[n].forEach((x, i) => {
        if (p[i] < 1e-12) return;
        for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) H[a][b] += (p[i] * x[a] * x[b]) / N;
      });
      for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) H[a][b] -= (m[a] * m[b]) / N;
    }
    const step = solve(H, grad);
    beta = backtrackStep(beta, step, loss);
  }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return { mean: mu.map(r), std: sd.map(r), weights: beta.map(r) };
}

/** The speaker a model publishes for an item at a threshold (a quotation not found has none). */
const pickAt = (d: Item, m: Weights, t: number): string | null => {
  if (!d.found || !d.cands.length) return null;
  return d.cands[chooseSpeaker(d.cands, { ...m, features: [...SPEAKER_FEATURES], threshold: t })]?.name ?? null;
};
const right = (d: Item, sp: string | null) => d.found && sameSpeaker(sp, d.gold);

/** Out-of-fold models over `folds`, and the threshold that gets the most speakers right on them. */
function chooseThreshold(items: Item[], folds: number[]): number {
  const models = new Map(folds.map((f) => [f, train(items.filter((d) => d.fold !== f && folds.includes(d.fold)))]));
  let best = 0;
  let bestOk = -1;
  for (const t of THRESHOLDS) {
    let ok = 0;
    for (const d of items) if (folds.includes(d.fold) && right(d, pickAt(d, models.get(d.fold)!, t))) ok++;
    if (ok > bestOk) [best, bestOk] = [t, ok];
  }
  return best;
}

const missing = benchesMissing();
if (missing) {
  if (JSON_OUT) console.log(JSON.stringify({ skipped: missing }));
  else console.error(`train-speaker-model: ${missing}`);
  process.exit(JSON_OUT ? 0 : 2);
}
const started = performance.now();
const items = loadItems();
log(`read ${items.length} gold quotations (${items.filter((d) => d.found).length} found) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const FOLDS = Math.max(...items.map((d) => d.fold)) + 1;
const allFolds = Array.from({ length: FOLDS }, (_, f) => f);

const choice = new Map<Item, string | null>();
const thresholds: number[] = [];
for (const f of allFolds) {
  const inner = allFolds.filter((x) => x !== f);
  const t = chooseThreshold(items, inner);
  thresholds.push(t);
  const m = train(items.filter((d) => d.fold !== f));
  for (const d of items.filter((d) => d.fold === f)) choice.set(d, pickAt(d, m, t));
}
log(`thresholds chosen per fold (inner cross-validation): ${thresholds.map((t) => t.toFixed(2)).join(" ")}`);

const r3 = (v: number) => Math.round(v * 1000) / 1000;
const figures: Record<string, number> = {};
const measure = (ds: Item[], sp: (d: Item) => string | null) => {
  const ok = ds.filter((d) => right(d, sp(d))).length;
  const named = ds.filter((d) => d.found && sp(d) !== null);
  const namedOk = named.filter((d) => right(d, sp(d))).length;
  return { ok, n: ds.length, speaker: r3(ok / Math.max(1, ds.length)), precision: r3(namedOk / Math.max(1, named.length)), named: named.length, namedOk };
};
log(`speaker accuracy and precision cross-validated by site (${FOLDS} folds), ranker vs rules on the same quotations:`);
for (const bench of ["td", "zyte"] as const) {
  const ds = items.filter((d) => d.bench === bench);
  const m = measure(ds, (d) => choice.get(d) ?? null);
  const r = measure(ds, (d) => d.rules);
  const fill = measure(ds, (d) => d.rules ?? choice.get(d) ?? null);
  log(`${bench.padEnd(5)} ranker only where the rules give no speaker: ${fill.ok}/${fill.n} = ${fill.speaker.toFixed(3)} precision ${fill.namedOk}/${fill.named} = ${fill.precision.toFixed(3)}`);
  log(`${bench.padEnd(5)} ranker speaker ${m.ok}/${m.n} = ${m.speaker.toFixed(3)} precision ${m.namedOk}/${m.named} = ${m.precision.toFixed(3)} | rules speaker ${r.ok}/${r.n} = ${r.speaker.toFixed(3)} precision ${r.namedOk}/${r.named} = ${r.precision.toFixed(3)}`);
  figures[`speaker_model.${bench}_speaker`] = m.speaker;
  figures[`speaker_model.${bench}_precision`] = m.precision;
  figures[`speaker_model.${bench}_rules_speaker`] = r.speaker;
  figures[`speaker_model.${bench}_rules_precision`] = r.precision;
  for (const lang of [...new Set(ds.map((d) => d.lang))].sort()) {
    const l = ds.filter((d) => d.lang === lang);
    const ml = measure(l, (d) => choice.get(d) ?? null);
    const rl = measure(l, (d) => d.rules);
    log(`  ${lang.padEnd(4)} ranker ${ml.ok}/${ml.n}  rules ${rl.ok}/${rl.n}`);
  }
  for (const f of allFolds) {
    const fd = ds.filter((d) => d.fold === f);
    log(`  fold ${f}: ranker ${measure(fd, (d) => choice.get(d) ?? null).ok}/${fd.length}  rules ${measure(fd, (d) => d.rules).ok}/${fd.length}`);
  }
}
if (args.includes("--misses"))
  for (const d of items.filter((x) => right(x, x.rules) !== right(x, choice.get(x) ?? null)))
    log(`${right(d, d.rules) ? "LOST" : "WON "} ${d.file}: gold ${JSON.stringify(d.gold)} rules ${JSON.stringify(d.rules)} ranker ${JSON.stringify(choice.get(d) ?? null)} «${d.text.slice(0, 50)}»`);
if (args.includes("--reach"))
  for (const d of items.filter((x) => !right(x, x.rules)))
    log(`${d.y.some(Boolean) ? "REACH" : "NONE "} ${d.file} [${d.lang}]: gold ${JSON.stringify(d.gold)} rules ${JSON.stringify(d.rules)} cands ${JSON.stringify(d.cands.map((c) => c.name))} «${d.text.slice(0, 40)}»`);
if (args.includes("--write") && !CV_ONLY) {
  const model: SpeakerModel = { features: [...SPEAKER_FEATURES], ...train(items), threshold: chooseThreshold(items, allFolds) };
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "pipeline", "quotes", "speaker-model.json");
  writeFileSync(out, JSON.stringify(model, null, 1) + "\n");
  log(`wrote ${path.relative(process.cwd(), out)} (threshold ${model.threshold})`);
  log(SPEAKER_FEATURES.map((f, j) => `${f}=${model.weights[j]}`).join(" "));
}
log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
if (JSON_OUT) console.log(JSON.stringify({ figures }));
