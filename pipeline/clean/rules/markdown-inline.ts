// Rewrites inline Markdown to plain text — "[text](url)" to "text", "**bold**" to "bold", escapes
// and heading marks dropped — so the body holds what a reader sees. Runs after rules that need links.
import type { Rule } from "../../rules.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";

export const markdownInline: Rule = {
  id: "markdown-inline",
  description: "Turns Markdown links, emphasis and escapes into their plain text.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy) return;
      const stripped = stripInlineMarkdown(line.text);
      // Collapse runs of spaces and tabs (most lines have none).
      const plain = (/\t| {2}/.test(stripped) ? stripped.replace(/[ \t]+/g, " ") : stripped).trim();
      if (plain !== line.text.trim()) ctx.rewrite(i, plain, "inline Markdown to plain text");
    });
  },
};
