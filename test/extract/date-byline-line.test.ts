// Lines made of a date or time and the author are never headlines, in several languages; a headline
// that carries a date, a name or a year is one. Lines written for these tests.
import { describe, expect, it } from "vitest";
import { isDateBylineLine } from "../../pipeline/extract/date-byline-line.ts";
import { headlineShaped } from "../../pipeline/extract/rules/title.ts";

describe("date-and-byline lines", () => {
  it("reads a date or time with the author, whatever the separators and the language", () => {
    for (const t of [
      "22. Januar 2020 @ 18:13 // Autor: c1ph4 // ~ Lesezeit: 1 Minute",
      "By Jane Roe | March 3, 2021",
      "March 3, 2021 | By Jane Roe",
      "12.03.2021, 14:05 Uhr · Von Hans Müller",
      "Publié le 3 mars 2021 à 10h12 par Jean Dupont",
      "8. Januar 2020 · by Aureliana · in Gefühle",
      "Martina Berg 19. Juni 2019",
    ]) {
      expect(isDateBylineLine(t), t).toBe(true);
      expect(headlineShaped(t), t).toBe(false);
    }
  });

  it("keeps headlines that carry a date, a year or a name", () => {
    for (const t of [
      "Andacht zur Friedensdekade in der Gedächtniskirche, 11. November 2021, 18 Uhr",
      "Merkel trifft Macron am 12. März 2021 in Paris",
      "Neuer Cheftrainer für Dormagen: Matthias Flohr übernimmt ab 2022",
      "Ausstellung vom 9. bis 23. Februar 2017",
      "Jane Roe wins the 2021 city marathon",
    ]) {
      expect(isDateBylineLine(t), t).toBe(false);
      expect(headlineShaped(t), t).toBe(true);
    }
  });

  it("needs an author: a date with a category is left to the date-line test", () => {
    expect(isDateBylineLine("3. März 2021 | Politik")).toBe(false);
  });
});
