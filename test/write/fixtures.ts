// Hand-made rows covering the awkward cases: nulls, empty lists, empty body, quotes, commas,
// newlines, non-Latin scripts, and a date.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatasetConfig } from "../../schemas/dataset-config.ts";
import type { Article } from "../../schemas/article.ts";
import type { AuditEntry } from "../../schemas/audit.ts";
import type { Quote } from "../../schemas/quote.ts";
import type { Reject } from "../../schemas/reject.ts";

export const CONFIG: DatasetConfig = {
  name: "clippings-test",
  title: "clippings test dataset",
  version: "1.0.0",
  license: "other",
  description: "Test rows; texts remain the copyright of their publishers.",
};

const hex = (c: string) => c.repeat(64);

export const ARTICLES: Article[] = [
  {
    id: "4f1c2e8a9b0d3f57",
    source_file: "000_be0e2b62b7d7ea5b.txt",
    source_sha256: hex("a"),
    title: "China Refuses to Budge on Anti-Russia Sanctions",
    subtitle: "Beijing says it’s playing a “constructive” role, \"quoted\", with commas",
    language: "en",
    published_date: "2014-04-28",
    published_time: "13:52",
    outlet: "The Moscow Times",
    url: "https://www.themoscowtimes.com/2014/04/28/china-refuses-a3474",
    authors: ["Oki Seima", "Doe, Jane"],
    dateline: "BEIJING",
    image_credits: ["Roman Pilipey / EPA / TASS"],
    related_headlines: ["Russia, China Block UN Sanctions"],
    tags: ["Ukraine", "COVID-19"],
    body: "BEIJING — China's Foreign Ministry on Monday restated its opposition.\n\nSecond paragraph, with \"quotes\".",
    paragraph_count: 2,
    word_count: 15,
    source_encoding: "utf-8",
    near_duplicate_of: null,
    similarity: null,
    quote_count: 1,
    people: ["Qin Gang"],
    warnings: [],
  },
  {
    id: "0000000000000001",
    source_file: "dir/001_中文.txt",
    source_sha256: hex("b"),
    title: null,
    subtitle: null,
    language: null,
    published_date: null,
    published_time: null,
    outlet: null,
    url: null,
    authors: [],
    dateline: null,
    image_credits: [],
    related_headlines: [],
    tags: [],
    body: "",
    paragraph_count: 0,
    word_count: 0,
    source_encoding: "utf-8",
    near_duplicate_of: null,
    similarity: null,
    quote_count: 0,
    people: [],
    warnings: ["no publication date printed", "title, subtitle: disagree"],
  },
  {
    id: "0000000000000002",
    source_file: "002.txt",
    source_sha256: hex("c"),
    title: "Ünïcödé 🚀 заголовок 見出し",
    subtitle: null,
    language: "ja",
    published_date: "1999-12-31",
    published_time: null,
    outlet: "朝日新聞",
    url: null,
    authors: ["山田 太郎"],
    dateline: null,
    image_credits: [],
    related_headlines: [],
    tags: ["[bracketed]", "a\"b"],
    body: "日本語の本文。\r\n\n改行\ttab",
    paragraph_count: 2,
    word_count: 6,
    source_encoding: "utf-8",
    near_duplicate_of: null,
    similarity: null,
    quote_count: 0,
    people: [],
    warnings: [],
  },
];

export const REJECTS: Reject[] = [
  { source_file: "broken/empty.txt", source_sha256: hex("e"), stage: "ingest", reason: "empty file", detail: "0 bytes" },
  { source_file: "broken/unreadable.txt", source_sha256: null, stage: "ingest", reason: "unreadable", detail: "EACCES" },
];

export const AUDIT: AuditEntry[] = [
  {
    article_id: "4f1c2e8a9b0d3f57",
    seq: 0,
    stage: "clean",
    rule: "related-links",
    action: "removed",
    field: null,
    first_line: 34,
    last_line: 36,
    reason: "'See also' link to another article",
    text: "See also: Russia, China Block UN Sanctions",
  },
];

export const QUOTES: Quote[] = [
  {
    quote_id: "4f1c2e8a9b0d3f57-q0",
    article_id: "4f1c2e8a9b0d3f57",
    text: "We oppose \"sanctions\", with commas 🚀 and\nnewlines",
    speaker: "Qin Gang",
    speaker_role: null,
    cue: "said",
    paragraph: 1,
    start: 12,
    end: 60,
  },
];

export const TABLE_ROWS = { articles: ARTICLES, rejects: REJECTS, audit: AUDIT, quotes: QUOTES };

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), "clippings-write-"));
  try {
    return await fn(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
