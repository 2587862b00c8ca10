// countCues and hasCue read text whose only characters beyond ASCII are punctuation, symbols or spaces
// (English with curly quotes and dashes) with the ASCII patterns. Compared with the Unicode pattern
// on random lower-cased texts mixing cues with such characters, letters of other scripts, the
// non-ASCII cues and surrogate pairs.
import { describe, expect, it } from "vitest";
import { rng } from "../helpers/rng.ts";
import { countCues, hasCue } from "../../pipeline/text/cues.ts";
import { BOILERPLATE_CUES } from "../../pipeline/text/boilerplate-lexicon.ts";

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${BOILERPLATE_CUES.map(escapeRe).join("|")})(?![\\p{L}])`, "gu");
const PIECES = [
  "share", "shares", "read more", "comment", "comments", "home", "watch", "photo", "©", "suscríbete", "поделиться", "publicité",
  " ", "  ", "“", "”", "’", "‘", "—", "–", "•", "·", "…", "½", "€", "\u00a0", "😀", "𝐀", "\ud800", "é", "я", "x", "s", ".", ",",
];

describe("cues on text with punctuation beyond ASCII", () => {
  it("count as the Unicode pattern does", () => {
    expect(countCues("“share” — read more…")).toBe(2);
    expect(countCues("“shares”’ commentary")).toBe(1);
    const r = rng(41);
    for (let k = 0; k < 6000; k++) {
      const s = Array.from({ length: 1 + Math.floor(r() * 20) }, () => PIECES[Math.floor(r() * PIECES.length)]).join("");
      const count = s.match(CUE)?.length ?? 0;
      expect([s, countCues(s), hasCue(s)]).toEqual([s, count, count > 0]);
    }
  });
});
