// A kicker split from its headline as a converter prints a heading with a kicker span: closed by a colon
// with the headline on the next line, or with a separator standing as a paragraph of its own between
// them. Read as one title candidate "Kicker: Headline". Pages written for these tests.
import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { kickerOver, titleCandidates } from "../../pipeline/extract/rules/title.ts";

const prose = "Le conseil municipal a voté mardi la reconstruction du vieux pont de pierre, après dix ans de querelles.";
const prose2 = "Les travaux commenceront au printemps et le passage restera ouvert aux piétons et aux cyclistes pendant le chantier.";
const docOf = (lines: string[], wrap?: number) => {
  const d = toWorkingDoc("t.txt", lines.join("\n"));
  if (wrap) (d as { wrapWidth: number | null }).wrapWidth = wrap;
  d.article = { start: lines.indexOf(prose), end: lines.length - 1 };
  return d;
};

describe("kicker split from its headline", () => {
  it("joins a kicker closed by a colon with the headline on the next line", () => {
    const lines = ["Urbanisme à Lyon:  ", "Le conseil vote pour le nouveau pont", "", prose, "", prose2];
    expect(kickerOver(docOf(lines), 0)).toEqual({ lines: [1], raw: "Urbanisme à Lyon: Le conseil vote pour le nouveau pont" });
    expect(titleCandidates(docOf(lines, 99)).map((c) => c.text)).toContain("Urbanisme à Lyon: Le conseil vote pour le nouveau pont");
  });

  it("joins a kicker, a separator standing alone and the headline, with the separator as printed", () => {
    const colon = ["Urbanisme", "", ":", "", "Le conseil vote pour le nouveau pont", "", prose, "", prose2];
    expect(kickerOver(docOf(colon), 0)?.raw).toBe("Urbanisme: Le conseil vote pour le nouveau pont");
    const dash = ["Städtebau", "", "\\-", "", "", "„Die Brücke wird im Frühjahr gebaut“", "", prose, "", prose2];
    expect(kickerOver(docOf(dash), 0)?.raw).toBe("Städtebau - „Die Brücke wird im Frühjahr gebaut“");
    expect(titleCandidates(docOf(dash)).map((c) => c.text)).toContain("Städtebau - „Die Brücke wird im Frühjahr gebaut“");
  });

  it("leaves a sentence, a long lead-in, a list item and a label over a short line alone", () => {
    expect(kickerOver(docOf(["Le conseil a voté.", "", ":", "", "Le conseil vote pour le nouveau pont", "", prose]), 0)).toBeNull();
    expect(kickerOver(docOf(["Voici ce que le conseil municipal a décidé mardi soir:", "Le conseil vote pour le nouveau pont", "", prose]), 0)).toBeNull();
    expect(kickerOver(docOf(["  • Urbanisme:", "Le conseil vote pour le nouveau pont", "", prose]), 0)).toBeNull();
    expect(kickerOver(docOf(["Partager:", "Facebook", "", prose]), 0)).toBeNull();
    expect(kickerOver(docOf(["Urbanisme", "", "Le conseil vote pour le nouveau pont", "", prose]), 0)).toBeNull();
  });
});
