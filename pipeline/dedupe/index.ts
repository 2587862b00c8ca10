// Duplicate detection across the corpus, run by the build on records in output order (so the first
// copy in row order is always the one kept or pointed to):
//   - exact duplicates: same raw bytes (SHA-256) as an earlier record → the file is rejected with
//     "duplicate of <id>" (one record per text);
//   - near-duplicates: MinHash over 5-word shingles with LSH banding; a record whose estimated Jaccard
//     similarity with an earlier record is ≥ NEAR_DUPLICATE_THRESHOLD gets `near_duplicate_of` (the
//     earlier record's id) and `similarity`. Near-duplicates are flagged, never dropped.
// Memory per record: one 64-entry signature (16-bit values, 128 bytes), 16 band-table slots, the hash
// and id strings: a few hundred bytes, so 100,000 records cost tens of MB, not the articles themselves.
import { NUM_HASHES, similarity } from "./minhash.ts";

export { minhash, NUM_HASHES, SHINGLE_WORDS } from "./minhash.ts";

/** Estimated Jaccard similarity at or above which a record is flagged as a near-duplicate. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** LSH banding: 16 bands of 4 hashes. A pair at J = 0.8 shares a band with probability 1-(1-0.8⁴)¹⁶ ≈ 0.9998. */
export const LSH_BANDS = 16;
export const LSH_ROWS = NUM_HASHES / LSH_BANDS;

/** Open-addressing int→int table in typed arrays (first insert wins); compact for millions of keys. */
class IntTable {
  private keys = new Uint32Array(1 << 12);
  private vals = new Int32Array(1 << 12);
  private size = 0;
  /** Keys are stored +1 so that 0 marks an empty slot. */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    const k = (key + 1) >>> 0 || 1;
    while (this.keys[i] !== 0 && this.keys[i] !== k) i = (i + 1) & mask;
    return i;
  }
  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === 0 ? undefined : this.vals[i];
  }
  setIfAbsent(key: number, val: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const i = this.slot(key);
    if (this.keys[i] !== 0) return;
    this.keys[i] = (key + 1) >>> 0 || 1;
    this.vals[i] = val;
    this.size++;
  }
  private grow(): void {
    const [ok, ov] = [this.keys, this.vals];
    this.keys = new Uint32Array(ok.length * 2);
    this.vals = new Int32Array(ok.length * 2);
    for (let i = 0; i < ok.length; i++) {
      if (ok[i] === 0) continue;
      const j = this.slotRaw(ok[i]);
      this.keys[j] = ok[i];
      this.vals[j] = ov[i];
    }
  }
  private slotRaw(stored: number): number {
    const mask = this.keys.length - 1;
    let i = (Math.imul((stored - 1) >>> 0, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[i] !== 0 && this.keys[i] !== stored) i = (i + 1) & mask;
    return i;
  }
}

export interface NearDuplicate {
  near_duplicate_of: string;
  similarity: number;
}

/**
 * The LSH band keys of a signature: one 32-bit hash of each band's LSH_ROWS values. Records that share a
 * key in some band are compared. Shared with the Ray build, which joins the keys across shards.
 */
export function bandKeys(signature: ArrayLike<number>): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = b;
    for (let r = 0; r < LSH_ROWS; r++) h = (Math.imul(h ^ signature[b * LSH_ROWS + r], 0x01000193) + 0x7feb352d) >>> 0;
    keys.push(h);
  }
  return keys;
}

/** The stored form of a signature (its low 16 bits per hash), on which similarity is estimated. */
export function signature16(signature: ArrayLike<number>): Uint16Array {
  const sig = new Uint16Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) sig[i] = signature[i] & 0xffff;
  return sig;
}

export class Deduper {
  private bySha = new Map<string, string>();
  private ids: string[] = [];
  private sigs = new Uint16Array(NUM_HASHES * 1024);
  private bands = Array.from({ length: LSH_BANDS }, () => new IntTable());

  /** The id of an earlier record with exactly these bytes, or null (and remembers this one). */
  exact(sha256: string, id: string): string | null {
    const prev = this.bySha.get(sha256);
    if (prev !== undefined) return prev;
    this.bySha.set(sha256, id);
    return null;
  }

  /** Finds the most similar earlier record (≥ threshold), then indexes this one. */
  near(id: string, signature: ArrayLike<number>): NearDuplicate | null {
    const sig = signature16(signature);
    const keys = bandKeys(signature);
    let best: NearDuplicate | null = null;
    let bestIdx = -1;
    // Bands in order, each against the rounded similarity kept so far; the Ray build's join
    // (ray/clippings_ray.py, best_near) replays this loop as it is, so both pick the same record.
    for (let b = 0; b < LSH_BANDS; b++) {
      const cand = this.bands[b].get(keys[b]);
      if (cand === undefined || cand === bestIdx) continue;
      const s = similarity(sig, this.sigs.subarray(cand * NUM_HASHES, (cand + 1) * NUM_HASHES));
      if (s >= NEAR_DUPLICATE_THRESHOLD && (!best || s > best.similarity || (s === best.similarity && cand < bestIdx))) {
        best = { near_duplicate_of: this.ids[cand], similarity: Math.round(s * 100) / 100 };
        bestIdx = cand;
      }
    }
    const idx = this.ids.length;
    this.ids.push(id);
    if ((idx + 1) * NUM_HASHES > this.sigs.length) {
      const bigger = new Uint16Array(this.sigs.length * 2);
      bigger.set(this.sigs);
      this.sigs = bigger;
    }
    this.sigs.set(sig, idx * NUM_HASHES);
    keys.forEach((h, b) => this.bands[b].setIfAbsent(h, idx));
    return best;
  }
}
