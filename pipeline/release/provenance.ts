// What built a version: the code version (package.json) and a fingerprint of the rules — SHA-256 over
// every source file under pipeline/ and schemas/ (path and content, in byte order of the path). Two
// builds with the same fingerprint ran the same rules, schemas and word lists; any edit changes it.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Folders (relative to the repository root) whose files make up "the rules". */
export const FINGERPRINT_ROOTS = ["pipeline", "schemas"];
/** Files there that are not code or data the build reads. */
const IGNORED = /(^|\/)(\.[^/]*|node_modules|.*\.(test|spec)\.ts)$/;

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface Provenance {
  /** `version` of package.json: the code that built the data. */
  code_version: string;
  /** `sha256:<hex>` over the files below. */
  rules_fingerprint: string;
  /** What the fingerprint covers, e.g. "pipeline/**, schemas/** (143 files)". */
  rules_fingerprint_covers: string;
}

function walk(dir: string, root: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const abs = join(dir, e.name);
    const rel = relative(root, abs).split(sep).join("/");
    if (IGNORED.test(rel)) continue;
    if (e.isDirectory()) walk(abs, root, out);
    else if (e.isFile()) out.push(rel);
  }
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Fingerprint of the files under `roots` of `root`: sha256 of "<path>\0<sha256 of content>\n" lines. */
export function rulesFingerprint(root = REPO_ROOT, roots = FINGERPRINT_ROOTS): { sha256: string; files: number } {
  const files: string[] = [];
  for (const r of roots) walk(join(root, r), root, files);
  files.sort(byteOrder);
  const h = createHash("sha256");
  for (const f of files) h.update(`${f}\0${createHash("sha256").update(readFileSync(join(root, f))).digest("hex")}\n`);
  return { sha256: h.digest("hex"), files: files.length };
}

export function provenance(root = REPO_ROOT): Provenance {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
  const fp = rulesFingerprint(root);
  return {
    code_version: pkg.version,
    rules_fingerprint: `sha256:${fp.sha256}`,
    rules_fingerprint_covers: `${FINGERPRINT_ROOTS.map((r) => `${r}/**`).join(", ")} (${fp.files} files)`,
  };
}
