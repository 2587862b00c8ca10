// The Ray build's duplicate join across shards (ray/clippings_ray.py) makes the same decisions as the
// one-machine Deduper reading the records in order, for any number of shards and partitions: on
// synthetic signatures built in chains (each derived from an earlier one), so records have several
// candidates in different bands, with equal and nearly equal similarities (the Deduper compares a
// candidate's similarity with the rounded one it kept), exact duplicates and rejects among them.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { bandKeys, Deduper, NUM_HASHES, signature16 } from "../../pipeline/dedupe/index.ts";
import { nearParameters, reportedSimilarity } from "../../pipeline/ray/decisions.ts";
import { VENV_PYTHON, venvReason } from "../helpers/python.ts";

const skip = venvReason(["ray", "numpy"]);
if (skip) console.warn(`[dedupe-join.test] skipping the Ray duplicate-join test: ${skip}`);

/** A small xorshift generator, seeded, so the corpus is the same on every run. */
function rng(seed: number) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

interface Rec {
  ok: boolean;
  sha: string;
  sig: number[];
}

function corpus(n: number, seed: number): Rec[] {
  const next = rng(seed);
  const recs: Rec[] = [];
  const fresh = () => Array.from({ length: NUM_HASHES }, () => next());
  for (let i = 0; i < n; i++) {
    const roll = next() % 100;
    const earlier = recs.filter((r) => r.ok);
    if (roll < 5) recs.push({ ok: false, sha: createHash("sha256").update(`reject ${i}`).digest("hex"), sig: [] });
    else if (roll < 15 && earlier.length) {
      // An exact duplicate: the same bytes as an earlier record.
      const r = earlier[next() % earlier.length];
      recs.push({ ok: true, sha: r.sha, sig: r.sig });
    } else if (roll < 75 && earlier.length) {
      // A near copy of an earlier record: a few hashes changed (0–14), a band or two differing.
      const sig = [...earlier[next() % earlier.length].sig];
      const changes = next() % 15;
      for (let k = 0; k < changes; k++) sig[next() % NUM_HASHES] = next();
      recs.push({ ok: true, sha: createHash("sha256").update(`near ${i}`).digest("hex"), sig });
    } else recs.push({ ok: true, sha: createHash("sha256").update(`page ${i}`).digest("hex"), sig: fresh() });
  }
  return recs;
}

/** The Deduper's decisions, by index: exact [dup, original], near [record, earlier, rounded similarity]. */
function inOrder(recs: Rec[]) {
  const d = new Deduper();
  const exact: [number, number][] = [];
  const near: [number, number, number][] = [];
  recs.forEach((r, i) => {
    if (!r.ok) return;
    const original = d.exact(r.sha, String(i));
    if (original !== null) return void exact.push([i, Number(original)]);
    const hit = d.near(String(i), r.sig);
    if (hit) near.push([i, Number(hit.near_duplicate_of), hit.similarity]);
  });
  return { exact, near };
}

(skip ? describe.skip : describe)("the Ray build's duplicate join", () => {
  const recs = corpus(1500, 7);
  const want = inOrder(recs);
  const lines = recs.map((r, i) => (r.ok ? { i, ok: true, sha: r.sha, band: bandKeys(r.sig), sig: Array.from(signature16(r.sig)) } : { i, ok: false, sha: r.sha }));

  it("the corpus has exact duplicates and near-duplicates with several candidates", () => {
    expect(want.exact.length).toBeGreaterThan(100);
    expect(want.near.length).toBeGreaterThan(500);
    // Chains: some near copy points at a record that is itself a near copy.
    expect(want.near.some(([, earlier]) => want.near.some(([r]) => r === earlier))).toBe(true);
  });

  for (const [shards, parts] of [
    [1, 1],
    [3, 2],
    [8, 3],
    [13, 5],
  ])
    it(`decides as the in-order Deduper with ${shards} shard(s) and ${parts} partition(s)`, () => {
      const r = spawnSync(VENV_PYTHON, ["test/ray/dedupe_join.py"], { input: JSON.stringify({ hashes: nearParameters(), shards, parts, lines }), encoding: "utf8" });
      expect(r.status, r.stderr).toBe(0);
      const got = JSON.parse(r.stdout) as { exact: [number, number][]; near: [number, number, number][] };
      expect(got.exact).toEqual([...want.exact].sort((a, b) => a[0] - b[0]));
      expect(got.near.map(([i, c, same]) => [i, c, reportedSimilarity(same)])).toEqual(want.near);
    }, 60_000);
});
