// Incremental builds: a content-addressed cache of per-file results under `<OUT>/.cache/<fingerprint>/`,
// outside every version folder. An entry's key is SHA-256 of (source_file, raw-file SHA-256); the
// folder's fingerprint is a hash of the pipeline's own code and rules (every file under pipeline/ and
// schemas/, the lockfile, Node's and ICU's versions), so changing any rule or library starts a fresh
// cache and a stale result can never be served. Entries are written to a temp file and renamed, carry
// their key, and are parsed defensively: a truncated or corrupt entry is a miss and gets rewritten.
// Only the per-file work is cached; duplicate detection runs on every build, so the dataset is
// byte-identical to a clean build.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FileResult } from "../parallel/process-file.ts";

/** Sub-folder of OUT holding the cache (hidden, so no version logic ever touches it). */
export const CACHE_DIR = ".cache";
/** Bump when the entry format changes. */
const FORMAT = 1;

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

function listSources(dir: string, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const abs = path.join(dir, name);
    if (statSync(abs).isDirectory()) listSources(abs, out);
    else if (/\.(ts|mts|mjs|js|json)$/.test(name)) out.push(abs);
  }
}

let memo: string | null = null;

/** Hash of everything that decides a file's result: pipeline and schema sources, lockfile, runtime. */
export function pipelineFingerprint(): string {
  if (memo) return memo;
  const h = createHash("sha256").update(`format ${FORMAT}\0node ${process.versions.node}\0icu ${process.versions.icu ?? ""}\0`);
  const files: string[] = [];
  for (const d of ["pipeline", "schemas"]) listSources(path.join(repoRoot, d), files);
  files.push(path.join(repoRoot, "package-lock.json"));
  for (const f of files) {
    h.update(path.relative(repoRoot, f).split(path.sep).join("/")).update("\0");
    try {
      h.update(readFileSync(f));
    } catch {
      h.update("(missing)");
    }
    h.update("\0");
  }
  memo = h.digest("hex").slice(0, 16);
  return memo;
}

export interface ResultCache {
  get(sourceFile: string, sha256: string): Promise<FileResult | null>;
  put(sourceFile: string, sha256: string, result: FileResult): Promise<void>;
  /** Removes cache folders of other fingerprints (older code) once a build has succeeded. */
  prune(): Promise<void>;
  stats: { hits: number; misses: number; corrupt: number };
}

const keyOf = (sourceFile: string, sha256: string) => createHash("sha256").update(sourceFile).update("\0").update(sha256).digest("hex");

export function openCache(outDir: string): ResultCache {
  const fp = pipelineFingerprint();
  const root = path.join(outDir, CACHE_DIR);
  const dir = path.join(root, fp);
  const fileFor = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  const stats = { hits: 0, misses: 0, corrupt: 0 };
  const made = new Set<string>();
  let tmpSeq = 0;
  return {
    stats,
    async get(sourceFile, sha256) {
      const key = keyOf(sourceFile, sha256);
      let text: string;
      try {
        text = await readFile(fileFor(key), "utf8");
      } catch {
        stats.misses++;
        return null;
      }
      try {
        const entry = JSON.parse(text) as { key?: string; result?: FileResult };
        if (entry.key !== key || !entry.result || typeof entry.result.ok !== "boolean") throw new Error("bad entry");
        stats.hits++;
        return entry.result;
      } catch {
        stats.corrupt++;
        stats.misses++;
        return null;
      }
    },
    async put(sourceFile, sha256, result) {
      const key = keyOf(sourceFile, sha256);
      const file = fileFor(key);
      const sub = path.dirname(file);
      try {
        if (!made.has(sub)) {
          await mkdir(sub, { recursive: true });
          made.add(sub);
        }
        const tmp = `${file}.tmp-${process.pid}-${tmpSeq++}`;
        await writeFile(tmp, JSON.stringify({ key, result }));
        await rename(tmp, file);
      } catch {
        // A cache that cannot be written only costs speed next time; the build goes on.
      }
    },
    async prune() {
      let names: string[];
      try {
        names = await readdir(root);
      } catch {
        return;
      }
      for (const n of names) if (n !== fp) await rm(path.join(root, n), { recursive: true, force: true });
    },
  };
}
