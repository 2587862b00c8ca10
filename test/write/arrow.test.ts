// The Arrow file must read back with apache-arrow itself, with polars, and (when installed) with
// pyarrow/pandas — the readers our users actually have.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DataType, DateDay, DateUnit, tableFromIPC, type Table } from "apache-arrow";
import pl from "nodejs-polars";
import { describe, expect, it } from "vitest";
import { describeColumns } from "../../schemas/describe.ts";
import { TABLES } from "../../schemas/tables.ts";
import { writeTable } from "../../pipeline/write/index.ts";
import { ARTICLES, withTempDir } from "./fixtures.ts";
import { PYTHON } from "../helpers/python.ts";

const specs = describeColumns(TABLES.articles.schema);

/** Arrow values back to the JSON row shape (dates as YYYY-MM-DD, lists as arrays). */
function rowsOf(table: Table): Record<string, unknown>[] {
  return Array.from({ length: table.numRows }, (_, i) =>
    Object.fromEntries(
      specs.map((c) => {
        const v = table.getChild(c.name)!.get(i);
        if (v === null) return [c.name, null];
        if (c.kind === "date") return [c.name, new Date(v as number).toISOString().slice(0, 10)];
        if (c.kind === "string_list") return [c.name, [...(v as Iterable<string>)]];
        return [c.name, v];
      }),
    ),
  );
}

describe("arrow output", () => {
  it("round-trips through apache-arrow with the derived types", async () => {
    await withTempDir(async (dir) => {
      await writeTable(dir, TABLES.articles, ARTICLES, ["arrow"]);
      const table = tableFromIPC(readFileSync(join(dir, "articles.arrow")));
      expect(table.numRows).toBe(ARTICLES.length);
      // Readers rebuild generic type classes (Date_, Int_), so compare by type id and rendering.
      const type = (n: string) => table.schema.fields.find((f) => f.name === n)!.type;
      expect(DataType.isDate(type("published_date")) && type("published_date").unit).toBe(DateUnit.DAY);
      expect(String(type("published_date"))).toBe(String(new DateDay()));
      expect(DataType.isList(type("authors"))).toBe(true);
      expect(String(type("authors"))).toBe("List<Utf8>");
      expect(type("authors").children[0].nullable).toBe(false);
      expect(DataType.isInt(type("word_count")) && type("word_count").bitWidth).toBe(32);
      expect(table.schema.fields.find((f) => f.name === "title")!.nullable).toBe(true);
      expect(table.schema.fields.find((f) => f.name === "id")!.nullable).toBe(false);
      expect(table.schema.fields[0].metadata.get("description")).toBe(specs[0].description);
      expect(rowsOf(table)).toEqual(ARTICLES);
    });
  });

  it("streams record batches instead of one table", async () => {
    await withTempDir(async (dir) => {
      const many = Array.from({ length: 2500 }, (_, i) => ({ ...ARTICLES[i % 3], id: `id${i}` }));
      await writeTable(dir, TABLES.articles, many, ["arrow"]);
      const table = tableFromIPC(readFileSync(join(dir, "articles.arrow")));
      expect(table.batches.map((b) => b.numRows)).toEqual([1000, 1000, 500]);
      expect(table.getChild("id")!.get(2499)).toBe("id2499");
    });
  });

  it("writes a valid file for an empty table", async () => {
    await withTempDir(async (dir) => {
      await writeTable(dir, TABLES.articles, [], ["arrow"]);
      const table = tableFromIPC(readFileSync(join(dir, "articles.arrow")));
      expect(table.numRows).toBe(0);
      expect(table.schema.fields.map((f) => f.name)).toEqual(specs.map((c) => c.name));
      expect(pl.readIPC(readFileSync(join(dir, "articles.arrow"))).width).toBe(specs.length);
    });
  });

  it("reads with nodejs-polars with Date, List(String) and Int32 dtypes", async () => {
    await withTempDir(async (dir) => {
      await writeTable(dir, TABLES.articles, ARTICLES, ["arrow"]);
      // readIPC only treats *.ipc strings as paths, so hand it the bytes.
      const df = pl.readIPC(readFileSync(join(dir, "articles.arrow")));
      expect(df.height).toBe(ARTICLES.length);
      expect(String(df.schema.published_date)).toBe(String(pl.Date));
      expect(String(df.schema.authors)).toBe(String(pl.List(pl.String)));
      expect(String(df.schema.paragraph_count)).toBe(String(pl.Int32));
      expect(df.columns).toEqual(specs.map((c) => c.name));
      expect(df.getColumn("title").nullCount()).toBe(1);
    });
  });

  const hasPyarrow = spawnSync(PYTHON, ["-c", "import pyarrow, pandas"], { stdio: "ignore" }).status === 0;
  if (!hasPyarrow) console.warn(`[arrow.test] ${PYTHON} cannot import pyarrow and pandas (no .venv/, made by make test where python3 >= 3.9 exists): skipping the pyarrow/pandas read test`);
  (hasPyarrow ? it : it.skip)("reads with pyarrow.ipc.open_file and pandas.read_feather", async () => {
    await withTempDir(async (dir) => {
      await writeTable(dir, TABLES.articles, ARTICLES, ["arrow"]);
      const script = [
        "import sys, pyarrow as pa, pandas as pd",
        "p = sys.argv[1]",
        "t = pa.ipc.open_file(p).read_all()",
        "assert str(t.schema.field('published_date').type) == 'date32[day]', t.schema",
        "assert str(t.schema.field('authors').type).startswith('list<'), t.schema",
        "assert str(t.schema.field('word_count').type) == 'int32', t.schema",
        "df = pd.read_feather(p)",
        "print(t.num_rows, len(df))",
      ].join("\n");
      const r = spawnSync(PYTHON, ["-c", script, join(dir, "articles.arrow")], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.stdout.trim()).toBe(`${ARTICLES.length} ${ARTICLES.length}`);
    });
  });
});
