// Summary figures of a version, for the dataset card and its charts: counters only (by month, outlet,
// language, word count), so memory does not grow with the number of records.
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

export interface StatsState {
  outlets: [string, number][];
  languages: [string, number][];
  months: [string, number][];
  words: [number, number][];
  reasons: [string, number][];
  undated: number;
  emptyBodies: number;
  min: string | null;
  max: string | null;
  records: number;
}

/**
 * The figures of a version, gathered row by row: the version writer feeds it each kept article and
 * reject as it writes them, so a build never reads its own JSONL back; versionStats feeds it from the
 * files (used when rows were dropped after writing). Counters only, so memory stays flat.
 */
export class StatsCollector {
  private outlets = new Map<string, number>();
  private languages = new Map<string, number>();
  private months = new Map<string, number>();
  private words = new Map<number, number>();
  private reasons = new Map<string, number>();
  private undated = 0;
  private emptyBodies = 0;
  private min: string | null = null;
  private max: string | null = null;
  private records = 0;

  addArticle(a: Record<string, unknown>): void {
    this.records++;
    bump(this.outlets, typeof a.outlet === "string" ? a.outlet : UNKNOWN);
    bump(this.languages, typeof a.language === "string" ? a.language : UNKNOWN);
    const d = a.published_date;
    if (typeof d === "string") {
      bump(this.months, d.slice(0, 7));
      if (this.min === null || d < this.min) this.min = d;
      if (this.max === null || d > this.max) this.max = d;
    } else this.undated++;
    if (typeof a.word_count === "number") bump(this.words, a.word_count);
    if (a.body === "") this.emptyBodies++;
  }

  addReject(r: Record<string, unknown>): void {
    bump(this.reasons, String(r.reason));
  }

  /** The counters as plain JSON, so collectors of several processes (the Ray build's shards) can be merged. */
  toState(): StatsState {
    return {
      outlets: [...this.outlets],
      languages: [...this.languages],
      months: [...this.months],
      words: [...this.words],
      reasons: [...this.reasons],
      undated: this.undated,
      emptyBodies: this.emptyBodies,
      min: this.min,
      max: this.max,
      records: this.records,
    };
  }

  /** Adds another collector's counters (toState): the result is as if its rows had been added here. */
  addState(s: StatsState): void {
    const add = <K>(m: Map<K, number>, entries: [K, number][]) => {
      for (const [k, n] of entries) m.set(k, (m.get(k) ?? 0) + n);
    };
    add(this.outlets, s.outlets);
    add(this.languages, s.languages);
    add(this.months, s.months);
    add(this.words, s.words);
    add(this.reasons, s.reasons);
    this.undated += s.undated;
    this.emptyBodies += s.emptyBodies;
    if (s.min !== null && (this.min === null || s.min < this.min)) this.min = s.min;
    if (s.max !== null && (this.max === null || s.max > this.max)) this.max = s.max;
    this.records += s.records;
  }

  /** The stats, with each table's row count. */
  result(rows: Record<string, number>): VersionStats {
    const wordCounts = [...this.words].sort(byKey);
    const total = wordCounts.reduce((s, [, n]) => s + n, 0);
    return {
      rows: { ...rows },
      records: this.records,
      rejectsByReason: [...this.reasons].sort(byCount),
      outlets: [...this.outlets].sort(byCount),
      languages: [...this.languages].sort(byCount),
      months: [...this.months].sort(byKey),
      undated: this.undated,
      dateRange: this.min && this.max ? [this.min, this.max] : null,
      wordCounts,
      wordQuartiles: total
        ? [wordCounts[0][0], quantile(wordCounts, total, 0.25), quantile(wordCounts, total, 0.5), quantile(wordCounts, total, 0.75), wordCounts[wordCounts.length - 1][0]]
        : null,
      emptyBodies: this.emptyBodies,
    };
  }
}

/** The stats of a version folder, read from its JSONL files. */
export async function versionStats(dir: string, tables: TableDef[]): Promise<VersionStats> {
  const rows: Record<string, number> = {};
  for (const t of tables) {
    const p = join(dir, tableFile(t, "jsonl"));
    rows[t.name] = existsSync(p) ? await countLines(p) : 0;
  }
  const stats = new StatsCollector();
  const articles = join(dir, "articles.jsonl");
  if (existsSync(articles)) for await (const a of readJsonl(articles)) stats.addArticle(a);
  const rejects = join(dir, "rejects.jsonl");
  if (existsSync(rejects)) for await (const r of readJsonl(rejects)) stats.addReject(r);
  return stats.result(rows);
}
