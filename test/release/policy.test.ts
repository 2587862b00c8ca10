// Release policy: exclusions (by id and by url, with the rows of other tables that point at the
// record) and metadata-only releases (no body, quotations cut to their opening words), applied by the
// write stage and stated in the card; `release` refuses a version that no longer honours the policy.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleKeyOf, openingWords, releasePolicy } from "../../pipeline/release/policy.ts";
import { checkPolicy } from "../../pipeline/release/publish.ts";
import { writeVersion } from "../../pipeline/write/version.ts";
import { DatasetConfigSchema, releasePolicyOf, type DatasetConfig } from "../../schemas/dataset-config.ts";
import { TABLES } from "../../schemas/tables.ts";
import { BASE_CONFIG, buildWith, readJsonlSync, SEED_RAW, tempDir } from "./helpers.ts";

describe("policy pieces", () => {
  it("cuts a text to its opening words, in scripts with and without spaces", () => {
    expect(openingWords("We call on all sides to keep using dialogue.")).toBe("We call on all sides…");
    expect(openingWords("Short one here.")).toBe("Short one here.");
    const ja = openingWords("東京都は本日、新しい交通計画を発表しました。");
    expect(ja.endsWith("…")).toBe(true);
    expect(ja.length).toBeLessThan(20);
  });

  it("defaults to a full release with nothing excluded, and validates the config", () => {
    expect(releasePolicyOf(BASE_CONFIG)).toEqual({ mode: "full", exclude: { ids: [], urls: [] } });
    expect(DatasetConfigSchema.safeParse({ ...BASE_CONFIG, release: { mode: "metadata-only" } }).success).toBe(true);
    expect(DatasetConfigSchema.safeParse({ ...BASE_CONFIG, release: { mode: "bodies-only" } }).success).toBe(false);
    expect(DatasetConfigSchema.safeParse({ ...BASE_CONFIG, exclude: { ids: ["x"], names: [] } }).success).toBe(false);
  });

  it("finds the column of each table that points at an article", () => {
    expect(articleKeyOf(TABLES.articles)).toBeUndefined();
    expect(articleKeyOf(TABLES.audit)).toBe("article_id");
    expect(articleKeyOf(TABLES.rejects)).toBeUndefined();
    for (const t of Object.values(TABLES)) if ("article_id" in t.schema.shape) expect(articleKeyOf(t)).toBe("article_id");
  });

  it("is a pure transform: metadata-only empties the body and cuts quotes and logged text", () => {
    const p = releasePolicy({ ...BASE_CONFIG, release: { mode: "metadata-only" } });
    const article = { id: "a1", url: null, title: "T", body: "One two three." };
    const out = p.apply(TABLES.articles, article)!;
    expect(out).toEqual({ id: "a1", url: null, title: "T", body: "" });
    expect(article.body).toBe("One two three.");
    const audit = { article_id: "a1", text: "a line of the article that was rejoined by a rule" };
    expect(p.apply(TABLES.audit, audit)!.text).toBe("a line of the article…");
    const quotes = { ...TABLES.audit, name: "quotes" }; // whatever its columns, a table named quotes has its text cut
    expect(p.apply(quotes, { article_id: "a1", text: "On the issue of international relations, China has" })!.text).toBe("On the issue of international…");
  });
});

describe("policy in a build", () => {
  let tmp: ReturnType<typeof tempDir>;
  let full: string;
  let articles: Record<string, any>[];
  beforeAll(async () => {
    tmp = tempDir("policy");
    full = (await buildWith(SEED_RAW, join(tmp.dir, "full"), BASE_CONFIG)).dir;
    articles = readJsonlSync(join(full, "articles.jsonl"));
  }, 120_000);
  afterAll(() => tmp.done());

  const rowsOf = (dir: string) =>
    Object.fromEntries(Object.keys(TABLES).map((n) => [n, readJsonlSync(join(dir, `${n}.jsonl`))])) as Record<string, Record<string, any>[]>;

  it("leaves out records by id and by url, with every row that points at them", async () => {
    const byId = articles[0];
    const byUrl = articles.find((a) => a.url && a.id !== byId.id)!;
    expect(byUrl).toBeDefined();
    const config: DatasetConfig = { ...BASE_CONFIG, exclude: { ids: [byId.id], urls: [byUrl.url + "/"] } };
    // Articles last: the url match is only known after the audit rows of that article were written.
    const source = rowsOf(full);
    const ordered = async function* <T>(rows: T[], wait: Promise<unknown>) {
      await wait;
      yield* rows;
    };
    let auditDone!: () => void;
    const auditWritten = new Promise<void>((r) => (auditDone = r));
    const tables = Object.fromEntries(Object.keys(TABLES).map((n) => [n, source[n]])) as Record<string, unknown>;
    tables.audit = (async function* () {
      yield* source.audit;
      auditDone();
    })();
    tables.articles = ordered(source.articles, auditWritten);
    const r = await writeVersion({ outDir: join(tmp.dir, "excl"), config, tables: tables as never });
    const got = rowsOf(r.dir);
    const gone = new Set([byId.id, byUrl.id]);
    expect(got.articles.map((a) => a.id)).toEqual(articles.filter((a) => !gone.has(a.id)).map((a) => a.id));
    for (const [name, rows] of Object.entries(got)) {
      const key = articleKeyOf(TABLES[name as keyof typeof TABLES]);
      if (key) expect(rows.filter((x) => gone.has(x[key])), name).toEqual([]);
    }
    expect(got.audit.length).toBe(source.audit.filter((x) => !gone.has(x.article_id)).length);
    expect(got.audit.length).toBeLessThan(source.audit.length);
    expect(r.counts.audit).toBe(got.audit.length);
    const pkg = JSON.parse(readFileSync(join(r.dir, "datapackage.json"), "utf8"));
    expect(pkg["clippings:release"]).toMatchObject({ mode: "full", exclusion_list: { ids: 1, urls: 1 }, excluded_records: 2 });
    expect(pkg["clippings:release"].excluded_rows.audit).toBe(source.audit.length - got.audit.length);
    const card = readFileSync(join(r.dir, "README.md"), "utf8");
    expect(card).toContain("2 record(s) matched and are not in any table");
    // The Parquet files hold the filtered rows too (the url pass rewrote every format).
    const pl = (await import("nodejs-polars")).default;
    expect(pl.readParquet(join(r.dir, "audit.parquet")).height).toBe(got.audit.length);
    // Releasing the unfiltered version under this config is refused.
    await expect(checkPolicy(full, config, Object.values(TABLES))).rejects.toThrow(/exclusion list names/);
    await expect(checkPolicy(r.dir, config, Object.values(TABLES))).resolves.toBeUndefined();
  });

  it("metadata-only: no body, quotations cut, every other field kept, stated in the card", async () => {
    const config: DatasetConfig = { ...BASE_CONFIG, release: { mode: "metadata-only" } };
    const dir = (await buildWith(SEED_RAW, join(tmp.dir, "meta"), config)).dir;
    const got = rowsOf(dir);
    const src = rowsOf(full);
    expect(got.articles.map((a) => a.body)).toEqual(articles.map(() => ""));
    expect(got.articles.map(({ body, ...rest }) => rest)).toEqual(src.articles.map(({ body, ...rest }) => rest));
    if (got.quotes) {
      expect(got.quotes.length).toBe(src.quotes.length);
      for (const [i, q] of got.quotes.entries()) {
        const words = q.text.replace(/…$/, "").split(/\s+/);
        expect(words.length).toBeLessThanOrEqual(5);
        expect(src.quotes[i].text.startsWith(q.text.replace(/…$/, ""))).toBe(true);
      }
    }
    const text = Object.values(got).map((rows) => JSON.stringify(rows)).join("\n");
    // No paragraph of any original body survives anywhere in the release.
    for (const a of articles) for (const para of a.body.split("\n\n").filter((p: string) => p.length > 80)) expect(text).not.toContain(para);
    const card = readFileSync(join(dir, "README.md"), "utf8");
    expect(card).toContain("**Metadata-only release.**");
    expect(card).toContain("`articles.body` is empty");
    expect(readFileSync(join(dir, "DATA_DICTIONARY.md"), "utf8")).toContain("**Metadata-only release**");
    expect(readFileSync(join(full, "DATA_DICTIONARY.md"), "utf8")).not.toContain("Metadata-only");
    await expect(checkPolicy(full, config, Object.values(TABLES))).rejects.toThrow(/metadata-only/);
    await expect(checkPolicy(dir, config, Object.values(TABLES))).resolves.toBeUndefined();
  }, 120_000);
});
