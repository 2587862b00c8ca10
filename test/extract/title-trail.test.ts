// The trailEnd signal of the title ranker: the last item of a breadcrumb trail above the article (the
// page's title as the site files it), told from a menu's last entry, a menu's columns and a nested menu.
// Pages written for these tests.
import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { candidateText, TITLE_FEATURES, titleCandidates } from "../../pipeline/extract/rules/title.ts";
import { trailEnds } from "../../pipeline/extract/title-trail.ts";

const prose = "Der Stadtrat hat am Dienstag beschlossen, die alte Steinbrücke über den Fluss neu zu bauen, nach zehn Jahren Streit.";
const prose2 = "Die Arbeiten sollen im Frühjahr beginnen, und die Brücke bleibt für Fußgänger und Radfahrer offen, solange gebaut wird.";
const docOf = (lines: string[], wrap?: number) => {
  const d = toWorkingDoc("t.txt", lines.join("\n"));
  if (wrap) (d as { wrapWidth: number | null }).wrapWidth = wrap;
  const start = lines.indexOf(prose);
  d.article = { start, end: lines.length - 1 };
  return d;
};
const ends = (lines: string[], wrap?: number) => trailEnds(docOf(lines, wrap), lines.indexOf(prose), candidateText);

describe("breadcrumb trail end", () => {
  const w3m = [
    "  • Startseite", "  • Politik", "  • Stadtrat beschließt Neubau der alten Brücke", "",
    "Neubau: Rat stimmt für die alte Brücke", "", "Von Maria Schmidt", "", prose, "", prose2,
  ];

  it("reads the last item of a short flat list in a text dump, longer than the section names over it", () => {
    expect(ends(w3m, 99)).toEqual(["Stadtrat beschließt Neubau der alten Brücke"]);
    const c = titleCandidates(docOf(w3m, 99));
    const at = TITLE_FEATURES.indexOf("trailEnd");
    expect(c.find((x) => x.text === "Stadtrat beschließt Neubau der alten Brücke")?.features[at]).toBe(1);
    expect(c.find((x) => x.text === "Neubau: Rat stimmt für die alte Brücke")?.features[at]).toBe(0);
  });

  it("reads a Markdown trail whose sections are links and whose last item is none, and its item text under the mark", () => {
    const md = ["1.  [Home](/)", "2.  [News](/news)", "3.  Council votes to rebuild the old stone bridge", "", "# Bridge to be rebuilt", "", prose, "", prose2];
    expect(ends(md)).toEqual(["Council votes to rebuild the old stone bridge"]);
    const under = ["-   [Inicio](/)", "-   ", "    Política", "-   ", "    El concejo aprueba reconstruir el puente viejo", "", prose, "", prose2];
    expect(ends(under)).toEqual(["El concejo aprueba reconstruir el puente viejo"]);
    // the page linked like the sections: a list of links (a menu)
    const linked = ["1.  [Home](/)", "2.  [News](/news)", "3.  [Council votes to rebuild the old stone bridge](/bridge)", "", prose, "", prose2];
    expect(ends(linked)).toEqual([]);
  });

  it("leaves out a menu's short last entry, a long first entry, a nested menu, a repeated entry and a menu's columns", () => {
    expect(ends(["  • Home", "  • Sport", "  • Log in", "", prose, "", prose2], 99)).toEqual([]);
    expect(ends(["  • About Maria Schmidt", "  • Follow Maria Schmidt on social media", "", prose, "", prose2], 99)).toEqual([]);
    expect(ends(["  • Home", "      □ Sport", "      □ Stadtrat beschließt Neubau der alten Brücke", "", prose, "", prose2], 99)).toEqual([]);
    const twice = ["  • Home", "  • Newsletter des Rathauses jetzt abonnieren", "", "  • Kontakt", "  • Newsletter des Rathauses jetzt abonnieren", "", prose, "", prose2];
    expect(ends(twice, 99)).toEqual([]);
    const columns = [
      "Markets", "", "  • Sections", "  • Stocks and bonds today", "", "Tech", "", "  • Sections", "  • The future of everything", "",
      "Life", "", "  • Sections", "  • Arts and culture video", "", prose, "", prose2,
    ];
    expect(ends(columns, 99)).toEqual([]);
  });
});
