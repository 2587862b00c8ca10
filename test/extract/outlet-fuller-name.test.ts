// The site's name in full (fuller-name.ts): a logo or a notice prints a short form, the host or the
// masthead line the whole name. Made-up names and pages.
import { describe, expect, it } from "vitest";
import { extendsName } from "../../pipeline/extract/rules/outlet/fuller-name.ts";
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
});
