// Leads of a site speaking of itself that greet or list its news (lexicon SELF_REFERENCE.leads:
// "Welcome to X", "Willkommen bei X", "Nachrichten von X", "Mehr von X"). Made-up lines.
import { describe, expect, it } from "vitest";
import { selfReference } from "../../pipeline/extract/rules/outlet/self-reference.ts";

describe("greeting and news-list leads", () => {
  it("reads the name after the lead", () => {
    expect(selfReference("Welcome to Harbour Notes")).toBe("Harbour Notes");
    expect(selfReference("Willkommen bei Küstenbote")).toBe("Küstenbote");
    expect(selfReference("Nachrichten von Kieler Küstenbote")).toBe("Kieler Küstenbote");
    expect(selfReference("Mehr von 1000hafen")).toBe("1000hafen");
    expect(selfReference("Bienvenue sur Le Courrier du Port")).toBe("Le Courrier du Port");
  });

  it("takes no lower-case phrase after the lead", () => {
    expect(selfReference("Welcome to the party")).toBeNull();
    expect(selfReference("Mehr von unserer Redaktion lesen")).toBeNull();
  });

  it("takes no share button's label run into its text", () => {
    expect(selfReference("FacebookFolgen Sie uns")).toBeNull();
    expect(selfReference("TwitterFollow Harbour Notes")).toBeNull();
    expect(selfReference("Facebookhafen ist ein Blog")).toBe("Facebookhafen");
  });
});
