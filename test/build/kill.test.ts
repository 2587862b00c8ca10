// A build killed mid-write (SIGKILL, no chance to clean up) must leave the previous version intact and
// no half-written folder under a final name; the next build cleans up and succeeds.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { build } from "../../pipeline/build.ts";
import { generate } from "../../scripts/gen-corpus.ts";

const tmp = mkdtempSync(path.join(os.tmpdir(), "clippings-kill-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every file listed in SHA256SUMS still has that hash. */
function verify(dir: string): string[] {
  const lines = readFileSync(path.join(dir, "SHA256SUMS"), "utf8").trim().split("\n");
  for (const l of lines) {
    const [hash, name] = l.split(/ [ *]/);
    expect(createHash("sha256").update(readFileSync(path.join(dir, name))).digest("hex"), name).toBe(hash);
  }
  return lines;
}

describe("killed build", () => {
  it("leaves the previous version untouched, and the next build succeeds", async () => {
    const raw = path.join(tmp, "raw");
    const out = path.join(tmp, "out");
    const config = path.join(tmp, "dataset.json");
    mkdirSync(raw);
    writeFileSync(config, JSON.stringify({ name: "kill", title: "Kill", version: "1.0.0", license: "CC-BY-4.0", description: "test" }));
    // Unique files made from the sample pages in raw/ (a few swapped words each).
    generate("raw", raw, 6);
    await build({ raw, out, config, jobs: 1, cache: false, progress: false });
    const v1 = path.join(out, "v1.0.0");
    const before = verify(v1);

    // A bigger corpus, so the second build is still writing when it is killed.
    generate("raw", raw, 60);
    const child = spawn(process.execPath, ["--import", "tsx", "pipeline/cli.ts", "--raw", raw, "--out", out, "--config", config, "--force", "--jobs", "1", "--no-cache", "--quiet"], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    let exited = false;
    child.stderr!.on("data", (d) => (stderr += d));
    child.once("exit", () => (exited = true));
    const tmpDir = path.join(out, `.v1.0.0.tmp-${child.pid}`);
    const deadline = Date.now() + 150_000;
    // Wait until the doomed build has written rows into its temp folder.
    while (Date.now() < deadline && !exited) {
      const written = ["articles.jsonl", "rejects.jsonl"].some((n) => existsSync(path.join(tmpDir, n)) && statSync(path.join(tmpDir, n)).size > 0);
      if (written) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(exited, `the build ended before it could be killed: ${stderr}`).toBe(false);
    expect(existsSync(tmpDir)).toBe(true);
    const gone = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await gone;

    // Previous version intact, nothing half-written under a final name.
    expect(verify(v1)).toEqual(before);
    expect(readdirSync(out).filter((n) => n.startsWith("v"))).toEqual(["v1.0.0"]);
    expect(existsSync(tmpDir)).toBe(true);

    // The next build removes the dead build's temp folder and publishes the new version.
    const next = await build({ raw, out, config, jobs: 1, cache: false, progress: false, force: true });
    expect(next.status).toBe("replaced");
    expect(next.records + next.rejects).toBe(60);
    verify(v1);
    expect(readdirSync(out).filter((n) => n.startsWith(".v"))).toEqual([]);
  }, 300_000);
});
