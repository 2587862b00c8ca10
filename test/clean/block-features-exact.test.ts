// The block model's weights were trained on the feature values of the plain formulation, so the fast
// one in block-text.ts and block-features.ts must give exactly the same numbers. Each piece is compared with the patterns it
// replaces on hand-written texts and on random ones built from the characters that matter (cases
// and scripts, digits, sentence marks, joiners, pipes, markup, cues, stop words, surrogate pairs and
// lone surrogates), and whole feature vectors are compared with a reference written the plain way.
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { buildBlocks, type Block } from "../../pipeline/clean/blocks.ts";
import { blockFeatures, sections } from "../../pipeline/clean/block-features.ts";
import { repeatedKeys, textStats } from "../../pipeline/clean/block-text.ts";
import { countCues } from "../../pipeline/text/cues.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { CJK_PARTICLES, STOPWORDS } from "../../pipeline/clean/lexicon/stopwords.ts";
import type { WorkingDoc } from "../../pipeline/document.ts";
import { MD_LINK } from "../../pipeline/text/markdown.ts";
import { APPEAL_CUES, FIRST_PLURAL, SECOND_PERSON } from "../../pipeline/text/boilerplate-lexicon.ts";
import { endsInCredit } from "../../pipeline/clean/credit-end.ts";

/** Does a lower-cased text hold one of the words as whole words (no letter on either side)? */
const holdsWord = (lower: string, words: readonly string[]) =>
  words.some((w) => {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const before = at === 0 ? "" : lower[at - 1];
      const after = lower.slice(at + w.length, at + w.length + 2);
      if (!/\p{L}/u.test(before) && !/^\p{L}/u.test(after)) return true;
    }
    return false;
  });

const PIECES = [
  "the", "The", "THE", "and", "und", "Der", "и", "της", "ΤΗΣ", "Σ", "İ", "K", "ß", "é", "É", "я", "Я", "日本", "の", "한", "٣", "½",
  "5", "2021", "12:30", "𝐀", "😀", "\ud800", "\udc00", " ", " ", "  ", "\u00a0", "\u3000", "\t", ".", "!", "?", "。", "！", "？", ",",
  "，", "、", ";", "'", "’", "_", "-", " | ", " · ", " • ", "...", "…", "©", "(c) 2020", "Copyright", "ALL RIGHTS RESERVED", "[a link](u)",
  "नगर", "ि", "क", "।", "॥", "ภา", "เมือง", "؟", "،", "؛", "۔", "።", "၊", "။", "![img](i)", "Share", "read more", "поделиться", "word", "Word", "x", "Q", "\"", "”", "»", ")", "]",
  "subscribe", "donate", "you", "our", "Sie", "Ihnen", ":", "：", "```",
];
const randomText = (r: () => number, n: number) => Array.from({ length: n }, () => PIECES[Math.floor(r() * PIECES.length)]).join("");
const samples = (seed: number, count: number, max = 30) => {
  const r = rng(seed);
  return Array.from({ length: count }, () => randomText(r, 1 + Math.floor(r() * max)));
};

/** The token signals the plain way: the patterns textStats stands for. */
function referenceStats(text: string) {
  const tokens = text.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’_-]*/gu) ?? [];
  return {
    tokens: tokens.length,
    stopHits: tokens.filter((t) => STOPWORDS.has(t.toLowerCase())).length,
    capHits: tokens.filter((t) => /^\p{Lu}/u.test(t)).length,
    tokenChars: tokens.reduce((n, t) => n + t.length, 0),
    digits: text.match(/\p{N}/gu)?.length ?? 0,
    cjk: text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu)?.length ?? 0,
    punct: text.match(/[.!?。！？।॥؟۔։።။។](?=\s|$)/gu)?.length ?? 0,
    commas: text.match(/[,，、;،؛]/g)?.length ?? 0,
  };
}

/** The former dup key, counted the plain way. */
const referenceRepeated = (lowers: string[]) => {
  const keys = lowers.map((l) => l.replace(/[^\p{L}\p{N}]+/gu, " ").trim());
  return keys.map((k) => !!k && keys.filter((x) => x === k).length > 1);
};

/** blockFeatures written plainly, one pattern per signal (the formulation the model was trained on). */
function referenceFeatures(blocks: Block[], doc: WorkingDoc): number[][] {
  const lowers = blocks.map((b) => b.text.toLowerCase());
  const dup = referenceRepeated(lowers);
  // The first five words (runs of letters and digits, marks inside them), where a block has five.
  const starts = lowers.map((l) => {
    const w = l.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu) ?? [];
    return w.length >= 5 ? w.slice(0, 5).join(" ") : null;
  });
  // Lines of Markdown code: a fence and the lines up to the next one.
  const code: boolean[] = [];
  let open = false;
  for (const l of doc.lines) {
    const fence = /^\s*```/.test(l.raw);
    code.push(fence || open);
    if (fence) open = !open;
  }
  const own = blocks.map((b, i) => {
    const text = b.text;
    const st = referenceStats(text);
    const words = Math.max(st.tokens, Math.round(st.cjk / 2)) || 0;
    let inLinks = 0;
    let links = 0;
    for (const m of b.raw.matchAll(MD_LINK)) {
      inLinks += m[1] ? 0 : m[2].length;
      links++;
    }
    const visible = Math.max(1, text.length);
    const particles = [...text].filter((c) => CJK_PARTICLES.includes(c)).length;
    const firstRaw = doc.lines[b.lines[0]].raw;
    const sentEnd = /[.!?…。！？।॥؟۔։።။។]["'”’»)\]]*$/u.test(text) ? 1 : 0;
    return {
      words,
      linkDensity: Math.min(1, inLinks / visible),
      links,
      stop: st.cjk > st.tokens ? particles / Math.max(1, st.cjk) : st.stopHits / Math.max(1, st.tokens),
      sentEnd,
      punct: st.punct / Math.max(1, words),
      commas: st.commas / Math.max(1, words),
      caps: st.capHits / Math.max(1, st.tokens),
      digits: st.digits / visible,
      bullet: /^\s*(?:[-*+•·▪◦●□■☆★◆→>]|\d{1,3}[.)])\s+/.test(firstRaw) ? 1 : 0,
      numbered: /^\s*(?:[-*+•·▪◦●]\s+)?(?:#{1,6}\s+)?\d{1,3}[.)]\s+\S/.test(firstRaw) ? 1 : 0,
      heading: /^\s{0,3}#{1,6}\s+\S/.test(firstRaw) ? 1 : 0,
      table: /^\s*\|.*\|\s*$/.test(firstRaw) ? 1 : 0,
      cues: countCues(lowers[i]),
      copyright: /©|\(c\)\s*\d{4}|copyright|all rights reserved/i.test(text) ? 1 : 0,
      indent: Math.min(20, /^\s*/.exec(firstRaw)![0].length) / 10,
      dup: dup[i] ? 1 : 0,
      dateish: /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/.test(text) && words <= 12 ? 1 : 0,
      pipes: Math.min(5, text.match(/\s[|·•]\s/g)?.length ?? 0),
      avgWord: st.tokens ? Math.min(15, st.tokenChars / st.tokens) / 10 : 0,
      prose: words >= 12 && sentEnd ? 1 : 0,
      clipped: /(?:\.\.\.|…)\s*$/u.test(text) ? 1 : 0,
      repStart: starts[i] !== null && starts.filter((x) => x === starts[i]).length > 1 ? 1 : 0,
      listish:
        /^\s*(?:[-*+•·▪◦●□■☆★◆→>]|\d{1,3}[.)])\s+/.test(firstRaw) || /^\s*(?:[-*+•·▪◦●]\s+)?(?:#{1,6}\s+)?\d{1,3}[.)]\s+\S/.test(firstRaw) ||
        /^\s*\|.*\|\s*$/.test(firstRaw) || /^\s*/.exec(firstRaw)![0].length >= 2 || code[b.lines[0]],
      leadIn: words >= 4 && countCues(lowers[i]) === 0 && /[:：]\s*$/u.test(text),
      appeal: holdsWord(lowers[i], APPEAL_CUES) && (holdsWord(lowers[i], SECOND_PERSON) || holdsWord(lowers[i], FIRST_PLURAL) || /[\p{Ll},] (?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)(?!\p{L})/u.test(text)) ? 1 : 0,
      creditEnd: words <= 80 && endsInCredit(text) ? 1 : 0,
      imageMark: b.raw.includes("![") || /\[[\p{L}\p{N}_.\-]{6,}\]/u.test(text) ? 1 : 0,
    };
  });
  type O = (typeof own)[number];
  const n = blocks.length;
  const lw = Math.log1p;
  const proseWords = own.map((o) => (o.prose ? o.words : 0));
  const total = proseWords.reduce((a, b) => a + b, 0) || 1;
  const firstProse = own.findIndex((o) => o.prose);
  const lastProse = own.map((o) => o.prose).lastIndexOf(1);
  const seg = sections(own.map((o) => (o.cues > 0 && o.words <= 8) || o.linkDensity >= 0.5 || o.copyright > 0 || o.dup > 0 || (o.bullet > 0 && o.words <= 4 && !o.sentEnd)));
  const segProse = new Array<number>(n ? seg[n - 1] + 1 : 0).fill(0);
  own.forEach((_, i) => (segProse[seg[i]] += proseWords[i]));
  const window = (i: number, r: number, f: (o: O) => number) => {
    let s = 0;
    let c = 0;
    for (let j = Math.max(0, i - r); j <= Math.min(n - 1, i + r); j++) {
      if (j === i) continue;
      s += f(own[j]);
      c++;
    }
    return c ? s / c : 0;
  };
  // A list block whose run of list blocks (at most 40 long, up to it) follows a lead-in.
  const leadInList = (i: number) => {
    if (!own[i].listish) return 0;
    let j = i;
    while (j > 0 && own[j - 1].listish) j--;
    return i - j + 1 <= 40 && j > 0 && own[j - 1].leadIn ? 1 : 0;
  };
  let cum = 0;
  return own.map((o, i) => {
    const before = cum / total;
    cum += proseWords[i];
    const after = 1 - cum / total;
    const prev = own[i - 1];
    const next = own[i + 1];
    const pos = n > 1 ? i / (n - 1) : 0;
    return [
      1, lw(o.words), o.words <= 4 ? 1 : 0, o.words >= 40 ? 1 : 0, o.linkDensity, lw(o.links), o.stop, o.sentEnd, Math.min(1, o.punct * 5),
      Math.min(1, o.commas * 5), o.caps, Math.min(1, o.digits * 5),
      o.bullet, o.heading, o.table, Math.min(3, o.cues), o.cues && o.words <= 15 ? 1 : 0, o.copyright, o.indent, o.dup, o.dateish, o.pipes / 5, o.avgWord,
      pos, pos * pos, prev ? lw(prev.words) : 0, next ? lw(next.words) : 0, prev ? prev.linkDensity : 1, next ? next.linkDensity : 1,
      prev ? prev.sentEnd : 0, next ? next.sentEnd : 0,
      window(i, 3, (x) => x.prose), window(i, 3, (x) => x.linkDensity), window(i, 10, (x) => x.prose),
      firstProse >= 0 && i < firstProse ? 1 : 0, lastProse >= 0 && i > lastProse ? 1 : 0, before, after,
      segProse[seg[i]] / total, lw(segProse[seg[i]]) / 8,
      o.clipped, window(i, 3, (x) => x.clipped),
      own.slice(Math.max(0, i - 10), i).some((x) => x.prose) && own.slice(i + 1, i + 11).some((x) => x.prose) ? 1 : 0,
      o.numbered, window(i, 3, (x) => x.dateish),
      lastProse >= 0 && i > lastProse ? lw(i - lastProse) / 4 : 0, firstProse >= 0 && i < firstProse ? lw(firstProse - i) / 4 : 0,
      o.repStart, window(i, 3, (x) => (x.dup || x.repStart ? 1 : 0)),
      leadInList(i), o.appeal, o.creditEnd, o.imageMark,
    ];
  });
}

describe("block features: fast paths give the reference values", () => {
  it("textStats counts tokens, stop words, capitals, digits, CJK, sentence ends and commas as the patterns do", () => {
    expect(textStats("The cat, the dog. 日本の")).toEqual({ tokens: 5, stopHits: 2, capHits: 1, tokenChars: 15, digits: 0, cjk: 3, punct: 1, commas: 1 });
    // A final sigma lower-cases by context: "ΤΗΣ" alone is "της", a stop word.
    expect(textStats("ΤΗΣ").stopHits).toBe(referenceStats("ΤΗΣ").stopHits);
    for (const s of samples(11, 4000)) expect(textStats(s)).toEqual(referenceStats(s));
  });

  it("finds stop words in the prose of the news languages beyond the first twelve", () => {
    const prose = [
      "Městské zastupitelstvo v úterý odhlasovalo obnovu mostu, který je ve špatném stavu.",
      "Міська рада у вівторок проголосувала за відновлення мосту, який був у поганому стані.",
      "Το δημοτικό συμβούλιο ψήφισε την ανοικοδόμηση της γέφυρας που είναι σε κακή κατάσταση.",
      "नगर परिषद ने मंगलवार को पुल के पुनर्निर्माण के पक्ष में मतदान किया।",
      "صوّت المجلس البلدي يوم الثلاثاء على إعادة بناء الجسر الذي كان في حالة سيئة.",
      "Hội đồng thành phố đã bỏ phiếu xây dựng lại cây cầu của thành phố.",
    ];
    for (const t of prose) expect([t, textStats(t).stopHits >= 2]).toEqual([t, true]);
  });

  it("repeatedKeys finds the blocks whose letters and digits repeat another block's", () => {
    expect(repeatedKeys(["share this", "share, this!", "share that", "", "…", "…"])).toEqual([true, true, false, false, false, false]);
    const r = rng(12);
    for (let k = 0; k < 400; k++) {
      const base = samples(1000 + k, 6, 6).map((s) => s.toLowerCase());
      // Variants of the same words with other punctuation and spacing, so keys collide.
      const lowers = Array.from({ length: 12 }, () => {
        const b = base[Math.floor(r() * base.length)];
        return r() < 0.5 ? b : ` ${b.replace(/ /g, " , ")}!`;
      });
      expect(repeatedKeys(lowers)).toEqual(referenceRepeated(lowers));
    }
  });

  it("blockFeatures equals the plain formulation on random pages", () => {
    const r = rng(13);
    for (let k = 0; k < 150; k++) {
      const lines = samples(2000 + k, 5 + Math.floor(r() * 40), 25).map((s, i) =>
        r() < 0.2 ? "" : r() < 0.15 ? `- ${s}` : r() < 0.1 ? `## ${s}` : r() < 0.05 ? "```" : r() < 0.05 ? `${s} you should subscribe:` : i % 7 === 3 ? "Share" : s,
      );
      const doc = toWorkingDoc("random.txt", lines.join("\n"));
      const blocks = buildBlocks(doc);
      expect(blockFeatures(blocks, doc)).toEqual(referenceFeatures(blocks, doc));
    }
  });
});
