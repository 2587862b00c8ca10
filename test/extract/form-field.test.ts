// A text browser's form text box marks a search, login or sign-up bar (and the line over it, its label): never a headline. Lines written
// for these tests, in several languages.
import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { hasFormField, opensWithFormField } from "../../pipeline/extract/form-field.ts";
import { titleCandidates } from "../../pipeline/extract/rules/title.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted ten years.";
const prose2 = "Work is to start in the spring, and the crossing will stay open to walkers and cyclists while the crews are on site.";

describe("form text boxes", () => {
  it("finds a text box of blanks or underscores beside its label", () => {
    for (const t of ["[                    ] Keress receptre vagy hozzávalóra", "E-Mail-Adresse [____________] Jetzt anmelden", "Rechercher [          ]"])
      expect(hasFormField(t), t).toBe(true);
    for (const t of ["[Photo] Council votes to rebuild the bridge", "Headline [Update] with more words", "[ ] Remember me"]) expect(hasFormField(t), t).toBe(false);
  });

  it("never offers a search or sign-up bar as a headline", () => {
    const lines = ["[                    ] Search the archive of this city", "", "Council votes to rebuild the old bridge", "", prose, "", prose2];
    const d = toWorkingDoc("t.txt", lines.join("\n"));
    (d as { wrapWidth: number | null }).wrapWidth = 99;
    d.article = { start: 4, end: lines.length - 1 };
    const got = titleCandidates(d).map((c) => c.text);
    expect(got).toContain("Council votes to rebuild the old bridge");
    expect(got.some((t) => t.includes("Search the archive"))).toBe(false);
  });

  it("never offers the label over a text box as a headline", () => {
    expect(opensWithFormField("[                    ]")).toBe(true);
    expect(opensWithFormField("  [__________] Suchen")).toBe(true);
    expect(opensWithFormField("Suchen [__________]")).toBe(false);
    for (const label of ["Busque receitas ou ingredientes", "Rechercher une recette ou un ingrédient", "Suchen Sie nach Rezepten und Zutaten"]) {
      const lines = [label, "", "[                    ]", "Erweiterte Suche", "", "Council votes to rebuild the old bridge", "", prose, "", prose2];
      const d = toWorkingDoc("t.txt", lines.join("\n"));
      (d as { wrapWidth: number | null }).wrapWidth = 99;
      d.article = { start: 7, end: lines.length - 1 };
      const got = titleCandidates(d).map((c) => c.text);
      expect(got).toContain("Council votes to rebuild the old bridge");
      expect(got).not.toContain(label);
    }
  });
});
