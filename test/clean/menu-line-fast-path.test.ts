// menuEntries's fast paths (no Markdown-link replacement on a line without "](", and a space-separated
// run whose first word opens no lexicon entry given 0 at once) must give exactly what the plain
// function gives: compared with a copy of it on menu-shaped lines built from the lexicon, on random
// strings and on the bench pages' lines.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { menuEntries } from "../../pipeline/clean/rules/menu-line.ts";
import { MENU_HOME_WORDS, MENU_SECTION_WORDS } from "../../pipeline/text/menu-words.ts";
import { rng } from "../helpers/rng.ts";
import { ZYTE_DEV } from "../../scripts/lib/sites.ts";

const MENU_WORDS = new Set([...MENU_HOME_WORDS, ...MENU_SECTION_WORDS]);
const MAX_PHRASE = Math.max(...[...MENU_WORDS].map((w) => w.split(" ").length));

/** menuEntries as written before its fast paths. */
function reference(line: string): number {
  const t = line.replace(/\[([^\]\n]{0,200})\]\([^)\n]{0,2000}\)/g, "$1").trim();
  if (!t || t.length > 200 || t.startsWith("#") || t.startsWith("|") || t.endsWith("|") || /[\p{Nd}.!?;:,،。！？；：、，"“”«»()]/u.test(t)) return 0;
  const lower = t.toLowerCase();
  const labels = (items: string[]) => {
    let known = 0;
    for (const item of items) {
      const words = item.split(/\s+/).filter(Boolean);
      if (!words.length || words.length > 3) return 0;
      if (MENU_WORDS.has(words.join(" "))) known++;
    }
    return known >= 2 && known * 2 >= items.length ? items.length : 0;
  };
  const items = lower.split(/\s+[|｜•·]\s+/);
  if (items.length >= 3) return labels(items);
  if (items.length > 1) return 0;
  const cells = lower.split(/\s{2,}/);
  if (cells.length >= 3 && labels(cells)) return cells.length;
  const words = lower.split(/\s+/);
  if (words.length < 3 || words.length > 24) return 0;
  let known = 0;
  let unknown = 0;
  let firstKnown = false;
  for (let i = 0; i < words.length; ) {
    let step = 0;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1 && !step; n--) if (MENU_WORDS.has(words.slice(i, i + n).join(" "))) step = n;
    if (step) {
      if (i === 0) firstKnown = true;
      known++;
      i += step;
    } else {
      unknown++;
      i++;
    }
  }
  return firstKnown && known >= 3 && known >= 2 * unknown ? known + unknown : 0;
}

const LEXICON = [...MENU_WORDS];
const OTHER = ["the", "News", "Sport", "x", "Über", "日本", "[Home](https://x.y/)", "](", "|", "•", " ", "\t", "\u00a0", "", "A", "ß", "İ", "1"];

describe("menuEntries fast paths", () => {
  it("agree with the plain function on menu-shaped and random lines", () => {
    const r = rng(13);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
    let menus = 0;
    for (let k = 0; k < 20000; k++) {
      const n = 1 + Math.floor(r() * 8);
      const parts = Array.from({ length: n }, () => {
        const w = r() < 0.7 ? pick(LEXICON) : pick(OTHER);
        const cased = r() < 0.3 ? w.toUpperCase() : r() < 0.3 ? w.charAt(0).toUpperCase() + w.slice(1) : w;
        return r() < 0.15 ? `[${cased}](https://example.org/${k})` : cased;
      });
      const line = parts.join(r() < 0.3 ? pick([" | ", " • ", " · ", "  ", "\t"]) : " ");
      const got = menuEntries(line);
      if (got) menus++;
      expect(got, line).toBe(reference(line));
    }
    expect(menus).toBeGreaterThan(1000);
  });

  // The zyte-dev bench pages (../shared/bench; skipped where it is absent).
  it.skipIf(!existsSync(path.join(ZYTE_DEV, "raw")))("agree with the plain function on the bench pages' lines", () => {
    const dir = path.join(ZYTE_DEV, "raw");
    let menus = 0;
    for (const f of readdirSync(dir))
      for (const line of readFileSync(path.join(dir, f), "utf8").split("\n")) {
        const got = menuEntries(line);
        if (got) menus++;
        expect(got, line).toBe(reference(line));
      }
    expect(menus).toBeGreaterThan(0);
  });
});
