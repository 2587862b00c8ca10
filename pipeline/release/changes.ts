// CHANGES.md: what changed since the previous version in the same output folder — schema changes
// (with the version bump they need) and records added, removed and changed, by id, with the fields that
// changed. Both versions' articles.jsonl are read as streams and merged on `source_file`, the order
// the rows are written in, so memory stays flat; if a file turns out not to be in that order the diff
// falls back to an in-memory index of the previous version (one digest per field and record).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DATAPACKAGE_FILE, tableFile } from "../../schemas/derive/files.ts";
import type { TableDef } from "../../schemas/tables.ts";
import { countLines, readJsonl } from "./jsonl.ts";
import { bumpLevel, compareSchemas, compareSemver, requiredLevel, snapshotFromDataPackage, type SchemaChange, type SchemaSnapshot } from "./semver.ts";

type Row = Record<string, unknown>;
const RECORDS = "articles";
const KEY = "id";
const ORDER = "source_file";

export interface PreviousVersion {
  version: string;
  dir: string;
  datapackage: Record<string, unknown>;
}

const VERSION_DIR = /^v(\d+\.\d+\.\d+)$/;

/** The newest version folder of `outDir` older than `version`, or null. */
export function findPreviousVersion(outDir: string, version: string): PreviousVersion | null {
  if (!existsSync(outDir)) return null;
  const older = readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => VERSION_DIR.exec(e.name)?.[1])
    .filter((v): v is string => !!v && compareSemver(v, version) < 0)
    .sort(compareSemver);
  for (const v of older.reverse()) {
    const dir = join(outDir, `v${v}`);
    const pkg = join(dir, DATAPACKAGE_FILE);
    if (existsSync(pkg)) return { version: v, dir, datapackage: JSON.parse(readFileSync(pkg, "utf8")) };
  }
  return null;
}

/** Newest version folder of `outDir` (any version), or null. */
export function newestVersion(outDir: string): string | null {
  if (!existsSync(outDir)) return null;
  const vs = readdirSync(outDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(outDir, e.name, DATAPACKAGE_FILE)))
    .map((e) => VERSION_DIR.exec(e.name)?.[1])
    .filter((v): v is string => !!v)
    .sort(compareSemver);
  return vs.length ? vs[vs.length - 1] : null;
}

export interface RecordDiff {
  added: { id: string; source_file: string }[];
  removed: { id: string; source_file: string }[];
  changed: { id: string; source_file: string; fields: string[] }[];
  unchanged: number;
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
const cell = (v: unknown) => JSON.stringify(v ?? null);

function changedFields(a: Row, b: Row): string[] {
  const names = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return names.filter((n) => cell(a[n]) !== cell(b[n]));
}

class Unsorted extends Error {}

async function* sortedRows(path: string): AsyncGenerator<Row> {
  let last: string | null = null;
  for await (const r of readJsonl(path)) {
    const k = String(r[ORDER]);
    if (last !== null && byteOrder(last, k) >= 0) throw new Unsorted(path);
    last = k;
    yield r;
  }
}

const ref = (r: Row) => ({ id: String(r[KEY]), source_file: String(r[ORDER]) });

async function mergeDiff(prevPath: string, nextPath: string): Promise<RecordDiff> {
  const d: RecordDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const prev = sortedRows(prevPath);
  const next = sortedRows(nextPath);
  let a = await prev.next();
  let b = await next.next();
  while (!a.done || !b.done) {
    const c = a.done ? 1 : b.done ? -1 : byteOrder(String(a.value[ORDER]), String(b.value[ORDER]));
    if (c < 0) {
      d.removed.push(ref(a.value as Row));
      a = await prev.next();
    } else if (c > 0) {
      d.added.push(ref(b.value as Row));
      b = await next.next();
    } else {
      const fields = changedFields(a.value as Row, b.value as Row);
      if (fields.length) d.changed.push({ ...ref(b.value as Row), fields });
      else d.unchanged++;
      a = await prev.next();
      b = await next.next();
    }
  }
  return d;
}

const digest = (v: unknown) => createHash("sha1").update(cell(v)).digest("base64").slice(0, 12);

async function indexDiff(prevPath: string, nextPath: string): Promise<RecordDiff> {
  const d: RecordDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const old = new Map<string, { source_file: string; fields: Map<string, string> }>();
  for await (const r of readJsonl(prevPath))
    old.set(String(r[KEY]), { source_file: String(r[ORDER]), fields: new Map(Object.entries(r).map(([k, v]) => [k, digest(v)])) });
  for await (const r of readJsonl(nextPath)) {
    const id = String(r[KEY]);
    const o = old.get(id);
    if (!o) {
      d.added.push(ref(r));
      continue;
    }
    old.delete(id);
    const names = [...new Set([...Object.keys(r), ...o.fields.keys()])];
    const fields = names.filter((n) => digest(r[n]) !== o.fields.get(n));
    if (fields.length) d.changed.push({ ...ref(r), fields });
    else d.unchanged++;
  }
  for (const [id, o] of old) d.removed.push({ id, source_file: o.source_file });
  const order = (x: { source_file: string }, y: { source_file: string }) => byteOrder(x.source_file, y.source_file);
  d.added.sort(order);
  d.removed.sort(order);
  d.changed.sort(order);
  return d;
}

export async function diffRecords(prevPath: string, nextPath: string): Promise<RecordDiff> {
  try {
    return await mergeDiff(prevPath, nextPath);
  } catch (e) {
    if (e instanceof Unsorted) return indexDiff(prevPath, nextPath);
    throw e;
  }
}

export interface ChangesInput {
  version: string;
  /** Folder of the version being written (its JSONL files are complete). */
  dir: string;
  tables: TableDef[];
  schema: SchemaSnapshot;
  previous: PreviousVersion | null;
  provenance: { code_version: string; rules_fingerprint: string };
}

const code = (s: string) => "`" + s + "`";
const short = (fp: unknown) => (typeof fp === "string" ? fp.replace(/^sha256:/, "").slice(0, 12) : "unknown");

function schemaSection(changes: SchemaChange[]): string[] {
  if (!changes.length) return ["No schema changes.", ""];
  return ["| change | needs |", "| --- | --- |", ...changes.map((c) => `| ${c.text} | ${c.level} |`), ""];
}

export async function renderChanges(inp: ChangesInput): Promise<{ text: string; diff: RecordDiff | null; schemaChanges: SchemaChange[] }> {
  const head = [`# Changes in version ${inp.version}`, ""];
  const p = inp.previous;
  if (!p)
    return {
      text: [...head, "First version: the output folder held no earlier version to compare with.", ""].join("\n"),
      diff: null,
      schemaChanges: [],
    };
  const schemaChanges = compareSchemas(snapshotFromDataPackage(p.datapackage), inp.schema);
  const need = requiredLevel(schemaChanges);
  const prevProv = (p.datapackage["clippings:provenance"] ?? {}) as Record<string, unknown>;
  const lines = [
    ...head,
    `Compared with version ${p.version}, the previous version in the same output folder.`,
    "",
    `- Version bump: ${bumpLevel(p.version, inp.version)} (${p.version} → ${inp.version}); the schema changes need: ${need}.`,
    `- Code: ${prevProv.code_version ?? "unknown"} → ${inp.provenance.code_version}; rules fingerprint ${short(prevProv.rules_fingerprint)} → ${short(inp.provenance.rules_fingerprint)}` +
      (short(prevProv.rules_fingerprint) === short(inp.provenance.rules_fingerprint) ? " (same rules)." : " (rules changed)."),
    "",
    "## Schema",
    "",
    ...schemaSection(schemaChanges),
  ];

  const prevRecords = join(p.dir, `${RECORDS}.jsonl`);
  const nextRecords = join(inp.dir, `${RECORDS}.jsonl`);
  let diff: RecordDiff | null = null;
  if (existsSync(prevRecords) && existsSync(nextRecords)) {
    diff = await diffRecords(prevRecords, nextRecords);
    const perField = new Map<string, number>();
    for (const c of diff.changed) for (const f of c.fields) perField.set(f, (perField.get(f) ?? 0) + 1);
    lines.push(
      `## Records (${code(RECORDS)})`,
      "",
      "| added | removed | changed | unchanged |",
      "| --- | --- | --- | --- |",
      `| ${diff.added.length} | ${diff.removed.length} | ${diff.changed.length} | ${diff.unchanged} |`,
      "",
    );
    if (perField.size)
      lines.push(
        "Fields changed (records): " +
          [...perField]
            .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
            .map(([f, n]) => `${code(f)} (${n})`)
            .join(", ") +
          ".",
        "",
      );
    const item = (r: { id: string; source_file: string }) => `- ${code(r.id)} ${code(r.source_file)}`;
    if (diff.added.length) lines.push("### Added", "", ...diff.added.map(item), "");
    if (diff.removed.length) lines.push("### Removed", "", ...diff.removed.map(item), "");
    if (diff.changed.length) lines.push("### Changed", "", ...diff.changed.map((c) => `${item(c)}: ${c.fields.map(code).join(", ")}`), "");
  }

  const rowsTable: string[] = [];
  for (const t of inp.tables) {
    const f = tableFile(t, "jsonl");
    const before = existsSync(join(p.dir, f)) ? await countLines(join(p.dir, f)) : null;
    const after = await countLines(join(inp.dir, f));
    rowsTable.push(`| ${code(t.name)} | ${before ?? "—"} | ${after} |`);
  }
  lines.push("## Rows per table", "", "| table | before | after |", "| --- | --- | --- |", ...rowsTable, "");
  return { text: lines.join("\n"), diff, schemaChanges };
}
