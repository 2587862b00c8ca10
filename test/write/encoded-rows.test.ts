// Rows the worker thread encodes ahead (process-file.ts encodeRows) must give exactly the bytes the
// writers give row by row, in every format, and a cache entry must give back exactly those bytes — or
// nothing, when it is cut short.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TABLES } from "../../schemas/tables.ts";
import { decodeEntry, encodeEntry } from "../../pipeline/cache/index.ts";
import { encodeRows, PRE_ENCODED_TABLES, processFile } from "../../pipeline/parallel/process-file.ts";
import { openTableWriters } from "../../pipeline/write/tables.ts";
import { article } from "../robustness/cases.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-enc-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const result = processFile({ sourceFile: "a.txt", bytes: new TextEncoder().encode(article()), sha256: "a".repeat(64) });
if (!result.ok) throw new Error("fixture article was rejected");

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(path.join(dir, f))]));

describe("pre-encoded rows", () => {
  it("covers the audit table of a real record, and not the articles table", () => {
    expect(PRE_ENCODED_TABLES).toContain("audit");
    expect(PRE_ENCODED_TABLES).not.toContain("articles");
    expect(result.rows.audit!.length).toBeGreaterThan(3);
    expect(Object.keys(result.encoded!)).toContain("audit");
  });

  it("writes the same bytes in every format as writing row by row", async () => {
    const rows = result.rows.audit!;
    const [one, many] = ["one", "many"].map((d) => path.join(tmp, d));
    for (const d of [one, many]) rmSync(d, { recursive: true, force: true });
    const { mkdirSync } = await import("node:fs");
    mkdirSync(one);
    mkdirSync(many);
    const a = openTableWriters(one, TABLES.audit);
    for (const r of [...rows, ...rows]) await a.write(r);
    await a.close();
    const b = openTableWriters(many, TABLES.audit);
    const enc = encodeRows({ audit: rows }).audit!;
    await b.writeMany!(rows, enc);
    await b.writeMany!(rows, enc);
    await b.close();
    const fa = files(one);
    expect(Object.keys(fa)).toEqual(["audit.arrow", "audit.csv", "audit.jsonl", "audit.parquet"]);
    expect(files(many)).toEqual(fa);
    expect(fa["audit.jsonl"].toString().split("\n").length).toBe(2 * rows.length + 1);
  });

  it("round-trips through a cache entry, and a truncated entry is no entry", () => {
    const bytes = encodeEntry("k1", result);
    const back = decodeEntry("k1", bytes);
    expect(back).toEqual(result);
    expect(Buffer.from(back!.ok ? back!.encoded!.audit!.jsonl : []).toString()).toBe(Buffer.from(result.encoded!.audit!.jsonl).toString());
    expect(decodeEntry("k1", bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(decodeEntry("k1", Buffer.concat([bytes, Buffer.from("x")]))).toBeNull();
    expect(decodeEntry("other", bytes)).toBeNull();
  });
});
