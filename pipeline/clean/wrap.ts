// Tells whether a text was hard-wrapped by a text browser (w3m, lynx: every long paragraph broken at
// a fixed width), and whether two consecutive lines are one paragraph that the browser broke, so that
// such lines are re-joined while list items, headings and menu lines stay apart.
const MIN_WRAPPED_LINES = 5;
/** Lines within this many columns of the width count as "full". */
const NEAR_WIDTH = 8;
/** At most this share of long lines may overshoot the width (unbreakable URLs, pre-formatted text). */
const MAX_OVERSHOOT = 0.05;
/** In wrapped text most lines close to the width go on on the next line. */
const MIN_CONTINUED_SHARE = 0.35;
const MIN_WIDTH = 30;
const MAX_WIDTH = 200;

const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Columns a text takes in a terminal: East Asian wide characters count twice. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** The wrap width, or null when lines are whole paragraphs. */
export function detectWrapWidth(lines: string[]): number | null {
  const all = lines.map((l) => displayWidth(l.trimEnd()));
  const widths = all.filter((n) => n >= MIN_WIDTH);
  if (widths.length < MIN_WRAPPED_LINES) return null;
  const counts = new Map<number, number>();
  for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
  // The column count that most lines come close to come close to — lines that go on on the next line, as
  // a wrapped paragraph does (a whole paragraph on one line is followed by a blank) — with hardly any
  // line beyond it.
  let best: number | null = null;
  let bestNear = 0;
  for (let w = MAX_WIDTH; w >= MIN_WIDTH * 2; w--) {
    if (!counts.has(w)) continue;
    // Going narrower only adds overshooting lines: past the limit there is no wider wrap width.
    if (widths.filter((x) => x > w + 2).length > widths.length * MAX_OVERSHOOT) break;
    let near = 0;
    let continued = 0;
    all.forEach((x, i) => {
      if (x < w - NEAR_WIDTH || x > w) return;
      near++;
      if (i + 1 < all.length && all[i + 1] > 0) continued++;
    });
    if (near >= MIN_WRAPPED_LINES && continued >= near * MIN_CONTINUED_SHARE && near > bestNear) {
      best = w;
      bestNear = near;
    }
  }
  return best;
}

const firstWord = (s: string): string => /^\S*/u.exec(s.trim())![0];

/**
 * Was `next` the continuation of `prev` in a paragraph the browser wrapped at `width`? It was when
 * the next line's first word would not have fitted on the previous line.
 */
export function continuesWrappedLine(prev: string, next: string, width: number): boolean {
  const word = firstWord(next);
  if (!word) return false;
  // CJK text breaks between any two characters: the first character is what did not fit.
  const unit = WIDE.test(word[0]) ? word[0] : word;
  return displayWidth(prev.trimEnd()) + 1 + displayWidth(unit) > width;
}
