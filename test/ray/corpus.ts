// A corpus for the Ray build tests: 182 unique pages made from the sample pages in raw/ (a few swapped
// words each, scripts/gen-corpus.ts) under a/, then (sorted after them, so in later shards) exact copies
// and near-duplicate edits of some of them under z/, an empty file, a binary file and a hidden file.
// About 300 files.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate } from "../../scripts/gen-corpus.ts";

/** One word pair swapped in the middle of the text: the same story, other bytes. */
function nearCopy(text: string): string {
  const words = text.split(" ");
  const j = Math.floor(words.length / 2);
  [words[j], words[j + 1]] = [words[j + 1], words[j]];
  return words.join(" ");
}

export function makeCorpus(raw: string): { files: number } {
  generate("raw", path.join(raw, "a"), 182);
  const PAGES = path.join(raw, "a", "0000");
  const pages = readdirSync(PAGES).filter((f) => !f.startsWith(".")).sort();
  mkdirSync(path.join(raw, "z"), { recursive: true });
  let n = pages.length;
  // Every third page copied exactly, every third (other) page edited slightly: ~60 of each.
  pages.forEach((f, k) => {
    if (k % 3 === 0) copyFileSync(path.join(PAGES, f), path.join(raw, "z", `copy-${f}`));
    else if (k % 3 === 1) writeFileSync(path.join(raw, "z", `near-${f}`), nearCopy(readFileSync(path.join(PAGES, f), "utf8")));
    else return;
    n++;
  });
  writeFileSync(path.join(raw, "z", "empty.txt"), "");
  writeFileSync(path.join(raw, "z", "binary.bin"), Buffer.from([0, 1, 2, 0, 255, 0, 7, 0, 0, 0]));
  writeFileSync(path.join(raw, "z", ".hidden.txt"), "skipped");
  return { files: n + 3 };
}
