// A role no one in the article holds ("afirmó el comunicador", "the host said"), before anyone was quoted:
// the article's informant, the first person its narration has telling something — not whoever the
// narration last mentioned. Hand-written sentences shaped like news text.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";
import { isOfficeNoun } from "../../pipeline/quotes/office-noun.ts";

const who = (body: string, language: string) => extractQuotes({ id: "t", body, language }).map((q) => q.speaker);

describe("role mentions before any quotation", () => {
  it("knows office and agent nouns from other nouns", () => {
    for (const w of ["ministro", "comunicador", "toxicologue", "host", "periodista"]) expect(isOfficeNoun(w)).toBe(true);
    for (const w of ["resolución", "asunto", "texte"]) expect(isOfficeNoun(w)).toBe(false);
  });

  it("Spanish: 'afirmó el comunicador' is the person the lead has telling the story", () => {
    expect(
      who(
        "Esta semana, Rodrigo Salinas contó detalles de la pelea entre dos actrices en los pasillos del canal.\n\nTodo comenzó por un estacionamiento y terminó con un reclamo de la actriz Paula Ortega, quien luego dejó el canal.\n\n“Ella se estacionaba en cualquier lugar que encontraba libre, y eso molestó a todos”, afirmó de entrada el comunicador.",
        "es",
      ),
    ).toEqual(["Rodrigo Salinas"]);
  });

  it("English: 'the host said' likewise", () => {
    expect(
      who(
        "On Monday, Mark Ellis told listeners about a clash between two actors at the studio.\n\nThe row began over a parking space and involved the actor Tom Reyes, who later left the station.\n\n“Everybody knew the space was hers, but nobody had ever put up a sign,” the host said.",
        "en",
      ),
    ).toEqual(["Mark Ellis"]);
  });
});
