// Summary figures of a written version, for the dataset card and its charts, computed by streaming the
// version's JSONL files: counters only (by month, outlet, language, word count), so memory does not
// grow with the number of records.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { tableFile } from "../../schemas/derive/files.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { countLines, readJsonl } from "./jsonl.ts";

export const UNKNOWN = "(unknown)";

export interface VersionStats {
  rows: Record<string, number>;
  records: number;
  rejectsByReason: [string, number][];
  /** Sorted by count (desc), then name. */
  outlets: [string, number][];
  languages: [string, number][];
  /** "YYYY-MM" → count, sorted by month. */
  months: [string, number][];
  undated: number;
  dateRange: [string, string] | null;
  /** Word counts of the bodies: value → number of records. */
  wordCounts: [number, number][];
  /** Min, 25 %, median, 75 %, max of `word_count` (nearest-rank), null without records. */
  wordQuartiles: [number, number, number, number, number] | null;
  emptyBodies: number;
}

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
const byKey = <K extends string | number>(a: [K, number], b: [K, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function bump<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** Nearest-rank quantile over a sorted value → count list. */
function quantile(sorted: [number, number][], total: number, q: number): number {
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (const [v, n] of sorted) {
    seen += n;
    if (seen >= rank) return v;
  }
  return sorted[sorted.length - 1][0];
}

export async function versionStats(dir: string, tables: TableDef[]): Promise<VersionStats> {
  const rows: Record<string, number> = {};
  for (const t of tables) {
    const p = join(dir, tableFile(t, "jsonl"));
    rows[t.name] = existsSync(p) ? await countLines(p) : 0;
  }
  const outlets = new Map<string, number>();
  const languages = new Map<string, number>();
  const months = new Map<string, number>();
  const words = new Map<number, number>();
  const reasons = new Map<string, number>();
  let undated = 0;
  let emptyBodies = 0;
  let min: string | null = null;
  let max: string | null = null;
  let records = 0;

  const articles = join(dir, "articles.jsonl");
  if (existsSync(articles))
    for await (const a of readJsonl(articles)) {
      records++;
      bump(outlets, typeof a.outlet === "string" ? a.outlet : UNKNOWN);
      bump(languages, typeof a.language === "string" ? a.language : UNKNOWN);
      const d = a.published_date;
      if (typeof d === "string") {
        bump(months, d.slice(0, 7));
        if (min === null || d < min) min = d;
        if (max === null || d > max) max = d;
      } else undated++;
      if (typeof a.word_count === "number") bump(words, a.word_count);
      if (a.body === "") emptyBodies++;
    }
  const rejects = join(dir, "rejects.jsonl");
  if (existsSync(rejects)) for await (const r of readJsonl(rejects)) bump(reasons, String(r.reason));

  const wordCounts = [...words].sort(byKey);
  const total = wordCounts.reduce((s, [, n]) => s + n, 0);
  return {
    rows,
    records,
    rejectsByReason: [...reasons].sort(byCount),
    outlets: [...outlets].sort(byCount),
    languages: [...languages].sort(byCount),
    months: [...months].sort(byKey),
    undated,
    dateRange: min && max ? [min, max] : null,
    wordCounts,
    wordQuartiles: total
      ? [wordCounts[0][0], quantile(wordCounts, total, 0.25), quantile(wordCounts, total, 0.5), quantile(wordCounts, total, 0.75), wordCounts[wordCounts.length - 1][0]]
      : null,
    emptyBodies,
  };
}
