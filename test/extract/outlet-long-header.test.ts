// Home links and logos' alt texts past the first EDGE_LINES lines of a long header (home-links.ts,
// logo.ts): a news site's menus run for dozens of lines before its logo. Made-up names and pages.
import { describe, expect, it } from "vitest";
import { outletCandidates } from "../../pipeline/extract/rules/outlet/candidates.ts";
import { body, outletOf, runPage } from "../helpers/outlet-page.ts";

/** A header's menu of `k` plain lines (sections, services), as a site's dump prints it. */
const menu = (k: number) => Array.from({ length: k }, (_, i) => `Section ${i + 1}`).join("\n\n");
/** The signals the page gives a name. */
const signalsOf = (page: string, name: string) => outletCandidates(runPage(page)).find((c) => c.name === name)?.signals ?? [];

describe("a home link past a long header", () => {
  it("reads the logo linked to the home page just above the article", () => {
    const page = `Skip to content\n\n${menu(50)}\n\n[![Harbour Courier](https://www.hc-news.test/logo.svg)](https://www.hc-news.test/)\n\n# Harbour wall to be repaired before winter\n\n${body(30)}\n\n[Privacy](https://www.hc-news.test/privacy) [Terms](https://www.hc-news.test/terms)\n`;
    expect(signalsOf(page, "Harbour Courier")).toContain("logo linked to the home page");
    expect(outletOf(page)).toBe("Harbour Courier");
  });

  it("does not read a menu's bulleted link to a sister title's home page there", () => {
    const page = `Skip to content\n\n${menu(50)}\n\n-   [Harbour Courier Weekend](https://weekend.harbourcourier.test/)\n\n# Harbour wall to be repaired before winter\n\n${body(30)}\n`;
    expect(signalsOf(page, "Harbour Courier Weekend")).not.toContain("name linked to the home page");
  });

  it("reads a logo's alt text a text browser prints just above the article", () => {
    const page = `Skip to content\n\n${menu(50)}\n\nHarbour Courier Logo\n\n# Harbour wall to be repaired before winter\n\n${body(30)}\n`;
    expect(signalsOf(page, "Harbour Courier")).toContain("logo's alt text in the header");
  });
});

describe("a domain printed in a long footer", () => {
  it("backs a name the footer gives when the text browser's dump prints the site's domain far from the page's end", () => {
    const links = Array.from({ length: 50 }, (_, i) => `Service ${i + 1}`).join("\n\n");
    const page = `Menü\n\n# Harbour wall to be repaired before winter\n\n${body(30)}\n\nHarbour Courier auf Instagram\n\nharbourcourier.test\n\n${links}\n`;
    expect(signalsOf(page, "Harbour Courier").some((s) => s.startsWith("spells a domain the text prints"))).toBe(true);
    expect(outletOf(page)).toBe("Harbour Courier");
  });
});
