// `make release`: packs the newest version under OUT into DIST as
//   clippings-dataset-v<version>.tar.gz           the whole version folder (deterministic tar)
//   clippings-dataset-v<version>-<table>.parquet  each table on its own, for single-file downloads
//   SHA256SUMS                                     every file of DIST, for `sha256sum -c SHA256SUMS`
// and verifies all of it before returning. Before packing it checks the version folder against its own
// SHA256SUMS and against the current release policy: a version that still holds a record the
// exclusion list now names, or full texts where the config now asks for metadata-only, is refused
// (rebuild it as a new version first).
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { releasePolicyOf, type DatasetConfig } from "../../schemas/dataset-config.ts";
import { CHECKSUMS_FILE, DATAPACKAGE_FILE, tableFile } from "../../schemas/derive/files.ts";
import { TABLES, type TableDef } from "../../schemas/tables.ts";
import { byName, fileStats, renderChecksums, sha256File } from "../write/checksums.ts";
import { newestVersion } from "./changes.ts";
import { readJsonl } from "./jsonl.ts";
import { CONTENT_FIELDS, normalizeUrl } from "./policy.ts";
import { listTarGz, TAR_MTIME, writeTarGz, type TarEntry } from "./tar.ts";

export const RELEASE_STEM = "clippings-dataset";

export interface ReleaseOptions {
  outDir: string;
  distDir: string;
  config: DatasetConfig;
  /** Release this version instead of the newest one. */
  version?: string;
}

export interface ReleaseResult {
  version: string;
  tarball: string;
  /** Files written to DIST (names), sorted. */
  files: string[];
  /** Entries in the tarball. */
  entries: number;
}

/** Parses a SHA256SUMS file into name → hex. */
export function parseChecksums(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (!line) continue;
    const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!m) throw new Error(`malformed checksum line: ${line}`);
    out.set(m[2], m[1]);
  }
  return out;
}

/** Re-hashes every file SHA256SUMS of `dir` lists; throws on the first mismatch. */
export async function verifyChecksums(dir: string): Promise<Map<string, string>> {
  const sums = parseChecksums(await readFile(join(dir, CHECKSUMS_FILE), "utf8"));
  for (const [name, hex] of sums) {
    const got = (await sha256File(join(dir, name))).sha256;
    if (got !== hex) throw new Error(`${join(dir, name)}: SHA-256 does not match ${CHECKSUMS_FILE}`);
  }
  return sums;
}

/** Throws when the version folder does not honour the config's current release policy. */
export async function checkPolicy(dir: string, config: DatasetConfig, tables: TableDef[]): Promise<void> {
  const { mode, exclude } = releasePolicyOf(config);
  const pkg = JSON.parse(await readFile(join(dir, DATAPACKAGE_FILE), "utf8")) as Record<string, unknown>;
  const built = (pkg["clippings:release"] as { mode?: string } | undefined)?.mode ?? "full";
  const rebuild = "rebuild it as a new version (bump \"version\" in the dataset config) and release that";
  if (mode === "metadata-only" && built !== "metadata-only")
    throw new Error(`${dir} was built as a ${built} release but the dataset config asks for metadata-only: ${rebuild}`);
  const ids = new Set(exclude.ids);
  const urls = new Set(exclude.urls.map(normalizeUrl));
  for await (const a of readJsonl(join(dir, "articles.jsonl"))) {
    if (ids.has(String(a.id)) || (typeof a.url === "string" && urls.has(normalizeUrl(a.url))))
      throw new Error(`${dir} holds record ${a.id}, which the exclusion list names: ${rebuild}`);
  }
  if (built === "metadata-only")
    for (const t of tables)
      for (const [f, how] of Object.entries(CONTENT_FIELDS[t.name] ?? {})) {
        if (how !== "omit") continue;
        for await (const r of readJsonl(join(dir, tableFile(t, "jsonl"))))
          if (typeof r[f] === "string" && r[f] !== "") throw new Error(`${dir}: metadata-only release with a non-empty ${t.name}.${f}`);
      }
}

export async function release(opts: ReleaseOptions): Promise<ReleaseResult> {
  const version = opts.version ?? newestVersion(opts.outDir);
  if (!version) throw new Error(`no dataset version under ${opts.outDir}: run \`make dataset\` first`);
  const dir = join(opts.outDir, `v${version}`);
  const tables = Object.values(TABLES) as TableDef[];

  // 1. The folder is intact and honours the current policy.
  const folderSums = await verifyChecksums(dir);
  await checkPolicy(dir, opts.config, tables);

  // 2. Pack: the tarball holds one folder named like the tarball.
  const stem = `${RELEASE_STEM}-v${version}`;
  const names = (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort(byName);
  for (const n of names) if (n !== CHECKSUMS_FILE && !folderSums.has(n)) throw new Error(`${dir}/${n} is not listed in ${CHECKSUMS_FILE}`);
  const entries: TarEntry[] = [{ name: `${stem}/` }, ...names.map((n) => ({ name: `${stem}/${n}`, source: join(dir, n) }))];
  await mkdir(opts.distDir, { recursive: true });
  const tarName = `${stem}.tar.gz`;
  const tmpTar = join(opts.distDir, `.${tarName}.tmp-${process.pid}`);
  try {
    await writeTarGz(tmpTar, entries);
    await rename(tmpTar, join(opts.distDir, tarName));
  } finally {
    await rm(tmpTar, { force: true });
  }
  const written = [tarName];
  for (const t of tables) {
    const single = `${stem}-${tableFile(t, "parquet")}`;
    await copyFile(join(dir, tableFile(t, "parquet")), join(opts.distDir, single));
    written.push(single);
  }

  // 3. SHA256SUMS over every file of DIST (earlier releases there included).
  const distFiles = (await readdir(opts.distDir, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== CHECKSUMS_FILE && !e.name.startsWith("."))
    .map((e) => e.name);
  await writeFile(join(opts.distDir, CHECKSUMS_FILE), renderChecksums(await fileStats(opts.distDir, distFiles)));

  // 4. Verify: DIST re-hashed, and the tarball read back entry by entry against the folder's sums.
  await verifyChecksums(opts.distDir);
  const listing = await listTarGz(join(opts.distDir, tarName));
  const expected = entries.map((e) => e.name).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  if (JSON.stringify(listing.map((e) => e.name)) !== JSON.stringify(expected)) throw new Error(`${tarName}: entries differ from ${dir}`);
  for (const e of listing) {
    if (e.mtime !== TAR_MTIME) throw new Error(`${tarName}: ${e.name} has a time stamp`);
    if (e.type === "dir") continue;
    const n = e.name.slice(stem.length + 1);
    const want = n === CHECKSUMS_FILE ? (await sha256File(join(dir, n))).sha256 : folderSums.get(n);
    if (e.sha256 !== want) throw new Error(`${tarName}: ${e.name} differs from ${dir}/${n}`);
  }
  return { version, tarball: join(opts.distDir, tarName), files: written.sort(byName), entries: listing.length };
}
