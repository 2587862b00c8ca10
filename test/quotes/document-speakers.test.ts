// Documents as speakers ("cita el documento", "sostiene la resolución", "the statement said"): the
// organisation that issued it — one written as a subject before one after a preposition — else nobody,
// never the last person quoted; what continues such a quotation stays without a speaker too.
// Hand-written sentences shaped like news text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";

const who = (body: string, language: string) => extractQuotes({ id: "t", body, language }).map((q) => q.speaker);

describe("documents as speakers", () => {
  it("Spanish: a document without a named issuer is nobody, and so is its continuation", () => {
    expect(
      who(
        "“El acusado tenía acceso directo a su hermano, que recibió millones en sobornos”, dijo el fiscal Jaime Ruiz.\n\nDos años más tarde se conoció la solicitud de extradición contra el expresidente.\n\n“A cambio de ello, protegió a los traficantes de cualquier investigación o detención”, cita el documento.\n\nY varios párrafos más adelante agrega: “En esa fecha comenzó a hacer campaña para convertirse en presidente”.",
        "es",
      ),
    ).toEqual(["Jaime Ruiz", null, null]);
  });

  it("English: 'the statement said' is not the person quoted before", () => {
    expect(
      who(
        "“The products cannot cause any weight loss at all,” said Maria Abbot, the lead plaintiff.\n\nThe case was settled out of court two years later.\n\n“We will vigorously defend ourselves against these frivolous claims,” the statement said.",
        "en",
      ),
    ).toEqual(["Maria Abbot", null]);
  });

  it("Spanish: the issuer is the organisation written as a subject, not one after a preposition", () => {
    expect(
      who(
        "El Tribunal de Apelación rechazó el pedido de la defensa por una excepción pendiente en la Corte.\n\n“No existe resolución que suspenda los efectos de la condena dictada por la jueza de Ejecución”, sostiene la resolución.",
        "es",
      ),
    ).toEqual(["Tribunal de Apelación"]);
  });
});
