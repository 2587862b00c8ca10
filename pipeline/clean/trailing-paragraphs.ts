// The walk the end-of-article rules share (dangling-lead-in, trailing-label): the article region's last
// paragraphs, one at a time from the end, each removed while a rule's test accepts it.
import type { RuleContext } from "../rules.ts";
import { isProse } from "../document.ts";

/**
 * Removes up to `max` of the article region's last paragraphs (a paragraph: the live lines between blank
 * or removed ones, its text their trimmed lines joined by a space) while `matches` accepts them, and
 * moves the region's end up past each. Only after the article's running text: where no prose line
 * stands before the paragraph (a page of short lines, a lead-in and its list), nothing is removed.
 */
export function removeTrailingParagraphs(ctx: RuleContext, max: number, matches: (text: string) => boolean, reason: string, as?: "metadata" | "boilerplate"): void {
  const { doc } = ctx;
  const art = doc.article;
  if (!art) return;
  const live = (i: number) => !doc.lines[i].removedBy && doc.lines[i].text.trim() !== "";
  let end = art.end;
  for (let n = 0; n < max; n++) {
    while (end >= art.start && !live(end)) end--;
    if (end < art.start) return;
    let from = end;
    while (from - 1 >= art.start && live(from - 1)) from--;
    const text = doc.lines
      .slice(from, end + 1)
      .map((l) => l.text.trim())
      .join(" ");
    if (!matches(text)) return;
    let prose = false;
    for (let i = art.start; i < from && !prose; i++) prose = live(i) && isProse(doc.lines[i].text);
    if (!prose) return;
    ctx.remove(from, end, reason, as);
    end = from - 1;
    while (end >= art.start && !live(end)) end--;
    doc.article = { start: art.start, end: Math.max(art.start, end) };
  }
}
