// `make release`: `tsx scripts/release.ts [--out DIR] [--dist DIR] [--config FILE] [--version X.Y.Z]`.
// Packs the newest dataset version under OUT into DIST (tarball, one Parquet file per table,
// SHA256SUMS) and verifies it; see pipeline/release/publish.ts.
import { parseArgs } from "node:util";
import { release } from "../pipeline/release/publish.ts";
import { loadDatasetConfig } from "../pipeline/write/config.ts";

const HELP = `usage: tsx scripts/release.ts [--out DIR] [--dist DIR] [--config FILE] [--version X.Y.Z]

  --out DIR        folder of dataset versions (default: output)
  --dist DIR       where the release files go (default: dist)
  --config FILE    dataset config whose release policy the version must honour (default: dataset.json)
  --version X.Y.Z  release this version instead of the newest one
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "output" },
      dist: { type: "string", default: "dist" },
      config: { type: "string", default: "dataset.json" },
      version: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const config = await loadDatasetConfig(values.config);
  const r = await release({ outDir: values.out, distDir: values.dist, config, version: values.version });
  console.log(
    [
      `released version ${r.version}: ${r.tarball} (${r.entries} entries)`,
      ...r.files.map((f) => `  ${values.dist}/${f}`),
      `  ${values.dist}/SHA256SUMS`,
      `verified: checksums of ${values.dist}/ and every file of the tarball; check with (cd ${values.dist} && sha256sum -c SHA256SUMS)`,
    ].join("\n"),
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`release: ${err.message}`);
    process.exit(1);
  },
);
