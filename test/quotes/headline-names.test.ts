// Surnames expanded with a full name the title or subtitle gives when the body never writes it in full.
// Hand-written headlines and bodies shaped like news pages.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";

const who = (body: string, language: string, title: string | null, subtitle: string | null = null) =>
  extractQuotes({ id: "t", body, language, title, subtitle }).map((q) => q.speaker);

describe("full names from the headline", () => {
  it("Spanish and Portuguese: a surname in the body takes the full name in the title", () => {
    const es = "El mandatario habló ayer con una radio local sobre la reforma policial.\n\nPor ahora, Montes descartó cambios en el gabinete. “No vamos a cortar cabezas cada vez que haya un problema en las policías”, aseveró Montes.";
    expect(who(es, "es", "La reforma de Gabriel Montes a las policías y el dilema del oficialismo")).toEqual(["Gabriel Montes"]);
    const pt = "O encontro durou quarenta minutos na sede do tribunal.\n\n“Não há crise entre os Poderes, há apenas divergências pontuais”, disse Nogueira aos jornalistas.";
    expect(who(pt, "pt", "Encontro no Supremo", "Para Rodrigo Nogueira, o diálogo entre os Poderes deve continuar")).toEqual(["Rodrigo Nogueira"]);
  });

  it("English and Polish subtitles", () => {
    const en = "The tagline drew ridicule online on Monday.\n\n“The campaign is working because everybody is talking about it now,” Hollis said.";
    expect(who(en, "en", "Governor defends anti-drug campaign", "Governor Karen Hollis said the backlash proves the slogan works")).toEqual(["Karen Hollis"]);
    const pl = "Projekt trafi do Sejmu jeszcze w tym miesiącu.\n\n– Nie zamierzamy podnosić podatków w przyszłym roku – powiedział Kowalczyk.";
    expect(who(pl, "pl", "Minister finansów o budżecie", "Minister Tomasz Kowalczyk zapowiada, że podatki w przyszłym roku nie wzrosną")).toEqual(["Tomasz Kowalczyk"]);
  });

  it("ignores title-case headlines, an unknown word opening the headline, and two names that fit", () => {
    const en = "The tagline drew ridicule online on Monday.\n\n“The campaign is working because everybody is talking about it now,” Hollis said.";
    expect(who(en, "en", "Governor Karen Hollis Defends Campaign Slogan After Backlash")).toEqual(["Hollis"]);
    expect(who(en, "en", "Major Hollis campaign draws ridicule across the state")).toEqual(["Hollis"]);
    expect(who(en, "en", "Karen Hollis and her brother Mark Hollis back the new slogan")).toEqual(["Hollis"]);
    // The body's own full name comes first.
    expect(who(`Governor Anne Hollis spoke on Monday. ${en}`, "en", "Karen Hollis backs the slogan")).toEqual(["Anne Hollis"]);
  });
});
