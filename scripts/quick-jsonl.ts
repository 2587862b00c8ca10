// Developer shortcut: runs the pure pipeline over RAW and writes only OUT/articles.jsonl and
// OUT/quotes.jsonl (no versioning, no other formats), for fast scoring loops while tuning rules. Not used
// by `make dataset`.
//   npx tsx scripts/quick-jsonl.ts RAW OUT
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ingestBytes, walkRaw } from "../pipeline/ingest/index.ts";
import { processDocument } from "../pipeline/process.ts";

const [raw, out] = process.argv.slice(2);
if (!raw || !out) {
  console.error("usage: tsx scripts/quick-jsonl.ts RAW OUT");
  process.exit(2);
}
const { files } = await walkRaw(raw);
const rows: string[] = [];
const quoteRows: string[] = [];
const started = performance.now();
let rejected = 0;
for (const f of files) {
  const ing = ingestBytes(f, readFileSync(path.join(raw, f)));
  const o = ing.ok ? processDocument(ing.doc) : ing;
  if (o.ok) {
    rows.push(JSON.stringify(o.value.article));
    for (const q of o.value.quotes ?? []) quoteRows.push(JSON.stringify(q));
  }
  else rejected++;
}
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "articles.jsonl"), rows.join("\n") + "\n");
writeFileSync(path.join(out, "quotes.jsonl"), quoteRows.length ? quoteRows.join("\n") + "\n" : "");
console.log(`${rows.length} records, ${quoteRows.length} quotes, ${rejected} rejects, ${((performance.now() - started) / 1000).toFixed(2)} s`);
