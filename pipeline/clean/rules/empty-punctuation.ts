// Removes lines with no letters or digits left ("•", ",", "&nbsp;", "* * *" separators that are
// empty bullets): layout debris between blocks.
import type { Rule } from "../../rules.ts";

export const emptyPunctuation: Rule = {
  id: "empty-punctuation",
  description: "Removes lines made only of punctuation, bullets or non-breaking-space entities.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy || !line.text.trim()) return;
      const t = line.text.includes("&") ? line.text.replace(/&nbsp;/g, "") : line.text;
      if (!/[\p{L}\p{N}]/u.test(t)) ctx.remove(i, i, "no letters or digits");
    });
  },
};
