// The wrap width of a short text-browser dump. detectWrapWidth (../text/wrap.ts) wants five or more
// lines near the width before it calls a text hard-wrapped; a page whose article is one or two
// paragraphs under a long menu has fewer, so its paragraphs stayed cut into one block per line, each
// too short to read as prose, and the article-region rule passed the article over. Here two lines
// suffice, when they are plainly a paragraph broken at the width: both within a few columns of the
// widest line of the text, both followed by a line that goes on in letters (not a list mark, a table
// row or a blank line, as after Markdown paragraphs and list items) and ends the paragraph or is broken
// at the width too, and no line wider than that width but one (a Markdown rendering has its paragraphs
// on single lines, mostly far wider).
import { displayWidth } from "../text/wrap.ts";

/** The widest line must be at least this wide: narrower texts are lists and menus, whatever their shape. */
const MIN_WIDTH = 60;
const MAX_WIDTH = 200;
/** A line within this many columns of the width counts as broken at it. */
const NEAR_WIDTH = 8;
/** Lines broken at the width that go on on the next line: at least this many. */
const MIN_BROKEN = 2;
/** Lines wider than the width (an unbreakable address): at most this many. */
const MAX_WIDER = 1;
/** A line of a wrapped paragraph is at most this much shorter than the width (a long word went on the next line). */
const MAX_WORD = 25;
/** The next line goes on in running text: it opens with a letter or a digit (after indentation). */
const GOES_ON = /^\s*[\p{L}\p{N}]/u;

/** The wrap width of a dump too short for detectWrapWidth, or null. */
export function shortDumpWidth(lines: readonly string[]): number | null {
  const widths = lines.map((l) => displayWidth(l.trimEnd()));
  const sorted = widths.filter((w) => w >= MIN_WIDTH).sort((a, b) => b - a);
  // Candidate widths from the widest line down, allowing MAX_WIDER lines beyond the width.
  for (let k = 0; k <= MAX_WIDER && k < sorted.length; k++) {
    const width = sorted[k];
    if (width > MAX_WIDTH) continue;
    let broken = 0;
    const blankAfter = (j: number) => j + 1 >= lines.length || !lines[j + 1].trim();
    widths.forEach((w, i) => {
      if (w > width || w < width - NEAR_WIDTH || i + 1 >= lines.length || !GOES_ON.test(lines[i + 1])) return;
      // The paragraph goes on in full lines to its last, which a blank line (or the end) follows: in a
      // text with no blank lines between its paragraphs a short line is followed by more text.
      let j = i + 1;
      while (!blankAfter(j) && widths[j] >= width - MAX_WORD) j++;
      if (blankAfter(j)) broken++;
    });
    if (broken >= MIN_BROKEN) return width;
  }
  return null;
}
