// Runs a TypeScript entry of the pipeline from a one-file JavaScript bundle of the sources, made by
// esbuild (the compiler tsx uses) at each start in a fraction of a second: loading the ~100 source
// files through the tsx loader costs seconds of CPU before a build even begins. npm packages stay
// ordinary imports (resolved from node_modules), and each source file's `import.meta.url` is kept
// pointing at that file, so every path the code derives from it is the same as when run by tsx. If
// bundling fails, the sources run through tsx as before. Used by launch.mjs (`make dataset`) and
// pipeline/ray/launch.mjs (the Ray build's driver-side steps).
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BUNDLE_OPTIONS } from "./bundle-options.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, "..", "node_modules", ".cache", "clippings");

/** Replaces `import.meta.url` in each source file by that file's own URL. */
const ownUrls = {
  name: "own-import-meta-url",
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll("import.meta.url", JSON.stringify(pathToFileURL(args.path).href)),
      loader: "ts",
    }));
  },
};

/** Is process `pid` still running? (Signal 0 only checks.) */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/**
 * Bundles `entry` (a path relative to pipeline/) and runs it in this process. `tag` names the
 * temporary bundle (`<tag>-<pid>.mjs`) so that launchers killed before removing theirs are cleaned up.
 */
export async function runBundled(entry, tag) {
  const out = path.join(outDir, `${tag}-${process.pid}.mjs`);
  let bundled = false;
  try {
    mkdirSync(outDir, { recursive: true });
    // Bundles left by launchers that were killed before they could remove theirs.
    for (const f of readdirSync(outDir)) {
      const m = /^(?:cli|ray)-(\d+)\.mjs$/.exec(f);
      if (m && !alive(Number(m[1]))) rmSync(path.join(outDir, f), { force: true });
    }
    await build({
      ...BUNDLE_OPTIONS,
      entryPoints: [path.join(here, entry)],
      packages: "external",
      outfile: out,
      plugins: [ownUrls],
    });
    bundled = true;
  } catch {
    rmSync(out, { force: true });
  }
  if (bundled) {
    // Once loaded, the file is no longer needed (the CLI runs on after this import returns).
    try {
      await import(pathToFileURL(out).href);
    } finally {
      rmSync(out, { force: true });
    }
  } else {
    const { register } = await import("tsx/esm/api");
    register();
    await import(pathToFileURL(path.join(here, entry)).href);
  }
}
