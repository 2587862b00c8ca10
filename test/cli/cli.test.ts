// The command line as users meet it: help, one-line errors, refusal to write into RAW.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const tsx = path.resolve("node_modules/.bin/tsx");
const run = (...args: string[]) => spawnSync(tsx, ["pipeline/cli.ts", ...args], { encoding: "utf8" });
const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("cli", { timeout: 60_000 }, () => {
  it("runs the same from the bundling launcher (make dataset) as from the sources", () => {
    const args = (out: string) => ["--raw", "raw", "--out", out, "--config", "dataset.json", "--quiet", "--no-cache", "--jobs", "1"];
    // As if a launcher had been killed before removing its bundle (no process has this pid).
    const stale = "node_modules/.cache/clippings/cli-99999999.mjs";
    mkdirSync(path.dirname(stale), { recursive: true });
    writeFileSync(stale, "");
    const viaLauncher = spawnSync(process.execPath, ["pipeline/launch.mjs", ...args(path.join(tmp, "launch"))], { encoding: "utf8" });
    const viaTsx = run(...args(path.join(tmp, "tsx")));
    expect(viaLauncher.status, viaLauncher.stderr).toBe(0);
    expect(viaTsx.status, viaTsx.stderr).toBe(0);
    const sums = (out: string) => readFileSync(path.join(tmp, out, "v1.0.0", "SHA256SUMS"), "utf8");
    expect(sums("launch")).toBe(sums("tsx"));
    expect(sums("launch")).toMatch(/articles\.arrow/);
    // The launcher's bundle is removed once loaded, and dead launchers' bundles on the next start.
    expect(existsSync(`node_modules/.cache/clippings/cli-${viaLauncher.pid}.mjs`)).toBe(false);
    expect(existsSync(stale)).toBe(false);
  });

  it("lists its options with --help", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    for (const flag of ["--raw", "--out", "--config", "--force"]) expect(r.stdout).toContain(flag);
  });

  it("exits non-zero with a one-line error when RAW is missing", () => {
    const r = run("--raw", path.join(tmp, "nope"), "--out", path.join(tmp, "out"));
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/RAW folder not found/);
  });

  it("refuses an OUT inside RAW or equal to it", () => {
    const raw = path.join(tmp, "raw");
    mkdirSync(raw, { recursive: true });
    writeFileSync(path.join(raw, "a.txt"), "Title here\n\nA sentence that is long enough to be a paragraph of an article body, surely.\n");
    for (const out of [raw, path.join(raw, "out")]) {
      const r = run("--raw", raw, "--out", out);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(/must not be RAW/);
    }
  });

  it("rejects an unknown option with usage", () => {
    const r = run("--bogus");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage:/);
  });
});
