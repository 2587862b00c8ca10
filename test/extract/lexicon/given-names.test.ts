// Given names and their gender, as the name registers give them.
import { describe, expect, it } from "vitest";
import { genderOf, isGivenName } from "../../../pipeline/extract/lexicon/given-names.ts";

describe("given names", () => {
  it("knows given names in Latin and Cyrillic letters", () => {
    expect(isGivenName("Margaret")).toBe(true);
    expect(isGivenName("Олена")).toBe(true);
    expect(isGivenName("Budget")).toBe(false);
  });

  it("knows Greek given names by their Latin spellings, accents dropped", () => {
    expect(isGivenName("Μαρία")).toBe(true);
    expect(isGivenName("Ελένη")).toBe(true);
    expect(isGivenName("Δημήτρης")).toBe(true);
    expect(isGivenName("Κυβέρνηση")).toBe(false);
  });

  it("knows an accented given name the registers spell without accents, when several list that spelling", () => {
    expect(isGivenName("Lucía")).toBe(true);
    expect(isGivenName("Víctor")).toBe(true);
    expect(isGivenName("László")).toBe(true);
    // "uber" and "coree" are in one register only: "Über" and "Corée" are no given names.
    expect(isGivenName("Über")).toBe(false);
    expect(isGivenName("Corée")).toBe(false);
  });

  it("gives the gender most registers agree on, and none for a name they split on", () => {
    expect(genderOf("Pierre")).toBe("male");
    expect(genderOf("Antoine")).toBe("male"); // listed under both genders in one register, male in the rest
    expect(genderOf("Kim")).toBeNull(); // a family name too, in too few registers to be trusted
    expect(genderOf("Giulia")).toBe("female");
    expect(genderOf("Andrea")).toBeNull(); // female in English, male in Italian
    expect(genderOf("Xqzv")).toBeNull();
  });
});
