// Pins tag-line: a line "Label: item, item" whose label names topic tags (in any of ~30 languages) moves
// its items to `tags` and goes as metadata; one item only after a label that names tags alone; a label
// that is not a tag label, a long or sentence-like item, or a prose sentence after a colon leave the line.
// related-links, which runs after it, no longer takes a removed tag line for a headline.
import { describe, expect, it } from "vitest";
import { relatedLinks } from "../../../pipeline/clean/rules/related-links.ts";
import { tagLine, tagLineItems } from "../../../pipeline/clean/rules/tag-line.ts";
import { kept, logOf, removed, run } from "./run.ts";

const prose = "Der Stadtrat hat am Dienstag beschlossen, ab Januar kostenlose Busse am Wochenende zu testen.";

describe("tag-line", () => {
  it("moves the items of a labelled tag line to tags and removes the line", () => {
    const doc = run([prose, "Schlagwörter: Verkehr, Bus, Stadtrat"], [tagLine]);
    expect(doc.captured.tags).toEqual(["Verkehr", "Bus", "Stadtrat"]);
    expect(removed(doc)).toEqual([[2, "tag-line", "metadata"]]);
    expect(logOf(doc, "tag-line").at(-1)).toMatchObject({ action: "removed", first_line: 2, reason: "tag line of 3 items" });
    expect(kept(doc)).toEqual([prose]);
  });

  it("reads labels and separators of many languages and scripts", () => {
    const cases: [string, string[]][] = [
      ["Temas: vivienda, alquiler, Ayuntamiento", ["vivienda", "alquiler", "Ayuntamiento"]],
      ["Mots-clés : transports, bus, gratuité", ["transports", "bus", "gratuité"]],
      ["Tag: mobilità, bici, consiglio comunale", ["mobilità", "bici", "consiglio comunale"]],
      ["Tópicos: transporte | prefeitura | ônibus", ["transporte", "prefeitura", "ônibus"]],
      ["Tagi: komunikacja, autobusy", ["komunikacja", "autobusy"]],
      ["Теги: транспорт, электробусы", ["транспорт", "электробусы"]],
      ["Etiketler: ulaşım, belediye", ["ulaşım", "belediye"]],
      ["Ämnen: trafik; bussar", ["trafik", "bussar"]],
      ["الكلمات المفتاحية: النقل، الحافلات", ["النقل", "الحافلات"]],
      ["标签：交通 公交 城市", ["交通", "公交", "城市"]],
      ["태그: #교통 #버스", ["교통", "버스"]],
      ["Tags: Brexit", ["Brexit"]],
      ["- Topics: [Elections](https://news.example.org/t/elections), [Congress](https://news.example.org/t/congress)", ["Elections", "Congress"]],
    ];
    for (const [line, tags] of cases) expect(tagLineItems(line), line).toEqual(tags);
  });

  it("follows a tag line a text browser wrapped after a comma", () => {
    const doc = run([prose, "Tags: Verkehr, Bus, Stadtrat, Haushalt,", "Wochenende, Nahverkehr", "Der Versuch beginnt im Januar und läuft ein Jahr lang."], [tagLine]);
    expect(doc.captured.tags).toEqual(["Verkehr", "Bus", "Stadtrat", "Haushalt", "Wochenende", "Nahverkehr"]);
    expect(removed(doc)).toEqual([
      [2, "tag-line", "metadata"],
      [3, "tag-line", "metadata"],
    ]);
    expect(kept(doc)).toEqual([prose, "Der Versuch beginnt im Januar und läuft ein Jahr lang."]);
  });

  it("leaves lines that are not tag lines", () => {
    for (const line of [
      "Themen: Die Sitzung dauerte bis spät in die Nacht, am Ende stimmte die Mehrheit zu.", // a sentence
      "Temas: el empleo y la sanidad pública en todo el país, la vivienda", // an item of six words
      "Themen: Verkehr", // one item after a label that does not name tags alone
      "Quelle: dpa, AFP", // not a tag label
      "Tags: Bus. Bahn.", // items end like sentences
      prose,
    ])
      expect(tagLineItems(line), line).toBeNull();
  });

  it("keeps related-links from taking a removed tag line for a headline", () => {
    // (a text dump: no link markup, so the lines after a related-only lead are read as headlines)
    const page = [prose, "Mehr zum Thema", "Straßenbahn-Tarife steigen 2027", "Schlagwörter: Verkehr, Bus"];
    const doc = run(page, [tagLine, relatedLinks]);
    expect(doc.captured.related_headlines).toEqual(["Straßenbahn-Tarife steigen 2027"]);
    expect(doc.captured.tags).toEqual(["Verkehr", "Bus"]);
    expect(kept(doc)).toEqual([prose]);
  });
});
