// The site's name in full (fuller-name.ts): a logo or a notice prints a short form, the host or the
// masthead line the whole name. Made-up names and pages.
import { describe, expect, it } from "vitest";
import { expands, extendsName, kindPrefixed, selfForm } from "../../pipeline/extract/rules/outlet/fuller-name.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("the site's name in full", () => {
  it("reads a longer form as the same name with one to three words more", () => {
    expect(extendsName("KORALLE", "KORALLE HOME")).toBe(true);
    expect(extendsName("Koralle", "Koralle Magazin")).toBe(true);
    expect(extendsName("Koralle", "Korallenriff")).toBe(false);
    expect(extendsName("Koralle", "Koralle one two three four")).toBe(false);
  });

  it("takes the form that spells the host's label whole over the logo's short one", () => {
    const page = `[![KORALLE](https://koralle-home.test/logo.png)](https://koralle-home.test/)\n\n# Vier Farben für den Herbst\n\n${body()}\n\nKORALLE HOME erscheint monatlich.\n\n[Impressum](https://koralle-home.test/impressum) [Kontakt](https://koralle-home.test/kontakt)\n\n© 2023 KORALLE\n`;
    expect(outletOf(page)).toBe("KORALLE HOME");
  });

  it("takes the masthead line's full name over a shorter line further down (a text dump, no host)", () => {
    const menu = ["Skip Navigation", "People", "Places", "Things", "Events", "Search", "Subscribe", "Sign in"].join("\n\n");
    const page = `LUMEN Magazine\n\n${menu}\n\nLUMEN\n\n# An interview with a painter who works at night\n\n${body()}\n\nMore interviews from LUMEN every week.\n\nLUMEN is read in forty countries.\n`;
    expect(outletOf(page)).toBe("LUMEN Magazine");
  });

  it("keeps the name when the masthead runs on into a tagline in capitals", () => {
    const menu = ["Skip Navigation", "People", "Places", "Things", "Events", "Search", "Subscribe", "Sign in"].join("\n\n");
    const page = `LumenBlog ON MATTERS OF LAW\n\n${menu}\n\nLumenBlog\n\n# An interview with a judge who works at night\n\n${body()}\n\nMore interviews from LumenBlog every week.\n\nLumenBlog is read in forty countries.\n`;
    expect(outletOf(page)).toBe("LumenBlog");
  });

  it("reads a newspaper's word before a name as no part of it", () => {
    expect(kindPrefixed("Diario El Faro", "El Faro")).toBe(true);
    expect(kindPrefixed("Noticias Faro", "Faro")).toBe(true);
    expect(kindPrefixed("Radio El Faro", "El Faro")).toBe(false);
    expect(kindPrefixed("Diario El Faro", "Faro")).toBe(false);
  });

  it("takes the part the host spells when the winner is it after a newspaper's word", () => {
    const page = `[![Diario El Faro](https://elfaro.test/logo.png)](https://elfaro.test/)\n\nDiario El Faro\n\n# El puerto abre una nueva terminal\n\n${body()}\n\nSíguenos: Diario El Faro en Facebook.\n\n[Aviso legal](https://elfaro.test/aviso) [Contacto](https://elfaro.test/contacto)\n\n© 2023 El Faro. Todos los derechos reservados.\n`;
    expect(outletOf(page)).toBe("El Faro");
  });

  it("reads a name as an acronym's spelling out", () => {
    expect(expands("Harbour Review Magazine", "HRM")).toBe(true);
    expect(expands("Deutsche Jagdzeitung", "DJZ")).toBe(true);
    expect(expands("Bundesamt für Seewege und Häfen", "BSH")).toBe(true);
    expect(expands("Harbour Review", "HRM")).toBe(false);
    expect(expands("Review of the Harbour", "HRM")).toBe(false);
    expect(expands("Harbour Radio Music Weekly", "HRM")).toBe(false);
  });

  it("names the outlet in full where the logo gives its acronym and the notice its full name", () => {
    const page = `[![HRM](https://hrm.test/logo.png)](https://hrm.test/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n[Impressum](https://hrm.test/impressum) [Kontakt](https://hrm.test/kontakt)\n\n© 2023 Harbour Review Magazine\n`;
    expect(outletOf(page)).toBe("Harbour Review Magazine");
  });

  it("takes the domain the notice names the site by over a logo's lower-case label", () => {
    const page = `[![harbourtown’s Logo](https://harbourtown.test/logo.svg)](https://harbourtown.test/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n[About](https://harbourtown.test/about) [Contact](https://harbourtown.test/contact)\n\n© 2023 Harbourtown.test. All rights reserved.\n`;
    expect(outletOf(page)).toBe("Harbourtown.test");
  });
  it("reads a name with its domain ending as the form the site gives itself", () => {
    expect(selfForm("Koralle", "Koralle.de")).toBe(true);
    expect(selfForm("koralle", "KORALLE.DE")).toBe(true);
    expect(selfForm("Tagesbote", "Der Tagesbote")).toBe(false);
    expect(selfForm("Koralle.de", "Koralle.de")).toBe(false);
    expect(selfForm("Koralle", "Koralle Magazin")).toBe(false);
  });

  it("takes the form the site speaks of itself by over a logo's short one", () => {
    const page = `[![koralle](https://koralle.test/logo.png)](https://koralle.test/)\n\n# Vier Farben für den Herbst\n\n${body()}\n\n[Impressum](https://koralle.test/impressum) [Kontakt](https://koralle.test/kontakt)\n\nKoralle.test auf Instagram\n\n© 2023 koralle\n`;
    expect(outletOf(page)).toBe("Koralle.test");
  });
});
