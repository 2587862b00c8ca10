// The direct column encoder (buildBatch) must give the very bytes apache-arrow's builders give, for
// every column kind, with and without nulls, empty strings and lists, non-ASCII text, and batch
// sizes around the 64-byte padding steps.
import { tableToIPC, Table } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { arrowSchemaFor } from "../../schemas/derive/arrow.ts";
import { describeColumns } from "../../schemas/describe.ts";
import { TABLES, type TableName } from "../../schemas/tables.ts";
import { buildBatch, buildBatchWithBuilders } from "../../pipeline/write/arrow.ts";

function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

const SAMPLES = ["", "a", "Grüße", "東京 記者", "emoji 🙂 here", "line\nbreak", "lone \ud800 surrogate", "x".repeat(70)];

function randomRow(table: TableName, rand: () => number): Record<string, unknown> {
  const pick = () => SAMPLES[Math.floor(rand() * SAMPLES.length)];
  const row: Record<string, unknown> = {};
  for (const c of describeColumns(TABLES[table].schema)) {
    if (c.nullable && rand() < 0.3) row[c.name] = null;
    else if (c.kind === "string") row[c.name] = pick();
    else if (c.kind === "integer") row[c.name] = Math.floor(rand() * 2000) - 1000;
    else if (c.kind === "number") row[c.name] = rand();
    else if (c.kind === "date") row[c.name] = `${1990 + Math.floor(rand() * 40)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;
    else if (c.kind === "string_list") row[c.name] = Array.from({ length: Math.floor(rand() * 4) }, pick);
    else row[c.name] = rand() < 0.5;
  }
  return row;
}

describe("arrow batch encoding", () => {
  for (const table of Object.keys(TABLES) as TableName[])
    it(`gives the builders' bytes for ${table}`, () => {
      const schema = arrowSchemaFor(TABLES[table]);
      const specs = describeColumns(TABLES[table].schema);
      const rand = rng(table.length * 7919);
      for (const n of [0, 1, 7, 8, 9, 15, 16, 17, 63, 64, 65, 200, 513]) {
        const rows = Array.from({ length: n }, () => randomRow(table, rand));
        const ipc = (b: ReturnType<typeof buildBatch>) => tableToIPC(new Table([b]), "file");
        expect(Buffer.from(ipc(buildBatch(schema, specs, rows))).equals(Buffer.from(ipc(buildBatchWithBuilders(schema, specs, rows)))), `${n} rows`).toBe(true);
      }
    });
});
