// The card's figures gathered row by row while writing must equal those read back from the files
// (versionStats), which is the form used when rows are dropped after writing.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { StatsCollector, UNKNOWN, versionStats } from "../../pipeline/release/stats.ts";
import { TABLES } from "../../schemas/tables.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-stats-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const articles = [
  { id: "a", outlet: "BBC News", language: "en", published_date: "2024-03-09", word_count: 120, body: "x" },
  { id: "b", outlet: null, language: "de", published_date: null, word_count: 0, body: "" },
  { id: "c", outlet: "BBC News", language: "en", published_date: "2023-12-31", word_count: 120, body: "y" },
  { id: "d", outlet: "Le Monde", language: null, published_date: "2024-03-01", word_count: 480, body: "z" },
];
const rejects = [{ reason: "empty file" }, { reason: "duplicate file" }, { reason: "empty file" }];

describe("version stats", () => {
  it("gives the same figures gathered from rows as read back from the JSONL files", async () => {
    const lines = (rows: object[]) => rows.map((r) => JSON.stringify(r) + "\n").join("");
    writeFileSync(path.join(tmp, "articles.jsonl"), lines(articles));
    writeFileSync(path.join(tmp, "rejects.jsonl"), lines(rejects));
    const read = await versionStats(tmp, [TABLES.articles, TABLES.rejects]);

    const gathered = new StatsCollector();
    for (const a of articles) gathered.addArticle(a);
    for (const r of rejects) gathered.addReject(r);
    expect(gathered.result({ articles: 4, rejects: 3 })).toEqual(read);

    expect(read).toMatchObject({
      records: 4,
      rows: { articles: 4, rejects: 3 },
      rejectsByReason: [["empty file", 2], ["duplicate file", 1]],
      outlets: [["BBC News", 2], [UNKNOWN, 1], ["Le Monde", 1]],
      languages: [["en", 2], [UNKNOWN, 1], ["de", 1]],
      months: [["2023-12", 1], ["2024-03", 2]],
      undated: 1,
      dateRange: ["2023-12-31", "2024-03-09"],
      wordQuartiles: [0, 0, 120, 120, 480],
      emptyBodies: 1,
    });
  });
});
