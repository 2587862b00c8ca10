// SHA-256 of files, streamed (data files can be large), and the SHA256SUMS file in the exact format
// `sha256sum -c` reads: "<hex>  <name>", one per line, sorted by name.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CHECKSUMS_FILE } from "../../schemas/derive/files.ts";
import type { FileStat } from "../../schemas/derive/datapackage.ts";
import { takeWrittenStat } from "./sink.ts";

export async function sha256File(path: string): Promise<FileStat> {
  const hash = createHash("sha256");
  let bytes = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).byteLength;
  }
  return { bytes, sha256: hash.digest("hex") };
}

/** Size and hash of each named file of `dir`. */
export async function fileStats(dir: string, names: string[]): Promise<Record<string, FileStat>> {
  const out: Record<string, FileStat> = {};
  for (const n of [...names].sort(byName)) out[n] = takeWrittenStat(join(dir, n)) ?? (await sha256File(join(dir, n)));
  return out;
}

/** Byte order of the names, independent of locale. */
export const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function renderChecksums(stats: Record<string, FileStat>): string {
  return Object.keys(stats)
    .sort(byName)
    .map((n) => `${stats[n].sha256}  ${n}\n`)
    .join("");
}

/** Writes SHA256SUMS covering every other file of `dir`; returns its text. */
export async function writeChecksums(dir: string): Promise<string> {
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name !== CHECKSUMS_FILE)
    .map((e) => e.name);
  const text = renderChecksums(await fileStats(dir, names));
  await writeFile(join(dir, CHECKSUMS_FILE), text);
  return text;
}
