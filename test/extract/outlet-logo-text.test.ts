// A logo's alt text printed as text (logo-alt-name in rules/outlet/): a text browser shows the header's
// logo as a line "Gazette logo" and Markdown keeps an unlinked logo as "![Logo Gazette](src)". The
// pages are made up, shaped as such dumps lay out a small site's page.
import { describe, expect, it } from "vitest";
import { logoAltName, withoutLogoWord } from "../../pipeline/extract/rules/outlet/logo.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";


describe("logo alt text as an outlet signal", () => {
  it("reads the name beside the logo word, at either end, in several scripts", () => {
    expect(logoAltName("Küstenbote logo")).toBe("Küstenbote");
    expect(logoAltName("Logo des Küstenboten")).toBe("Küstenboten");
    expect(logoAltName("Логотип Вечерний Город")).toBe("Вечерний Город");
    expect(logoAltName("海风日报 标志")).toBe("海风日报");
  });

  it("takes no network's logo, no file name and no logo word inside a sentence", () => {
    expect(logoAltName("Instagram-Logo")).toBeNull();
    expect(logoAltName("WordPress.com-Logo")).toBeNull();
    expect(logoAltName("header_logo_final")).toBeNull();
    expect(logoAltName("Wo gehört das Logo hin?")).toBeNull();
    expect(logoAltName("Logo")).toBeNull();
  });

  it("names the outlet from a header logo line (text-browser dump, Markdown image)", () => {
    const page = `Zum Inhalt springen\n\nKüstenbote logo\n\n  • Start\n  • Lokales\n\nHarbour wall to be repaired before winter\n\n${body()}\n\nImpressum Datenschutz\n`;
    expect(outletOf(page)).toBe("Küstenbote");
    const md = `![Logo Вечерний Город](/img/logo.png)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n`;
    expect(outletOf(md)).toBe("Вечерний Город");
  });

  it("takes no logo line from below the header (a partner's logo in the footer)", () => {
    const page = `# Harbour wall to be repaired before winter\n\n${body()}\n\nGefördert von\n\nStiftung Hafenwacht Logo\n`;
    expect(outletOf(page)).toBeNull();
  });

  it(`leaves a possessive with the logo word ("Gazette's Logo" → "Gazette"), not a name's own ending`, () => {
    expect(withoutLogoWord("harbourtown’s Logo")).toBe("harbourtown");
    expect(withoutLogoWord("Gazette's logo")).toBe("Gazette");
    expect(withoutLogoWord("Tom's Harbour")).toBe("Tom's Harbour");
  });
  it("reads a logo linked home whose picture is inline data thousands of characters long", () => {
    const data = `data:image/png;base64,${"iVBORw0KGgoAAAANSUhEUgAA".repeat(120)}`;
    const page = `[![Hafenblick.test Logo](${data})](/ "Home")\n\n[News](/news/) [Tests](/tests/)\n\n# Neue Fähre für die Insel\n\n${body()}\n\n[Impressum](/impressum) [Kontakt](/kontakt)\n`;
    expect(outletOf(page)).toBe("Hafenblick.test");
  });
  it("drops a home link's lead with its home word around the name", () => {
    expect(withoutLogoWord("zur Hafenblick.test-Startseite")).toBe("Hafenblick.test");
    expect(withoutLogoWord("to the Harbour Times homepage")).toBe("Harbour Times");
    expect(withoutLogoWord("zur Startseite")).toBe("");
    expect(withoutLogoWord("To Kill a Mockingbird")).toBe("To Kill a Mockingbird");
  });
});
