// How often a headline candidate's words recur in the page (share links, slugs, a second copy), for
// the title ranker. The page's words are the runs of letters and digits of echoText(page) (page: the
// raw lines joined by newlines). echoText acts on each line alone (a newline is no part of a URL
// escape, never composes under NFKC and ends the context of a final sigma when lower-casing), and
// no run spans a newline, so the page is read line by line: an ASCII line (most lines) is read in
// place, its escapes taken as separators, since lower-casing it keeps its runs; only the other lines
// are put through echoText. The whole page is never normalised or lower-cased.
import { skipOthers, skipRun } from "../text/normalize.ts";

/** The text echo words are read from: URL escapes decoded, NFKC-normalised, lower-case. */
export function echoText(s: string): string {
  let t = s;
  if (t.includes("%") || t.includes("+")) t = t.replace(/%20|\+/g, " ").replace(/%[0-9A-Fa-f]{2}/g, " ");
  // Below U+00A0 every character is its own NFKC form and none composes with a neighbour.
  return (BEYOND_LATIN1_CONTROLS.test(t) ? t.normalize("NFKC") : t).toLowerCase();
}
const BEYOND_LATIN1_CONTROLS = /[^\x00-\x9f]/;

/** 1 for an ASCII letter or digit, 0 for any other ASCII unit. */
const ASCII_LD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_LD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
const PERCENT = 37;
const NON_ASCII = /[^\x00-\x7f]/;
const hexAt = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i) | 32;
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
};

/**
 * On an ASCII line (ending at n), where the next run of its echo text starts, at or after i, as an
 * index into the line itself. echoText turns each '+' and each '%' with two hex digits into a space (its two passes
 * make the same cuts as one left-to-right scan: every match holds one '%', at its start, and no new
 * '%' appears), then lower-cases, which keeps every unit a letter or digit or not: the runs are the
 * line's runs of ASCII letters and digits, escapes read as separators.
 */
function asciiSkipOthers(s: string, i: number, n: number): number {
  while (i < n) {
    const c = s.charCodeAt(i);
    if (ASCII_LD[c] === 1) return i;
    i += c === PERCENT && i + 2 < n && hexAt(s, i + 1) && hexAt(s, i + 2) ? 3 : 1;
  }
  return n;
}
/** On an ASCII line (ending at n), the end of the run starting at i. */
function asciiSkipRun(s: string, i: number, n: number): number {
  while (i < n && ASCII_LD[s.charCodeAt(i)] === 1) i++;
  return i;
}

/** Is the run s[a, a + w.length) the lower-case word w, s being ASCII (w may be anything)? */
function asciiRunIs(s: string, a: number, w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    let c = s.charCodeAt(a + k);
    if (c >= 65 && c <= 90) c += 32;
    if (c !== w.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * For the candidates' word lists `keys` (each non-empty; [""] for a text without words): a function
 * giving, for one of them and a length, how many times its first `len` words occur as consecutive
 * page words beyond one occurrence, at most `cap`. A page word is compared only with the first words
 * of its shape (length and first unit).
 */
export function pageEchoes(raws: readonly string[], keys: readonly (readonly string[])[], cap: number): (ks: readonly string[], len: number) => number {
  // The first words by shape (length and first unit): a page word is compared only with these.
  const byShape = new Map<number, string[]>();
  for (const ks of keys) {
    const shape = ks[0].length * 0x10000 + ks[0].charCodeAt(0);
    const ws = byShape.get(shape);
    if (!ws) byShape.set(shape, [ks[0]]);
    else if (!ws.includes(ks[0])) ws.push(ks[0]);
  }
  // ASCII lines are read in place in the joined page (one flat string), between their bounds.
  const page = raws.join("\n");
  const starts = new Int32Array(raws.length + 1);
  for (let i = 0, at = 0; i <= raws.length; i++) {
    starts[i] = at;
    if (i < raws.length) at += raws[i].length + 1;
  }
  // Per line, its echo text when it is not ASCII, else null.
  const texts: (string | null)[] = new Array(raws.length).fill(null);
  // Where each first word occurs: its line and the run's start (in the page for an ASCII line, else
  // in the line's echo text), in page order.
  const where = new Map<string, number[]>();
  const hit = (w: string, line: number, a: number) => {
    const list = where.get(w);
    if (list) list.push(line, a);
    else where.set(w, [line, a]);
  };
  for (let i = 0; i < raws.length; i++) {
    if (!NON_ASCII.test(raws[i])) {
      const end = starts[i] + raws[i].length;
      for (let a = asciiSkipOthers(page, starts[i], end); a < end; ) {
        const b = asciiSkipRun(page, a, end);
        let f = page.charCodeAt(a);
        if (f >= 65 && f <= 90) f += 32;
        const ws = byShape.get((b - a) * 0x10000 + f);
        if (ws) for (const w of ws) if (asciiRunIs(page, a, w)) hit(w, i, a);
        a = asciiSkipOthers(page, b, end);
      }
      continue;
    }
    const t = echoText(raws[i]);
    texts[i] = t;
    for (let x = skipOthers(t, 0); x < t.length; ) {
      const y = skipRun(t, x);
      const ws = byShape.get((y - x) * 0x10000 + t.charCodeAt(x));
      if (ws) for (const w of ws) if (t.startsWith(w, x)) hit(w, i, x);
      x = skipOthers(t, y);
    }
  }
  // Are the page words after the one starting at (line, a) the words ks[1..len)?
  const followed = (ks: readonly string[], len: number, line: number, a: number): boolean => {
    let t = texts[line];
    let s = t ?? page;
    let end = t === null ? starts[line] + raws[line].length : t.length;
    let at = t === null ? asciiSkipRun(s, a, end) : skipRun(s, a);
    for (let k = 1; k < len; k++) {
      let x = t === null ? asciiSkipOthers(s, at, end) : skipOthers(s, at);
      while (x >= end) {
        if (++line >= raws.length) return false;
        t = texts[line];
        s = t ?? page;
        end = t === null ? starts[line] + raws[line].length : t.length;
        x = t === null ? asciiSkipOthers(s, starts[line], end) : skipOthers(s, 0);
      }
      at = t === null ? asciiSkipRun(s, x, end) : skipRun(s, x);
      const w = ks[k];
      if (at - x !== w.length || (t === null ? !asciiRunIs(s, x, w) : !s.startsWith(w, x))) return false;
    }
    return true;
  };
  return (ks, len) => {
    const list = where.get(ks[0]);
    let n = -1;
    if (list)
      for (let h = 0; h < list.length; h += 2) if (followed(ks, len, list[h], list[h + 1]) && ++n >= cap) break;
    return Math.max(0, n);
  };
}
