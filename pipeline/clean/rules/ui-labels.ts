// Removes short lines that are only interface labels ("print PRINT", "Share", "Tweet"): buttons
// and share bars that a text dump keeps but that are not part of the article.
import type { Rule } from "../../rules.ts";
import { UI_LABELS } from "../lexicon/ui-labels.ts";

/** Splits a line into candidate labels: "print PRINT" → ["print", "print"]; "Share | Tweet" → [...]. */
const labelsOf = (text: string): string[] => {
  const bare = text.replace(/[*_#\[\]()|•·\-–—]+/g, " ").trim().toLowerCase();
  if (UI_LABELS.has(bare)) return [bare];
  return bare.split(/\s+/).filter(Boolean);
};

export const uiLabels: Rule = {
  id: "ui-labels",
  description: "Removes short lines made only of button or share-bar labels such as 'print PRINT' or 'Share'.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy || !line.text.trim() || line.text.length > 60) return;
      const labels = labelsOf(line.text);
      if (labels.length > 0 && labels.length <= 6 && labels.every((w) => UI_LABELS.has(w)))
        ctx.remove(i, i, "interface labels only");
    });
  },
};
