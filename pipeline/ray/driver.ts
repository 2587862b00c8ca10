// The driver-side steps of a Ray build (ray/clippings_ray.py runs them through pipeline/ray/launch.mjs):
//   plan  --raw RAW --config FILE [--out OUT]
//                                        → JSON on stdout: the sorted file list to shard (and the walk's
//                                          rejects), the checked config, the near-duplicate parameters, the
//                                          code fingerprint, the Node version and the job folder to ship.
//   write --decisions FILE              → the version folder, written exactly as `make dataset` writes it:
//                                          build() with every per-file result taken from the cache the
//                                          shard tasks filled (hashes as the tasks computed them), and the
//                                          duplicate decisions of the join across shards. Prints the run summary.
//   parts-docs --input FILE             → LAYOUT=parts: the version's documents and manifest (parts-docs.ts).
// The decisions file (JSON, written by the driver): raw, out, config, force, known: [[source_file, sha256]],
// exact: [[source_file, original source_file]], near: [[source_file, earlier source_file, equal hashes]].
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { build, checkFolders } from "../build.ts";
import { pipelineFingerprint } from "../cache/index.ts";
import { walkRaw } from "../ingest/index.ts";
import { summaryLines } from "../summary.ts";
import { decisionsOf, nearParameters, type DecisionLists } from "./decisions.ts";
import { jobFolder } from "./job.ts";
import { writePartsDocs, type PartsInput } from "./parts-docs.ts";
import { loadDatasetConfig } from "../write/config.ts";
import { findPreviousVersion } from "../release/changes.ts";
import { checkVersionBump, compareSchemas, schemaSnapshot, snapshotFromDataPackage } from "../release/semver.ts";
import { TABLES } from "../../schemas/tables.ts";
import type { DatasetConfig } from "../../schemas/dataset-config.ts";

/** Refuses a version number too small for the schema change since the previous version (as openVersion does). */
function checkSchemaVersion(outDir: string, config: DatasetConfig): void {
  const prev = findPreviousVersion(outDir, config.version);
  if (!prev) return;
  checkVersionBump(prev.version, config.version, compareSchemas(snapshotFromDataPackage(prev.datapackage), schemaSnapshot(Object.values(TABLES))));
}

export interface Decisions extends DecisionLists {
  raw: string;
  out: string;
  config: string;
  force: boolean;
  quiet: boolean;
  known: [string, string][];
}

/** Writes to stdout and waits until the text is handed to the OS: process.exit() would cut off a pipe's pending bytes. */
const print = (text: string) => new Promise<void>((resolve, reject) => process.stdout.write(text, (e) => (e ? reject(e) : resolve())));

async function main(): Promise<void> {
  const [step, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { raw: { type: "string" }, out: { type: "string" }, config: { type: "string" }, decisions: { type: "string" }, input: { type: "string" } },
    strict: true,
  });
  if (step === "plan") {
    if (!values.raw || !values.config) throw new Error("plan needs --raw and --config");
    // --out only for a local OUT (an object store has no folder to check against RAW or earlier versions in it).
    if (values.out) checkFolders(values.raw, values.out);
    const config = await loadDatasetConfig(values.config);
    if (values.out) checkSchemaVersion(values.out, config);
    const walk = await walkRaw(values.raw);
    const fingerprint = pipelineFingerprint();
    const previous = values.out ? findPreviousVersion(values.out, config.version) : null;
    await print(
      JSON.stringify({
        files: walk.files,
        walkRejects: walk.rejects,
        config,
        previousVersion: previous?.version ?? null,
        near: nearParameters(),
        fingerprint,
        node: process.versions.node,
        job: jobFolder(fingerprint),
      }) + "\n",
    );
  } else if (step === "parts-docs") {
    if (!values.input) throw new Error("parts-docs needs --input");
    await writePartsDocs(JSON.parse(readFileSync(values.input, "utf8")) as PartsInput);
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
    await print(summaryLines(s).join("\n") + "\n");
  } else throw new Error(`unknown step ${step ?? "(none)"}: plan, write or parts-docs`);
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    process.stderr.write(`clippings: ${e.message}\n`);
    process.exit(1);
  },
);
