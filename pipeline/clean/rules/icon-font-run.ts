// Removes runs of icon-font labels ("icon bookmark-bicon bookmarkicon camera..."): when a page is saved
// as text, the names of its icon glyphs come out as one long line of glued words that no reader sees.
import type { Rule } from "../../rules.ts";
import { countSpaced } from "../../text/normalize.ts";

const ICON = /icon/gi;
/** Fewest "icon" tokens on a line of glyph names. */
const MIN_ICONS = 5;

export const iconFontRun: Rule = {
  id: "icon-font-run",
  description: "Removes lines made of icon-font glyph names (many 'icon' tokens, no sentences).",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy) return;
      const t = line.text;
      const icons = t.match(ICON)?.length ?? 0;
      // (most lines have none: their words are not counted)
      if (icons < MIN_ICONS) return;
      // Many icon tokens, dense relative to the words, and no sentence punctuation.
      if (icons * 3 >= countSpaced(t) && !/[.!?]\s/.test(t)) ctx.remove(i, i, `${icons} icon-font labels on one line`);
    });
  },
};
