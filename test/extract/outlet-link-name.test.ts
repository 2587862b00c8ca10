// Cleaner names from a footer's and a header's furniture (home-links.ts, linkName; copyright.ts, a
// theme's credit; NAV_WORDS, "About"). Made-up lines and pages.
import { describe, expect, it } from "vitest";
import { linkName } from "../../pipeline/extract/rules/outlet/home-links.ts";
import { copyrightName } from "../../pipeline/extract/rules/outlet/copyright.ts";
import { navigationLine } from "../../pipeline/extract/rules/outlet/navigation.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("names from links, notices and menus", () => {
  it("drops a menu's lower-case verb and a separator after a home link's name, keeps capitalised words", () => {
    expect(linkName("«Küstenbote» abonnieren")).toBe("«Küstenbote»");
    expect(linkName("Küstenbote |")).toBe("Küstenbote");
    expect(linkName("Harbour News Today")).toBe("Harbour News Today");
    expect(linkName("Powered by Gazette CMS")).toBe("");
  });

  it("reads no site's name in a web theme's credit", () => {
    expect(copyrightName("Copyright © 2023 | Harbour Magazine WordPress Theme von Harbour Themes")).toBeNull();
    expect(copyrightName("© 2023 Harbour Magazine")).toBe("Harbour Magazine");
  });

  it("takes an 'About' menu item for navigation, not a masthead", () => {
    expect(navigationLine("Über")).toBe(true);
    expect(navigationLine("About")).toBe(true);
    const page = `Skip to content\n\n[Über](https://harbour-notes.test/ueber/)\n\n[Projekte](https://harbour-notes.test/projekte/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nÜber Harbour Notes\n`;
    expect(outletOf(page)).not.toBe("Über");
  });
});
