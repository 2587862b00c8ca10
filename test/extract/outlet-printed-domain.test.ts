// A name that spells a domain the page's text prints (rules/outlet.ts, spellsLabelOf): a text
// browser's dump has no links, so no host; the site's own domain still shows in its imprint, e-mail
// addresses or "© gazette.de". Pages made up, shaped as w3m dumps.
import { describe, expect, it } from "vitest";
import { clean } from "../../pipeline/clean/index.ts";
import { EXTRACT_RULES } from "../../pipeline/extract/index.ts";
import { spellsLabelOf } from "../../pipeline/extract/rules/outlet.ts";
import { runRules } from "../../pipeline/rules.ts";

const sentence = (k: number) =>
  `The council met on Tuesday evening and spent ${k + 2} hours on the plan to repair the harbour wall before the winter storms arrive, the mayor said.`;
const body = (n = 4) => Array.from({ length: n }, (_, k) => sentence(k)).join("\n\n");
function outletOf(text: string): string | null {
  const cleaned = clean({ id: "t", sourceFile: "t.txt", sha256: "0", encoding: "utf-8", text });
  return runRules(cleaned.doc, EXTRACT_RULES, "extract").captured.outlet;
}

describe("a name that spells a domain the text prints", () => {
  it("matches the domain's label whole, with an article before it, or the domain itself", () => {
    expect(spellsLabelOf("Le Phare Bleu", "phare-bleu.fr")).toBe(true);
    expect(spellsLabelOf("Hafen Echo", "www.hafenecho.de")).toBe(true);
    expect(spellsLabelOf("hafenecho.de", "hafenecho.de")).toBe(true);
    expect(spellsLabelOf("Radio", "radio-nordwest.de")).toBe(false);
    expect(spellsLabelOf("Hafen", "hafenecho.de")).toBe(false);
  });

  it("backs a masthead line with the domain of the imprint's e-mail address", () => {
    const page = `Hafen Echo\n\nHarbour wall to be repaired before winter\n\n${body()}\n\nKontakt: redaktion@hafenecho.de\n`;
    expect(outletOf(page)).toBe("Hafen Echo");
  });

  it("takes no photographer's credit that spells a domain", () => {
    const page = `Harbour wall to be repaired before winter\n\n${body(45)}\n\n© Lichtbild.de\n\n${body(45)}\n`;
    expect(outletOf(page)).toBeNull();
  });
});
