// Re-joins a paragraph that the page split mid-sentence ("...would announce" / "new sanctions on..."):
// the first part does not end a sentence and the next starts in lower case, so they are one paragraph.
// Where the article region starts at the second part, the region moves up to the first: its opening
// half is the article's too (else it stays in the header zone, is glued to the second and both go).
import type { Rule } from "../../rules.ts";
import { paragraphs } from "../../document.ts";
import { endsSentence } from "../../text/normalize.ts";

export const splitParagraphs: Rule = {
  id: "split-paragraphs",
  description: "Joins two paragraphs when the first stops mid-sentence and the second starts in lower case.",
  apply(ctx) {
    const paras = paragraphs(ctx.doc);
    for (let p = paras.length - 2; p >= 0; p--) {
      const a = paras[p];
      const b = paras[p + 1];
      // Cheapest test first: most paragraphs do not start in lower case.
      if (!/^\p{Ll}/u.test(b.text.trim())) continue;
      const words = a.text.split(/\s+/).length;
      if (words < 5 || endsSentence(a.text) || /[:;]$/.test(a.text.trim())) continue;
      // Move b's first line onto a's last line; the blank between them no longer separates anything.
      const lastA = a.lines[a.lines.length - 1];
      const firstB = b.lines[0];
      ctx.rewrite(lastA, `${ctx.doc.lines[lastA].text.trimEnd()} ${ctx.doc.lines[firstB].text.trim()}`, "paragraph split mid-sentence re-joined");
      ctx.remove(firstB, firstB, "joined onto the previous paragraph");
      ctx.doc.log[ctx.doc.log.length - 1].action = "joined";
      const region = ctx.doc.article;
      if (region && lastA < region.start && firstB >= region.start) {
        region.start = a.lines[0];
        ctx.decide(null, `article region now starts at line ${a.lines[0] + 1}: its first paragraph was split mid-sentence above the region`);
      }
    }
  },
};
