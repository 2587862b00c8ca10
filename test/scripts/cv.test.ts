// `make cv` (scripts/cv.ts): where the development benches are absent it says so in one line and passes;
// its floors are figures of the trainers it runs, each a ratio.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

describe("make cv", () => {
  it("skips with a one-line reason where the benches are absent", () => {
    const out = execFileSync("npx", ["--no-install", "tsx", "scripts/cv.ts"], {
      encoding: "utf8",
      env: { ...process.env, CLIPPINGS_BENCH: "/nonexistent/bench" },
    });
    expect(out.trim().split("\n")).toHaveLength(1);
    expect(out).toMatch(/^make cv: skipped, .*\/nonexistent\/bench/);
  }, 60_000);

  it("pins ratios of the models its trainers cross-validate", () => {
    const cv = JSON.parse(readFileSync("test/quality/cv-baseline.json", "utf8"));
    const trainers = readFileSync("scripts/cv.ts", "utf8");
    expect(Object.keys(cv.floors).length).toBeGreaterThan(0);
    for (const [name, floor] of Object.entries(cv.floors as Record<string, number>)) {
      expect(name).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
      expect(floor).toBeGreaterThan(0);
      expect(floor).toBeLessThanOrEqual(1);
      // block_model.* comes from a trainer listed as scripts/train-block-model.ts, title_model.* from scripts/train-title-model.ts, ...
      expect(trainers).toMatch(new RegExp(`"scripts/train-[a-z-]*${name.split(".")[0].replace(/_/g, "-")}[a-z-]*\\.ts"`));
    }
  });
});
