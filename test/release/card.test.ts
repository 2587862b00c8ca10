// The dataset card: Hugging Face front matter, summary figures, charts rendered to SVG, citation and
// provenance; no build date anywhere, identical bytes on a rebuild.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartsFor, histogramStep, renderSvg } from "../../pipeline/release/charts.ts";
import { rulesFingerprint } from "../../pipeline/release/provenance.ts";
import type { VersionStats } from "../../pipeline/release/stats.ts";
import { sizeCategory } from "../../pipeline/release/card.ts";
import { TABLES } from "../../schemas/tables.ts";
import { BASE_CONFIG, buildWith, readJsonlSync, SEED_RAW, tempDir } from "./helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let dir: string;
let card: string;

beforeAll(async () => {
  tmp = tempDir("card");
  dir = (await buildWith(SEED_RAW, join(tmp.dir, "out"), { ...BASE_CONFIG, authors: [{ name: "Jane Doe" }], homepage: "https://example.org/clippings" })).dir;
  card = readFileSync(join(dir, "README.md"), "utf8");
}, 120_000);
afterAll(() => tmp.done());

function frontMatter(text: string): string {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!m) throw new Error("no front matter");
  return m[1];
}

describe("dataset card", () => {
  it("has the front matter the hub reads", () => {
    const fm = frontMatter(card);
    expect(fm).toContain('license: "cc-by-4.0"');
    expect(fm).toMatch(/language:\n- "en"\n/);
    expect(fm).toContain('size_categories:\n- "n<1K"');
    for (const t of Object.values(TABLES)) expect(fm).toContain(`- config_name: "${t.name}"\n  data_files:\n  - split: "train"\n    path: "${t.name}.parquet"`);
    expect(fm.match(/default: true/g)).toHaveLength(1);
  });

  it("summarises the version with figures taken from the data", () => {
    const articles = readJsonlSync(join(dir, "articles.jsonl")) as { published_date: string | null; word_count: number }[];
    const dates = articles.map((a) => a.published_date).filter((d): d is string => !!d).sort();
    expect(card).toContain(`| records (articles) | ${articles.length} |`);
    expect(card).toContain(`| publication dates | ${dates[0]} to ${dates[dates.length - 1]}`);
    const words = articles.map((a) => a.word_count).sort((a, b) => a - b);
    expect(card).toContain(`| ${words[0]} / `);
    expect(card).toContain(` / ${words[words.length - 1]} |`);
    expect(card).toContain("| release | full |");
    expect(card).toContain("`audit.article_id` = `articles.id`");
  });

  it("embeds every chart, and each is an SVG with bars", () => {
    const svgs = readdirSync(dir).filter((f) => f.endsWith(".svg")).sort();
    expect(svgs).toEqual(["chart-articles-per-language.svg", "chart-articles-per-month.svg", "chart-articles-per-outlet.svg", "chart-body-length.svg"]);
    for (const f of svgs) {
      expect(card).toContain(`](${f})`);
      const svg = readFileSync(join(dir, f), "utf8");
      expect(svg.startsWith("<svg")).toBe(true);
      expect(svg).toMatch(/class="mark-rect role-mark marks"/);
      expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(3);
    }
    expect(readFileSync(join(dir, "chart-articles-per-language.svg"), "utf8")).toContain(">en<");
  });

  it("records provenance, cites the dataset, and carries no build date", () => {
    const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
    const pkgJson = JSON.parse(readFileSync("package.json", "utf8"));
    expect(pkg["clippings:provenance"].code_version).toBe(pkgJson.version);
    expect(pkg["clippings:provenance"].rules_fingerprint).toBe(`sha256:${rulesFingerprint().sha256}`);
    expect(card).toContain(pkg["clippings:provenance"].rules_fingerprint);
    expect(pkg["clippings:schema"].articles.find((f: { name: string }) => f.name === "published_date")).toEqual({ name: "published_date", type: "date", nullable: true });
    const files = pkg["clippings:files"].map((f: { path: string }) => f.path);
    for (const f of ["README.md", "CITATION.cff", "CHANGES.md", "articles.parquet", "chart-body-length.svg"]) expect(files).toContain(f);
    const cff = readFileSync(join(dir, "CITATION.cff"), "utf8");
    expect(cff).toContain("cff-version: 1.2.0");
    expect(cff).toContain('  - name: "Jane Doe"');
    expect(cff).toContain('license: "CC-BY-4.0"');
    expect(cff).toContain('url: "https://example.org/clippings"');
    const today = new Date().toISOString().slice(0, 10);
    for (const f of readdirSync(dir).filter((n) => /\.(md|cff|svg|json)$/.test(n))) {
      const text = readFileSync(join(dir, f), "utf8");
      expect(text, f).not.toContain(today);
      expect(text, f).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    }
  });

  it("rebuilds to identical bytes", async () => {
    const again = await buildWith(SEED_RAW, join(tmp.dir, "again"), { ...BASE_CONFIG, authors: [{ name: "Jane Doe" }], homepage: "https://example.org/clippings" });
    for (const f of readdirSync(dir)) expect(readFileSync(join(again.dir, f)).equals(readFileSync(join(dir, f))), f).toBe(true);
  }, 120_000);
});

describe("charts", () => {
  const stats: VersionStats = {
    rows: { articles: 40 },
    records: 40,
    rejectsByReason: [],
    outlets: [...Array.from({ length: 30 }, (_, i) => [`Outlet ${String(i).padStart(2, "0")}`, 1] as [string, number]), ["(unknown)", 10]],
    languages: [["en", 30], ["de", 10]],
    months: [["2020-01", 20], ["2020-03", 20]],
    undated: 0,
    dateRange: ["2020-01-02", "2020-03-30"],
    wordCounts: [[0, 1], [120, 19], [950, 20]],
    wordQuartiles: [0, 120, 120, 950, 950],
    emptyBodies: 1,
  };

  it("groups the long tail into one bar and keeps unknown last", () => {
    const outlet = chartsFor(stats).find((c) => c.name === "articles-per-outlet")!;
    const values = (outlet.spec as { data: { values: { name: string; n: number }[] } }).data.values;
    expect(values).toHaveLength(27);
    expect(values[25]).toEqual({ name: "other (5)", n: 5 });
    expect(values[26]).toEqual({ name: "(unknown)", n: 10 });
  });

  it("renders the same SVG every time", async () => {
    for (const c of chartsFor(stats)) expect(await renderSvg(c.spec), c.name).toBe(await renderSvg(c.spec));
  });

  it("picks histogram steps and size categories", () => {
    expect(histogramStep(451)).toBe(20);
    expect(histogramStep(5000)).toBe(200);
    expect(sizeCategory(999)).toBe("n<1K");
    expect(sizeCategory(1000)).toBe("1K<n<10K");
  });
});
