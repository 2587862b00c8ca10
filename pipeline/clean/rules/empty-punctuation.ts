// Removes lines with no letters or digits left ("•", ",", "&nbsp;", "* * *" separators that are
// empty bullets): layout debris between blocks.
import type { Rule } from "../../rules.ts";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Does the text hold a letter or digit? An ASCII one, found by a plain scan, settles most lines. */
function hasLetterOrDigit(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return LETTER_OR_DIGIT.test(t);
}

export const emptyPunctuation: Rule = {
  id: "empty-punctuation",
  description: "Removes lines made only of punctuation, bullets or non-breaking-space entities.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy || !line.text.trim()) return;
      const t = line.text.includes("&") ? line.text.replace(/&nbsp;/g, "") : line.text;
      if (!hasLetterOrDigit(t)) ctx.remove(i, i, "no letters or digits");
    });
  },
};
