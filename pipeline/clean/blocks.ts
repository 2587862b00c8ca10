// Blocks for the article-region rule. A block is what a reader sees as one unit: in Markdown
// renderings one line (a paragraph, a list item, a heading); in hard-wrapped text-browser dumps the run
// of lines that the browser broke at its width, re-joined. Their signals are in block-features.ts, the
// model that scores them in block-scoring.ts.
import { isBlank, joinLines, type WorkingDoc } from "../document.ts";
import { stripInlineMarkdown } from "../text/markdown.ts";
import { collapseWhitespace } from "../text/normalize.ts";
import { continuesWrappedLine } from "../text/wrap.ts";

export interface Block {
  /** Indices into doc.lines, in order. */
  lines: number[];
  /** The block's raw text (Markdown kept), lines joined by a space. */
  raw: string;
  /** What a reader sees: inline Markdown removed, white space collapsed. */
  text: string;
}

/** Splits the live lines into blocks: removed and blank lines end a block; wrapped lines re-join. */
export function buildBlocks(doc: WorkingDoc): Block[] {
  const out: Block[] = [];
  let cur: number[] = [];
  const flush = () => {
    if (!cur.length) return;
    const raw = joinLines(doc, cur);
    const text = collapseWhitespace(stripInlineMarkdown(raw));
    // A line with nothing a reader sees (an image, an empty link) is not a block: it would only skew
    // its neighbours' signals. The article-region rule removes such lines with the region's edges.
    if (text) out.push({ lines: cur, raw, text });
    cur = [];
  };
  doc.lines.forEach((l, i) => {
    if (l.removedBy || isBlank(l.text)) return flush();
    if (cur.length) {
      const joined = doc.wrapWidth !== null && cur[cur.length - 1] === i - 1 && continuesWrappedLine(doc.lines[i - 1].raw, l.raw, doc.wrapWidth);
      if (!joined) flush();
    }
    cur.push(i);
  });
  flush();
  return out;
}
