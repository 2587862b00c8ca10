// Worker threads run one pre-bundled JavaScript file instead of the TypeScript sources: esbuild (the
// compiler tsx itself uses) bundles pipeline/parallel/worker.ts with everything it imports into
// `node_modules/.cache/clippings/worker-<fingerprint>.mjs`, once per version of the code (the same
// fingerprint as the result cache: pipeline and schema sources, lockfile, Node version). Two threads
// then start in about a second with ~60 MB each, where loading the sources through tsx took ~5 s
// and ~140 MB per thread (a TypeScript loader, and its own loader thread, in every worker). If
// bundling is impossible (read-only node_modules, esbuild missing), workers fall back to the tsx
// entry: same results, slower start.
import { buildSync } from "esbuild";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BUNDLE_OPTIONS } from "../bundle-options.mjs";
import { pipelineFingerprint } from "../cache/index.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "..", "..");
/** Where the TypeScript loader starts a worker when no bundle can be made. */
export const TSX_WORKER_ENTRY = new URL("./worker-entry.mjs", import.meta.url);

/**
 * Where bundles are kept. It must sit inside the project's node_modules: bundled code that loads
 * package files at run time (the given-name lists) resolves them from where it lies.
 */
const CACHE_DIR = path.join(repoRoot, "node_modules", ".cache", "clippings");

let memo: URL | null = null;

/** The script worker threads run: the bundle for this code version (built on first use), or the tsx entry. */
export function workerScript(): URL {
  if (memo) return memo;
  const name = `worker-${pipelineFingerprint()}.mjs`;
  const file = path.join(CACHE_DIR, name);
  try {
    if (!existsSync(file)) {
      mkdirSync(CACHE_DIR, { recursive: true });
      // Built under a private name and renamed, so a concurrent build never runs a half-written file.
      const tmp = `${file}.tmp-${process.pid}`;
      try {
        buildSync({
          ...BUNDLE_OPTIONS,
          entryPoints: [path.join(here, "worker.ts")],
          outfile: tmp,
          // A CommonJS package that calls require() (none of today's do) would fail inside an ES module without it.
          banner: { js: 'import { createRequire as __clippingsRequire } from "node:module"; const require = __clippingsRequire(import.meta.url);' },
        });
        renameSync(tmp, file);
      } finally {
        rmSync(tmp, { force: true });
      }
      // Bundles of earlier code versions are dead weight.
      for (const old of readdirSync(CACHE_DIR)) if (/^worker-[0-9a-f]+\.mjs$/.test(old) && old !== name) rmSync(path.join(CACHE_DIR, old), { force: true });
    }
    return (memo = pathToFileURL(file));
  } catch {
    // No bundle (read-only node_modules, esbuild missing): the TypeScript entry, same results.
    return (memo = TSX_WORKER_ENTRY);
  }
}
