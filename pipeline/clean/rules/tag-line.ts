// Moves a labelled line of topic tags ("Tags: Verkehr, Bus, Stadtrat", "Temas: vivienda, alquiler",
// "Теги: транспорт, электробусы", "标签：交通 公交") to `tags` and removes it: the site's topic links,
// not article text. The unlabelled bullet form is tag-list's. Runs before related-links, which would
// otherwise take the line under a "More on this" lead for a headline.
import type { Rule } from "../../rules.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";
import { TAG_LABELS } from "../lexicon/tag-labels.ts";

const LABELS = new Set(TAG_LABELS);
/** "Label: items" — the label is at most four words, the colon ASCII or full-width. */
const LABELLED = /^\s*(?:[-*•]\s*)?([^:：]{1,40}?)\s*[:：]\s*(.+)$/u;
/** What separates tags: commas (also the ideographic and Arabic ones), semicolons, bars, bullets, slashes. */
const SEPARATOR = /\s*[,，、،;；|•·/]\s*|\s+#/u;
const MAX_TAG_WORDS = 4;
const MAX_LINE = 240;

/** Labels that name tags and nothing else: a single item after them is a tag too. */
const TAG_ONLY = new Set(["tag", "tags", "tagged", "tagi", "taggar", "теги", "etiketler", "標籤", "标签", "タグ", "태그"]);
/** A space-separated list of hashtags, or of CJK words, has no other separator. */
const SPACE_LIST = /^#|^[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}\s]+$/u;

/** The tags of a labelled tag line, or null when the line is not one. */
export function tagLineItems(text: string): string[] | null {
  if (text.length > MAX_LINE) return null;
  const m = LABELLED.exec(stripInlineMarkdown(text));
  const label = m?.[1].toLowerCase();
  if (!m || !label || !LABELS.has(label)) return null;
  const list = m[2].trim();
  const parts = SEPARATOR.test(list) ? list.split(SEPARATOR) : SPACE_LIST.test(list) ? list.split(/\s+/) : [list];
  const items = parts.map((t) => t.replace(/^#/, "").trim()).filter(Boolean);
  if (!items.length || (items.length < 2 && !TAG_ONLY.has(label))) return null;
  if (items.some((t) => t.split(/\s+/).length > MAX_TAG_WORDS || /[.!?]$/.test(t))) return null;
  return items;
}

/** Items of a line that continues a wrapped tag line ("Tags: a, b," / "c, d"), or null. */
function continuationItems(text: string): string[] | null {
  const items = stripInlineMarkdown(text).split(SEPARATOR).map((t) => t.trim()).filter(Boolean);
  return items.length && items.every((t) => t.split(/\s+/).length <= MAX_TAG_WORDS && !/[.!?:]$/.test(t)) ? items : null;
}

export const tagLine: Rule = {
  id: "tag-line",
  description: "Moves a labelled line of topic tags ('Tags: a, b, c' in ~30 languages) to tags.",
  apply(ctx) {
    const { lines } = ctx.doc;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      if (l.removedBy || (!l.text.includes(":") && !l.text.includes("："))) continue;
      const items = tagLineItems(l.text);
      if (!items) continue;
      const found = items.map((tag) => ({ tag, at: i }));
      // A text browser wraps a long tag line: a line ending in a comma goes on with the next one.
      let end = i;
      while (/[,，、،]\s*$/.test(lines[end].text) && end + 1 < lines.length && !lines[end + 1].removedBy) {
        const more = continuationItems(lines[end + 1].text);
        if (!more) break;
        end++;
        for (const tag of more) found.push({ tag, at: end });
      }
      for (const { tag, at } of found) ctx.capture("tags", tag, "item of a labelled tag line", [at]);
      ctx.remove(i, end, `tag line of ${found.length} item${found.length === 1 ? "" : "s"}`, "metadata");
      i = end;
    }
  },
};
