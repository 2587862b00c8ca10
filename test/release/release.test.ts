// `make release`: the newest version packed into a deterministic tarball plus one Parquet file per
// table, SHA256SUMS that `sha256sum -c` accepts, verification that catches a damaged file.
import { spawnSync } from "node:child_process";
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { release, verifyChecksums } from "../../pipeline/release/publish.ts";
import { listTarGz, tarHeader, writeTarGz } from "../../pipeline/release/tar.ts";
import { TABLES } from "../../schemas/tables.ts";
import { BASE_CONFIG, buildWith, SEED_RAW, tempDir } from "./helpers.ts";

let tmp: ReturnType<typeof tempDir>;
let out: string;

beforeAll(async () => {
  tmp = tempDir("release");
  out = join(tmp.dir, "out");
  await buildWith(SEED_RAW, out, BASE_CONFIG);
  await buildWith(SEED_RAW, out, { ...BASE_CONFIG, version: "1.0.2" });
}, 180_000);
afterAll(() => tmp.done());

const has = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: "ignore" }).status === 0;
const hasSha256sum = has("sha256sum", ["--version"]);
const hasTar = has("tar", ["--version"]);
if (!hasSha256sum) console.warn("[release.test] sha256sum not found: skipping the `sha256sum -c` checks");
if (!hasTar) console.warn("[release.test] tar not found: skipping the system tar checks");

describe("release", () => {
  it("packs the newest version with one Parquet file per table and SHA256SUMS", async () => {
    const dist = join(tmp.dir, "dist");
    const r = await release({ outDir: out, distDir: dist, config: BASE_CONFIG });
    expect(r.version).toBe("1.0.2");
    const stem = "clippings-dataset-v1.0.2";
    expect(r.files).toEqual([...Object.keys(TABLES).map((t) => `${stem}-${t}.parquet`), `${stem}.tar.gz`].sort());
    expect(readdirSync(dist).sort()).toEqual([...r.files, "SHA256SUMS"].sort());
    const listing = await listTarGz(r.tarball);
    const versionFiles = readdirSync(join(out, "v1.0.2")).sort();
    expect(listing.map((e) => e.name)).toEqual([`${stem}/`, ...versionFiles.map((f) => `${stem}/${f}`)]);
    expect(listing.every((e) => e.mtime === 0)).toBe(true);
    expect(listing.find((e) => e.name.endsWith("/README.md"))!.sha256).toBe(
      (await import("node:crypto")).createHash("sha256").update(readFileSync(join(out, "v1.0.2", "README.md"))).digest("hex"),
    );
  });

  it("is byte-deterministic", async () => {
    const a = await release({ outDir: out, distDir: join(tmp.dir, "da"), config: BASE_CONFIG, version: "1.0.0" });
    const b = await release({ outDir: out, distDir: join(tmp.dir, "db"), config: BASE_CONFIG, version: "1.0.0" });
    expect(readFileSync(a.tarball).equals(readFileSync(b.tarball))).toBe(true);
    expect(readFileSync(join(tmp.dir, "da", "SHA256SUMS"), "utf8")).toBe(readFileSync(join(tmp.dir, "db", "SHA256SUMS"), "utf8"));
  });

  (hasSha256sum ? it : it.skip)("passes `sha256sum -c` in dist/ and inside the unpacked tarball", async () => {
    const dist = join(tmp.dir, "dist-c");
    const r = await release({ outDir: out, distDir: dist, config: BASE_CONFIG });
    const check = spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: dist, encoding: "utf8" });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.trim().split("\n")).toHaveLength(r.files.length);
    if (!hasTar) return;
    const unpack = join(tmp.dir, "unpack");
    spawnSync("mkdir", ["-p", unpack]);
    const x = spawnSync("tar", ["-xzf", r.tarball, "-C", unpack], { encoding: "utf8" });
    expect(x.status, x.stderr).toBe(0);
    const inner = spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: join(unpack, "clippings-dataset-v1.0.2"), encoding: "utf8" });
    expect(inner.status, inner.stdout + inner.stderr).toBe(0);
    const pkg = JSON.parse(readFileSync(join(unpack, "clippings-dataset-v1.0.2", "datapackage.json"), "utf8"));
    expect(pkg.resources.map((x: { name: string }) => x.name)).toEqual(Object.keys(TABLES));
  });

  it("refuses a damaged version folder", async () => {
    const t = tempDir("damaged");
    try {
      const v = await buildWith(SEED_RAW, join(t.dir, "out"), BASE_CONFIG);
      appendFileSync(join(v.dir, "articles.csv"), "x");
      await expect(verifyChecksums(v.dir)).rejects.toThrow(/articles\.csv: SHA-256 does not match/);
      await expect(release({ outDir: join(t.dir, "out"), distDir: join(t.dir, "dist"), config: BASE_CONFIG })).rejects.toThrow(/does not match/);
    } finally {
      t.done();
    }
  }, 120_000);

  it("refuses when there is nothing to release", async () => {
    await expect(release({ outDir: join(tmp.dir, "nothing"), distDir: join(tmp.dir, "d0"), config: BASE_CONFIG })).rejects.toThrow(/make dataset/);
  });
});

describe("tar", () => {
  it("writes ustar headers with valid checksums and long names split into prefix", async () => {
    const h = tarHeader({ name: "a/b.txt", size: 5, dir: false });
    expect(h.subarray(257, 263).toString()).toBe("ustar\0");
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : h[i];
    expect(parseInt(h.subarray(148, 154).toString(), 8)).toBe(sum);
    const t = tempDir("tar");
    try {
      const long = `${"d".repeat(90)}/${"f".repeat(60)}.txt`;
      writeFileSync(join(t.dir, "f"), "hello");
      await writeTarGz(join(t.dir, "x.tar.gz"), [{ name: long, source: join(t.dir, "f") }, { name: "b/" }, { name: "a.txt", source: join(t.dir, "f") }]);
      const l = await listTarGz(join(t.dir, "x.tar.gz"));
      expect(l.map((e) => [e.name, e.type, e.size])).toEqual([["a.txt", "file", 5], ["b/", "dir", 0], [long, "file", 5]]);
      if (hasTar) {
        const r = spawnSync("tar", ["-tzf", join(t.dir, "x.tar.gz")], { encoding: "utf8" });
        expect(r.stdout.trim().split("\n")).toEqual(["a.txt", "b/", long]);
      }
    } finally {
      t.done();
    }
  });
});
