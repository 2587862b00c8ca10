// esbuild settings shared by the two bundles of the TypeScript sources: the command line's
// (pipeline/launch.mjs) and the worker threads' (pipeline/parallel/bundle.ts). Plain JavaScript so
// launch.mjs can import it before any TypeScript loader exists.
// `supported`: esbuild (0.28) counts Unicode property escapes in regular expressions (/\p{L}/u) as
// missing from Node 20 and rewrites every such literal as `new RegExp("\\p{L}", "u")`, which Node 20
// runs as written. Inside a function that rewrite builds and looks up a new RegExp on every call, and
// after a garbage collection has emptied V8's regular-expression cache, compiles it again; kept as a
// literal, the pattern is compiled once. Same matches either way.
export const BUNDLE_OPTIONS = Object.freeze({
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  supported: Object.freeze({ "regexp-unicode-property-escapes": true }),
  logLevel: "silent",
});
