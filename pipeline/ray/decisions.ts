// The duplicate decisions of the Ray build's join across shards (ray/clippings_ray.py), as the version
// writers apply them: exact duplicates by the original's source_file, near-duplicates by the earlier
// record's source_file and the number of equal signature hashes (the similarity is rounded here, as the
// in-order Deduper rounds it).
import type { DuplicateDecisions } from "../build.ts";
import { LSH_BANDS, NEAR_DUPLICATE_THRESHOLD, NUM_HASHES } from "../dedupe/index.ts";
import { idFor } from "../ingest/index.ts";

export interface DecisionLists {
  /** [source_file, source_file of the first record with the same bytes] */
  exact: [string, string][];
  /** [source_file, source_file of the earlier record, equal signature hashes] */
  near: [string, string, number][];
}

/** Similarity as the in-order Deduper reports it, from the number of equal signature hashes. */
export const reportedSimilarity = (same: number) => Math.round((same / NUM_HASHES) * 100) / 100;

export function decisionsOf(d: DecisionLists): DuplicateDecisions {
  const exact = new Map(d.exact.map(([f, orig]) => [f, idFor(orig)]));
  const near = new Map(d.near.map(([f, earlier, same]) => [f, { near_duplicate_of: idFor(earlier), similarity: reportedSimilarity(same) }]));
  return { exactOf: (f) => exact.get(f), near: (f) => near.get(f) };
}

/** The near-duplicate parameters the join needs (so they have one source, pipeline/dedupe). */
export function nearParameters() {
  let minSame = 0;
  while (minSame / NUM_HASHES < NEAR_DUPLICATE_THRESHOLD) minSame++;
  return { hashes: NUM_HASHES, bands: LSH_BANDS, threshold: NEAR_DUPLICATE_THRESHOLD, min_same: minSame };
}
