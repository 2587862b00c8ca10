// The part of a copyright notice's name the page prints elsewhere (copyright.ts, printedPart): a notice
// runs the site's name into an owner's word, a place or a headline ("Küstenbote Verlagshaus Kiel",
// "HAFENBLATT: Neue Fähre"). The pages are made up, shaped as a text browser lays out a news page.
import { describe, expect, it } from "vitest";
import { printedPart } from "../../pipeline/extract/rules/outlet/copyright.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

describe("the part of a notice's name the page prints elsewhere", () => {
  const lines = ["Nachrichten aus dem Kieler Küstenbote heute", "Ein Leserbrief an den Kieler Küstenbote zur Fähre", "Kontakt zur Redaktion"];
  it("keeps the first or last words the page prints on two other lines", () => {
    expect(printedPart("Kieler Küstenbote Verlagshaus Nord", [...lines, "© 2021 Kieler Küstenbote Verlagshaus Nord"], 3)).toBe("Kieler Küstenbote");
    expect(printedPart("Redaktion Nord Kieler Küstenbote", [...lines, "©"], 3)).toBe("Kieler Küstenbote");
  });

  it("leaves a name the page prints whole, a person's name and a lone word a section reads the same as", () => {
    expect(printedPart("Kieler Küstenbote Verlagshaus", [...lines, "Das Kieler Küstenbote Verlagshaus stellt sich vor", "©"], 4)).toBeNull();
    const people = ["Ein Gespräch mit Maria Jensen über die Fähre", "Maria Jensen sagt, die Fähre komme", "©"];
    expect(printedPart("Maria Jensen Fotografie Kiel", people, 2)).toBeNull();
    expect(printedPart("Redaktion Verlag Nord", [...lines, "Die Redaktion erreichen Sie hier", "©"], 4)).toBeNull();
  });

  it("names the outlet from such a notice on a text browser's page", () => {
    const page = `Zum Inhalt springen\n  • Lokales\n  • Sport\n\nHafenmauer wird vor dem Winter repariert\n\n${body()}\n\nMehr aus dem Rostocker Hafenblatt heute lesen.\n\nDas Rostocker Hafenblatt im Abo: jeden Morgen neu.\n\n© 2022 Rostocker Hafenblatt Verlagsservice Warnemünde\n`;
    expect(outletOf(page)).toBe("Rostocker Hafenblatt");
  });
});
