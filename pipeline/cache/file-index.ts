// What a cached rebuild needs to know about a raw file without reading it: its SHA-256, remembered
// with the file's identity and change stamps (size, inode, device, mtime and ctime in nanoseconds),
// as git's index does. When all of them match on the next build, the remembered hash is used and the
// file's bytes are not read or hashed again; any change (a write, a chmod, a rename over it, a symlink
// pointed elsewhere) changes a stamp and the file is read as usual.
// A file changed within the same timestamp tick as its last read would keep its stamps, so files
// whose mtime or ctime is less than RACY_MS before the build started are never remembered ("racy"
// files in git's words): they are read and hashed on every build until they have been left alone.
// One index per RAW folder (by its real path's hash), inside the cache's fingerprint folder, written
// whole at the end of a successful build (temp file + rename). A corrupt or foreign index is ignored.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BigIntStats } from "node:fs";

/** Files changed less than this long before the build started are hashed on every build. */
export const RACY_MS = 2000n;
const FORMAT = 1;

/** The stamps compared between builds. */
export type FileStamp = Pick<BigIntStats, "size" | "ino" | "dev" | "mtimeNs" | "ctimeNs">;

const stampKey = (s: FileStamp) => `${s.size}:${s.ino}:${s.dev}:${s.mtimeNs}:${s.ctimeNs}`;

export interface FileIndex {
  /** The remembered SHA-256 of sourceFile when its stamp is unchanged, else null. */
  known(sourceFile: string, stamp: FileStamp): string | null;
  /** Remembers a file's hash for the next build (unless it is racy). */
  record(sourceFile: string, stamp: FileStamp, sha256: string): void;
  /** Writes the index for the next build; entries of files not seen in this build are dropped. */
  save(): Promise<void>;
  stats: { known: number; recorded: number };
}

/**
 * Opens the index of RAW (given by its real path) kept in `dir`. `startedMs` is the build's start
 * (wall clock), against which racy files are told.
 */
export function openFileIndex(dir: string, rawRealPath: string, startedMs: number): FileIndex {
  const file = path.join(dir, `files-${createHash("sha256").update(rawRealPath).digest("hex").slice(0, 16)}.json`);
  const previous = new Map<string, [string, string]>();
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as { format?: number; entries?: Record<string, [string, string]> };
    if (data.format === FORMAT && data.entries && typeof data.entries === "object")
      for (const [k, v] of Object.entries(data.entries)) if (Array.isArray(v) && typeof v[0] === "string" && /^[0-9a-f]{64}$/.test(v[1])) previous.set(k, v);
  } catch {
    // No index yet, or an unreadable one: every file is read and hashed.
  }
  const next = new Map<string, [string, string]>();
  const racyFromNs = (BigInt(Math.floor(startedMs)) - RACY_MS) * 1_000_000n;
  const stats = { known: 0, recorded: 0 };
  return {
    stats,
    known(sourceFile, stamp) {
      const e = previous.get(sourceFile);
      if (!e || e[0] !== stampKey(stamp)) return null;
      next.set(sourceFile, e);
      stats.known++;
      return e[1];
    },
    record(sourceFile, stamp, sha256) {
      if (stamp.mtimeNs >= racyFromNs || stamp.ctimeNs >= racyFromNs) return;
      next.set(sourceFile, [stampKey(stamp), sha256]);
      stats.recorded++;
    },
    async save() {
      const entries = Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      const tmp = `${file}.tmp-${process.pid}`;
      try {
        await writeFile(tmp, JSON.stringify({ format: FORMAT, entries }));
        await rename(tmp, file);
      } catch {
        // An index that cannot be written only costs speed next time.
      }
    },
  };
}
