// The driver-side steps of a Ray build (ray/clippings_ray.py runs them through pipeline/ray/launch.mjs):
//   plan  --raw RAW --out OUT           → JSON on stdout: the sorted file list to shard, the near-duplicate
//                                          parameters, the code fingerprint, the Node version and the job
//                                          folder to ship.
//   write --decisions FILE              → the version folder, written exactly as `make dataset` writes it:
//                                          build() with every per-file result taken from the cache the
//                                          shard tasks filled (hashes as the tasks computed them), and the
//                                          duplicate decisions of the join across shards. Prints the run summary.
// The decisions file (JSON, written by the driver): raw, out, config, force, known: [[source_file, sha256]],
// exact: [[source_file, original source_file]], near: [[source_file, earlier source_file, equal hashes]].
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { build, checkFolders, type DuplicateDecisions } from "../build.ts";
import { pipelineFingerprint } from "../cache/index.ts";
import { idFor, walkRaw } from "../ingest/index.ts";
import { summaryLines } from "../summary.ts";
import { LSH_BANDS, NEAR_DUPLICATE_THRESHOLD, NUM_HASHES } from "../dedupe/index.ts";
import { jobFolder } from "./job.ts";

export interface Decisions {
  raw: string;
  out: string;
  config: string;
  force: boolean;
  quiet: boolean;
  known: [string, string][];
  exact: [string, string][];
  near: [string, string, number][];
}

/** Similarity as the in-order Deduper reports it, from the number of equal signature hashes. */
export const reportedSimilarity = (same: number) => Math.round((same / NUM_HASHES) * 100) / 100;

/** The near-duplicate parameters the shuffle needs (so they have one source, pipeline/dedupe). */
export function nearParameters() {
  let minSame = 0;
  while (minSame / NUM_HASHES < NEAR_DUPLICATE_THRESHOLD) minSame++;
  return { hashes: NUM_HASHES, bands: LSH_BANDS, threshold: NEAR_DUPLICATE_THRESHOLD, min_same: minSame };
}

export function decisionsOf(d: Pick<Decisions, "exact" | "near">): DuplicateDecisions {
  const exact = new Map(d.exact.map(([f, orig]) => [f, idFor(orig)]));
  const near = new Map(d.near.map(([f, earlier, same]) => [f, { near_duplicate_of: idFor(earlier), similarity: reportedSimilarity(same) }]));
  return { exactOf: (f) => exact.get(f), near: (f) => near.get(f) };
}

async function main(): Promise<void> {
  const [step, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { raw: { type: "string" }, out: { type: "string" }, decisions: { type: "string" } }, strict: true });
  if (step === "plan") {
    if (!values.raw || !values.out) throw new Error("plan needs --raw and --out");
    checkFolders(values.raw, values.out);
    const walk = await walkRaw(values.raw);
    const fingerprint = pipelineFingerprint();
    process.stdout.write(JSON.stringify({ files: walk.files, near: nearParameters(), fingerprint, node: process.versions.node, job: jobFolder(fingerprint) }) + "\n");
  } else if (step === "write") {
    if (!values.decisions) throw new Error("write needs --decisions");
    const d = JSON.parse(readFileSync(values.decisions, "utf8")) as Decisions;
    const s = await build({
      raw: d.raw,
      out: d.out,
      config: d.config,
      force: d.force,
      progress: !d.quiet,
      knownHashes: new Map(d.known),
      duplicates: decisionsOf(d),
    });
    process.stdout.write(summaryLines(s).join("\n") + "\n");
  } else throw new Error(`unknown step ${step ?? "(none)"}: plan or write`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`clippings: ${e.message}\n`);
    process.exit(1);
  },
);
