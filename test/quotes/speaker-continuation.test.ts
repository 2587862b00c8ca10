// Continuation cues ("añadió", "acrescentou", "dodał", "добавил"): a subjectless one in a paragraph that
// names nobody before its quotation gives the quotation to the person quoted just before, even when the
// narration in between made someone else a subject. Hand-written sentences shaped like news text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";
import { isContinuationCue } from "../../pipeline/quotes/continuation.ts";

const who = (body: string, language: string) => extractQuotes({ id: "t", body, language }).map((q) => q.speaker);

describe("continuation cues", () => {
  it("knows the continuation verbs of several languages, and not plain reporting verbs", () => {
    for (const c of ["añadió", "Agregó", "a ajouté", "acrescentou", "dodała", "добавил", "fügte", "added"]) expect(isContinuationCue(c)).toBe(true);
    for (const c of ["dijo", "a déclaré", "powiedział", "сказал", "said", null]) expect(isContinuationCue(c)).toBe(false);
  });

  it("Spanish: 'añadió' after a paragraph about someone else goes on with the speaker before", () => {
    expect(
      who(
        "“Vamos a revisar cada uno de los contratos firmados durante los últimos cinco años”, dijo la contralora Marta Ibáñez.\n\nEl caso salpica al exdirector de compras Julio Ferrer, quien permanece detenido desde el lunes.\n\n“No habrá ninguna excepción para los funcionarios que hayan participado”, añadió.",
        "es",
      ),
    ).toEqual(["Marta Ibáñez", "Marta Ibáñez"]);
  });

  it("Portuguese: 'acrescentou' likewise", () => {
    expect(
      who(
        "“Vamos reforçar o policiamento em todas as estradas da região durante o feriado”, disse o secretário Paulo Nogueira.\n\nO coronel Rui Barros comanda a operação desde o ano passado.\n\n“Ninguém vai ficar sem atendimento nas próximas semanas”, acrescentou.",
        "pt",
      ),
    ).toEqual(["Paulo Nogueira", "Paulo Nogueira"]);
  });

  it("Polish and Russian dash speech and quotation marks", () => {
    expect(
      who(
        "– Nie zamierzamy podnosić podatków w przyszłym roku – powiedział minister Jan Kowalski.\n\nProjekt przygotował wiceminister Adam Nowak, który kieruje zespołem od marca.\n\n– Budżet jest bezpieczny i nie grozi nam żaden kryzys – dodał.",
        "pl",
      ),
    ).toEqual(["Jan Kowalski", "Jan Kowalski"]);
    expect(
      who(
        "«Мы не планируем повышать тарифы в этом году ни для кого», — сказал министр Иван Петров.\n\nПроект готовил заместитель министра Олег Смирнов, который руководит группой с марта.\n\n«Бюджет надёжен, и никакой кризис нам не грозит», — добавил.",
        "ru",
      ),
    ).toEqual(["Иван Петров", "Иван Петров"]);
  });

  it("a plain reporting verb still takes the person the narration named, and a paragraph's own subject wins", () => {
    expect(
      who(
        "“Vamos a revisar cada uno de los contratos firmados durante los últimos cinco años”, dijo la contralora Marta Ibáñez.\n\nEl caso salpica al exdirector de compras Julio Ferrer, quien permanece detenido desde el lunes.\n\n“Yo no firmé ninguno de esos contratos, se lo aseguro a todos”, dijo.",
        "es",
      ),
    ).toEqual(["Marta Ibáñez", "Julio Ferrer"]);
    expect(
      who(
        "“Vamos a revisar cada uno de los contratos firmados durante los últimos cinco años”, dijo la contralora Marta Ibáñez.\n\nEl exdirector de compras Julio Ferrer habló después con la prensa. “Yo no firmé ninguno de esos contratos, se lo aseguro”, añadió.",
        "es",
      ),
    ).toEqual(["Marta Ibáñez", "Julio Ferrer"]);
  });
});

describe("adverbial phrase before a subjectless verb", () => {
  it("'Y en ese mismo sentido, agregó:' has no subject written: the speaker before goes on (es, pt, pl)", () => {
    expect(
      who(
        "“Ella siempre se estacionaba en cualquier lugar que encontraba libre en el canal”, afirmó el periodista Hugo Rivas.\n\nY en ese mismo sentido, agregó: “Nadie sabía que ese lugar era de otra persona, porque no había ningún cartel”.",
        "es",
      ),
    ).toEqual(["Hugo Rivas", "Hugo Rivas"]);
    expect(
      who(
        "“Vamos reforçar o policiamento em todas as estradas da região durante o feriado”, disse o secretário Paulo Nogueira.\n\nNa mesma linha, acrescentou: “Ninguém vai ficar sem atendimento nas próximas semanas”.",
        "pt",
      ),
    ).toEqual(["Paulo Nogueira", "Paulo Nogueira"]);
    expect(
      who(
        "„Nie zamierzamy podnosić podatków w przyszłym roku” – powiedział minister Jan Kowalski.\n\nW tym samym duchu, dodał: „Budżet jest bezpieczny i nie grozi nam żaden kryzys”.",
        "pl",
      ),
    ).toEqual(["Jan Kowalski", "Jan Kowalski"]);
  });
});
