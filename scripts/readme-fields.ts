// Regenerates the field tables in README.md (between the fields:start / fields:end markers) from the
// Zod schemas, so the README never restates a field by hand. `--check` exits 1 when README is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { renderReadmeFields } from "./readme-fields-lib.ts";

const file = "README.md";
const current = readFileSync(file, "utf8");
const next = renderReadmeFields(current);
if (process.argv.includes("--check")) {
  if (next !== current) {
    console.error("README.md field tables are stale: run `npx tsx scripts/readme-fields.ts`");
    process.exit(1);
  }
} else if (next !== current) {
  writeFileSync(file, next);
  console.log("README.md field tables updated");
}
