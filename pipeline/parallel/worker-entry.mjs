// Worker bootstrap: registers the TypeScript loader (tsx) in this thread, then loads the worker body.
// The pool starts workers with an empty execArgv, so this works whatever loader the parent used.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
