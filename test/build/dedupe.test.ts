// Near-duplicate detection: MinHash similarity tracks shingle overlap; the deduper points a record to
// the earliest most similar earlier record at or above the threshold, and never to an unrelated one.
import { describe, expect, it } from "vitest";
import { Deduper, minhash, NEAR_DUPLICATE_THRESHOLD } from "../../pipeline/dedupe/index.ts";
import { hashString, similarity, TOKEN, tokenHashes } from "../../pipeline/dedupe/minhash.ts";
import { article, OTHER_PARAS } from "../robustness/cases.ts";

const a = article();
const b = article("", [...OTHER_PARAS]);

describe("near-duplicates", () => {
  it("tokenises exactly like the token pattern, in every script (scanner vs regex)", () => {
    const byPattern = (t: string) => [...t.toLowerCase().matchAll(TOKEN)].map((m) => hashString(m[0]));
    expect(tokenHashes("Hello, World! 東京都 ok")).toEqual(byPattern("Hello, World! 東京都 ok"));
    expect(tokenHashes("Hello, World! 東京都 ok")).toHaveLength(6);
    // "ab東" is one token (a run started by a Latin letter goes on over CJK); "東ab" is two.
    expect(tokenHashes("ab東")).toHaveLength(1);
    expect(tokenHashes("東ab")).toHaveLength(2);
    const pool = ["a", "Z", " ", "漢", "ー", "\u0301", "é", "İ", "ß", "𠀀", "𝐀", "\ud800", "7", "-", "ひ", "カ", "Ω", "\u200d", "ﬁ", "\n"];
    let x = 12345;
    for (let k = 0; k < 3000; k++) {
      let t = "";
      for (let j = 0; j < 24; j++) t += pool[(x = (Math.imul(x, 1103515245) + 12345) >>> 0) % pool.length];
      expect(tokenHashes(t)).toEqual(byPattern(t));
    }
  });

  it("estimates similarity: 1 for the same text, high for a small edit, low for another story", () => {
    expect(similarity(minhash(a), minhash(a))).toBe(1);
    const edited = a.replace("two early crossings", "three early crossings");
    expect(similarity(minhash(a), minhash(edited))).toBeGreaterThan(0.8);
    expect(similarity(minhash(a), minhash(b))).toBeLessThan(0.2);
  });

  it("flags the later copy with the earlier record's id, and leaves unrelated records alone", () => {
    const d = new Deduper();
    expect(d.near("first", minhash(a))).toBeNull();
    expect(d.near("other", minhash(b))).toBeNull();
    const hit = d.near("second", minhash(a.replace("Tuesday evening", "Tuesday night")));
    expect(hit?.near_duplicate_of).toBe("first");
    expect(hit!.similarity).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it("spots exact duplicates by hash", () => {
    const d = new Deduper();
    expect(d.exact("h1", "id1")).toBeNull();
    expect(d.exact("h2", "id2")).toBeNull();
    expect(d.exact("h1", "id3")).toBe("id1");
  });
});
