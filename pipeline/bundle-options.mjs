// esbuild settings shared by the two bundles of the TypeScript sources: the command line's
// (pipeline/launch.mjs) and the worker threads' (pipeline/parallel/bundle.ts). Plain JavaScript so
// launch.mjs can import it before any TypeScript loader exists.
export const BUNDLE_OPTIONS = Object.freeze({ bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "silent" });
