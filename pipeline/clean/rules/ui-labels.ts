// Removes short lines that are only interface labels ("print PRINT", "Share", "Tweet"): buttons
// and share bars that a text dump keeps but that are not part of the article.
import type { Rule } from "../../rules.ts";
import { UI_LABELS } from "../lexicon/ui-labels.ts";
import { spaceUnit } from "../../text/normalize.ts";

/** Splits a line into candidate labels: "print PRINT" → ["print", "print"]; "Share | Tweet" → [...]; "【打印本页】" → ["打印本页"]. */
export const labelsOf = (text: string): string[] => {
  const bare = text.replace(/[*_#\[\]()|•·\-–—【】〖〗［］]+/g, " ").trim().toLowerCase();
  if (UI_LABELS.has(bare)) return [bare];
  return bare.split(/\s+/).filter(Boolean);
};

/** Code units that occur in some label. */
const IN_LABELS = new Uint8Array(0x10000);
for (const label of UI_LABELS) for (let k = 0; k < label.length; k++) IN_LABELS[label.charCodeAt(k)] = 1;
/** The separators labelsOf turns into spaces. */
const SEPARATORS = "*_#[]()|•·-–—【】〖〗［］";
/** Per code unit: 1 when it may stand in a line of labels, 2 when it cannot; 0 not yet looked up. */
const allowed = new Uint8Array(0x10000);

function mayStandInLabels(c: number): boolean {
  let a = allowed[c];
  if (a === 0) {
    const lower = String.fromCharCode(c).toLowerCase();
    // A final sigma lower-cases by context and a surrogate is half a character: they may stand.
    const unknown = lower.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff);
    const ok = unknown || spaceUnit(c) || SEPARATORS.includes(String.fromCharCode(c)) || IN_LABELS[lower.charCodeAt(0)] === 1;
    a = allowed[c] = ok ? 1 : 2;
  }
  return a === 1;
}

/**
 * Could the line be labels only? Each of its characters, lower-cased, must occur in some label,
 * unless labelsOf turns it into white space: a cheap test that rules out most lines (digits,
 * punctuation, letters no label has) before labelsOf builds its strings.
 */
export function mayBeLabels(text: string): boolean {
  for (let k = 0; k < text.length; k++) if (!mayStandInLabels(text.charCodeAt(k))) return false;
  return true;
}

export const uiLabels: Rule = {
  id: "ui-labels",
  description: "Removes short lines made only of button or share-bar labels such as 'print PRINT' or 'Share'.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy || line.text.length > 60 || !mayBeLabels(line.text) || !line.text.trim()) return;
      const labels = labelsOf(line.text);
      if (labels.length > 0 && labels.length <= 6 && labels.every((w) => UI_LABELS.has(w)))
        ctx.remove(i, i, "interface labels only");
    });
  },
};
