// Captions, photo credits, live-blog labels, breadcrumb trails and kickers around a headline: the
// marks the title ranker reads, and what it picks on pages shaped like that. Pages written for these
// tests, in several languages and scripts.
import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { hasCaptionWords, hasCreditMark, isCaptionOrCredit, isCreditLine, isImageLine } from "../../pipeline/extract/caption-marks.ts";
import { isLiveMarker } from "../../pipeline/extract/lexicon/live-markers.ts";
import { title, TITLE_FEATURES, titleCandidates, withoutTrail } from "../../pipeline/extract/rules/title.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted ten years.";
const prose2 = "Work is to start in the spring, and the crossing will stay open to walkers and cyclists while the crews are on site.";
const feature = (text: string, lines: string[], start: number, name: (typeof TITLE_FEATURES)[number], wrap?: number) => {
  const d = toWorkingDoc("t.txt", lines.join("\n"));
  if (wrap) (d as { wrapWidth: number | null }).wrapWidth = wrap;
  d.article = { start, end: lines.length - 1 };
  const c = titleCandidates(d).find((x) => x.text === text);
  if (!c) throw new Error(`no candidate ${JSON.stringify(text)}`);
  return c.features[TITLE_FEATURES.indexOf(name)];
};
const titleOf = (lines: string[], start: number) => {
  const d = toWorkingDoc("t.txt", lines.join("\n"));
  d.article = { start, end: lines.length - 1 };
  return runRules(d, [title], "extract").captured.title;
};

describe("archive-picture marks", () => {
  it("reads '(FILE)', '(Archivo)', '(Archiv)' closing a caption and 'FILE -' in capitals opening one", () => {
    for (const t of ["Players train ahead of the match against the visitors. (FILE)", "El presidente durante la visita a Lima (Archivo)", "Der Bürgermeister am Montag im Rathaus (Archiv)", "FILE - In this photo taken in March, workers repair the bridge", "FILE PHOTO: A man walks past the station"])
      expect(hasCaptionWords(t), t).toBe(true);
    for (const t of ["File: the new tax rules explained", "How to file your taxes (and why)", "Archive of the month: old maps of the city", "File transfer tools compared"])
      expect(hasCaptionWords(t), t).toBe(false);
  });

  it("never takes a caption marked as an archive picture for the headline", () => {
    const w3m = ["Tridents face their hardest week", "", "[players]", "The players training ahead of the match against the visitors. (FILE)", "", prose, "", prose2];
    expect(isCaptionOrCredit(w3m[3])).toBe(true);
    expect(titleOf(w3m, 5)).toBe("Tridents face their hardest week");
  });
});

describe("image lines", () => {
  it("knows a Markdown image, a linked image, a text browser's placeholder and a bare file name", () => {
    expect(isImageLine("![The bridge at dusk](https://img.example/bridge.jpg)")).toBe(true);
    expect(isImageLine("[![](https://img.example/a.png)](https://example.org/gallery)")).toBe(true);
    expect(isImageLine("[bruecke_abend_02]")).toBe(true);
    expect(isImageLine("puente-noche.webp")).toBe(true);
    expect(isImageLine("Council votes to rebuild the bridge")).toBe(false);
    expect(isImageLine("[Home](/) [World](/world)")).toBe(false);
  });
});

describe("credit lines and credit marks", () => {
  it("reads credit lines in several languages and scripts", () => {
    for (const line of [
      "Photo: Jane Doe",
      "Foto: Max Muster/dpa",
      "Фото: Иван Петров",
      "© Agence Exemple",
      "Zdjęcie: Anna Nowak",
      "写真：山田太郎",
      "사진=홍길동 기자",
      "新华社记者 李明 摄",
      "صورة: أحمد علي",
      "צילום: דנה לוי",
      "Jane Doe / Example Agency",
    ])
      expect(isCreditLine(line), line).toBe(true);
    for (const line of ["Council votes to rebuild the bridge", "Der Rat stimmt für den Neubau der Brücke", "市议会投票决定重建大桥"]) expect(isCreditLine(line), line).toBe(false);
  });

  it("finds a credit carried inside a caption", () => {
    expect(hasCreditMark("The mayor on the old bridge. (Picture by Jane Doe)")).toBe(true);
    expect(hasCreditMark("Walkers on the frozen lake in February. Jane Doe / Example Agency")).toBe(true);
    expect(hasCreditMark("Firefighters at the harbour on Monday. Getty Images")).toBe(true);
    expect(hasCreditMark("工人在大桥上施工 张三摄")).toBe(true);
    expect(hasCreditMark("Council votes to rebuild the bridge")).toBe(false);
  });

  it("marks candidates standing next to an image or a credit line, and those carrying a credit", () => {
    const md = ["# Council votes to rebuild the bridge", "", "![](https://img.example/bridge.jpg)", "", "The old bridge at dusk", "", "Foto: Jane Doe", "", prose, "", prose2];
    expect(feature("The old bridge at dusk", md, 8, "nearImage")).toBe(1);
    expect(feature("The old bridge at dusk", md, 8, "nearCredit")).toBe(1);
    expect(feature("Council votes to rebuild the bridge", md, 8, "nearCredit")).toBe(0);
    // An agency named in a line is a soft mark (headlines name agencies too); a bracketed credit is no headline at all.
    const w3m = ["Council votes to rebuild the bridge", "", "[bridge_dusk]", "Workers on the bridge in March. Getty Images", "", prose, "", prose2];
    expect(feature("Workers on the bridge in March. Getty Images", w3m, 5, "caption")).toBe(1);
    expect(feature("Workers on the bridge in March. Getty Images", w3m, 5, "nearImage")).toBe(1);
    const credited = ["Council votes to rebuild the bridge", "", "[bridge_dusk]", "Workers on the bridge in March. (Photo by Jane Doe)", "", prose, "", prose2];
    expect(() => feature("Workers on the bridge in March. (Photo by Jane Doe)", credited, 5, "caption")).toThrow(/no candidate/);
  });

  it("does not take a caption under the headline for the title", () => {
    const md = ["-   [Home](/)", "", "# Council votes to rebuild the bridge", "", "By Jane Smith", "", "![](https://img.example/bridge.jpg)", "", "The old bridge at dusk on Monday.", "", "Photo: Jane Doe", "", prose, "", prose2];
    expect(titleOf(md, 12)).toBe("Council votes to rebuild the bridge");
  });
});

describe("live-blog and ticker labels", () => {
  it("recognises the label alone, with its time stamp or decorations, in several languages", () => {
    for (const t of ["Live", "LIVE", "+++ News ticker ended +++", "12:45 Liveticker beendet", "EN DIRECT", "En vivo", "Na żywo", "Прямой эфир", "● 直播", "속보", "مباشر"])
      expect(isLiveMarker(t), t).toBe(true);
    for (const t of ["Live music returns to the park", "Breaking: fire in the harbour", "Council votes to rebuild the bridge"]) expect(isLiveMarker(t), t).toBe(false);
  });

  it("never takes a ticker label for the title", () => {
    const lines = ["Council votes to rebuild the bridge", "", "News ticker ended", "", "12:45", "", prose, "", prose2];
    expect(titleOf(lines, 6)).toBe("Council votes to rebuild the bridge");
    const d = toWorkingDoc("t.txt", lines.join("\n"));
    d.article = { start: 6, end: 8 };
    expect(titleCandidates(d).map((c) => c.text)).not.toContain("News ticker ended");
  });
});

describe("trails, dates and kickers before a headline", () => {
  it("keeps the headline at the end of a breadcrumb trail or after a date", () => {
    expect(withoutTrail("Home / Politics / Council votes to rebuild the bridge")).toBe("Council votes to rebuild the bridge");
    expect(withoutTrail("Startseite » Stadt » Rat stimmt für neue Brücke")).toBe("Rat stimmt für neue Brücke");
    expect(withoutTrail("23.01.2022 - Rat stimmt für neue Brücke")).toBe("Rat stimmt für neue Brücke");
    // Not a trail: a headline with one slash, or whose parts are long.
    expect(withoutTrail("Biden / Trump: the debate in five charts")).toBe("Biden / Trump: the debate in five charts");
    expect(withoutTrail("The vote was close / the bridge will be rebuilt / work starts soon")).toBe("The vote was close / the bridge will be rebuilt / work starts soon");
  });

  it("offers the headline without an emphasised kicker, and reads a heading inside a list item", () => {
    const lines = ["## **Verkehr** Rat stimmt für den Neubau der Brücke", "", prose, "", prose2];
    const d = toWorkingDoc("t.txt", lines.join("\n"));
    d.article = { start: 2, end: 4 };
    const texts = titleCandidates(d).map((c) => c.text);
    expect(texts).toContain("Verkehr Rat stimmt für den Neubau der Brücke");
    expect(texts).toContain("Rat stimmt für den Neubau der Brücke");
    expect(feature("Rat stimmt für den Neubau der Brücke", lines, 2, "cutHead")).toBe(1);
    expect(feature("Rat stimmt für den Neubau der Brücke", lines, 2, "h2")).toBe(1);
    const listed = ["3.  # Council votes to rebuild the bridge", "", prose, "", prose2];
    expect(feature("Council votes to rebuild the bridge", listed, 2, "h1")).toBe(1);
  });

  it("offers the headline without a '| Site' tail, and counts the site name's repetitions beyond the headline's", () => {
    const lines = ["Example News", "", "# Council votes to rebuild the bridge | Example News", "", prose, "", prose2, "", "© Example News 2024", "", "About Example News"];
    const full = "Council votes to rebuild the bridge | Example News";
    expect(feature(full, lines, 4, "cutTail")).toBe(0);
    expect(feature("Council votes to rebuild the bridge", lines, 4, "cutTail")).toBe(1);
    expect(feature("Council votes to rebuild the bridge", lines, 4, "tailEcho")).toBe(3);
    // A subtitle after a dash is printed with the headline only.
    const sub = ["# Council votes to rebuild the bridge – ten years on", "", prose, "", prose2];
    expect(feature("Council votes to rebuild the bridge", sub, 2, "tailEcho")).toBe(0);
  });
});

describe("relative and text-dump signals", () => {
  it("offers the first of two lines a text dump joined as one wrapped headline on its own", () => {
    const head = "Council votes to rebuild the old bridge";
    const lines = [head, "Decades after the flood, the town gets its crossing back", "", prose, "", prose2];
    const d = toWorkingDoc("t.txt", lines.join("\n"));
    (d as { wrapWidth: number | null }).wrapWidth = head.length + 2;
    d.article = { start: 3, end: 5 };
    const cands = titleCandidates(d);
    const joined = cands.find((c) => c.text === `${head} ${lines[1]}`)!;
    const alone = cands.find((c) => c.text === head)!;
    expect(joined.lines).toEqual([0, 1]);
    expect(alone.lines).toEqual([0, 1]);
    expect(alone.features[TITLE_FEATURES.indexOf("cutTail")]).toBe(1);
    expect(alone.features[TITLE_FEATURES.indexOf("textFullStop")]).toBe(0);
  });

  it("marks the candidate sharing most words with the article's start", () => {
    const lines = ["Bridge vote: council backs rebuilding the old stone bridge", "", "Weather for the weekend", "", prose, "", prose2];
    const best = (t: string) => feature(t, lines, 4, "bestOverlap");
    expect(best("Bridge vote: council backs rebuilding the old stone bridge")).toBe(1);
    expect(best("Weather for the weekend")).toBe(0);
  });

  it("marks a line naming a site's host, not a headline with an abbreviation or a version number", () => {
    const lines = [
      "Harbour Gazette — harbourgazette.com",
      "",
      "Die Seiten von www.hafenblatt.de",
      "",
      "Version 3.6.0 of the planner is out, U.S. users first",
      "",
      "Council votes to rebuild the bridge, z.B. the old one",
      "",
      prose,
      "",
      prose2,
    ];
    const host = (t: string) => feature(t, lines, 8, "hostName");
    expect(host("Harbour Gazette — harbourgazette.com")).toBe(1);
    expect(host("Die Seiten von www.hafenblatt.de")).toBe(1);
    expect(host("Version 3.6.0 of the planner is out, U.S. users first")).toBe(0);
    expect(host("Council votes to rebuild the bridge, z.B. the old one")).toBe(0);
  });
});
