// Finds a print-source credit such as ", Yomiuri , p. 7" (paper name and page, as in translated or
// syndicated articles): the paper becomes the `outlet` and the line is removed from the body.
import type { Rule } from "../../rules.ts";
import { bulletItem } from "../../document.ts";
import { spaceUnit } from "../../text/normalize.ts";

const SOURCE_PAGE = /^[\s,]*([\p{Lu}][\p{L}&.' -]{1,40}?)\s*,\s*(?:p|pp|page|s|pg)\.?\s*\d{1,3}\s*$/u;

/** Is the last character that is not white space an ASCII digit? */
function endsInDigit(t: string): boolean {
  let k = t.length - 1;
  while (k >= 0 && spaceUnit(t.charCodeAt(k))) k--;
  const c = t.charCodeAt(k);
  return c >= 48 && c <= 57;
}

export const printSource: Rule = {
  id: "print-source",
  description: "Captures the newspaper named in a 'Paper, p. 7' credit as the outlet and removes the line.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      // The credit ends in the page number: a line that does not end in a digit is ruled out at once.
      if (line.removedBy || !endsInDigit(line.text)) return;
      const item = bulletItem(line.text) ?? line.text.trim();
      const m = SOURCE_PAGE.exec(item);
      if (!m) return;
      if (ctx.doc.captured.outlet === null) ctx.capture("outlet", m[1].trim(), "newspaper named with a page number", [i]);
      ctx.remove(i, i, "print-source credit", "metadata");
    });
  },
};
