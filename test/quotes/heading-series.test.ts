// Headings without a colon in a series of answers whose other headings label the speaker with one: the
// given name that opens the heading (and the word after it when that is no ordinary word) is the speaker.
// Hand-written round-ups shaped like celebrity and vox-pop pages.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";

const who = (body: string, language: string) => extractQuotes({ id: "t", body, language }).map((q) => q.speaker);

const series = (intro: string, items: [string, string][]) => [intro, ...items.flatMap(([h, q]) => [h, q])].join("\n\n");

describe("speaker headings without a colon in a series", () => {
  it("Spanish: 'LORENA PAZ SIEMPRE ME CUIDÓ' and 'MARCELA MAMÁ ESTRICTA' after 'NAME: …' headings", () => {
    const body = series("En el Día del Padre, los artistas recuerdan lo que aprendieron de su papá y de su mamá en casa.", [
      ["RAÚL CORTEZ: MI PAPÁ ME ENSEÑÓ A CANTAR", "“Mi papá cantaba todas las mañanas mientras preparaba el desayuno para toda la familia”."],
      ["SOFÍA LARA: NUNCA ME CASTIGÓ", "“Mi papá era muy paciente con nosotros, jamás levantó la voz en la casa”."],
      ["LORENA PAZ SIEMPRE ME CUIDÓ", "“Cuando me enfermaba, mi papá se quedaba despierto toda la noche a mi lado”."],
      ["MARCELA MAMÁ ESTRICTA", "“En mi casa la que ponía las reglas era mi mamá, y mi papá solo obedecía”."],
      ["CHABELITA DEDICA SU CANCIÓN", "“A mi papá que está en el cielo le dedico todas las canciones que canto cada noche”."],
    ]);
    expect(who(body, "es")).toEqual(["Raúl Cortez", "Sofía Lara", "Lorena Paz", "Marcela", "Chabelita"]);
  });

  it("Polish and English round-ups, heading wrapped in quotation marks", () => {
    const pl = series("Zapytaliśmy mieszkańców, co sądzą o nowym rozkładzie jazdy autobusów w mieście.", [
      ["ANNA WÓJCIK: JEŻDŻĘ CODZIENNIE", "„Autobusy jeżdżą teraz rzadziej i często czekam na przystanku pół godziny”."],
      ["PIOTR ZIELIŃSKI: TO DOBRA ZMIANA", "„Wreszcie linie nocne kursują do mojego osiedla, bardzo mnie to cieszy”."],
      ["‘MARTA KOWALCZYK MA DOŚĆ’", "„Od tygodnia spóźniam się do pracy przez nowy rozkład i nikt tego nie słucha”."],
    ]);
    expect(who(pl, "pl")).toEqual(["Anna Wójcik", "Piotr Zieliński", "Marta Kowalczyk"]);
    const en = series("We asked shoppers on the high street what they would change about the new parking charges in town.", [
      ["SARAH COLLINS: IT IS TOO MUCH", "“I used to come here every weekend but now I shop online most of the time”."],
      ["DAVID MORTON: I DON’T MIND", "“The money goes to the council and they have finally fixed the roads around here”."],
      ["EMMA WOULD RATHER WALK", "“I live ten minutes away so I just walk in now and save the money for coffee”."],
    ]);
    expect(who(en, "en")).toEqual(["Sarah Collins", "David Morton", "Emma"]);
  });

  it("reads no speaker from a bare heading outside a series, nor from one that opens with no given name", () => {
    const single = "El municipio anunció nuevas obras en el centro durante el verano.\n\nLORENA PAZ SIEMPRE ME CUIDÓ\n\n“Cuando me enfermaba, mi papá se quedaba despierto toda la noche a mi lado”.";
    expect(who(single, "es")).toEqual([null]);
    const body = series("Los artistas recuerdan a sus papás en su día especial, con anécdotas de la infancia.", [
      ["RAÚL CORTEZ: MI PAPÁ ME ENSEÑÓ A CANTAR", "“Mi papá cantaba todas las mañanas mientras preparaba el desayuno para toda la familia”."],
      ["SOFÍA LARA: NUNCA ME CASTIGÓ", "“Mi papá era muy paciente con nosotros, jamás levantó la voz en la casa”."],
      ["UN RECUERDO PARA SIEMPRE", "“Mi papá me llevaba al estadio todos los domingos aunque lloviera a cántaros”."],
      ["RECUERDOS DE LA INFANCIA", "“Mi papá me enseñó a andar en bicicleta en el parque del barrio un domingo”."],
    ]);
    expect(who(body, "es")[2]).not.toBe("Un Recuerdo");
    // (a noun opening a phrase is no stage name)
    expect(who(body, "es")[3]).not.toBe("Recuerdos");
  });
});
