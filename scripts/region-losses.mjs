#!/usr/bin/env node
// Where the article text a build lost went, and how much boilerplate it kept, per cause and rendering:
// the loss table of issue #13. Reads a built dataset (articles.jsonl and audit.jsonl, anywhere under
// OUT) and a development bench, finds each lost gold snippet (trafilatura-dev) or lost gold line
// (zyte-dev: a raw line of four or more tokens whose word 4-grams are mostly in the gold body) in the
// raw text, and reads from the audit rows covering its lines which rule removed it and why:
//   region ends too early / starts too late / boilerplate inside region  (article-region: after, before, inside)
//   header zone (header-leftovers: above the article start, not used by a field), subtitle, extract:<rule>,
//   clean:<rule>, no record (the file was rejected), not located (the snippet spans lines the tool cannot map).
// LEAKED counts "without" snippets found in the body (trafilatura-dev) or kept non-gold lines (zyte-dev).
// zyte-dev figures are sums over pages of each page's share (lost gold words / gold words; leaked words /
// kept words), as the benchmark averages per page. `-v` prints every row, `--cat TEXT` only those of
// a category containing TEXT (`--cat LEAK` for the leaked ones).
//   node scripts/region-losses.mjs td OUT ../shared/bench/trafilatura-dev [-v] [--cat TEXT]
//   node scripts/region-losses.mjs zy OUT ../shared/bench/zyte-dev [-v] [--cat TEXT]
import fs from "node:fs";
import path from "node:path";

const [mode, outDir, bench, ...rest] = process.argv.slice(2);
if (!["td", "zy"].includes(mode) || !outDir || !bench) {
  console.error("usage: region-losses.mjs td|zy OUT BENCH [-v] [--cat TEXT]");
  process.exit(2);
}
const verbose = rest.includes("-v"); const catFilter = rest.includes("--cat") ? rest[rest.indexOf("--cat")+1] : null;
const find = (d, n) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) { const r = find(p, n); if (r) return r; } else if (e.name === n) return p; } return null; };
const jl = (p) => fs.readFileSync(p, "utf8").split("\n").filter(Boolean).map(JSON.parse);
const arts = jl(find(outDir, "articles.jsonl")); const audit = jl(find(outDir, "audit.jsonl"));
const byStem = new Map(arts.map((a) => [a.source_file.replace(/\.[^.]+$/, ""), a]));
const auditBy = new Map(); for (const r of audit) { if (!auditBy.has(r.article_id)) auditBy.set(r.article_id, []); auditBy.get(r.article_id).push(r); }
const norm = (s) => String(s ?? "").normalize("NFKC").replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, " ").trim();
function cat(rows) {
  // rows covering the lines, in seq order; take removal rows
  const rem = rows.filter((r) => r.action === "removed" || (r.rule === "subtitle" && r.action === "captured"));
  if (!rem.length) return "kept-but-unmatched";
  const r = rem.find(r=>r.rule==="article-region") ?? rem[0];
  if (r.rule === "article-region") {
    if (/^after/.test(r.reason)) return "region ends too early";
    if (/^before/.test(r.reason)) return "starts too late";
    if (/^boilerplate block inside/.test(r.reason)) return "boilerplate inside region";
    if (/^no visible/.test(r.reason)) return "no visible text";
    return "region:" + r.reason.slice(0, 30);
  }
  if (r.rule === "header-leftovers") return "header zone";
  if (r.rule === "subtitle") return "subtitle";
  return r.stage + ":" + r.rule;
}
function linesOf(raw) { // normalized line texts and offsets in joined normalized
  const lines = raw.split("\n"); const offs = []; let s = ""; 
  lines.forEach((l, i) => { const n = norm(l); if (!n) { offs.push(-1); return; } if (s) s += " "; offs.push(s.length); s += n; });
  return { lines, offs, joined: s };
}
function rowsFor(a, lo, hi) { return (auditBy.get(a.id) ?? []).filter((r) => r.first_line != null && r.first_line <= hi + 1 && r.last_line >= lo + 1).sort((x,y)=>x.seq-y.seq); }
const table = {}; const add = (rend, c, w = 1) => { table[c] ??= {}; table[c][rend] = (table[c][rend] ?? 0) + w; table[c].all = (table[c].all ?? 0) + w; };
if (mode === "td") {
  const gdir = path.join(bench, "gold");
  for (const f of fs.readdirSync(gdir).sort()) {
    const g = JSON.parse(fs.readFileSync(path.join(gdir, f), "utf8")); const key = g.source_file.replace(/\.[^.]+$/, ""); const rend = key.endsWith("-md") ? "md" : "w3m";
    const a = byStem.get(key); const body = a ? norm(a.body) : "";
    const raw = fs.readFileSync(path.join(bench, "raw", g.source_file), "utf8"); const L = linesOf(raw);
    const locate = (s) => { const at = L.joined.indexOf(norm(s)); if (at < 0) return null; let lo = -1, hi = -1; const end = at + norm(s).length; L.offs.forEach((o, i) => { if (o < 0) return; const oe = o + norm(L.lines[i]).length; if (oe > at && o < end) { if (lo < 0) lo = i; hi = i; } }); return [lo, hi]; };
    for (const s of g.body_must_include ?? []) {
      if (a && body.includes(norm(s))) continue;
      let c; let rows = [];
      if (!a) c = "no record"; else { const loc = locate(s); if (!loc) c = "not located"; else { rows = rowsFor(a, loc[0], loc[1]); c = cat(rows); } }
      add(rend, "LOST " + c);
      if (verbose && (!catFilter || c.includes(catFilter))) console.log(`${key} L${(locate(s)??[0])[0]+1} [${c}] ${JSON.stringify(s).slice(0, 90)} :: ${rows.filter(r=>r.action==="removed").map(r=>r.rule+": "+r.reason.slice(0,50)).join(" | ")}`);
    }
    for (const s of g.body_must_exclude ?? []) {
      if (!(a && body.includes(norm(s)))) continue;
      add(rend, "LEAKED");
      if (verbose && catFilter === "LEAK") console.log(`${key} [LEAK] ${JSON.stringify(s).slice(0, 100)}`);
    }
  }
} else {
  const gold = JSON.parse(fs.readFileSync(path.join(bench, "gold.json"), "utf8"));
  const tok = (s) => (s.toLowerCase().match(/\w+/gu) ?? []);
  for (const f of fs.readdirSync(path.join(bench, "raw")).sort()) {
    const key = f.replace(/\.[^.]+$/, ""); const id = key.replace(/-(md|w3m)$/, ""); const rend = key.endsWith("-md") ? "md" : "w3m";
    const g = gold[id]; if (!g) continue; const gt = tok(g.articleBody); const gset = new Set(); for (let i = 0; i + 3 < gt.length; i++) gset.add(gt.slice(i, i + 4).join(" "));
    const a = byStem.get(key); const raw = fs.readFileSync(path.join(bench, "raw", f), "utf8").split("\n");
    const bset = new Set(); if (a) { const bt = tok(a.body); for (let i = 0; i + 3 < bt.length; i++) bset.add(bt.slice(i, i + 4).join(" ")); }
    // per line: gold-ness by its 4-grams (lines with < 4 tokens: joined with neighbours is too complex -> skip short)
    let goldW = 0; const lost = {}; let keptW=0; const leak={};
    raw.forEach((l, i) => { const t = tok(l.replace(/\]\([^)]*\)/g, "]")); if (t.length < 4) return; let inG = 0, inB = 0, n = 0; for (let k = 0; k + 3 < t.length; k++) { const sh = t.slice(k, k + 4).join(" "); n++; if (gset.has(sh)) inG++; if (bset.has(sh)) inB++; }
      const isG = inG / n > 0.5, kept = inB / n > 0.5; if (isG) goldW += t.length; if (kept) keptW += t.length;
      if (isG && !kept) { const c = a ? cat(rowsFor(a, i, i)) : "no record"; lost[c] = (lost[c] ?? 0) + t.length; if (verbose && (!catFilter || c.includes(catFilter))) console.log(`${key}:${i+1} [${c}] ${l.slice(0, 90)}`); }
      if (!isG && kept) { const c = "LEAKED"; leak[c]=(leak[c]??0)+t.length; if (verbose && catFilter==="LEAK") console.log(`${key}:${i+1} [LEAK] ${l.slice(0,90)}`);} });
    for (const [c, w] of Object.entries(lost)) add(rend, "LOST " + c, w / Math.max(1, goldW));
    for (const [c, w] of Object.entries(leak)) add(rend, c, w / Math.max(1, keptW));
  }
}
const rows = Object.entries(table).sort((x, y) => y[1].all - x[1].all);
const fmt = (v) => mode === "td" ? String(v ?? 0) : (v ?? 0).toFixed(2);
console.log("category".padEnd(36), "all".padStart(7), "md".padStart(7), "w3m".padStart(7), mode === "zy" ? "(page-share sums)" : "");
for (const [c, v] of rows) console.log(c.padEnd(36), fmt(v.all).padStart(7), fmt(v.md).padStart(7), fmt(v.w3m).padStart(7));
