import type { BuildOptions } from "esbuild";
export declare const BUNDLE_OPTIONS: Readonly<Pick<BuildOptions, "bundle" | "platform" | "format" | "target" | "supported" | "logLevel">>;
