// Semantic versioning of the dataset. Each version stores a compact snapshot of its schema in
// datapackage.json ("clippings:schema"); the next build compares against it:
// - major: a table or field removed, a field's type changed, a field that was never null may now be
//   null (readers that relied on it break);
// - minor: a table or field added, a nullable field that is now never null;
// - patch: the same schema (data and documentation may change).
// A build whose version bump is smaller than the change needs is refused before anything is written.
// Below 1.0.0 (semver's "anything may change"), a breaking change needs at least a minor bump.
import { describeColumns, type ColumnKind } from "../../schemas/describe.ts";
import type { TableDef } from "../../schemas/tables.ts";

export type Level = "major" | "minor" | "patch";
const RANK: Record<Level | "none", number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** table → fields in order, each with its kind and nullability. */
export type SchemaSnapshot = Record<string, { name: string; type: ColumnKind; nullable: boolean }[]>;

export function schemaSnapshot(tables: TableDef[]): SchemaSnapshot {
  return Object.fromEntries(
    tables.map((t) => [t.name, describeColumns(t.schema).map((c) => ({ name: c.name, type: c.kind, nullable: c.nullable }))]),
  );
}

const FRICTIONLESS_KIND: Record<string, ColumnKind> = {
  string: "string",
  integer: "integer",
  number: "number",
  boolean: "boolean",
  date: "date",
  array: "string_list",
};

/**
 * The snapshot of a published datapackage.json: its "clippings:schema", or — for versions written
 * before snapshots existed — rebuilt from the Frictionless resources (types and `required`).
 */
export function snapshotFromDataPackage(pkg: Record<string, unknown>): SchemaSnapshot {
  const stored = pkg["clippings:schema"] as SchemaSnapshot | undefined;
  if (stored) return stored;
  const out: SchemaSnapshot = {};
  type F = { name: string; type: string; constraints?: { required?: boolean }; description?: string };
  for (const r of (pkg.resources ?? []) as { name: string; schema: { fields: F[] } }[])
    out[r.name] = r.schema.fields.map((f) => ({
      name: f.name,
      type: FRICTIONLESS_KIND[f.type] ?? "string",
      // "may be the empty string" columns are not `required` in Frictionless but are never null.
      nullable: !f.constraints?.required && !/Never null/.test(f.description ?? ""),
    }));
  return out;
}

export interface SchemaChange {
  level: Level;
  /** e.g. "articles.body: removed" */
  text: string;
}

export function compareSchemas(prev: SchemaSnapshot, next: SchemaSnapshot): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const t of Object.keys(prev))
    if (!(t in next)) changes.push({ level: "major", text: `table \`${t}\` removed` });
  for (const [t, fields] of Object.entries(next)) {
    const before = prev[t];
    if (!before) {
      changes.push({ level: "minor", text: `table \`${t}\` added (${fields.length} fields)` });
      continue;
    }
    const old = new Map(before.map((f) => [f.name, f]));
    const now = new Map(fields.map((f) => [f.name, f]));
    for (const f of before) if (!now.has(f.name)) changes.push({ level: "major", text: `\`${t}.${f.name}\` removed` });
    for (const f of fields) {
      const o = old.get(f.name);
      if (!o) {
        changes.push({ level: "minor", text: `\`${t}.${f.name}\` added (${f.type}${f.nullable ? ", nullable" : ""})` });
        continue;
      }
      if (o.type !== f.type) changes.push({ level: "major", text: `\`${t}.${f.name}\` type changed: ${o.type} → ${f.type}` });
      if (!o.nullable && f.nullable) changes.push({ level: "major", text: `\`${t}.${f.name}\` may now be null` });
      if (o.nullable && !f.nullable) changes.push({ level: "minor", text: `\`${t}.${f.name}\` is now never null` });
    }
  }
  return changes;
}

/** The smallest version bump the changes need (patch when there is none: the data may still change). */
export function requiredLevel(changes: SchemaChange[]): Level {
  return changes.reduce<Level>((acc, c) => (RANK[c.level] > RANK[acc] ? c.level : acc), "patch");
}

export type Semver = [number, number, number];

export function parseSemver(v: string): Semver {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (!m) throw new Error(`not a semantic version: ${v}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

export function compareSemver(a: string, b: string): number {
  const [x, y] = [parseSemver(a), parseSemver(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}

/** Which part of the version grew from `prev` to `next` ("none" when next ≤ prev). */
export function bumpLevel(prev: string, next: string): Level | "none" {
  const [a, b] = [parseSemver(prev), parseSemver(next)];
  if (compareSemver(next, prev) <= 0) return "none";
  if (b[0] > a[0]) return "major";
  if (b[1] > a[1]) return "minor";
  return "patch";
}

/** Throws when going from `prev` to `next` does not allow the schema changes. */
export function checkVersionBump(prev: string, next: string, changes: SchemaChange[]): void {
  let need = requiredLevel(changes);
  if (need === "major" && parseSemver(prev)[0] === 0) need = "minor";
  const got = bumpLevel(prev, next);
  if (RANK[got] >= RANK[need]) return;
  const [M, m, p] = parseSemver(prev);
  const suggest = need === "major" ? `${M + 1}.0.0` : need === "minor" ? `${M}.${m + 1}.0` : `${M}.${m}.${p + 1}`;
  const what = changes.filter((c) => c.level === requiredLevel(changes)).map((c) => c.text.replace(/`/g, ""));
  throw new Error(
    `version ${next} cannot follow ${prev}: the schema change needs a ${need} version bump ` +
      `(${what.join("; ") || "data changed"}); set "version" in the dataset config to ${suggest} or higher`,
  );
}
