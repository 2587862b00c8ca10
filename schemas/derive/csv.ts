// CSV cell encoding derived from the column specs. The encoding is lossless given the schema:
// - null is an empty cell. Nullable strings are never "" (min length 1), so an empty cell in a
//   nullable column always means null, and in a required string column (e.g. body) it means "".
// - string lists are JSON array text (`["a","b"]`, empty list `[]`), the Frictionless "array" encoding.
// - integers and numbers are plain decimal text, booleans true/false, dates YYYY-MM-DD.
import { describeColumns, type ColumnSpec } from "../describe.ts";
import type { TableDef } from "../tables.ts";

export function csvColumns(table: TableDef): string[] {
  return describeColumns(table.schema).map((c) => c.name);
}

/** One cell; exported so datapackage.json examples use the same physical form as the CSV. */
export function toCsvCell(c: ColumnSpec, v: unknown): string {
  if (v === undefined) throw new Error(`column ${c.name}: value missing`);
  if (v === null) {
    if (!c.nullable) throw new Error(`column ${c.name}: null in a non-nullable column`);
    return "";
  }
  switch (c.kind) {
    case "string":
    case "date":
      if (typeof v !== "string") throw new Error(`column ${c.name}: expected a string`);
      return v;
    case "integer":
    case "number":
      if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(`column ${c.name}: expected a finite number`);
      return String(v);
    case "boolean":
      if (typeof v !== "boolean") throw new Error(`column ${c.name}: expected a boolean`);
      return v ? "true" : "false";
    case "string_list":
      if (!Array.isArray(v)) throw new Error(`column ${c.name}: expected a list`);
      return JSON.stringify(v);
  }
}

function decodeCell(c: ColumnSpec, s: string): unknown {
  if (s === "" && c.nullable) return null;
  switch (c.kind) {
    case "string":
      return s;
    case "date":
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new Error(`column ${c.name}: expected YYYY-MM-DD, got ${JSON.stringify(s)}`);
      return s;
    case "integer":
      if (!/^-?\d+$/.test(s)) throw new Error(`column ${c.name}: expected an integer, got ${JSON.stringify(s)}`);
      return Number(s);
    case "number": {
      const n = Number(s);
      if (s.trim() === "" || !Number.isFinite(n)) throw new Error(`column ${c.name}: expected a number, got ${JSON.stringify(s)}`);
      return n;
    }
    case "boolean":
      if (s !== "true" && s !== "false") throw new Error(`column ${c.name}: expected true/false, got ${JSON.stringify(s)}`);
      return s === "true";
    case "string_list": {
      const v: unknown = JSON.parse(s);
      if (!Array.isArray(v) || !v.every((x) => typeof x === "string"))
        throw new Error(`column ${c.name}: expected a JSON array of strings`);
      return v;
    }
  }
}

/** Cells of one row, in column order. */
export function toCsvRow(specs: ColumnSpec[], row: Record<string, unknown>): string[] {
  return specs.map((c) => toCsvCell(c, row[c.name]));
}

/** Inverse of toCsvRow; accepts cells in column order or keyed by header name. */
export function fromCsvRow(specs: ColumnSpec[], cells: string[] | Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  specs.forEach((c, i) => {
    const s = Array.isArray(cells) ? cells[i] : cells[c.name];
    if (s === undefined) throw new Error(`column ${c.name}: cell missing`);
    out[c.name] = decodeCell(c, s);
  });
  return out;
}
