// Generates a synthetic corpus for benchmarks from real pages: file i is page (i mod P) with a
// deterministic sprinkle of swapped neighbouring words (seeded by i), so every file is unique (no
// exact-duplicate or cache shortcut) while keeping the structure the pipeline works on.
//   npx tsx scripts/gen-corpus.ts SRC_DIR OUT_DIR N [START=0]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Share of words swapped with their neighbour in each generated file. */
export const SWAP_SHARE = 0.03;
/** Files per sub-folder (keeps folders small at 100k files). */
export const PER_FOLDER = 1000;

function rng(seed: number) {
  let x = (seed * 2654435761) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

export function mutate(text: string, seed: number): string {
  const words = text.split(" ");
  const rand = rng(seed + 1);
  const swaps = Math.max(1, Math.floor(words.length * SWAP_SHARE));
  for (let k = 0; k < swaps; k++) {
    const j = Math.floor(rand() * (words.length - 1));
    [words[j], words[j + 1]] = [words[j + 1], words[j]];
  }
  // The file number too, so even a one-word page differs.
  return `${words.join(" ")}\n\n${seed}\n`;
}

export function generate(src: string, out: string, n: number, start = 0): { files: number; bytes: number } {
  const pages = readdirSync(src)
    .filter((f) => !f.startsWith("."))
    .sort()
    .map((f) => readFileSync(path.join(src, f), "utf8"));
  let bytes = 0;
  for (let i = start; i < start + n; i++) {
    const dir = path.join(out, String(Math.floor(i / PER_FOLDER)).padStart(4, "0"));
    if (i % PER_FOLDER === 0 || i === start) mkdirSync(dir, { recursive: true });
    const text = mutate(pages[i % pages.length], i);
    writeFileSync(path.join(dir, `doc-${String(i).padStart(6, "0")}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return { files: n, bytes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [src, out, n, start] = process.argv.slice(2);
  if (!src || !out || !n) {
    console.error("usage: tsx scripts/gen-corpus.ts SRC_DIR OUT_DIR N [START]");
    process.exit(2);
  }
  const r = generate(src, out, Number(n), Number(start ?? 0));
  console.log(`${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${out}`);
}
