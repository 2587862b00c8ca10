// CSV must give back exactly the JSONL objects: nulls, "" bodies, lists, quotes, newlines, unicode.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvColumns, fromCsvRow, toCsvRow } from "../../schemas/derive/csv.ts";
import { describeColumns } from "../../schemas/describe.ts";
import { TABLES } from "../../schemas/tables.ts";
import { writeTable } from "../../pipeline/write/index.ts";
import { TABLE_ROWS, withTempDir } from "./fixtures.ts";

describe("csv output", () => {
  for (const table of Object.values(TABLES)) {
    it(`${table.name}: papaparse + fromCsvRow gives back the JSONL objects`, async () => {
      await withTempDir(async (dir) => {
        const rows = TABLE_ROWS[table.name as keyof typeof TABLE_ROWS];
        await writeTable(dir, table, rows, ["jsonl", "csv"]);
        const jsonl = readFileSync(join(dir, `${table.name}.jsonl`), "utf8")
          .split("\n")
          .filter(Boolean)
          .map((l) => JSON.parse(l));
        const csv = readFileSync(join(dir, `${table.name}.csv`), "utf8");
        const parsed = Papa.parse<string[]>(csv, { newline: "\n", skipEmptyLines: true });
        expect(parsed.errors).toEqual([]);
        const [header, ...body] = parsed.data;
        expect(header).toEqual(csvColumns(table));
        const specs = describeColumns(table.schema);
        expect(body.map((cells) => fromCsvRow(specs, cells))).toEqual(jsonl);
        expect(jsonl).toEqual(rows);
        // JSON lines keep schema key order whatever order the producer used.
        expect(jsonl.map((o) => Object.keys(o))).toEqual(rows.map(() => csvColumns(table)));
      });
    });
  }

  it("encodes null as an empty cell and lists as JSON text", () => {
    const specs = describeColumns(TABLES.articles.schema);
    const cells = toCsvRow(specs, TABLE_ROWS.articles[1]);
    const at = (n: string) => cells[specs.findIndex((c) => c.name === n)];
    expect(at("title")).toBe("");
    expect(at("authors")).toBe("[]");
    expect(at("body")).toBe("");
    expect(at("word_count")).toBe("0");
    expect(at("warnings")).toBe('["no publication date printed","title, subtitle: disagree"]');
    const back = fromCsvRow(specs, cells);
    expect(back.title).toBeNull();
    expect(back.body).toBe("");
  });

  it("rejects malformed cells", () => {
    const specs = describeColumns(TABLES.audit.schema);
    const cells = toCsvRow(specs, TABLE_ROWS.audit[0]);
    cells[specs.findIndex((c) => c.name === "seq")] = "1.5";
    expect(() => fromCsvRow(specs, cells)).toThrow(/seq/);
  });
});
