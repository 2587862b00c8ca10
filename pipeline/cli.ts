// Command-line entry: `tsx pipeline/cli.ts --raw DIR --out DIR [--config FILE] [--force] [--jobs N] [--no-cache]`.
// Parses options, runs the build, prints the run summary; errors are one line and a non-zero exit.
import { existsSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { build } from "./build.ts";
import { summaryLines } from "./summary.ts";

const HELP = `clippings — build a versioned dataset from raw scraped article text

usage: tsx pipeline/cli.ts [--raw DIR] [--out DIR] [--config FILE] [--force] [--jobs N] [--no-cache]

  --raw DIR       folder of raw text files, read recursively (default: raw)
  --out DIR       output folder; the dataset is written to DIR/v<version>/ (default: output)
  --config FILE   dataset config: name, version, licence, description (default: dataset.json)
  --force         replace an existing version whose content differs (atomically)
  --jobs N        worker threads for the per-file work (default: number of CPUs; 1 = single-threaded)
  --no-cache      ignore and do not fill the result cache in OUT/.cache (full rebuild)
  --quiet         no progress on stderr
  -h, --help      show this help
`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        raw: { type: "string", default: "raw" },
        out: { type: "string", default: "output" },
        config: { type: "string", default: "dataset.json" },
        force: { type: "boolean", default: false },
        jobs: { type: "string" },
        "no-cache": { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`clippings: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!existsSync(values.raw) || !statSync(values.raw).isDirectory()) {
    console.error(`clippings: RAW folder not found: ${values.raw}`);
    return 1;
  }
  let jobs: number | undefined;
  if (values.jobs !== undefined) {
    jobs = Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) {
      console.error(`clippings: --jobs must be a whole number ≥ 1, got ${values.jobs}`);
      return 2;
    }
  }
  const s = await build({
    raw: values.raw,
    out: values.out,
    config: values.config,
    force: values.force,
    jobs,
    cache: !values["no-cache"],
    progress: !values.quiet,
  });
  console.log(summaryLines(s).join("\n"));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`clippings: ${err.message}`);
    process.exit(1);
  },
);
