// Fixtures for bylines next to a newspaper's name: a lead that is also a preposition inside a masthead
// ("De Noordkaap Courant", "Diari de Vall Avui", "Gazzetta di Collina") names no person, while a person
// whose surname is such a noun ("Anna Glas") stays; a desk credited before the reporter ("Haber Merkezi |
// Ayşe Kaya") is skipped, not the end of the line; the Croatian/Serbian lead "Piše:" is a lead. Made-up pages.
import { describe, expect, it } from "vitest";
import { body, runPage } from "../helpers/outlet-page.ts";

const authorsOf = (header: string) => runPage(`${header}\n\n${body()}\n`).captured.authors;

describe("byline: a masthead is no author", () => {
  it("a lead-like article or preposition inside a newspaper's name reads no name", () => {
    expect(authorsOf("De Noordkaap Courant\n\nHaven krijgt nieuwe kademuur\n\nDoor Pieter Bakker\n\n3 juni 2024")).toEqual(["Pieter Bakker"]);
    expect(authorsOf("Diari de Vall Avui\n\nObre la nova biblioteca\n\n9 de febrer de 2024")).toEqual([]);
    expect(authorsOf("Gazzetta di Collina\n\nNuovo ponte sul fiume\n\ndi Marco Rossi\n\n12 settembre 2024")).toEqual(["Marco Rossi"]);
  });
  it("keeps a person whose surname is a newspaper's noun (\"glas\": Croatian \"voice\")", () => {
    expect(authorsOf("Harbour wall to be repaired\n\nBy Anna Glas\n\nJune 3, 2024")).toEqual(["Anna Glas"]);
  });
});

describe("byline: a desk before the reporter", () => {
  it("skips the desk and reads the name after it", () => {
    expect(authorsOf("Liman ihracatı rekor kırdı\n\nHaber Merkezi | Ayşe Kaya\n04.06.2024 - 11:20")).toEqual(["Ayşe Kaya"]);
    expect(authorsOf("Harbour wall to be repaired\n\nNewsroom | Sarah Miller\nJune 3, 2024")).toEqual(["Sarah Miller"]);
  });
  it("a desk alone is no author", () => {
    expect(authorsOf("Liman ihracatı rekor kırdı\n\nHaber Merkezi\n04.06.2024 - 11:20")).toEqual([]);
  });
});

describe("byline: South Slavic leads", () => {
  it("reads 'Piše:' and 'Napisala'", () => {
    expect(authorsOf("Nova trajektna linija\n\nPiše: Ana Horvat\nobjavljeno 27. lipnja 2024. u 08:10")).toEqual(["Ana Horvat"]);
    expect(authorsOf("Nova trajektna linija\n\nNapisala Ana Horvat\n27.06.2024.")).toEqual(["Ana Horvat"]);
  });
});
