// Starts the command line (cli.ts) from a one-file JavaScript bundle of the TypeScript sources, made
// by esbuild (the compiler tsx uses) at each start in a fraction of a second: loading the ~100 source
// files through the tsx loader costs seconds of CPU before a build even begins. npm packages stay
// ordinary imports (resolved from node_modules), and each source file's `import.meta.url` is kept
// pointing at that file, so every path the code derives from it is the same as when run by tsx. If
// bundling fails, the sources run through tsx as before. `make dataset` uses this entry.
import { build } from "esbuild";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, "..", "node_modules", ".cache", "clippings");
const out = path.join(outDir, `cli-${process.pid}.mjs`);

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

let bundled = false;
try {
  mkdirSync(outDir, { recursive: true });
  await build({
    entryPoints: [path.join(here, "cli.ts")],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: out,
    logLevel: "silent",
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
  await import("./cli.ts");
}
