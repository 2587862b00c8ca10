// What a Ray build ships to its workers (Ray's runtime_env working_dir): the tasks' code as esbuild
// bundles (shard.mjs and part.mjs, every npm package inlined, as the worker threads' bundle is) and the one
// package file the code loads at run time (the given-name lists of gender-detection-from-name), at the
// place the bundle's require() looks for it. About 4 MB; made once per code version under
// node_modules/.cache/clippings/ray-job-<fingerprint>/, in a temp folder renamed into place.
import { buildSync } from "esbuild";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE_OPTIONS } from "../bundle-options.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const CACHE_DIR = path.resolve(here, "..", "..", "node_modules", ".cache", "clippings");
/** Packages whose files the bundled code loads at run time, copied beside it. */
const RUNTIME_PACKAGES = ["gender-detection-from-name"];

/** The job folder for this code version (made when missing); returns its path. */
export function jobFolder(fingerprint: string): string {
  const dir = path.join(CACHE_DIR, `ray-job-${fingerprint}`);
  if (existsSync(path.join(dir, "shard.mjs"))) return dir;
  mkdirSync(CACHE_DIR, { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    buildSync({
      ...BUNDLE_OPTIONS,
      // shard.mjs (the per-file work) and part.mjs (LAYOUT=parts: a shard's rows as Arrow files).
      entryPoints: [path.join(here, "shard.ts"), path.join(here, "part.ts")],
      outdir: tmp,
      outExtension: { ".js": ".mjs" },
      banner: { js: 'import { createRequire as __clippingsRequire } from "node:module"; const require = __clippingsRequire(import.meta.url);' },
    });
    const require = createRequire(import.meta.url);
    for (const pkg of RUNTIME_PACKAGES) {
      const from = path.dirname(require.resolve(`${pkg}/package.json`));
      cpSync(from, path.join(tmp, "node_modules", pkg), { recursive: true, filter: (p) => !/[\\/](test|\.git)$/.test(p) });
    }
    try {
      renameSync(tmp, dir);
    } catch (e) {
      // Another build made it meanwhile: theirs is the same.
      if (!existsSync(path.join(dir, "shard.mjs"))) throw e;
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  // Job folders of earlier code versions are dead weight.
  for (const old of readdirSync(CACHE_DIR)) if (/^ray-job-[0-9a-f]+$/.test(old) && old !== path.basename(dir)) rmSync(path.join(CACHE_DIR, old), { recursive: true, force: true });
  return dir;
}
