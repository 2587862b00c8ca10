// memoByString: one call per distinct short string, long strings never kept, the table bounded.
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { MEMO_MAX_CHARS, memoByString } from "../../pipeline/text/memo.ts";

describe("memoByString", () => {
  it("computes each short string once, long ones every time", () => {
    const calls: string[] = [];
    const f = memoByString((s) => (calls.push(s), s.length), 3);
    expect([f("a"), f("bb"), f("a"), f("bb")]).toEqual([1, 2, 1, 2]);
    expect(calls).toEqual(["a", "bb"]);
    const long = "x".repeat(MEMO_MAX_CHARS + 1);
    f(long);
    f(long);
    expect(calls.filter((c) => c === long)).toHaveLength(2);
  });
  it("drops the table when full, and keeps falsy results", () => {
    const calls: string[] = [];
    const f = memoByString((s) => (calls.push(s), s === "n" ? null : 0), 2);
    f("n");
    f("n");
    expect(calls).toEqual(["n"]);
    f("a");
    f("b"); // table full (n, a): cleared, then b kept
    f("n");
    expect(calls).toEqual(["n", "a", "b", "n"]);
  });
  it("keeps undefined results too", () => {
    const calls: string[] = [];
    const f = memoByString((s) => (calls.push(s), s === "u" ? undefined : s), 10);
    expect([f("u"), f("u"), f("v"), f("v")]).toEqual([undefined, undefined, "v", "v"]);
    expect(calls).toEqual(["u", "v"]);
  });

  it("does not keep the pages its keys and string results were cut from", () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const f = memoByString((s) => s.trim(), 1000);
    gc();
    const before = process.memoryUsage().heapUsed;
    // 40 distinct 2 MB pages; from each a short line is memoized (key and result are substrings).
    for (let i = 0; i < 40; i++) {
      const page = `${i} `.repeat(1_000_000 / String(i).length) + ` line ${i} of the header `;
      f(page.slice(page.length - 26));
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
    expect(f(" line 7 of the header ")).toBe("line 7 of the header");
    // Kept pages would be ~80 MB (1-byte strings); detached lines are a few kB.
    expect(grownMb).toBeLessThan(20);
  });
});
