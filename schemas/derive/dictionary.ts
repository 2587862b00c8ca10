// DATA_DICTIONARY.md, rendered from the Zod schemas and TABLES so the docs cannot drift from the data.
import type { DatasetConfig } from "../dataset-config.ts";
import { describeColumns, type ColumnKind, type ColumnSpec } from "../describe.ts";
import { TABLES, type TableDef } from "../tables.ts";
import { arrowTypeFor } from "./arrow.ts";
import { mayBeEmptyString } from "./datapackage.ts";
import { CHECKSUMS_FILE, DATAPACKAGE_FILE, FORMAT_ORDER, TABLE_FORMATS, tableFile } from "./files.ts";

const KIND_LABEL: Record<ColumnKind, string> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "date (YYYY-MM-DD)",
  string_list: "list of strings",
};

const EXAMPLE_MAX = 80;

/** Escape prose for a Markdown table cell (angle brackets would be taken as HTML). */
const prose = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Pipes split table cells even inside code spans, newlines end the row. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");

function code(s: string): string {
  const fence = s.includes("`") ? "``" : "`";
  const pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
  return `${fence}${pad}${s}${pad}${fence}`;
}

function typeLabel(c: ColumnSpec): string {
  let t = KIND_LABEL[c.kind];
  if (c.kind === "string" && c.minLength) t += ", non-empty";
  if (mayBeEmptyString(c)) t += ", may be empty";
  if (c.pattern) t += `, matches ${code(c.pattern)}`;
  if (c.minimum !== undefined) t += ` ≥ ${c.minimum}`;
  return t;
}

function exampleLabel(c: ColumnSpec): string {
  let s = typeof c.example === "string" ? c.example : JSON.stringify(c.example);
  s = s.replace(/\n/g, "\\n");
  if ([...s].length > EXAMPLE_MAX) s = [...s].slice(0, EXAMPLE_MAX - 1).join("") + "…";
  return code(s);
}

/** The field table of one table as Markdown (embedded by the README generator too). */
export function fieldTableMarkdown(table: TableDef): string {
  const rows = describeColumns(table.schema).map((c) =>
    [code(c.name), typeLabel(c), c.nullable ? "yes" : "no", prose(c.description), exampleLabel(c), prose(c.derivation)]
      .map(cell)
      .join(" | "),
  );
  return [
    "| field | type | nullable | meaning | example | how derived |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows.map((r) => `| ${r} |`),
  ].join("\n") + "\n";
}

function joinLines(table: TableDef, tables: TableDef[]): string[] {
  const out: string[] = [];
  for (const t of tables)
    for (const fk of t.foreignKeys ?? [])
      if (t === table || fk.reference.resource === table.name)
        out.push(
          `${fk.fields.map((f) => code(`${t.name}.${f}`)).join(", ")} → ` +
            fk.reference.fields.map((f) => code(`${fk.reference.resource}.${f}`)).join(", "),
        );
  return out;
}

function tableSection(table: TableDef, tables: TableDef[]): string {
  const joins = joinLines(table, tables);
  return [
    `## ${table.title} (${code(table.name)})`,
    "",
    prose(table.description),
    "",
    `- Files: ${FORMAT_ORDER.map((f) => code(tableFile(table, f))).join(", ")}`,
    `- Row order: ${table.order}`,
    `- Primary key: ${table.primaryKey ? table.primaryKey.map(code).join(" + ") : "none"}`,
    `- Joins: ${joins.length ? joins.join("; ") : "none"}`,
    "",
    fieldTableMarkdown(table),
  ].join("\n");
}

function encodingSection(tables: TableDef[]): string {
  const columns = tables.flatMap((t) => describeColumns(t.schema).map((c) => ({ table: t.name, ...c })));
  const kinds = [...new Set(columns.map((c) => c.kind))];
  const emptyOk = columns.filter(mayBeEmptyString).map((c) => code(`${c.table}.${c.name}`));
  const arrowRows = kinds.map((k) => `| ${KIND_LABEL[k]} | ${code(String(arrowTypeFor(k)))} |`);
  return [
    "## Encoding",
    "",
    "All files are UTF-8. The same rows, in the same order, are in every format of a table.",
    "",
    `- **JSON Lines** (${code(".jsonl")}): one JSON object per line, keys in the field order above, \`\\n\` line ends. Null is \`null\`, lists are JSON arrays.`,
    `- **CSV** (${code(".csv")}): RFC 4180, comma separated, header row, \`\\n\` line ends, fields quoted only when needed (quotes doubled).`,
    "  - **Null** is an empty cell. Nullable text columns never hold an empty string, so an empty cell there always means null.",
    `  - **Empty string vs null**: a column that is never null but may be empty (${emptyOk.join(", ") || "none at present"}) writes "" as an empty cell, which there means "" — not null. Frictionless tools read empty cells as missing, so such columns are not marked \`required\` in datapackage.json.`,
    "  - **Lists** are JSON array text, e.g. `[\"a\",\"b\"]`; an empty list is `[]` (never an empty cell). Frictionless type `array`.",
    "  - **Dates** are `YYYY-MM-DD`; integers are plain decimal digits.",
    `- **Arrow** (${code(".arrow")}): Arrow IPC file format (Feather v2), readable with \`pyarrow.ipc.open_file\`, \`pandas.read_feather\`, \`polars.read_ipc\`; types below.`,
    `- **Parquet** (${code(".parquet")}): zstd-compressed, one row group per 1000 rows, the same column types as Arrow (the Arrow schema is stored in the file); readable with \`polars.read_parquet\`, \`pandas.read_parquet\`, \`pyarrow.parquet.read_table\`, DuckDB and the Hugging Face hub.`,
    `- ${code(DATAPACKAGE_FILE)}: Frictionless Data Package describing the CSV tables (types, constraints, keys), with sizes and SHA-256 of every file.`,
    `- ${code(CHECKSUMS_FILE)}: SHA-256 of every other file; check with \`sha256sum -c ${CHECKSUMS_FILE}\` inside the folder.`,
    "",
    "### Arrow types",
    "",
    "| type | Arrow type |",
    "| --- | --- |",
    ...arrowRows,
    "",
    "List items are never null. Arrow nullability matches the *nullable* column of the field tables; each field carries its description as metadata.",
    "",
  ].join("\n");
}

export function renderDataDictionary(config: DatasetConfig, tables: TableDef[] = Object.values(TABLES)): string {
  return [
    `# ${config.title} — data dictionary`,
    "",
    "<!-- generated from schemas/ — do not edit; change the Zod schemas and rebuild -->",
    "",
    `Dataset ${code(config.name)}, version ${code(config.version)}, license ${code(config.license)}.`,
    "",
    config.description,
    "",
    ...(config.release?.mode === "metadata-only"
      ? [
          "**Metadata-only release**: the article texts are not included — `articles.body` is the empty string, quotations and logged text keep only their opening words; every other field is complete. See README.md.",
          "",
        ]
      : []),
    "| table | rows are | " + FORMAT_ORDER.map((f) => TABLE_FORMATS[f].label).join(" | ") + " |",
    "| --- | --- | " + FORMAT_ORDER.map(() => "---").join(" | ") + " |",
    ...tables.map(
      (t) => `| ${prose(t.title)} | ${cell(prose(t.description))} | ` + FORMAT_ORDER.map((f) => code(tableFile(t, f))).join(" | ") + " |",
    ),
    "",
    ...tables.map((t) => tableSection(t, tables)),
    encodingSection(tables),
  ].join("\n");
}
