// The fast paths added for speed must give exactly what the plain patterns they replace give. Each
// helper is compared with its reference formulation on hand-written lines and on random strings
// built from the characters that matter (markup, white space of every kind, letters of several
// scripts, surrogate pairs, lone surrogates).
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { countCues, hasCue } from "../../pipeline/text/cues.ts";
import { BOILERPLATE_CUES } from "../../pipeline/text/boilerplate-lexicon.ts";
import { detectWrapWidth, displayWidth } from "../../pipeline/text/wrap.ts";
import { MD_IMAGE, MD_LINK, stripInlineMarkdown } from "../../pipeline/text/markdown.ts";
import { collapseWhitespace, countSpaced, letterDigitRuns } from "../../pipeline/text/normalize.ts";

const PIECES = [
  "a", "Z", "é", "ß", "İ", "Σ", "я", "日", "本", "한", "٣", "5", "½", "™", "ﬁ", "\u0301", "𝐀", "😀", "\ud800", "\udc00",
  " ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", "\n", "[", "]", "(", ")", "![", "](", "*", "**", "_", "__", "\\", "<", ">",
  "&nbsp;", "#", "## ", "http://x.y/z", "%20", "%C3", "+", "share", "Read more", "©", "cookies", "поделиться", ",", ".", "'", "-",
];
const randomText = (r: () => number, n: number) => Array.from({ length: n }, () => PIECES[Math.floor(r() * PIECES.length)]).join("");
const samples = (seed: number, count: number, max = 30) => {
  const r = rng(seed);
  return Array.from({ length: count }, () => randomText(r, 1 + Math.floor(r() * max)));
};

/**
 * stripInlineMarkdown written plainly, without its fast paths: escaped characters are set aside (as
 * private-use placeholders) before links, emphasis and headings are read, and put back last.
 */
const stripReference = (text: string): string => {
  const hold = /\\([\\`*_{}\[\]()#+\-.!|<>~"'$&])/g;
  const marked = /[\u{10ff00}-\u{10ff7f}]/u.test(text);
  const s = (marked ? text : text.replace(hold, (_m, c: string) => String.fromCodePoint(0x10ff00 + c.charCodeAt(0))))
    .replace(MD_IMAGE, "")
    .replace(MD_LINK, (_m, bang: string, label: string) => (bang ? "" : label))
    .replace(/<((?:https?|ftp|mailto):[^>\s]{1,2000})>/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^*_\n]{1,1000}?\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]{1,1000}?\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_\n]{1,1000}?\S)_(?!\w)/g, "$1$2")
    .replace(/&nbsp;/g, " ")
    .replace(/^\s{0,3}#{1,6}\s+/, "")
    .replace(/\s+#{1,6}\s*$/, "");
  return marked ? s : s.replace(/[\u{10ff00}-\u{10ff7f}]/gu, (p) => String.fromCharCode(p.codePointAt(0)! - 0x10ff00));
};

describe("fast paths give the reference results", () => {
  it("stripInlineMarkdown", () => {
    const lines = [
      "Plain text with no markup at all.",
      "## A heading ##",
      "[![alt](img.png)](https://x.y) and **bold** and _it_ and *em*",
      "Escaped \\* star and &nbsp; space, <https://example.org/a>",
      "]![a](b)(c) tricky [a](<u> \"t\")",
    ];
    for (const s of [...lines, ...samples(1, 3000)]) expect(stripInlineMarkdown(s)).toBe(stripReference(s));
    expect(stripInlineMarkdown("See [the report](https://x.y/r) **now**")).toBe("See the report now");
  });

  // outlet/names.ts's visible() collapses white space only when /[^\S ]| {2}/ finds some besides single spaces.
  it("collapsing white space changes nothing without odd white space", () => {
    const odd = /[^\S ]| {2}/;
    let plain = 0;
    for (const s of samples(7, 5000)) {
      if (odd.test(s)) continue;
      plain++;
      expect(s.replace(/\s+/g, " ")).toBe(s);
    }
    expect(plain).toBeGreaterThan(100);
  });

  it("letterDigitRuns", () => {
    for (const s of samples(2, 3000)) expect(letterDigitRuns(s).join(" ")).toBe(s.replace(/[^\p{L}\p{N}]+/gu, " ").trim());
    expect(letterDigitRuns("Don't stop — 2024, 日本😀𝐀b")).toEqual(["Don", "t", "stop", "2024", "日本", "𝐀b"]);
  });

  it("countSpaced and collapseWhitespace", () => {
    for (const s of samples(3, 3000)) {
      expect(countSpaced(s)).toBe(s.split(/\s+/).filter(Boolean).length);
      expect(collapseWhitespace(s)).toBe(s.replace(/\s+/g, " ").trim());
    }
    expect(countSpaced("  two\u00a0words\u3000three ")).toBe(3);
  });

  it("displayWidth", () => {
    const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
    const reference = (s: string) => [...s].reduce((w, ch) => w + (WIDE.test(ch) ? 2 : 1), 0);
    for (const s of samples(4, 3000)) expect(displayWidth(s)).toBe(reference(s));
  });

  it("detectWrapWidth", () => {
    // The former implementation: every candidate width re-scans all lines.
    const reference = (lines: string[]): number | null => {
      const all = lines.map((l) => displayWidth(l.trimEnd()));
      const widths = all.filter((n) => n >= 30);
      if (widths.length < 5) return null;
      const counts = new Map<number, number>();
      for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
      let best: number | null = null;
      let bestNear = 0;
      for (let w = 200; w >= 60; w--) {
        if (!counts.has(w)) continue;
        if (widths.filter((x) => x > w + 2).length > widths.length * 0.05) break;
        let near = 0;
        let continued = 0;
        all.forEach((x, i) => {
          if (x < w - 8 || x > w) return;
          near++;
          if (i + 1 < all.length && all[i + 1] > 0) continued++;
        });
        if (near >= 5 && continued >= near * 0.35 && near > bestNear) {
          best = w;
          bestNear = near;
        }
      }
      return best;
    };
    const r = rng(5);
    let found = 0;
    for (let k = 0; k < 300; k++) {
      const width = 60 + Math.floor(r() * 140);
      const lines = Array.from({ length: 20 + Math.floor(r() * 80) }, () => {
        const u = r();
        const len = u < 0.2 ? 0 : u < 0.7 ? width - Math.floor(r() * 10) : Math.floor(r() * (width + 30));
        return "x".repeat(Math.max(0, len));
      });
      const got = detectWrapWidth(lines);
      if (got !== null) found++;
      expect(got).toBe(reference(lines));
    }
    expect(found).toBeGreaterThan(0);
  });

  it("countCues and hasCue", () => {
    const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${BOILERPLATE_CUES.map(escapeRe).join("|")})(?![\\p{L}])`, "gu");
    for (const s of samples(6, 3000).map((t) => t.toLowerCase())) {
      expect(countCues(s)).toBe(s.match(CUE)?.length ?? 0);
      expect(hasCue(s)).toBe((s.match(CUE)?.length ?? 0) > 0);
    }
    expect(countCues("share this story · read more")).toBe(2);
    expect(countCues("sharecropper reads")).toBe(0);
    expect(hasCue("поделиться в соцсетях")).toBe(true);
  });

  it("lower-casing never shortens a character (the stop-word length filter in block-text.ts relies on it)", () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const s = String.fromCodePoint(cp);
      if (s.toLowerCase().length < s.length) throw new Error(`U+${cp.toString(16)} lower-cases shorter`);
    }
  });
});
