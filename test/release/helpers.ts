// Shared by the release tests: build the five seed texts (or a copy of them) into a temp folder with a
// dataset config written for the test.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build, type BuildSummary } from "../../pipeline/build.ts";
import type { DatasetConfig } from "../../schemas/dataset-config.ts";

export const SEED_RAW = "raw";

export const BASE_CONFIG: DatasetConfig = {
  name: "clippings-release-test",
  title: "clippings release test",
  version: "1.0.0",
  license: "CC-BY-4.0",
  description: "Seed texts built by the release tests.",
};

export function tempDir(prefix: string): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), `clippings-${prefix}-`));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies raw/ to `<dir>/raw` so a test may edit a file. */
export function copySeeds(dir: string): string {
  const raw = join(dir, "raw");
  cpSync(SEED_RAW, raw, { recursive: true });
  return raw;
}

/** Builds `raw` into `out` with `config` (written to `<out>/../<version>.json`). */
export async function buildWith(raw: string, out: string, config: DatasetConfig, force = false): Promise<BuildSummary> {
  const path = join(out, "..", `config-${config.version}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(config));
  return build({ raw, out, config: path, force, jobs: 1 });
}

export const readJsonlSync = (p: string): Record<string, unknown>[] =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
