// Parquet and Arrow hold the same rows, in the same order and with the same types, as the JSONL of
// every table, read back with nodejs-polars and with parquet-wasm / apache-arrow.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC, type Table } from "apache-arrow";
import pl from "nodejs-polars";
import { ParquetFile, readParquet } from "parquet-wasm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeColumns, type ColumnSpec } from "../../schemas/describe.ts";
import { TABLES } from "../../schemas/tables.ts";
import { openParquetWriter } from "../../pipeline/write/parquet.ts";
import { BASE_CONFIG, buildWith, readJsonlSync, SEED_RAW, tempDir } from "./helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let dir: string;

beforeAll(async () => {
  tmp = tempDir("formats");
  dir = (await buildWith(SEED_RAW, join(tmp.dir, "out"), BASE_CONFIG)).dir;
}, 120_000);
afterAll(() => tmp.done());

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** An Arrow cell as the JSONL writes it. */
function fromArrow(c: ColumnSpec, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (c.kind === "date") return isoDay(Number(v));
  if (c.kind === "string_list") return [...(v as Iterable<string>)];
  return v;
}

/** A polars cell as the JSONL writes it. */
function fromPolars(c: ColumnSpec, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (c.kind === "date") return isoDay((v as Date).getTime());
  if (c.kind === "string_list") return [...(v as Iterable<string>)];
  return v;
}

function rowsOf(t: Table, specs: ColumnSpec[]): Record<string, unknown>[] {
  return t.toArray().map((r) => Object.fromEntries(specs.map((c) => [c.name, fromArrow(c, r[c.name])])));
}

const POLARS_TYPE: Record<ColumnSpec["kind"], string> = {
  string: String(pl.String),
  integer: String(pl.Int32),
  number: String(pl.Float64),
  boolean: String(pl.Bool),
  date: String(pl.Date),
  string_list: String(pl.List(pl.String)),
};

describe.each(Object.values(TABLES))("formats of $name", (table) => {
  const specs = describeColumns(table.schema);
  const jsonl = () => readJsonlSync(join(dir, `${table.name}.jsonl`));

  it("Parquet (parquet-wasm → apache-arrow) has the JSONL rows and the Arrow schema", () => {
    const t = tableFromIPC(readParquet(readFileSync(join(dir, `${table.name}.parquet`))).intoIPCStream());
    const arrow = tableFromIPC(readFileSync(join(dir, `${table.name}.arrow`)));
    expect(t.schema.fields.map((f) => `${f.name}:${f.type}:${f.nullable}`)).toEqual(
      arrow.schema.fields.map((f) => `${f.name}:${f.type}:${f.nullable}`),
    );
    expect(rowsOf(t, specs)).toEqual(jsonl());
    expect(rowsOf(arrow, specs)).toEqual(jsonl());
  });

  it("polars reads Parquet and Arrow with typed columns and the JSONL rows", () => {
    const expected = jsonl();
    for (const df of [pl.readParquet(join(dir, `${table.name}.parquet`)), pl.readIPC(readFileSync(join(dir, `${table.name}.arrow`)))]) {
      expect(df.height).toBe(expected.length);
      expect(df.columns).toEqual(specs.map((c) => c.name));
      for (const c of specs) expect(String(df.schema[c.name]), `${table.name}.${c.name}`).toBe(POLARS_TYPE[c.kind]);
      const rows = df.toRecords().map((r) => Object.fromEntries(specs.map((c) => [c.name, fromPolars(c, r[c.name])])));
      expect(rows).toEqual(expected);
    }
  });
});

describe("seed build", () => {
  it("has rows in the tables that matter, and dates that are dates", () => {
    const df = pl.readParquet(join(dir, "articles.parquet"));
    expect(df.height).toBe(5);
    const d = df.getColumn("published_date").toArray()[0];
    expect(d).toBeInstanceOf(Date);
    expect(((d as unknown as Date).getTime() % DAY_MS)).toBe(0);
    expect(Array.isArray(df.getColumn("authors").toArray()[0])).toBe(true);
  });
});

describe("openParquetWriter", () => {
  it("writes one row group per batch, streamed, and an empty table as a valid file", async () => {
    const t = tempDir("pq");
    try {
      const w = openParquetWriter(join(t.dir, "rejects.parquet"), TABLES.rejects, 10);
      for (let i = 0; i < 25; i++)
        await w.write({ source_file: `f${String(i).padStart(2, "0")}.txt`, source_sha256: null, stage: "ingest", reason: "empty file", detail: "0 bytes" });
      await w.close();
      const df = pl.readParquet(join(t.dir, "rejects.parquet"));
      expect(df.height).toBe(25);
      expect(df.getColumn("source_file").toArray().at(-1)).toBe("f24.txt");
      const file = await ParquetFile.fromFile(new Blob([readFileSync(join(t.dir, "rejects.parquet"))]));
      const meta = file.metadata();
      expect(meta.numRowGroups()).toBe(3); // 10 + 10 + 5
      expect(meta.rowGroup(2).numRows()).toBe(5);
      expect(meta.fileMetadata().createdBy()).not.toMatch(/\d{4}-\d{2}-\d{2}/);

      const e = openParquetWriter(join(t.dir, "empty.parquet"), TABLES.rejects);
      await e.close();
      const empty = pl.readParquet(join(t.dir, "empty.parquet"));
      expect(empty.height).toBe(0);
      expect(empty.columns).toEqual(describeColumns(TABLES.rejects.schema).map((c) => c.name));
    } finally {
      t.done();
    }
  });
});
