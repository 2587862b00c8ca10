// Starts the command line (cli.ts) from a bundle of the TypeScript sources (see launch-bundled.mjs).
// `make dataset` uses this entry.
import { runBundled } from "./launch-bundled.mjs";

await runBundled("cli.ts", "cli");
