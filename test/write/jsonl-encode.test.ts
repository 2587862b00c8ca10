// The JSON line encoder must give JSON.stringify's text for the row re-ordered by the schema.
import { describe, expect, it } from "vitest";
import { jsonLineEncoder } from "../../pipeline/write/jsonl.ts";

describe("jsonl encoding", () => {
  it("matches JSON.stringify of the schema-ordered object", () => {
    const names = ["id", "title", "n", "x", "list", "gone", "nested"];
    const enc = jsonLineEncoder(names);
    const rows: Record<string, unknown>[] = [
      { nested: { a: [1, "b"] }, list: ["a", 'q"uote', "\u2028", "\ud800"], x: null, n: 1.5, title: "Grüße\n\t", id: "a", gone: undefined },
      { id: "", title: null, n: -0, x: NaN, list: [], gone: 3, nested: null, extra: "ignored" },
      { gone: undefined },
    ];
    for (const row of rows) {
      const ordered: Record<string, unknown> = {};
      for (const n of names) ordered[n] = row[n];
      expect(enc(row)).toBe(JSON.stringify(ordered) + "\n");
    }
  });
});
