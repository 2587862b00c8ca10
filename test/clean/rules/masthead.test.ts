// Pins masthead: above the article (before the first prose line; article-region, which would set the
// start, runs after this rule) a short line set wholly in bold with capitalised words is the outlet's
// masthead: captured as `outlet` once and removed as metadata. Bold labels ending in ':', lower-case
// or long bold lines, and bold lines inside the article stay.
import { describe, expect, it } from "vitest";
import { masthead } from "../../../pipeline/clean/rules/masthead.ts";
import { printSource } from "../../../pipeline/clean/rules/print-source.ts";
import { kept, logOf, removed, run } from "./run.ts";

const prose = "The Kremlin said on Monday that it saw no basis for new talks, a day after the foreign minister returned from Ankara.";

describe("masthead", () => {
  const page = [
    "**The** **Moscow Times**", // 1 masthead
    "# Kremlin rejects new round of talks", // 2
    "**Read more:**", // 3 ends with ':'
    "**the week in review**", // 4 lower case
    "**Live Updates From The Capital Today**", // 5 more than five words
    prose, // 6 first prose line: the article starts here
    "**The Moscow Times**", // 7 inside the article
  ];
  const doc = run(page, [masthead]);

  it("captures the bold masthead above the article as the outlet and removes it as metadata", () => {
    expect(doc.captured.outlet).toBe("The Moscow Times");
    expect(removed(doc)).toEqual([[1, "masthead", "metadata"]]);
    expect(logOf(doc, "masthead")).toEqual([
      { action: "captured", field: "outlet", first_line: 1, last_line: 1, reason: "all-bold masthead above the article", text: "The Moscow Times" },
      { action: "removed", field: null, first_line: 1, last_line: 1, reason: "masthead", text: "**The** **Moscow Times**" },
    ]);
  });

  it("keeps bold labels, lower-case or long bold lines, and bold lines after the article start", () => {
    expect(kept(doc)).toEqual(page.slice(1));
  });

  it("reads non-Latin mastheads; a second bold name is removed but does not replace the outlet", () => {
    const d = run(["**Коммерсантъ**", "**Le** **Monde**", "# Переговоры отложены", "Переговоры о поставках газа отложены на неделю, сообщили в министерстве энергетики в понедельник."], [masthead]);
    expect(d.captured.outlet).toBe("Коммерсантъ");
    expect(removed(d)).toEqual([
      [1, "masthead", "metadata"],
      [2, "masthead", "metadata"],
    ]);
    expect(logOf(d, "masthead").filter((e) => e.action === "captured")).toHaveLength(1);
  });

  it("leaves an outlet found by print-source (which runs first) in place", () => {
    // print-source comes before masthead in CLEAN_RULES and may already have named the paper.
    const d = run(["**Japan News**", "• , Yomiuri , p. 7", prose], [printSource, masthead]);
    expect(d.captured.outlet).toBe("Yomiuri");
    expect(removed(d)).toEqual([
      [1, "masthead", "metadata"],
      [2, "print-source", "metadata"],
    ]);
    expect(logOf(d, "masthead").map((e) => e.action)).toEqual(["removed"]);
  });

  it("takes no weather widget's bold reading as the masthead, and reads the masthead after it", () => {
    const d = run(["**1°C**", "**Le** **Courrier**", "# Les négociations reportées", "Les négociations sur les livraisons de gaz ont été reportées d'une semaine, a indiqué lundi le ministère."], [masthead]);
    expect(d.captured.outlet).toBe("Le Courrier");
  });
});
