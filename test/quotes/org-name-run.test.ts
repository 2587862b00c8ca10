// An organisation word opening a capitalised run that goes on naming it ("Organización Meteorológica
// Mundial") is an organisation, not a title before a person "Meteorológica Mundial"; a title or a given
// name after it still splits ("Foreign Ministry Spokesman Wang Wenbin"). Hand-written sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";
import { isNameToken, nameMention, runStartingAt } from "../../pipeline/quotes/mentions.ts";
import { tokenize } from "../../pipeline/quotes/text.ts";

const firstName = (s: string) => {
  const ts = tokenize(s);
  const i = ts.findIndex((t, k) => k > 0 && isNameToken(t));
  return nameMention(runStartingAt(ts, i), []);
};

describe("organisation names opening with an organisation word", () => {
  it("reads 'Organización Meteorológica Mundial' as one organisation, and still splits a spokesman's title", () => {
    expect(firstName("Lo confirmará la Organización Meteorológica Mundial en unos meses.")).toMatchObject({ kind: "org", text: "Organización Meteorológica Mundial" });
    expect(firstName("Then the Foreign Ministry Spokesman Wang Wenbin answered.")).toMatchObject({ kind: "person", text: "Wang Wenbin" });
  });

  it("Spanish: 'resalta el organismo' is that organisation, not the one it belongs to", () => {
    expect(
      who(
        "Los récords aún no fueron confirmados, algo que debe hacer la Organización Meteorológica Mundial, parte de la ONU.\n\nEn un comunicado, la entidad señala que la medición parece correcta.\n\n“Es prematuro decir que el continente superó los veinte grados por primera vez”, resalta el organismo.",
        "es",
      ),
    ).toEqual(["Organización Meteorológica Mundial"]);
  });
});

function who(body: string, language: string) {
  return extractQuotes({ id: "t", body, language }).map((q) => q.speaker);
}
