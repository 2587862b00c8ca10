// Tells whether a text was hard-wrapped by a text browser (w3m, lynx: every long paragraph broken at
// a fixed width), and whether two consecutive lines are one paragraph that the browser broke, so that
// such lines are re-joined while list items, headings and menu lines stay apart.
import { spaceUnit } from "./normalize.ts";

const MIN_WRAPPED_LINES = 5;
/** Lines within this many columns of the width count as "full". */
const NEAR_WIDTH = 8;
/** At most this share of long lines may overshoot the width (unbreakable URLs, pre-formatted text). */
const MAX_OVERSHOOT = 0.05;
/** In wrapped text most lines close to the width go on on the next line. */
const MIN_CONTINUED_SHARE = 0.35;
const MIN_WIDTH = 30;
const MAX_WIDTH = 200;

/** Is the UTF-16 code unit an East Asian wide character (all of them lie in the BMP): U+1100–115F, U+2E80–A4CF, U+AC00–D7A3, U+F900–FAFF, U+FE30–FE4F, U+FF00–FF60, U+FFE0–FFE6? */
const wideUnit = (c: number): boolean =>
  c >= 0x1100 &&
  (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6));

/** Columns a text takes in a terminal: East Asian wide characters count twice. */
export function displayWidth(s: string): number {
  return BEYOND_NARROW.test(s) ? widthOf(s, 0, s.length) : s.length;
}

/** displayWidth of s.slice(from, to), without cutting it out. */
function widthOf(s: string, from: number, to: number): number {
  // One column per code point (a surrogate pair is one), plus one more for each WIDE character.
  let w = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if (wideUnit(c)) w++;
    w++;
  }
  return w;
}

/** Index just past the last unit of s that is not white space (s.trimEnd().length). */
function trimmedEnd(s: string): number {
  let end = s.length;
  while (end > 0 && spaceUnit(s.charCodeAt(end - 1))) end--;
  return end;
}

/** A unit at or above U+1100: below it every unit is one column (no surrogate, no wide character). */
const BEYOND_NARROW = /[^\u0000-\u10ff]/;

/** displayWidth(s.trimEnd()), without the trimmed copy (and for most lines without a loop: their width is their length). */
function trimmedWidth(s: string): number {
  const end = trimmedEnd(s);
  return BEYOND_NARROW.test(s) ? widthOf(s, 0, end) : end;
}

/** The wrap width, or null when lines are whole paragraphs. */
export function detectWrapWidth(lines: string[]): number | null {
  const all = lines.map(trimmedWidth);
  const widths = all.filter((n) => n >= MIN_WIDTH);
  if (widths.length < MIN_WRAPPED_LINES) return null;
  // Per width up to just past MAX_WIDTH: how many lines have it, and how many of those go on on the next line.
  const top = MAX_WIDTH + 2;
  const lineCount = new Array<number>(top + 1).fill(0);
  const goesOn = new Array<number>(top + 1).fill(0);
  all.forEach((x, i) => {
    if (x > top) return;
    lineCount[x]++;
    if (i + 1 < all.length && all[i + 1] > 0) goesOn[x]++;
  });
  // atMost[k]: lines of MIN_WIDTH..k columns (the candidate widths), for the overshoot count.
  const atMost = new Array<number>(top + 1).fill(0);
  for (let k = MIN_WIDTH; k <= top; k++) atMost[k] = atMost[k - 1] + lineCount[k];
  const sum = (a: number[], from: number, to: number) => {
    let s = 0;
    for (let k = Math.max(0, from); k <= to; k++) s += a[k];
    return s;
  };
  // The column count that most lines come close to come close to — lines that go on on the next line, as
  // a wrapped paragraph does (a whole paragraph on one line is followed by a blank) — with hardly any
  // line beyond it.
  let best: number | null = null;
  let bestNear = 0;
  for (let w = MAX_WIDTH; w >= MIN_WIDTH * 2; w--) {
    if (!lineCount[w]) continue;
    // Going narrower only adds overshooting lines: past the limit there is no wider wrap width.
    if (widths.length - atMost[w + 2] > widths.length * MAX_OVERSHOOT) break;
    const near = sum(lineCount, w - NEAR_WIDTH, w);
    const continued = sum(goesOn, w - NEAR_WIDTH, w);
    if (near >= MIN_WRAPPED_LINES && continued >= near * MIN_CONTINUED_SHARE && near > bestNear) {
      best = w;
      bestNear = near;
    }
  }
  return best;
}

/**
 * Was `next` the continuation of `prev` in a paragraph the browser wrapped at `width`? It was when
 * the next line's first word would not have fitted on the previous line.
 */
export function continuesWrappedLine(prev: string, next: string, width: number): boolean {
  // The first word of next: from its first unit that is not white space to the next one that is.
  let start = 0;
  while (start < next.length && spaceUnit(next.charCodeAt(start))) start++;
  if (start === next.length) return false;
  let end = start + 1;
  while (end < next.length && !spaceUnit(next.charCodeAt(end))) end++;
  // CJK text breaks between any two characters: the first character is what did not fit.
  const unitWidth = wideUnit(next.charCodeAt(start)) ? 2 : widthOf(next, start, end);
  return trimmedWidth(prev) + 1 + unitWidth > width;
}
