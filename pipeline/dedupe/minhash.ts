// MinHash signatures over word shingles, for near-duplicate detection (Broder 1997). Two bodies'
// signatures agree at a position with probability equal to the Jaccard similarity of their shingle
// sets, so the share of equal positions estimates it. Pure and fast: 32-bit integer hashing only.

/** Words per shingle: 5-word windows tell "the same story" from "the same topic". */
export const SHINGLE_WORDS = 5;
/** Hash functions per signature. The estimate's standard error is about sqrt(J(1-J)/64) ≈ 0.05 at J = 0.8. */
export const NUM_HASHES = 64;

/** Tokens: letters/digits runs; CJK ideographs and kana count one character per word (written without spaces). */
export const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;

/** murmur3's 32-bit finaliser: a cheap, well-mixed integer hash. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Fixed per-function seeds (a fixed LCG), so signatures are stable across runs and machines. */
const SEEDS = (() => {
  const s = new Uint32Array(NUM_HASHES);
  let x = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s[i] = x;
  }
  return s;
})();

const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SEPARATOR = 1;
const WORD = 2;
const CJK = 3;
/** Class of each code point met so far (0: not looked up yet), filled from the two patterns above. */
const classes = new Uint8Array(0x110000);
function classOf(cp: number): number {
  let c = classes[cp];
  if (c === 0) {
    const ch = String.fromCodePoint(cp);
    c = CJK_CHAR.test(ch) ? CJK : WORD_CHAR.test(ch) ? WORD : SEPARATOR;
    classes[cp] = c;
  }
  return c;
}

/**
 * FNV-1a hashes of the text's tokens, in order. The tokens are exactly those of
 * /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu on the lower-cased
 * text (a token starting with a CJK character is that character alone; a run started by another
 * letter goes on over CJK characters too), read by a scanner with a per-code-point class table,
 * which is several times faster than the pattern and allocates no token strings.
 */
export function tokenHashes(text: string): number[] {
  const s = text.toLowerCase();
  const out: number[] = [];
  const n = s.length;
  let i = 0;
  while (i < n) {
    let cp = s.codePointAt(i)!;
    let len = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    if (c === SEPARATOR) {
      i += len;
      continue;
    }
    let h = 0x811c9dc5;
    if (c === CJK) {
      for (let k = 0; k < len; k++) h = Math.imul(h ^ s.charCodeAt(i + k), 0x01000193);
      i += len;
    } else {
      do {
        for (let k = 0; k < len; k++) h = Math.imul(h ^ s.charCodeAt(i + k), 0x01000193);
        i += len;
        if (i >= n) break;
        cp = s.codePointAt(i)!;
        len = cp > 0xffff ? 2 : 1;
      } while (classOf(cp) !== SEPARATOR);
    }
    out.push(h >>> 0);
  }
  return out;
}

/** 32-bit hashes of the text's 5-word shingles (deduplicated). */
export function shingleHashes(text: string): Uint32Array {
  const toks = tokenHashes(text);
  const n = Math.max(1, toks.length - SHINGLE_WORDS + 1);
  const out = new Set<number>();
  if (toks.length === 0) return new Uint32Array(0);
  for (let i = 0; i < n; i++) {
    let h = 0;
    const end = Math.min(toks.length, i + SHINGLE_WORDS);
    for (let j = i; j < end; j++) h = fmix32((Math.imul(h, 31) + toks[j]) >>> 0);
    out.add(h);
  }
  // (filled by a loop: Uint32Array.from(set) goes through the generic iterator protocol, several times slower)
  const arr = new Uint32Array(out.size);
  let k = 0;
  for (const h of out) arr[k++] = h;
  return arr;
}

/** fmix32 as a signed 32-bit integer (the same bits): keeps the minimum search below in int32 arithmetic. */
function fmix32Int(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
/** Flipping the sign bit maps unsigned order onto signed order: a < b (unsigned) ⇔ (a ^ SIGN) < (b ^ SIGN) (signed). */
const SIGN = 0x80000000 | 0;

/** MinHash signature of a text: NUM_HASHES minima; all 0xffffffff for a text without words. */
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  const sh = shingleHashes(text);
  // The unsigned minimum of fmix32(sh[i] ^ seed), found on sign-flipped int32 values (see SIGN).
  for (let k = 0; k < NUM_HASHES; k++) {
    const seed = SEEDS[k] | 0;
    let min = 0xffffffff ^ SIGN;
    for (let i = 0; i < sh.length; i++) {
      const v = fmix32Int(sh[i] ^ seed) ^ SIGN;
      if (v < min) min = v;
    }
    sig[k] = min ^ SIGN;
  }
  return sig;
}

/** Estimated Jaccard similarity: share of equal positions. */
export function similarity(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}
