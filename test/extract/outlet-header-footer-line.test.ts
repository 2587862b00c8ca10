// A publication's name printed alone on two lines outside the article, above it and after it or twice
// in a long header (header-footer-line.ts): a text browser prints a site's logo as its alt text at both ends of a long
// page. Made-up names and pages.
import { describe, expect, it } from "vitest";
import { outletCandidates } from "../../pipeline/extract/rules/outlet/candidates.ts";
import { HEADER_FOOTER_PUBLICATION } from "../../pipeline/extract/rules/outlet/signals.ts";
import { body, outletOf, runPage } from "../helpers/outlet-page.ts";

/** A long menu of bulleted items, as a text browser prints a site's navigation. */
const menu = (k: number) => Array.from({ length: k }, (_, i) => `  • Rubrik ${i + 1}`).join("\n");
const signalsOf = (page: string, name: string) => outletCandidates(runPage(page)).find((c) => c.name === name)?.signals ?? [];
const page = (top: string, bottom: string) =>
  `Zum Inhalt springen\n\n${menu(60)}\n\n${top}\n\nHafenmauer soll vor dem Winter repariert werden\n\n${body(12)}\n\n${menu(30)}\n\n${bottom}\n\n  • Impressum\n  • Datenschutz\n`;

describe("a publication's name alone above the headline and after the article", () => {
  it("names the site when the name holds a newspaper's noun", () => {
    const p = page("Nordfriesische Rundschau", "Nordfriesische Rundschau");
    expect(signalsOf(p, "Nordfriesische Rundschau")).toContain(HEADER_FOOTER_PUBLICATION);
    expect(outletOf(p)).toBe("Nordfriesische Rundschau");
  });

  it("reads a logo's alt text printed twice in a row as one name", () => {
    const p = page("Küstenbote Tageszeitung Küstenbote Tageszeitung", "Küstenbote Tageszeitung");
    expect(signalsOf(p, "Küstenbote Tageszeitung")).toContain(HEADER_FOOTER_PUBLICATION);
  });

  it("does not take a button printed at both ends, with no newspaper's noun", () => {
    const p = page("Jetzt Mitglied werden", "Jetzt Mitglied werden");
    expect(signalsOf(p, "Jetzt Mitglied werden")).not.toContain(HEADER_FOOTER_PUBLICATION);
    expect(outletOf(p)).toBeNull();
  });

  it("does not take a bulleted menu item printed at both ends", () => {
    const p = page("  • Lokale Nachrichten Hafenstadt", "  • Lokale Nachrichten Hafenstadt");
    expect(signalsOf(p, "Lokale Nachrichten Hafenstadt")).not.toContain(HEADER_FOOTER_PUBLICATION);
  });

  it("names the site printed alone twice in a long header (a logo and a sticky header's copy)", () => {
    const p = `Zum Inhalt springen\n\n${menu(30)}\n\nNordfriesische Rundschau\n\n${menu(30)}\n\nNordfriesische Rundschau\n\nHafenmauer soll vor dem Winter repariert werden\n\n${body(12)}\n`;
    expect(outletOf(p)).toBe("Nordfriesische Rundschau");
  });

  it("does not take a menu's item, bulleted elsewhere on the page", () => {
    const p = page("Presse und Medien", "Presse und Medien") + "\n  • Presse und Medien\n";
    expect(signalsOf(p, "Presse und Medien")).not.toContain(HEADER_FOOTER_PUBLICATION);
  });

  it("does not take a line the site speaks of itself in as the name", () => {
    const p = page("Acerca de El Diario del Puerto", "Acerca de El Diario del Puerto");
    expect(signalsOf(p, "Acerca de El Diario del Puerto")).not.toContain(HEADER_FOOTER_PUBLICATION);
  });

  it("does not take a name printed once", () => {
    const p = page("Nordfriesische Rundschau", "Ein Angebot des Hauses");
    expect(signalsOf(p, "Nordfriesische Rundschau")).not.toContain(HEADER_FOOTER_PUBLICATION);
  });
  it("keeps a menu's word closing the name when it is the paper's noun", () => {
    const p = page("The Fenland News", "The Fenland News");
    expect(signalsOf(p, "The Fenland News")).toContain(HEADER_FOOTER_PUBLICATION);
    expect(outletOf(p)).toBe("The Fenland News");
  });

  it("does not keep a menu's words before the name, nor a slogan's clause", () => {
    const menuFirst = page("News & Stories Fenland", "News & Stories Fenland");
    expect(signalsOf(menuFirst, "News & Stories Fenland")).not.toContain(HEADER_FOOTER_PUBLICATION);
    const slogan = page("Nachrichten, die bewegen", "Nachrichten, die bewegen");
    expect(signalsOf(slogan, "Nachrichten, die bewegen")).not.toContain(HEADER_FOOTER_PUBLICATION);
  });
});
