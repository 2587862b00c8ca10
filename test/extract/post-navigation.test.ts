// Previous/next-post links are not headlines; headlines with quotation marks or arrows inside are.
import { describe, expect, it } from "vitest";
import { isPostNavigation } from "../../pipeline/extract/post-navigation.ts";

describe("isPostNavigation", () => {
  it("finds links to the previous or next post in several languages", () => {
    for (const line of ["← Ältere Beiträge: Die Stadt im Wandel", "« Vorschau: Das neue Notebook im Test", "Article suivant : La réforme des retraites »",
      "Next post: How we rebuilt the bridge →", "<Alle Angebote im Bereich Fahrräder", "‹ Entrada anterior: El puerto de Valparaíso"])
      expect(isPostNavigation(line), line).toBe(true);
  });
  it("leaves headlines alone, with their own quotation marks or an arrow inside", () => {
    for (const line of ["« Nous ne céderons pas », affirme la ministre", "Le « oui » l'emporte à Genève", "Berlin → Paris: Der neue Nachtzug fährt",
      "Warum die Zinsen steigen", "»Wir schaffen das« – zehn Jahre danach", "«Gute Löhne alleine reichen nicht»", "Sie sagt: «Nein»"])
      expect(isPostNavigation(line), line).toBe(false);
  });
});
