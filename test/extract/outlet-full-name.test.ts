// The word that completes a news site's name (name-form.ts, withKindWord): a logo or a notice prints
// "Gazette", the page's text "Gazette News" or "GAZETTE ONLINE". Made-up lines and pages.
import { describe, expect, it } from "vitest";
import { withKindWord } from "../../pipeline/extract/rules/outlet/name-form.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("the word that completes a site's name", () => {
  it("adds 'News' or 'Online' the page prints after the name, capitalised, at least twice", () => {
    expect(withKindWord("Küstenbote", ["Mehr von Küstenbote Online", "Küstenbote Online im Abo", "Küstenbote"])).toBe("Küstenbote Online");
    expect(withKindWord("HAFEN", ["HAFEN NEWS am Morgen", "Die App von HAFEN NEWS"])).toBe("HAFEN NEWS");
  });

  it("keeps the name when the word is printed once, in lower case, or is a sister title's", () => {
    expect(withKindWord("Küstenbote", ["Küstenbote Online", "Küstenbote"])).toBe("Küstenbote");
    expect(withKindWord("Küstenbote", ["Küstenbote news today", "Küstenbote news again"])).toBe("Küstenbote");
    expect(withKindWord("Küstenbote", ["Küstenbote TV zeigt", "Küstenbote TV heute"])).toBe("Küstenbote");
    expect(withKindWord("Küstenbote.de", ["Küstenbote.de News", "Küstenbote.de News"])).toBe("Küstenbote.de");
  });

  it("names the outlet by its full name", () => {
    const page = `[![Harbour Times](/logo.svg)](https://harbourtimes.test/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nGet Harbour Times News on your phone.\n\nHarbour Times News is published daily.\n\n© 2022 Harbour Times\n`;
    expect(outletOf(page)).toBe("Harbour Times News");
  });
});
