// document.ts answers some questions without building strings: isBlank (a line is empty or white
// space), isProse (counting words only as far as the thresholds), joinWrapped (the CJK test per
// code unit from a table) and cloneDoc (copying captured lists). Each is compared with the plain
// formulation on hand-written and random lines.
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { bulletItem, cloneDoc, emptyCaptured, isBlank, isProse, joinWrapped } from "../../pipeline/document.ts";

const PIECES = ["word", "Word", " ", "  ", "\t", "\u00a0", "\u3000", "\u2028", "\ufeff", "\u180e", ".", "!", "?", "。", "”", "»", ")", "…", "日本", "の", "ー", "𠀋", "\ud840", "x"];
const samples = (seed: number, count: number, max: number) => {
  const r = rng(seed);
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(r() * max) }, () => PIECES[Math.floor(r() * PIECES.length)]).join(""));
};

const proseReference = (text: string) => {
  const words = text.split(/\s+/).filter(Boolean).length;
  return (words >= 12 && /[.!?…。！？]["'”’»)]*\s*$/u.test(text.trim())) || words >= 35;
};
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
const joinReference = (parts: string[]) => {
  let out = "";
  for (const part of parts) {
    const t = part.trim();
    if (!t) continue;
    if (out && !(UNSPACED.test(out[out.length - 1]) || UNSPACED.test(t[0]))) out += " ";
    out += t;
  }
  return out;
};

describe("document fast paths", () => {
  it("isBlank is trim() === ''", () => {
    expect([isBlank(""), isBlank(" \t\u00a0\u3000"), isBlank(" x "), isBlank("\u180e")]).toEqual([true, true, false, false]);
    for (const s of samples(51, 3000, 6)) expect([s, isBlank(s)]).toEqual([s, s.trim() === ""]);
  });

  it("isProse gives the plain answer", () => {
    expect(isProse("The council voted on Tuesday to rebuild the old stone bridge over the river.")).toBe(true);
    expect(isProse("The council voted on Tuesday to rebuild the old stone bridge over the river")).toBe(false);
    expect(isProse(Array(35).fill("menu").join(" "))).toBe(true);
    for (const s of samples(52, 3000, 80)) expect([s, isProse(s)]).toEqual([s, proseReference(s)]);
  });

  it("joinWrapped joins as the plain loop does", () => {
    expect(joinWrapped(["Hello", "world", "日本", "語"])).toBe("Hello world日本語");
    const r = rng(53);
    for (let k = 0; k < 2000; k++) {
      const parts = samples(5300 + k, 1 + Math.floor(r() * 4), 6);
      expect(joinWrapped(parts)).toBe(joinReference(parts));
    }
  });

  it("cloneDoc copies the captured lists, not shares them", () => {
    const captured = { ...emptyCaptured(), title: "T", authors: ["A"], tags: ["x", "y"] };
    const doc = { sourceFile: "f", lines: [{ n: 1, text: "a", raw: "a" }], captured, log: [], warnings: [], wrapWidth: null };
    const copy = cloneDoc(doc);
    expect(copy.captured).toEqual(captured);
    copy.captured.authors.push("B");
    copy.captured.tags.length = 0;
    expect(captured.authors).toEqual(["A"]);
    expect(captured.tags).toEqual(["x", "y"]);
  });
});

describe("bulletItem", () => {
  it("reads items as the plain pattern does", () => {
    const reference = (t: string) => /^\s*(?:[•·▪◦●□■*+\-–]|\d{1,2}[.)])\s+(.*)$/.exec(t)?.[1].trim() ?? null;
    const pieces = ["•", "·", "-", "–", "*", "+", "1.", "12)", "123.", " ", "\u00a0", "\t", "x", "Item", "\r", "\u2028", "—", "a.", ""];
    const r = rng(54);
    expect(bulletItem("  • Ukraine ")).toBe("Ukraine");
    expect(bulletItem("Ukraine • Russia")).toBeNull();
    for (let k = 0; k < 4000; k++) {
      const t = Array.from({ length: 1 + Math.floor(r() * 5) }, () => pieces[Math.floor(r() * pieces.length)]).join("");
      expect([t, bulletItem(t)]).toEqual([t, reference(t)]);
    }
  });
});
