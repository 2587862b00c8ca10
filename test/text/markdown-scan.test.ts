// mdLinks / mdImages find Markdown links and images in linear time; they must find exactly what the
// MD_LINK / MD_IMAGE patterns find (span and groups), including where the regex backtracks: a title
// read after giving back the white space, a '<' that is part of the target, labels and targets at
// their length limits, and the pathological "[[[[…](](…" runs the scanner exists for.
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { MD_IMAGE, MD_IMAGE_LOOSE, MD_LINK, mdImages, mdImagesLoose, mdLinks, replaceMatches, stripInlineMarkdown } from "../../pipeline/text/markdown.ts";


const viaRegex = (s: string, re: RegExp) =>
  [...s.matchAll(re)].map((m) => ({ index: m.index!, end: m.index! + m[0].length, groups: m.slice(1).map((g) => g ?? "") }));
const linksViaScan = (s: string) => mdLinks(s).map((m) => ({ index: m.index, end: m.end, groups: [m.bang, m.label, m.target] }));
const imagesViaScan = (s: string) => mdImages(s).map((m) => ({ index: m.index, end: m.end, groups: [] as string[] }));

const PIECES = [
  "[", "]", "(", ")", "![", "](", "]( ", "<", ">", "\"", " \"", "\" ", " ", "  ", "\t", "\n", "\r", "\u00a0", "\u2009", "\u3000",
  "\ufeff", "\u2028", "\u200b", "[a](b)", "![a](b)", "[a](", "](b)", " \"t\")", "a", "b c", "x/y", "http://a.b/c", "!", "é", "日", "😀", ")\"", "\\", "*",
];
const LONG = ["x".repeat(499), "x".repeat(500), "x".repeat(501), "y".repeat(999), "y".repeat(1000), "y".repeat(1001), "z".repeat(1999), "z".repeat(2000), "z".repeat(2001)];

function randomText(r: () => number, long: boolean): string {
  const n = 1 + Math.floor(r() * 25);
  let s = "";
  for (let i = 0; i < n; i++) s += long && r() < 0.08 ? LONG[Math.floor(r() * LONG.length)] : PIECES[Math.floor(r() * PIECES.length)];
  return s;
}

const TRICKY = [
  "See [the report](https://x.y/r) now",
  "[a]( \"x y\")",
  "[a]( \"x\" )",
  "[a](\"x y\")",
  "[a](<u> \"t\")",
  "[a](<u>)",
  "[a](<<u>>)",
  "[a](u \"t\" \"t\")",
  "[a](u\n)",
  "[a](\n\"t\"\n)",
  "[a](u>)",
  "[a](u> )",
  "[a](u>\"t\")",
  "[a](u \"t\nx\")",
  "[a](u \"\")",
  "[a](  )",
  "[a]()",
  "[](",
  "[[[[a](b)",
  "![x](y) [z](w)",
  "[![alt](img.png)](https://x.y)",
  "!![a](b)",
  "[a\nb](c)",
  "[a]\n(c)",
  "[a] (c)",
  "[a](b)(c)",
  "[a](b[c](d))",
  "[a](b [c](d))",
  "[a](b \"[c](d)\")",
  "]![a](b)(c) tricky [a](<u> \"t\")",
  "[" + "x".repeat(500) + "](u)",
  "[" + "x".repeat(501) + "](u)",
  "![" + "x".repeat(1000) + "](u)",
  "![" + "x".repeat(1001) + "](u)",
  "![a](" + "u".repeat(2000) + ")",
  "![a](" + "u".repeat(2001) + ")",
  "![a](<" + "u".repeat(2000) + ">)",
  "![a](<" + "u".repeat(2001) + ">)",
  "[a](u \"" + "t".repeat(2000) + "\")",
  "[a](u \"" + "t".repeat(2001) + "\")",
  "[a]( \"" + "t".repeat(2000) + " \")",
  "[".repeat(600) + "](".repeat(300),
  "[".repeat(600) + "](x)",
  "[](".repeat(200) + ")",
  "![".repeat(300) + "](".repeat(300) + ")",
  "[a](" + "b".repeat(50) + " \"" + "[](x ".repeat(40),
];

describe("mdLinks and mdImages find what MD_LINK and MD_IMAGE find", () => {
  it("on hand-written tricky strings", () => {
    for (const s of TRICKY) {
      expect(linksViaScan(s), JSON.stringify(s.slice(0, 80))).toEqual(viaRegex(s, MD_LINK));
      expect(imagesViaScan(s), JSON.stringify(s.slice(0, 80))).toEqual(viaRegex(s, MD_IMAGE).map(({ index, end }) => ({ index, end, groups: [] })));
    }
    // Spot checks that the comparison is not vacuous.
    expect(mdLinks("[a]( \"x y\")")).toEqual([{ index: 0, end: 11, bang: "", label: "a", target: "" }]);
    expect(mdLinks("x ![i](<s> \"t\") y")[0]).toMatchObject({ index: 2, bang: "!", label: "i", target: "s" });
    expect(mdLinks("[".repeat(600) + "](".repeat(300))).toEqual([]);
    expect(mdImages("![" + "x".repeat(1001) + "](u) ![a](b)")).toMatchObject([{ index: 1008, end: 1015 }]);
  });

  it("on random strings of link syntax", () => {
    const r = rng(11);
    let matched = 0;
    for (let k = 0; k < 6000; k++) {
      const s = randomText(r, k % 3 === 0);
      const links = viaRegex(s, MD_LINK);
      matched += links.length;
      expect(linksViaScan(s), JSON.stringify(s.slice(0, 200))).toEqual(links);
      expect(imagesViaScan(s), JSON.stringify(s.slice(0, 200))).toEqual(viaRegex(s, MD_IMAGE).map(({ index, end }) => ({ index, end, groups: [] })));
    }
    expect(matched).toBeGreaterThan(1000);
  });

  it("replaceMatches rewrites like String.replace", () => {
    const s = "a [b](c) ![d](e) [f](g \"h\") i";
    expect(replaceMatches(s, mdLinks(s), (m) => (m.bang ? "" : m.label))).toBe(s.replace(MD_LINK, (_m, bang: string, label: string) => (bang ? "" : label)));
    expect(replaceMatches(s, mdImages(s), () => "")).toBe(s.replace(MD_IMAGE, ""));
    expect(stripInlineMarkdown(s)).toBe("a b  f i");
  });

  it("strips a pathological bracket run like the regex did", () => {
    const s = "[".repeat(2000) + "](".repeat(1000) + "x)";
    // The regex (slow, but fine at this size) gives the reference.
    const expected = s.replace(MD_IMAGE, "").replace(MD_LINK, (_m, bang: string, label: string) => (bang ? "" : label));
    expect(stripInlineMarkdown(s)).toBe(expected);
    expect(expected.length).toBeLessThan(s.length);
  });
});

describe("mdImagesLoose finds what MD_IMAGE_LOOSE finds", () => {
  const viaScan = (s: string) => mdImagesLoose(s).map((m) => ({ index: m.index, end: m.end, groups: [m.label, m.target] }));
  const viaLoose = (s: string) =>
    [...s.matchAll(MD_IMAGE_LOOSE)].map((m) => ({ index: m.index!, end: m.index! + m[0].length, groups: [m[0].slice(2, m[0].indexOf("]")), m[0].slice(m[0].indexOf("](") + 2, -1)] }));
  it("on tricky and random strings", () => {
    const cases = [
      "![a](b c d) text",
      "![a](b\nc)",
      "!![a](b)",
      "![a](![b](c))",
      "![" + "x".repeat(1000) + "](u)",
      "![" + "x".repeat(1001) + "](u)",
      "![a](" + "u".repeat(2000) + ")",
      "![a](" + "u".repeat(2001) + ")",
      "![".repeat(300) + "](".repeat(300) + ")",
      "![](".repeat(300) + ")",
    ];
    for (const s of cases) expect(viaScan(s), JSON.stringify(s.slice(0, 80))).toEqual(viaLoose(s));
    const r = rng(12);
    let matched = 0;
    for (let k = 0; k < 4000; k++) {
      const s = randomText(r, k % 3 === 0);
      const ref = viaLoose(s);
      matched += ref.length;
      expect(viaScan(s), JSON.stringify(s.slice(0, 200))).toEqual(ref);
    }
    expect(matched).toBeGreaterThan(300);
    expect(mdImagesLoose("x ![a b](c d) y")).toEqual([{ index: 2, end: 13, bang: "!", label: "a b", target: "c d" }]);
  });
});
