// A name that spells a domain the page's text prints (rules/outlet/, spellsLabelOf): a text
// browser's dump has no links, so no host; the site's own domain still shows in its imprint, e-mail
// addresses or "© gazette.de". Pages made up, shaped as w3m dumps.
import { describe, expect, it } from "vitest";
import { spellsLabelOf } from "../../pipeline/extract/rules/outlet/host.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";


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
