// End to end on the five sample texts in raw/: build a dataset version into a temp folder and check
// it against the hand-checked gold labels (test/fixtures/seed-gold), field by field.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tableFromIPC } from "apache-arrow";
import Papa from "papaparse";
import { build, type BuildSummary } from "../../pipeline/build.ts";
import { csvColumns, fromCsvRow } from "../../schemas/derive/csv.ts";
import { describeColumns } from "../../schemas/describe.ts";
import { TABLES } from "../../schemas/tables.ts";

const GOLD_DIR = "test/fixtures/seed-gold";
let tmp: string;
let summary: BuildSummary;
let articles: Record<string, unknown>[];

const readJsonl = (p: string) =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-e2e-"));
  summary = await build({ raw: "raw", out: tmp, config: "dataset.json" });
  articles = readJsonl(path.join(summary.dir, "articles.jsonl"));
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("seeds end to end", () => {
  it("accounts for every raw file", () => {
    expect(summary.filesSeen).toBe(readdirSync("raw").length);
    expect(summary.records + summary.rejects + summary.skipped).toBe(summary.filesSeen);
    expect(summary.records).toBe(5);
  });

  const golds = readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(GOLD_DIR, f), "utf8")));

  for (const g of golds) {
    it(`matches the gold labels of ${g.file}`, () => {
      const r = articles.find((a) => a.source_file === g.file) as Record<string, any>;
      expect(r, "record present").toBeDefined();
      expect(r.title).toBe(g.title);
      expect(r.subtitle).toBe(g.subtitle);
      expect(r.language).toBe(g.language);
      expect(r.published_date).toBe(g.published_date);
      if (g.published_time) expect(r.published_time).toBe(g.published_time);
      expect(r.url).toBe(g.url);
      expect(r.dateline).toBe(g.dateline);
      const outlets = g.outlet === null ? [null, ...(g.outlet_also_accepted ?? [])] : [].concat(g.outlet);
      expect(outlets).toContain(r.outlet);
      expect(r.authors).toEqual(g.authors);
      expect(r.image_credits).toEqual(g.image_credits);
      expect(r.related_headlines).toEqual(g.related_headlines);
      expect(r.paragraph_count).toBe(g.paragraph_count);
      expect(r.body.split("\n\n")).toHaveLength(r.paragraph_count);
      expect(r.body.startsWith(g.body_first_words) || r.body.replace(/^[A-Z][A-Z .,'-]+ [-—] /, "").startsWith(g.body_first_words)).toBe(true);
      expect(r.body.endsWith(g.body_last_words)).toBe(true);
      for (const s of g.body_must_include) expect(r.body).toContain(s);
      for (const s of g.body_must_exclude) expect(r.body).not.toContain(s);
    });
  }

  it("scores 100% on every non-quote field with the project's scorer", () => {
    const fields = ["record_present", "title", "subtitle", "language", "published_date", "published_time", "url", "dateline", "outlet", "authors", "image_credits", "related_headlines", "paragraph_count", "body_clean_docs"];
    const args = ["test/tools/score-extraction.mjs", tmp, GOLD_DIR, ...fields.flatMap((f) => ["--min", `${f}=1`])];
    const out = execFileSync(process.execPath, args, { encoding: "utf8" });
    expect(out.trim().split("\n").pop()).toMatch(/^score: /);
  });

  it("keeps an audit trail that explains removed lines", () => {
    const audit = readJsonl(path.join(summary.dir, "audit.jsonl"));
    const credit = audit.find((e) => e.rule === "photo-credit" && e.action === "captured");
    expect(credit?.text).toBe("Roman Pilipey / EPA / TASS");
    const icons = audit.find((e) => e.rule === "icon-font-run");
    expect(icons).toMatchObject({ action: "removed", first_line: 1, last_line: 1 });
  });

  for (const table of Object.values(TABLES)) {
    it(`${table.name}: the CSV and the Arrow file hold exactly the JSONL rows`, () => {
      const jsonl = readJsonl(path.join(summary.dir, `${table.name}.jsonl`));
      const csv = Papa.parse<string[]>(readFileSync(path.join(summary.dir, `${table.name}.csv`), "utf8"), { newline: "\n", skipEmptyLines: true });
      expect(csv.errors).toEqual([]);
      const [header, ...rows] = csv.data;
      expect(header).toEqual(csvColumns(table));
      const specs = describeColumns(table.schema);
      expect(rows.map((cells) => fromCsvRow(specs, cells))).toEqual(jsonl);
      const arrow = tableFromIPC(readFileSync(path.join(summary.dir, `${table.name}.arrow`)));
      expect(arrow.numRows).toBe(jsonl.length);
      expect(arrow.schema.fields.map((f) => f.name)).toEqual(header);
    });
  }

  it("builds byte-identical files twice", { timeout: 120_000 }, async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), "clippings-e2e-b-"));
    try {
      const again = await build({ raw: "raw", out: other, config: "dataset.json" });
      for (const f of readdirSync(summary.dir)) expect(readFileSync(path.join(again.dir, f)).equals(readFileSync(path.join(summary.dir, f))), f).toBe(true);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
