// Shared by the outlet tests: a few sentences of made-up running text to put under a header, and the
// page run through the pure stages (clean, then extract).
import { clean } from "../../pipeline/clean/index.ts";
import { EXTRACT_RULES } from "../../pipeline/extract/index.ts";
import { runRules } from "../../pipeline/rules.ts";

export const sentence = (k: number) =>
  `The council met on Tuesday evening and spent ${k + 2} hours on the plan to repair the harbour wall before the winter storms arrive, the mayor said.`;
/** `n` paragraphs of running text. */
export const body = (n = 4) => Array.from({ length: n }, (_, k) => sentence(k)).join("\n\n");

/** The working document after the clean and extract rules. */
export function runPage(text: string) {
  const cleaned = clean({ id: "t", sourceFile: "t.txt", sha256: "0", encoding: "utf-8", text });
  return runRules(cleaned.doc, EXTRACT_RULES, "extract");
}
/** The outlet the pipeline names for a page. */
export const outletOf = (text: string): string | null => runPage(text).captured.outlet;
