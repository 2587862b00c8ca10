// The release policy as a pure row transform, applied by the write stage to every row of every table
// before it reaches a file, so whatever produces the rows (build, workers, tests) cannot bypass it.
// - Exclusions (dataset.json `exclude`): an article whose id or url is listed is left out, and so is
//   every row of another table that points at it (a foreign key to articles.id, or an `article_id`).
// - metadata-only (dataset.json `release.mode`): the fields that carry article text are emptied or cut
//   to their opening words (CONTENT_FIELDS); all other fields are kept.
import { releasePolicyOf, type DatasetConfig, type ReleaseMode } from "../../schemas/dataset-config.ts";
import { describeColumns } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";
import type { Row } from "../write/types.ts";

/** Words kept from a quotation (or a logged line) in a metadata-only release. */
export const OPENING_WORDS = 5;
/** Marks a cut text. */
export const ELLIPSIS = "…";

/** What metadata-only does to each text-carrying field, by table and field name. */
export const CONTENT_FIELDS: Record<string, Record<string, "omit" | "opening">> = {
  articles: { body: "omit" },
  quotes: { text: "opening" },
  audit: { text: "opening" },
};

/** The table every exclusion starts from, and its key. */
const ROOT_TABLE = "articles";
const ROOT_KEY = "id";
const URL_FIELD = "url";

const segmenter = new Intl.Segmenter("und", { granularity: "word" });

/** The first `n` words of `text` (by Unicode word segmentation, so scripts without spaces work), then "…". */
export function openingWords(text: string, n = OPENING_WORDS): string {
  let words = 0;
  for (const s of segmenter.segment(text)) {
    if (!s.isWordLike) continue;
    if (words === n) {
      const cut = text.slice(0, s.index).trimEnd();
      return cut + ELLIPSIS;
    }
    words++;
  }
  return text;
}

/** Trailing slashes and surrounding blanks do not make a different url. */
export const normalizeUrl = (u: string): string => u.trim().replace(/\/+$/, "");

/** The column of `table` that points at an article, if any. */
export function articleKeyOf(table: TableDef): string | undefined {
  if (table.name === ROOT_TABLE) return undefined;
  const fk = table.foreignKeys?.find((k) => k.reference.resource === ROOT_TABLE && k.reference.fields[0] === ROOT_KEY);
  if (fk) return fk.fields[0];
  return describeColumns(table.schema).some((c) => c.name === "article_id") ? "article_id" : undefined;
}

export interface PolicySummary {
  mode: ReleaseMode;
  /** Entries in the exclusion list. */
  excludeEntries: { ids: number; urls: number };
  /** Articles actually left out. */
  excludedRecords: number;
  /** Rows of other tables left out with them, by table. */
  excludedRows: Record<string, number>;
}

export interface ReleasePolicy {
  mode: ReleaseMode;
  /** The row to write, or null to leave it out. Never mutates `row`. */
  apply(table: TableDef, row: Row): Row | null;
  /**
   * Ids excluded because of their url: rows of other tables that pointed at them may already have
   * been written (tables are written concurrently), so the write stage filters those afterwards.
   */
  lateIds(): Set<string>;
  /** Whether a row of `table` belongs to an excluded article (used for that second pass). */
  isExcluded(table: TableDef, row: Row): boolean;
  /** Counts left out so far; the second pass reports its own removals through `noteDropped`. */
  summary(): PolicySummary;
  noteDropped(table: string, n: number): void;
}

export function releasePolicy(config: DatasetConfig): ReleasePolicy {
  const { mode, exclude } = releasePolicyOf(config);
  const ids = new Set(exclude.ids);
  const urls = new Set(exclude.urls.map(normalizeUrl));
  const late = new Set<string>();
  let excludedRecords = 0;
  const excludedRows: Record<string, number> = {};
  const keys = new Map<string, string | undefined>();
  const keyOf = (t: TableDef) => {
    if (!keys.has(t.name)) keys.set(t.name, articleKeyOf(t));
    return keys.get(t.name);
  };
  const transform = (table: TableDef, row: Row): Row => {
    const fields = mode === "metadata-only" ? CONTENT_FIELDS[table.name] : undefined;
    if (!fields) return row;
    const out: Row = { ...row };
    for (const [name, how] of Object.entries(fields)) {
      const v = out[name];
      if (typeof v !== "string") continue;
      out[name] = how === "omit" ? "" : openingWords(v);
    }
    return out;
  };

  const isExcluded = (table: TableDef, row: Row): boolean => {
    if (table.name === ROOT_TABLE) {
      const id = String(row[ROOT_KEY]);
      const url = row[URL_FIELD];
      return ids.has(id) || (typeof url === "string" && urls.has(normalizeUrl(url)));
    }
    const key = keyOf(table);
    if (!key) return false;
    const v = String(row[key]);
    return ids.has(v) || late.has(v);
  };

  return {
    mode,
    apply(table, row) {
      if (isExcluded(table, row)) {
        if (table.name === ROOT_TABLE) {
          excludedRecords++;
          const id = String(row[ROOT_KEY]);
          if (!ids.has(id)) late.add(id);
        } else excludedRows[table.name] = (excludedRows[table.name] ?? 0) + 1;
        return null;
      }
      return transform(table, row);
    },
    lateIds: () => late,
    isExcluded,
    summary: () => ({
      mode,
      excludeEntries: { ids: ids.size, urls: urls.size },
      excludedRecords,
      // Sorted: tables are written concurrently, so the order rows were dropped in is not stable.
      excludedRows: Object.fromEntries(Object.entries(excludedRows).sort(([a], [b]) => (a < b ? -1 : 1))),
    }),
    noteDropped(table, n) {
      if (n) excludedRows[table] = (excludedRows[table] ?? 0) + n;
    },
  };
}
