// Runs the Ray build's driver-side steps (driver.ts) from a bundle of the sources, as launch.mjs does
// for the command line.   node pipeline/ray/launch.mjs plan|write ...
import { runBundled } from "../launch-bundled.mjs";

await runBundled("ray/driver.ts", "ray");
