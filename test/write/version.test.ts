// Versioned output: deterministic bytes, immutability of a published version, atomic replacement,
// cleanup after killed builds, and checksums that `sha256sum -c` accepts.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadDatasetConfig, openVersion, writeVersion } from "../../pipeline/write/index.ts";
import { ARTICLES, AUDIT, CONFIG, QUOTES, REJECTS, withTempDir } from "./fixtures.ts";

const EXPECTED_FILES = [
  "CHANGES.md",
  "CITATION.cff",
  "DATA_DICTIONARY.md",
  "README.md",
  "SHA256SUMS",
  "articles.arrow",
  "articles.csv",
  "articles.jsonl",
  "articles.parquet",
  "audit.arrow",
  "audit.csv",
  "audit.jsonl",
  "audit.parquet",
  "chart-articles-per-language.svg",
  "chart-articles-per-month.svg",
  "chart-articles-per-outlet.svg",
  "chart-body-length.svg",
  "datapackage.json",
  "quotes.arrow",
  "quotes.csv",
  "quotes.jsonl",
  "quotes.parquet",
  "rejects.arrow",
  "rejects.csv",
  "rejects.jsonl",
  "rejects.parquet",
];

const tables = () => ({ articles: ARTICLES, rejects: REJECTS, audit: AUDIT, quotes: QUOTES });

async function* slowly<T>(rows: T[]): AsyncIterable<T> {
  for (const r of rows) {
    await new Promise((res) => setImmediate(res));
    yield r;
  }
}

// (each test writes whole versions in every format several times: seconds on a busy 2-core machine)
describe("writeVersion", { timeout: 60_000 }, () => {
  it("writes every file, with counts", async () => {
    await withTempDir(async (out) => {
      const r = await writeVersion({ outDir: out, config: CONFIG, tables: tables() });
      expect(r.status).toBe("written");
      expect(r.dir).toBe(join(out, "v1.0.0"));
      expect(r.counts).toEqual({ articles: 3, rejects: 2, audit: 1, quotes: 1 });
      expect(r.files).toEqual(EXPECTED_FILES);
      expect(readdirSync(r.dir).sort()).toEqual(EXPECTED_FILES);
      expect(readdirSync(out)).toEqual(["v1.0.0"]); // no temp folder left behind
      const pkg = JSON.parse(readFileSync(join(r.dir, "datapackage.json"), "utf8"));
      const csv = readFileSync(join(r.dir, "articles.csv"));
      const res = pkg.resources.find((x: { name: string }) => x.name === "articles");
      expect(res.bytes).toBe(csv.byteLength);
      expect(res.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(pkg["clippings:files"].map((f: { path: string }) => f.path)).toContain("articles.arrow");
      const all = EXPECTED_FILES.map((f) => readFileSync(join(r.dir, f), "latin1")).join("");
      expect(all).not.toContain(out); // no absolute paths in the output
    });
  });

  it("is byte-deterministic, whether rows come from arrays or async iterables", async () => {
    await withTempDir(async (out) => {
      const a = await writeVersion({ outDir: join(out, "a"), config: CONFIG, tables: tables() });
      const b = await writeVersion({
        outDir: join(out, "b"),
        config: CONFIG,
        tables: { articles: slowly(ARTICLES), rejects: slowly(REJECTS), audit: slowly(AUDIT), quotes: slowly(QUOTES) },
      });
      for (const f of EXPECTED_FILES) expect(readFileSync(join(b.dir, f)).equals(readFileSync(join(a.dir, f))), f).toBe(true);
    });
  });

  it("is unchanged on identical content, refuses different content, replaces with force", async () => {
    await withTempDir(async (out) => {
      await writeVersion({ outDir: out, config: CONFIG, tables: tables() });
      const again = await writeVersion({ outDir: out, config: CONFIG, tables: tables() });
      expect(again.status).toBe("unchanged");

      const changed = { ...tables(), rejects: REJECTS.slice(0, 1) };
      await expect(writeVersion({ outDir: out, config: CONFIG, tables: changed })).rejects.toThrow(/--force/);
      expect(readdirSync(out)).toEqual(["v1.0.0"]);
      expect(readFileSync(join(out, "v1.0.0", "rejects.jsonl"), "utf8").split("\n").filter(Boolean)).toHaveLength(2);

      const forced = await writeVersion({ outDir: out, config: CONFIG, tables: changed, force: true });
      expect(forced.status).toBe("replaced");
      expect(readdirSync(out)).toEqual(["v1.0.0"]);
      expect(readFileSync(join(out, "v1.0.0", "rejects.jsonl"), "utf8").split("\n").filter(Boolean)).toHaveLength(1);

      const bumped = await writeVersion({ outDir: out, config: { ...CONFIG, version: "1.0.1" }, tables: changed });
      expect(bumped.status).toBe("written");
      expect(readdirSync(out).sort()).toEqual(["v1.0.0", "v1.0.1"]);
    });
  });

  it("cleans temp folders left by killed builds, but not a live build's", async () => {
    await withTempDir(async (out) => {
      const dead = join(out, ".v1.0.0.tmp-99999999"); // above any Linux pid_max
      const deadOld = join(out, ".v0.9.0.old-99999999");
      const live = join(out, `.v2.0.0.tmp-${process.ppid}`);
      for (const d of [dead, deadOld, live]) {
        await mkdir(d);
        await writeFile(join(d, "articles.csv"), "partial");
      }
      await writeVersion({ outDir: out, config: CONFIG, tables: tables() });
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(deadOld)).toBe(false);
      expect(existsSync(live)).toBe(true);
    });
  });

  it("removes its temp folder when a row is invalid", async () => {
    await withTempDir(async (out) => {
      const bad = [{ ...ARTICLES[0], extra: 1 }] as unknown as typeof ARTICLES;
      await expect(writeVersion({ outDir: out, config: CONFIG, tables: { ...tables(), articles: bad } })).rejects.toThrow(
        /unknown field extra/,
      );
      expect(readdirSync(out)).toEqual([]);
    });
  });

  it("supports incremental writing and extra files via openVersion", async () => {
    await withTempDir(async (out) => {
      const v = await openVersion({ outDir: out, config: CONFIG });
      for (const a of ARTICLES) await v.tables.articles.write(a);
      for (const e of AUDIT) await v.tables.audit.write(e);
      const r = await v.commit({ "build-report.json": '{"ok":true}\n' });
      expect(r.counts).toEqual({ articles: 3, rejects: 0, audit: 1, quotes: 0 });
      expect(r.files).toContain("build-report.json");
      expect(readFileSync(join(r.dir, "SHA256SUMS"), "utf8")).toContain("  build-report.json\n");
    });
  });

  const hasSha256sum = spawnSync("sha256sum", ["--version"], { stdio: "ignore" }).status === 0;
  if (!hasSha256sum) console.warn("[version.test] sha256sum not found: skipping the `sha256sum -c` check");
  (hasSha256sum ? it : it.skip)("SHA256SUMS verifies with sha256sum -c and covers every other file", async () => {
    await withTempDir(async (out) => {
      const r = await writeVersion({ outDir: out, config: CONFIG, tables: tables() });
      const sums = readFileSync(join(r.dir, "SHA256SUMS"), "utf8");
      const names = sums.trim().split("\n").map((l) => l.slice(66));
      expect(names).toEqual(EXPECTED_FILES.filter((f) => f !== "SHA256SUMS"));
      const check = spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: r.dir, encoding: "utf8" });
      expect(check.status, check.stdout + check.stderr).toBe(0);
    });
  });
});

describe("loadDatasetConfig", () => {
  it("loads the repository's dataset.json", async () => {
    const c = await loadDatasetConfig(fileURLToPath(new URL("../../dataset.json", import.meta.url)));
    expect(c.name).toBe("clippings-sample");
    expect(c.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("explains invalid content", async () => {
    await withTempDir(async (dir) => {
      const p = join(dir, "dataset.json");
      await writeFile(p, JSON.stringify({ ...CONFIG, version: "one" }));
      await expect(loadDatasetConfig(p)).rejects.toThrow(/version: expected semver/);
      await writeFile(p, "{ nope");
      await expect(loadDatasetConfig(p)).rejects.toThrow(/not valid JSON/);
    });
  });
});
