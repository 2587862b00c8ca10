// The dataset card (the version folder's README.md, with the YAML front matter the Hugging Face hub
// reads: license, languages, size category, `configs` pointing at the Parquet files) and CITATION.cff.
// Everything comes from the config, the version's own figures (VersionStats) and the policy summary,
// so the card says what is in the folder and nothing else; no dates, so the bytes are deterministic.
import type { DatasetConfig } from "../../schemas/dataset-config.ts";
import { CHANGES_FILE, CHECKSUMS_FILE, CITATION_FILE, DATAPACKAGE_FILE, DICTIONARY_FILE, FORMAT_ORDER, TABLE_FORMATS, tableFile } from "../../schemas/derive/files.ts";
import type { TableDef } from "../../schemas/tables.ts";
import type { Chart } from "./charts.ts";
import { CONTENT_FIELDS, OPENING_WORDS, type PolicySummary } from "./policy.ts";
import type { Provenance } from "./provenance.ts";
import { UNKNOWN, type VersionStats } from "./stats.ts";

/** Licence ids the hub knows (lower-case SPDX); anything else is "other" with a name and a link. */
const HUB_LICENSES = new Set([
  "apache-2.0", "mit", "bsd-2-clause", "bsd-3-clause", "cc0-1.0", "cc-by-4.0", "cc-by-sa-4.0", "cc-by-nc-4.0",
  "cc-by-nc-sa-4.0", "cc-by-nd-4.0", "cc-by-nc-nd-4.0", "cc-by-3.0", "cc-by-sa-3.0", "odc-by", "odbl", "pddl",
  "gpl-3.0", "lgpl-3.0", "agpl-3.0", "mpl-2.0", "unlicense", "cdla-permissive-2.0", "cdla-sharing-1.0",
]);

/** Size categories as the hub names them. */
export function sizeCategory(n: number): string {
  const steps: [number, string][] = [
    [1e3, "n<1K"], [1e4, "1K<n<10K"], [1e5, "10K<n<100K"], [1e6, "100K<n<1M"], [1e7, "1M<n<10M"], [1e8, "10M<n<100M"], [1e9, "100M<n<1B"],
  ];
  return steps.find(([max]) => n < max)?.[1] ?? "n>1T";
}

/** A YAML double-quoted scalar (JSON string syntax is valid YAML and never read as a bool or number). */
const y = (s: string) => JSON.stringify(s);
const code = (s: string) => "`" + s + "`";
const md = (s: string) => s.replace(/\\/g, "\\\\").replace(/([|*_[\]<>])/g, "\\$1").replace(/\r?\n/g, " ");

export interface CardInput {
  config: DatasetConfig;
  tables: TableDef[];
  stats: VersionStats;
  charts: Chart[];
  policy: PolicySummary;
  provenance: Provenance;
  /** Text of CHANGES.md's first lines, e.g. "Compared with version 1.0.0 …", or null for a first version. */
  previousVersion: string | null;
  /**
   * The Ray build's LAYOUT=parts: each table as numbered Parquet parts (table name → part paths, in
   * row order) instead of the single-file tables.
   */
  parts?: Record<string, string[]>;
}

function frontMatter(c: CardInput): string[] {
  const { config, stats, tables } = c;
  const lic = config.license.toLowerCase();
  const hub = HUB_LICENSES.has(lic);
  const langs = stats.languages.map(([l]) => l).filter((l) => l !== UNKNOWN).sort();
  const out = ["---", `pretty_name: ${y(config.title)}`, `license: ${hub ? y(lic) : y("other")}`];
  if (!hub) out.push(`license_name: ${y(`${config.name}-terms`)}`, `license_link: ${y("README.md#license-and-rights")}`);
  if (langs.length) out.push("language:", ...langs.map((l) => `- ${y(l)}`));
  out.push(`multilinguality: ${y(langs.length > 1 ? "multilingual" : "monolingual")}`);
  out.push("size_categories:", `- ${y(sizeCategory(stats.records))}`);
  out.push("source_datasets:", `- ${y("original")}`);
  out.push("tags:", ...["news", "text-extraction", "journalism"].map((t) => `- ${y(t)}`));
  out.push("configs:");
  tables.forEach((t, i) => {
    const parts = c.parts?.[t.name];
    if (parts) out.push(`- config_name: ${y(t.name)}`, "  data_files:", `  - split: ${y("train")}`, "    path:", ...parts.map((p) => `    - ${y(p)}`));
    else out.push(`- config_name: ${y(t.name)}`, "  data_files:", `  - split: ${y("train")}`, `    path: ${y(tableFile(t, "parquet"))}`);
    if (i === 0) out.push("  default: true");
  });
  out.push("---", "");
  return out;
}

function glance(c: CardInput): string[] {
  const s = c.stats;
  const q = s.wordQuartiles;
  const known = s.languages.filter(([l]) => l !== UNKNOWN);
  const rejects = s.rows.rejects ?? 0;
  return [
    "| | |",
    "| --- | --- |",
    `| version | ${code(c.config.version)} |`,
    `| records (articles) | ${s.records} |`,
    `| rejected files | ${rejects}${s.rejectsByReason.length ? " (" + s.rejectsByReason.map(([r, n]) => `${md(r)}: ${n}`).join(", ") + ")" : ""} |`,
    `| outlets | ${s.outlets.filter(([o]) => o !== UNKNOWN).length}${s.outlets.some(([o]) => o === UNKNOWN) ? ` (+ ${s.outlets.find(([o]) => o === UNKNOWN)![1]} records with no outlet)` : ""} |`,
    `| languages | ${known.length ? known.map(([l, n]) => `${l} (${n})`).join(", ") : "none detected"} |`,
    `| publication dates | ${s.dateRange ? `${s.dateRange[0]} to ${s.dateRange[1]}` : "none printed"}${s.undated ? `; ${s.undated} records without a date` : ""} |`,
    `| body length, words (min / 25 % / median / 75 % / max) | ${q ? q.join(" / ") : "—"} |`,
    `| release | ${c.policy.mode}${c.policy.excludedRecords ? `; ${c.policy.excludedRecords} records left out on request` : ""} |`,
    "",
  ];
}

function filesSection(c: CardInput): string[] {
  if (c.parts) return partsFilesSection(c, c.parts);
  return [
    "## Files",
    "",
    `Every table is in ${FORMAT_ORDER.length} formats holding the same rows in the same order: ` +
      FORMAT_ORDER.map((f) => `${TABLE_FORMATS[f].label} (${code("." + f)})`).join(", ") + ".",
    "",
    "| table | rows | what a row is | files |",
    "| --- | --- | --- | --- |",
    ...c.tables.map(
      (t) => `| ${code(t.name)} | ${c.stats.rows[t.name] ?? 0} | ${md(t.description)} | ${FORMAT_ORDER.map((f) => code(tableFile(t, f))).join(" ")} |`,
    ),
    "",
    `- ${code(DICTIONARY_FILE)}: every field — type, nullability, meaning, example, how it is derived.`,
    `- ${code(DATAPACKAGE_FILE)}: Frictionless Data Package: the schema of each table, sizes and SHA-256 of every file, provenance and the release policy; readable without this project's code.`,
    `- ${code(CHANGES_FILE)}: what changed since the previous version (records added, removed and changed, by ${code("id")}; schema changes).`,
    `- ${code(CITATION_FILE)}: how to cite this dataset.`,
    `- ${code(CHECKSUMS_FILE)}: check the download with ${code(`sha256sum -c ${CHECKSUMS_FILE}`)} inside the folder.`,
    "",
  ];
}

/** The files section of a LAYOUT=parts version: every table as numbered Parquet parts under data/. */
function partsFilesSection(c: CardInput, parts: Record<string, string[]>): string[] {
  return [
    "## Files",
    "",
    `Every table is split into numbered Parquet (zstd) parts under ${code("data/")}, ${code("<table>-NNNNN-of-MMMMM.parquet")}; ` +
      "read in the order of their numbers, the parts hold the table's rows in its row order. A part may be empty; the " +
      "`configs` above list the parts that hold rows.",
    "",
    "| table | rows | what a row is | files |",
    "| --- | --- | --- | --- |",
    ...c.tables.map((t) => `| ${code(t.name)} | ${c.stats.rows[t.name] ?? 0} | ${md(t.description)} | ${(parts[t.name] ?? []).length} parts, ${code(`data/${t.name}-*.parquet`)} |`),
    "",
    `- ${code(DICTIONARY_FILE)}: every field — type, nullability, meaning, example, how it is derived.`,
    `- ${code(DATAPACKAGE_FILE)}: Frictionless Data Package: the schema of each table, its parts with their sizes and SHA-256, provenance and the release policy; readable without this project's code.`,
    `- ${code(CITATION_FILE)}: how to cite this dataset.`,
    `- ${code(CHECKSUMS_FILE)}: check the download with ${code(`sha256sum -c ${CHECKSUMS_FILE}`)} inside the folder.`,
    "",
  ];
}

/** How the tables join, from their foreign keys ("quotes.article_id = articles.id"). */
const joinsOf = (c: CardInput): string =>
  c.tables
    .flatMap((t) => (t.foreignKeys ?? []).map((fk) => `${code(`${t.name}.${fk.fields.join(",")}`)} = ${code(`${fk.reference.resource}.${fk.reference.fields.join(",")}`)}`))
    .join("; ");

function loadingSection(c: CardInput): string[] {
  if (c.parts) return partsLoadingSection(c);

  const joinLine = joinsOf(c);
  return [
    "## Load it",
    "",
    "Python (polars, pandas, pyarrow) — dates come back as dates, lists as lists:",
    "",
    "```python",
    "import polars as pl",
    'articles = pl.read_parquet("articles.parquet")',
    "",
    "import pandas as pd",
    'articles = pd.read_parquet("articles.parquet")   # or pd.read_feather("articles.arrow")',
    "",
    "import pyarrow.parquet as pq",
    'table = pq.read_table("articles.parquet")',
    "```",
    "",
    "Hugging Face `datasets` (from this folder, or the hub repository it was uploaded to):",
    "",
    "```python",
    "from datasets import load_dataset",
    'ds = load_dataset("parquet", data_files={"train": "articles.parquet"})',
    "```",
    "",
    "DuckDB:",
    "",
    "```sql",
    "SELECT outlet, count(*) FROM 'articles.parquet' GROUP BY outlet ORDER BY 2 DESC;",
    "```",
    "",
    "TypeScript / JavaScript (apache-arrow):",
    "",
    "```ts",
    'import { readFileSync } from "node:fs";',
    'import { tableFromIPC } from "apache-arrow";',
    'const articles = tableFromIPC(readFileSync("articles.arrow"));',
    "```",
    "",
    ...(joinLine ? [`Joins: ${joinLine}.`, ""] : []),
  ];
}

function partsLoadingSection(c: CardInput): string[] {
  const joinLine = joinsOf(c);
  return [
    "## Load it",
    "",
    "Python (polars, pandas, pyarrow) — dates come back as dates, lists as lists:",
    "",
    "```python",
    "import polars as pl",
    'articles = pl.read_parquet("data/articles-*.parquet")',
    "",
    "import pyarrow.dataset as ds",
    'table = ds.dataset(sorted(__import__("glob").glob("data/articles-*.parquet")), format="parquet").to_table()',
    "```",
    "",
    "Hugging Face `datasets` (from this folder, or the hub repository it was uploaded to):",
    "",
    "```python",
    "from datasets import load_dataset",
    "# by the configs above (one per table), from this folder or the hub repository:",
    'ds = load_dataset(".", "articles", split="train")',
    "```",
    "",
    "DuckDB:",
    "",
    "```sql",
    "SELECT outlet, count(*) FROM read_parquet('data/articles-*.parquet') GROUP BY outlet ORDER BY 2 DESC;",
    "```",
    "",
    ...(joinLine ? [`Joins: ${joinLine}.`, ""] : []),
  ];
}

function madeSection(c: CardInput): string[] {
  const p = c.provenance;
  const sources = c.config.sources ?? [];
  return [
    "## How it was made",
    "",
    "Raw scraped web-page **text** (what a scraper, a text browser or an HTML→Markdown converter left; no HTML) " +
      "went through the clippings pipeline: ingest (bytes hashed, encoding detected, Unicode NFC), clean (small named " +
      "rules remove navigation, share buttons, related links, photo credits and other boilerplate), extract (headline, " +
      "standfirst, date, byline, dateline, outlet, url, language, quotations), validate (every row against one schema) and " +
      "write. Every rule decision is logged in the `audit` table; every input file is either a record or a reject with a reason.",
    "",
    `- Code version: ${code(p.code_version)}; rules fingerprint: ${code(p.rules_fingerprint)} (SHA-256 over ${p.rules_fingerprint_covers}). Two versions with the same fingerprint were built by the same rules.`,
    ...sources.map((s) => `- Source: ${md(s.title)}${s.description ? ` — ${md(s.description)}` : ""}`),
    `- ${c.previousVersion ? `Previous version: ${code(c.previousVersion)}${c.parts ? "." : `; see ${code(CHANGES_FILE)}.`}` : "First version in its output folder."}`,
    "",
  ];
}

function rightsSection(c: CardInput): string[] {
  const p = c.policy;
  const fields = Object.entries(CONTENT_FIELDS)
    .filter(([t]) => c.tables.some((x) => x.name === t))
    .flatMap(([t, fs]) => Object.entries(fs).map(([f, how]) => `${code(`${t}.${f}`)} ${how === "omit" ? "is empty" : `keeps only its first ${OPENING_WORDS} words`}`));
  const dropped = Object.entries(p.excludedRows).filter(([, n]) => n);
  return [
    "## License and rights",
    "",
    `License: ${code(c.config.license)}. ${md(c.config.description)}`,
    "",
    p.mode === "metadata-only"
      ? `**Metadata-only release.** The article texts are not redistributed: ${fields.join(", ")}. ` +
        "Headlines, dates, bylines, outlets, urls, counts and the other fields are complete; `word_count` and `paragraph_count` describe the original body."
      : "**Full release.** Article bodies are included as extracted; they remain the copyright of their publishers.",
    "",
    p.excludeEntries.ids + p.excludeEntries.urls
      ? `**Left out on request.** The exclusion list has ${p.excludeEntries.ids} id(s) and ${p.excludeEntries.urls} url(s); ` +
        `${p.excludedRecords} record(s) matched and are not in any table` +
        (dropped.length ? ` (with ${dropped.map(([t, n]) => `${n} ${t} row(s)`).join(", ")})` : "") +
        ". To ask for a record to be removed, give its `id` or `url`."
      : "No record has been left out on request. To ask for a record to be removed, give its `id` or `url`: it is left out of every later version.",
    "",
  ];
}

const LIMITS = [
  "The input is text, not HTML: which block is the article is inferred from the text alone, so some boilerplate may survive and some short article lines may be lost. The `audit` table says which rule removed what.",
  "Dates are read only where a page prints them near the headline; relative dates (\"2 hours ago\") are left null. Times are the page's own, without a time zone.",
  "Language detection needs about 40 letters of text; shorter records have `language` null.",
  "Outlets are named from the text (masthead, credit line), a small table of known sites, or the url's host, so one outlet may appear under two spellings.",
  "Near-duplicates (the same wire story on two sites) are flagged in `near_duplicate_of`, not removed; exact duplicate files are rejects.",
  "Quotations and their speakers are found by patterns and word lists; unusual attributions may be missed or mis-assigned.",
];

function citation(config: DatasetConfig): string[] {
  const authors = config.authors?.length ? config.authors.map((a) => a.name) : [`${config.title} contributors`];
  const key = config.name.replace(/[^A-Za-z0-9]/g, "_") + "_" + config.version.replace(/\./g, "_");
  return [
    "## Citation",
    "",
    `See ${code(CITATION_FILE)}, or:`,
    "",
    "```bibtex",
    `@misc{${key},`,
    `  title  = {${config.title}},`,
    `  author = {${authors.join(" and ")}},`,
    `  note   = {Dataset, version ${config.version}},`,
    ...(config.homepage ? [`  url    = {${config.homepage}},`] : []),
    "}",
    "```",
    "",
  ];
}

export function renderCard(c: CardInput): string {
  const s = c.stats;
  const lines = [
    ...frontMatter(c),
    `# ${c.config.title}`,
    "",
    "<!-- generated by the clippings build — do not edit; change dataset.json or the pipeline and rebuild -->",
    "",
    md(c.config.description),
    "",
    ...glance(c),
    "## Charts",
    "",
    ...c.charts.flatMap((ch) => [`![${md(ch.title)}: ${md(ch.alt)}](${ch.file})`, ""]),
    ...filesSection(c),
    ...loadingSection(c),
  ];
  if (s.rejectsByReason.length)
    lines.push(
      "## Rejected files",
      "",
      "Input files that did not become a record, by reason (the `rejects` table has one row per file):",
      "",
      "| reason | files |",
      "| --- | --- |",
      ...s.rejectsByReason.map(([r, n]) => `| ${md(r)} | ${n} |`),
      "",
    );
  lines.push(
    ...madeSection(c),
    ...rightsSection(c),
    "## Known limits",
    "",
    ...LIMITS.map((l) => `- ${l}`),
    "",
    ...citation(c.config),
  );
  return lines.join("\n");
}

export function renderCitation(config: DatasetConfig): string {
  const authors = config.authors?.length ? config.authors : [{ name: `${config.title} contributors` }];
  const spdx = !/^(other|LicenseRef-)/.test(config.license);
  return [
    "cff-version: 1.2.0",
    `message: ${y("If you use this dataset, please cite it as below.")}`,
    "type: dataset",
    `title: ${y(config.title)}`,
    `version: ${y(config.version)}`,
    `abstract: ${y(config.description)}`,
    "authors:",
    ...authors.flatMap((a) => [`  - name: ${y(a.name)}`, ...("orcid" in a && a.orcid ? [`    orcid: ${y(a.orcid)}`] : [])]),
    ...(spdx ? [`license: ${y(config.license)}`] : []),
    ...(config.homepage ? [`url: ${y(config.homepage)}`] : []),
    "keywords:",
    ...["news", "text extraction", "dataset"].map((k) => `  - ${y(k)}`),
    "",
  ].join("\n");
}
