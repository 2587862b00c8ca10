// The tables of a clippings dataset, in the order they are written and documented.
import type { z } from "zod";
import { ArticleSchema } from "./article.ts";
import { AuditSchema } from "./audit.ts";
import { QuoteSchema } from "./quote.ts";
import { RejectSchema } from "./reject.ts";

export interface TableDef {
  /** File stem: `<name>.jsonl`, `<name>.csv`, `<name>.arrow`. */
  name: string;
  title: string;
  description: string;
  schema: z.ZodObject;
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  /** Row order, documented in the dictionary. */
  order: string;
}

export const TABLES = {
  articles: {
    name: "articles",
    title: "Articles",
    description: "One row per raw file that yielded an article.",
    schema: ArticleSchema,
    primaryKey: ["id"],
    order: "by source_file (byte order of the UTF-8 path)",
  },
  rejects: {
    name: "rejects",
    title: "Rejected files",
    description: "One row per raw file that did not become an article, with the stage and reason.",
    schema: RejectSchema,
    order: "by source_file",
  },
  audit: {
    name: "audit",
    title: "Cleaning and extraction log",
    description: "One row per decision a rule made: which lines it removed, which values it captured, and why. A run of consecutive removals by one rule for one reason is one row covering the run's lines.",
    schema: AuditSchema,
    primaryKey: ["article_id", "seq"],
    foreignKeys: [{ fields: ["article_id"], reference: { resource: "articles", fields: ["id"] } }],
    order: "by the article's source_file, then seq",
  },
  quotes: {
    name: "quotes",
    title: "Quotations",
    description: "One row per direct quotation in an article body (at least 6 words), with its speaker, the reporting cue and its position in the body. Join to articles on article_id = articles.id.",
    schema: QuoteSchema,
    primaryKey: ["quote_id"],
    foreignKeys: [{ fields: ["article_id"], reference: { resource: "articles", fields: ["id"] } }],
    order: "by the article's source_file, then position in the body (start)",
  },
} satisfies Record<string, TableDef>;

export type TableName = keyof typeof TABLES;
