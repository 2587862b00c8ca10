// Moves the trailing list of short bullet items after the article ("• Ukraine • COVID-19 • Trending
// Japan") to `tags` and removes it: topic links of the site, not article text.
import type { Rule } from "../../rules.ts";
import { bulletItem, lastProseIndex } from "../../document.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";

const MAX_TAG_WORDS = 4;
const MIN_TAGS = 2;

export const tagList: Rule = {
  id: "tag-list",
  description: "Moves a trailing block of short bullet items after the last paragraph to tags.",
  apply(ctx) {
    const { lines } = ctx.doc;
    const last = lastProseIndex(ctx.doc);
    if (last < 0) return;
    const items: { i: number; tag: string }[] = [];
    for (let j = last + 1; j < lines.length; j++) {
      const l = lines[j];
      if (l.removedBy || !l.text.trim()) continue;
      const item = bulletItem(l.text);
      const tag = item === null ? null : stripInlineMarkdown(item).trim();
      if (!tag || tag.split(/\s+/).length > MAX_TAG_WORDS || /[.!?,;:]$/.test(tag)) return; // not a pure tag block
      items.push({ i: j, tag });
    }
    if (items.length < MIN_TAGS) return;
    for (const { i, tag } of items) ctx.capture("tags", tag, "short bullet item after the article", [i]);
    ctx.remove(items[0].i, items[items.length - 1].i, `tag list of ${items.length} items`, "metadata");
  },
};
