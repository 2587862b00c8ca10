// The outlet's spelling as the page prints it most (spelling.ts). Made-up names and lines.
import { describe, expect, it } from "vitest";
import { commonSpelling } from "../../pipeline/extract/rules/outlet/spelling.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("the spelling the page prints most", () => {
  it("takes the spacing the page's text prints more often than the logo's", () => {
    expect(commonSpelling("HarbourTimes", ["HarbourTimes", "Read the Harbour Times today.", "The Harbour Times is free."])).toBe("Harbour Times");
    expect(commonSpelling("Rhein Ufer Bote", ["Rhein-Ufer-Bote", "Abo beim Rhein-Ufer-Bote", "Rhein Ufer Bote"])).toBe("Rhein-Ufer-Bote");
  });

  it("finds a spelling across any joints (spaces, hyphens, dots, apostrophes, '&', no-break spaces) but no other mark", () => {
    expect(commonSpelling("HarbourTimes", ["HarbourTimes", "Harbour\u00a0Times", "Harbour\u00a0Times here"])).toBe("Harbour\u00a0Times");
    expect(commonSpelling("HarbourTimes", ["HarbourTimes", "Harbour–Times", "Harbour–Times"])).toBe("HarbourTimes");
    expect(commonSpelling("HarbourTimes", ["HarbourTimes", "Harbour & Times", "by Harbour & Times"])).toBe("HarbourTimes");
    expect(commonSpelling("HarbourTimes", ["HarbourTimes", "Harb-our Times", "Harb-our Times"])).toBe("Harb-our Times");
  });

  it("keeps the name's own spelling against an address, a handle or a single other print", () => {
    expect(commonSpelling("Harbour Times", ["harbourtimes.test", "@harbourtimes", "https://harbourtimes.test/x", "harbourtimes.test"])).toBe("Harbour Times");
    expect(commonSpelling("Harbour Times", ["HarbourTimes", "Harbour Times"])).toBe("Harbour Times");
  });

  it("gives a masthead in capitals the mixed case the page prints, not an acronym", () => {
    expect(commonSpelling("THE NORTHERN HERALD", ["THE NORTHERN HERALD", "Subscribe to The Northern Herald", "The Northern Herald app"])).toBe("The Northern Herald");
    expect(commonSpelling("THE NORTHERN HERALD", ["THE NORTHERN HERALD", "THE NORTHERN HERALD"])).toBe("THE NORTHERN HERALD");
    expect(commonSpelling("NERA", ["NERA", "Nera is a river."])).toBe("NERA");
  });

  it("names the outlet in the mixed case its page prints besides a masthead in capitals", () => {
    const page = `[![THE NORTHERN HERALD](https://northernherald.test/logo.png)](https://northernherald.test/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nSubscribe to The Northern Herald for the week's news.\n\nThe Northern Herald app is free.\n\n[Impressum](https://northernherald.test/impressum)\n`;
    expect(outletOf(page)).toBe("The Northern Herald");
  });
});
