// minhash's fast path (the minimum searched on sign-flipped int32 values, the shingles copied out of
// their set by a loop) must give exactly the signatures of the plain formulation: compared on random
// texts and on the bench pages.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fmix32, minhash, NUM_HASHES, SHINGLE_WORDS, shingleHashes, tokenHashes } from "../../pipeline/dedupe/minhash.ts";
import { ZYTE_DEV } from "../../scripts/lib/sites.ts";
import { rng } from "../helpers/rng.ts";

const SEEDS = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s[i] = x;
  }
  return s;
})();

/** The shingle hashes and signature as first written (unsigned arithmetic, Uint32Array.from). */
function referenceShingles(text: string): Uint32Array {
  const toks = tokenHashes(text);
  if (toks.length === 0) return new Uint32Array(0);
  const out = new Set<number>();
  for (let i = 0; i < Math.max(1, toks.length - SHINGLE_WORDS + 1); i++) {
    let h = 0;
    for (let j = i; j < Math.min(toks.length, i + SHINGLE_WORDS); j++) h = fmix32((Math.imul(h, 31) + toks[j]) >>> 0);
    out.add(h);
  }
  return Uint32Array.from(out);
}
function referenceMinhash(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const sh = referenceShingles(text);
  for (let k = 0; k < NUM_HASHES; k++) {
    let min = 0xffffffff;
    for (let i = 0; i < sh.length; i++) {
      const v = fmix32((sh[i] ^ SEEDS[k]) >>> 0);
      if (v < min) min = v;
    }
    sig[k] = min;
  }
  return sig;
}

const WORDS = ["the", "Minister", "said", "日", "本", "über", "2024", "ß", "—", ",", "\n", "  ", "naïve", "😀", "Σ", "я"];

describe("minhash fast path", () => {
  it("gives the plain formulation's shingles and signatures on random texts", () => {
    const r = rng(29);
    for (let k = 0; k < 2000; k++) {
      const n = Math.floor(r() * 60);
      const text = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)] + (r() < 0.8 ? " " : "")).join("");
      expect(shingleHashes(text)).toEqual(referenceShingles(text));
      expect(minhash(text)).toEqual(referenceMinhash(text));
    }
    expect(minhash("")).toEqual(new Uint32Array(NUM_HASHES).fill(0xffffffff));
  });

  it.skipIf(!existsSync(path.join(ZYTE_DEV, "raw")))("gives the plain formulation's signatures on the bench pages", () => {
    const dir = path.join(ZYTE_DEV, "raw");
    for (const f of readdirSync(dir)) {
      const text = readFileSync(path.join(dir, f), "utf8");
      expect(minhash(text)).toEqual(referenceMinhash(text));
    }
  });
});
