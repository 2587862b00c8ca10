// Name lines further down a page's header (rules/outlet/, "name line in the header"): a text
// browser's header runs long (menus, log-in bars, weather), so the site's name can stand past the first
// few lines. Such a line is a candidate that only the footer's copyright notice, or the page's text
// printing it twice, can back; a section's word never is. Pages made up, shaped as w3m dumps.
import { describe, expect, it } from "vitest";
import { sectionShaped } from "../../pipeline/extract/rules/outlet/names.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

/** A long text-browser header: weather, log-in, menus, a date, then `name`, then the headline. */
const header = (name: string) =>
  ["Wetter 12°", "Anmelden", "Abo", "E-Paper", "Schlagzeilen", "Jobs", "Immobilien", "Trauer", "", "  • Start", "  • Lokales", "  • Sport", "", name, ""].join("\n\n");

describe("name lines further down the header", () => {
  it("takes one that the footer's copyright notice opens with", () => {
    const page = `${header("HafenKurier")}\n\nHarbour wall to be repaired before winter\n\n${body()}\n\n© Copyright 2021 HafenKurier Impressum Datenschutz\n`;
    expect(outletOf(page)).toBe("HafenKurier");
  });

  it("takes one that the page's text names twice", () => {
    const page = `${header("Harbour Voice")}\n\nHarbour wall to be repaired before winter\n\nBy Harbour Voice Staff\n\n${body()}\n\nGet the best of Harbour Voice in your inbox every week.\n`;
    expect(outletOf(page)).toBe("Harbour Voice");
  });

  it("takes no section word, even when the text names it twice", () => {
    const page = `${header("Wirtschaft")}\n\nHarbour wall to be repaired before winter\n\nMehr aus Wirtschaft und Politik\n\n${body()}\n\nAlle Artikel zu Wirtschaft finden Sie hier.\n`;
    expect(outletOf(page)).toBeNull();
  });

  it("tells a section's word from a name by its shape", () => {
    for (const word of ["Monde", "Wissen", "Finance", "Corona-Pandemie", "体育"]) expect(sectionShaped(word)).toBe(true);
    for (const name of ["PhillyVoice", "Refinery29", "wmn", "GITARRE", "Los Andes"]) expect(sectionShaped(name)).toBe(false);
  });
});

describe("a name printed twice at the top and again in the footer", () => {
  it("is a masthead (a logo's alt text and the name beside it, the footer repeating it)", () => {
    const page = `Lima 21 °C nublado\n\nMAREA DEL SUR\n\nMAREA DEL SUR\n\nSuscríbase\n\nHarbour wall to be repaired before winter\n\n${body()}\n\nMAREA DEL SUR\n`;
    expect(outletOf(page)).toBe("MAREA DEL SUR");
  });

  it("is no masthead when it reads as a menu's or a section's word", () => {
    const page = `Anmelden\n\nAnmelden\n\nHarbour wall to be repaired before winter\n\n${body()}\n\nJetzt Anmelden und weiterlesen\n`;
    expect(outletOf(page)).toBeNull();
  });
});
