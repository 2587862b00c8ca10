// memoByString: one call per distinct short string, long strings never kept, the table bounded.
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
});
