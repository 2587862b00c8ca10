// Trains the headline ranker of the title rule (pipeline/extract/title-model.json): a conditional logit
// (softmax over the candidates of a page) on the signals of pipeline/extract/rules/title.ts, labelled
// from the gold titles of both development benches (zyte-dev and trafilatura-dev `gold-meta.json`): a
// candidate is right when its text as the rule would print it (cut of a "| Site" tail or not, see
// titleText) equals an accepted title after the bench scorer's normalisation. Deterministic: fixed
// site folds, Newton steps from zero weights, no randomness.
// It reports accuracy cross-validated grouped by site (scripts/lib/sites.ts: a site's pages, in either
// bench and both renderings, sit in one fold), per bench and rendering, then (--write) trains on all
// pages and writes the model.
//   npx tsx scripts/train-title-model.ts [--write] [--cv] [--json] [--misses] [--sites] [--l2 0.25] [--dump FILE]
// --cv: cross-validation only; with --json the last stdout line is {"figures": {"title_model.zyte_title": x, ...}}.
// The article start the candidates depend on comes from the shipped block model, which saw these pages,
// so the figures are slightly optimistic about that part.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CLEAN_RULES, toWorkingDoc } from "../pipeline/clean/index.ts";
import { scoreCandidates, TITLE_FEATURES, titleCandidates, titleText, type TitleCandidate, type TitleModel } from "../pipeline/extract/rules/title.ts";
import { firstProseIndex } from "../pipeline/document.ts";
import { ingestBytes } from "../pipeline/ingest/index.ts";
import { runRules } from "../pipeline/rules.ts";
import { mean, solve } from "./lib/train-math.ts";
import { benchesMissing, benchPages, siteFolds, TRAFILATURA_DEV, ZYTE_DEV } from "./lib/sites.ts";

const args = process.argv.slice(2);
const CV_ONLY = args.includes("--cv");
const JSON_OUT = args.includes("--json");
// L2 from 0.5 to 0.003 cross-validate within a few pages of each other on both benches (--l2-scan); 0.1 is at the top.
let L2 = args.includes("--l2") ? Number(args[args.indexOf("--l2") + 1]) : 0.1;
const NEWTON_STEPS = 15;
/** Progress and tables go to stdout, except with --json, where only the figures line is printed. */
const log = (s: string) => (JSON_OUT ? process.stderr.write(s + "\n") : console.log(s));

// The bench scorer's normalisation (../shared/tools/score-body.mjs).
const norm = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\u2026/g, "...")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

const BENCH_KEY = { "zyte-dev": "zyte", "trafilatura-dev": "td" } as const;
const BENCH_DIR = { "zyte-dev": ZYTE_DEV, "trafilatura-dev": TRAFILATURA_DEV } as const;
const RENDERINGS = ["md", "w3m"] as const;

interface Doc { file: string; bench: "zyte" | "td"; page: string; rendering: string; site: string; fold: number; cands: TitleCandidate[]; y: number[]; gold: string; golds: string[]; firstProse: number }

function loadDocs(): Doc[] {
  const pages = benchPages();
  const folds = siteFolds(pages);
  const metas = Object.fromEntries(
    Object.entries(BENCH_DIR).map(([b, dir]) => [b, JSON.parse(readFileSync(path.join(dir, "gold-meta.json"), "utf8")) as Record<string, { title?: string[] }>]),
  );
  const docs: Doc[] = [];
  for (const p of pages) {
    const titles = metas[p.bench][p.id]?.title;
    if (!titles?.length) continue;
    for (const rendering of RENDERINGS) {
      const file = `${p.id}-${rendering}.txt`;
      const full = path.join(BENCH_DIR[p.bench], "raw", file);
      if (!existsSync(full)) continue;
      // A rendering that does not ingest (empty) has no candidate: it counts as a miss, as in the scorer.
      const ing = ingestBytes(file, readFileSync(full));
      const doc = ing.ok ? runRules(toWorkingDoc(file, ing.doc.text), CLEAN_RULES, "clean") : null;
      const cands = doc ? titleCandidates(doc) : [];
      const want = new Set(titles.map(norm));
      docs.push({
        file: `${p.bench}/${file}`, bench: BENCH_KEY[p.bench], page: p.id, rendering, site: p.site, fold: folds.get(p.site)!,
        cands, y: cands.map((c) => (want.has(norm(titleText(c))) ? 1 : 0)), gold: titles[0], golds: titles,
        firstProse: doc ? firstProseIndex(doc) : -1,
      });
    }
  }
  return docs;
}

/** Softmax over each page's candidates, cross-entropy against a uniform share over its right candidates, L2. */
function train(docs: Doc[]): TitleModel {
  const k = TITLE_FEATURES.length;
  const used = docs.filter((d) => d.y.some(Boolean));
  const X = used.flatMap((d) => d.cands.map((c) => c.features));
  const mu = Array.from({ length: k }, (_, j) => mean(X.map((x) => x[j])));
  const sd = Array.from({ length: k }, (_, j) => Math.sqrt(mean(X.map((x) => (x[j] - mu[j]) ** 2))) || 1);
  // Each page's standardised vectors in one flat array (candidate i at i*k), and its share per right candidate.
  const Z = used.map((d) => {
    const z = new Float64Array(d.cands.length * k);
    d.cands.forEach((c, i) => c.features.forEach((v, j) => (z[i * k + j] = (v - mu[j]) / sd[j])));
    return z;
  });
  const target = used.map((d) => {
    const pos = d.y.reduce((a, b) => a + b, 0);
    return d.y.map((y) => y / pos);
  });
  const N = used.length;
  const scores = (n: number, beta: Float64Array): Float64Array => {
    const z = Z[n];
    const out = new Float64Array(z.length / k);
    for (let i = 0; i < out.length; i++) {
      let s = 0;
      for (let j = 0; j < k; j++) s += z[i * k + j] * beta[j];
      out[i] = s;
    }
    return out;
  };
  const logSumExp = (z: Float64Array) => {
    let top = -Infinity;
    for (const v of z) if (v > top) top = v;
    let sum = 0;
    for (const v of z) sum += Math.exp(v - top);
    return top + Math.log(sum);
  };
  const loss = (beta: Float64Array) => {
    let l = 0;
    for (let n = 0; n < N; n++) {
      const z = scores(n, beta);
      const ls = logSumExp(z);
      target[n].forEach((t, i) => (l += t ? t * (ls - z[i]) : 0));
    }
    let r = 0;
    for (const b of beta) r += b * b;
    return l / N + (L2 / 2) * r;
  };
  let beta = new Float64Array(k);
  const grad = new Float64Array(k);
  const H = new Float64Array(k * k);
  const m = new Float64Array(k);
  for (let it = 0; it < NEWTON_STEPS; it++) {
    for (let j = 0; j < k; j++) grad[j] = L2 * beta[j];
    H.fill(0);
    for (let j = 0; j < k; j++) H[j * k + j] = L2;
    for (let n = 0; n < N; n++) {
      const z = scores(n, beta);
      const ls = logSumExp(z);
      const x = Z[n];
      m.fill(0);
      for (let i = 0; i < z.length; i++) {
        const p = Math.exp(z[i] - ls);
        const g = (p - target[n][i]) / N;
        // A candidate with no weight in the softmax adds nothing to the curvature (and, when wrong, to the gradient).
        if (p < 1e-12 && g === 0) continue;
        const o = i * k;
        for (let j = 0; j < k; j++) {
          m[j] += p * x[o + j];
          grad[j] += g * x[o + j];
        }
        if (p < 1e-12) continue;
        for (let a = 0; a < k; a++) {
          const pa = (p * x[o + a]) / N;
          if (pa === 0) continue;
          for (let b = a; b < k; b++) H[a * k + b] += pa * x[o + b];
        }
      }
      for (let a = 0; a < k; a++) for (let b = a; b < k; b++) H[a * k + b] -= (m[a] * m[b]) / N;
    }
    const rows = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (a <= b ? H[a * k + b] : H[b * k + a])));
    const step = solve(rows, [...grad]);
    // Backtracking: halve the Newton step until the loss goes down.
    const before = loss(beta);
    let t = 1;
    let next = beta.map((b, j) => b - step[j]);
    while (loss(next) > before && t > 1e-4) {
      t /= 2;
      next = beta.map((b, j) => b - t * step[j]);
    }
    beta = next;
  }
  const r = (v: number) => Math.round(v * 1e4) / 1e4;
  return { features: [...TITLE_FEATURES], mean: mu.map(r), std: sd.map(r), weights: [...beta].map(r) };
}

const pick = (d: Doc, m: TitleModel): number => {
  if (!d.cands.length) return -1;
  const s = scoreCandidates(d.cands, m);
  let b = 0;
  for (let i = 1; i < s.length; i++) if (s[i] > s[b]) b = i;
  return b;
};

const missing = benchesMissing();
if (missing) {
  console.error(`train-title-model: ${missing}`);
  process.exit(2);
}
const started = performance.now();
const docs = loadDocs();
log(`read ${docs.length} renderings in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const FOLDS = Math.max(...docs.map((d) => d.fold)) + 1;
if (args.includes("--l2-scan"))
  for (const l2 of args[args.indexOf("--l2-scan") + 1].split(",").map(Number)) {
    L2 = l2;
    const ok = { zyte: 0, td: 0 };
    for (let f = 0; f < FOLDS; f++) {
      const m = train(docs.filter((d) => d.fold !== f));
      for (const d of docs.filter((d) => d.fold === f)) if (pick(d, m) >= 0 && d.y[pick(d, m)] === 1) ok[d.bench]++;
    }
    log(`l2 ${l2}: zyte ${ok.zyte} td ${ok.td}`);
  }
const choice = new Map<string, number>();
const dumping = args.includes("--dump");
/** Each rendering's candidate scores under the model of the folds without its site (for --dump). */
const cvScores = new Map<string, number[]>();
const explain = args.includes("--explain") ? args[args.indexOf("--explain") + 1].split(",") : [];
for (let f = 0; f < FOLDS; f++) {
  const m = train(docs.filter((d) => d.fold !== f));
  for (const d of docs.filter((d) => d.fold === f && explain.some((e) => d.file.includes(e)))) {
    const s = scoreCandidates(d.cands, m);
    const order = d.cands.map((_, i) => i).sort((a, b) => s[b] - s[a]);
    log(`== ${d.file} want ${JSON.stringify(d.gold)}`);
    for (const i of [...order.slice(0, 4), ...order.filter((i) => d.y[i]).slice(0, 1)]) {
      const parts = TITLE_FEATURES.map((name, j) => [name, (m.weights[j] * (d.cands[i].features[j] - m.mean[j])) / (m.std[j] || 1)] as const)
        .filter(([, v]) => Math.abs(v) > 0.2).map(([n, v]) => `${n}${v > 0 ? "+" : ""}${v.toFixed(1)}`);
      log(`${d.y[i] ? "*" : " "} ${s[i].toFixed(2)} ${JSON.stringify(d.cands[i].text.slice(0, 70))} ${parts.join(" ")}`);
    }
  }
  for (const d of docs.filter((d) => d.fold === f)) {
    choice.set(d.file, pick(d, m));
    if (dumping) cvScores.set(d.file, scoreCandidates(d.cands, m));
  }
}
const right = (d: Doc) => choice.get(d.file)! >= 0 && d.y[choice.get(d.file)!] === 1;
const share = (ds: Doc[]) => Math.round((ds.filter(right).length / Math.max(1, ds.length)) * 1000) / 1000;
const report = (label: string, ds: Doc[]) =>
  log(`${label.padEnd(34)} ${ds.filter(right).length}/${ds.length} = ${share(ds).toFixed(3)}  (reachable ${ds.filter((d) => d.y.some(Boolean)).length})`);
log(`${docs.length} docs, ${docs.reduce((a, d) => a + d.cands.length, 0)} candidates; title accuracy cross-validated by site (${FOLDS} folds):`);
const figures: Record<string, number> = {};
for (const bench of ["zyte", "td"] as const) {
  const ds = docs.filter((d) => d.bench === bench);
  report(bench, ds);
  figures[`title_model.${bench}_title`] = share(ds);
  for (const r of RENDERINGS) {
    report(`  ${bench} ${r}`, ds.filter((d) => d.rendering === r));
    figures[`title_model.${bench}_title_${r}`] = share(ds.filter((d) => d.rendering === r));
  }
}
if (args.includes("--sites")) for (const s of [...new Set(docs.map((d) => d.site))].sort()) report(`  ${s}`, docs.filter((d) => d.site === s));
if (args.includes("--features"))
  TITLE_FEATURES.forEach((f, j) => {
    const pos = docs.flatMap((d) => d.cands.filter((_, i) => d.y[i]).map((c) => c.features[j]));
    const neg = docs.flatMap((d) => d.cands.filter((_, i) => !d.y[i]).map((c) => c.features[j]));
    const chosen = docs.filter((d) => !right(d) && choice.get(d.file)! >= 0).map((d) => d.cands[choice.get(d.file)!].features[j]);
    log(`${f.padEnd(18)} right ${mean(pos).toFixed(3)}  wrong ${mean(neg).toFixed(3)}  wrongly chosen ${mean(chosen).toFixed(3)}`);
  });
if (args.includes("--cuts"))
  for (const d of docs)
    d.cands.forEach((c, i) => {
      const j = TITLE_FEATURES.indexOf("cutTail");
      if (!c.features[j]) return;
      const base = d.cands.find((o) => o.lines === c.lines && !o.features[j] && !o.features[j + 2])!;
      const bi = d.cands.indexOf(base);
      if (d.y[i] || d.y[bi]) log(`${d.y[i] ? "CUT " : "FULL"} echo ${c.features[j + 1]} ${d.file}: ${base.text}`);
    });
if (args.includes("--misses"))
  for (const d of docs.filter((x) => !right(x))) {
    const c = choice.get(d.file)!;
    log(`${d.file}: got ${JSON.stringify(c >= 0 ? titleText(d.cands[c]) : null)} want ${JSON.stringify(d.gold)}${d.y.some(Boolean) ? "" : " (no candidate)"}`);
  }
// --dump FILE: every rendering's candidates (text, lines, features), right ones and cross-validated choice, as JSON (for studying misses).
if (args.includes("--dump")) {
  const rows = docs.map((d) => ({ file: d.file, bench: d.bench, rendering: d.rendering, golds: d.golds, firstProse: d.firstProse, choice: choice.get(d.file), y: d.y,
    cands: d.cands.map((c, i) => ({ text: c.text, lines: c.lines, s: cvScores.get(d.file)?.[i], f: Object.fromEntries(TITLE_FEATURES.map((n, j) => [n, c.features[j]])) })) }));
  writeFileSync(args[args.indexOf("--dump") + 1], JSON.stringify(rows));
}
if (args.includes("--write") && !CV_ONLY) {
  const model = train(docs);
  const out = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "pipeline", "extract", "title-model.json");
  writeFileSync(out, JSON.stringify(model, null, 1) + "\n");
  log(`wrote ${path.relative(process.cwd(), out)}`);
  log(TITLE_FEATURES.map((f, j) => `${f}=${model.weights[j]}`).join(" "));
}
log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
if (JSON_OUT) console.log(JSON.stringify({ figures }));
