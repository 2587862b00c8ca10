// Captions that end in a photo credit, removed from the article region (credit-end.ts endsInPhotoCredit,
// rules/article-region.ts). Texts written for this test.
import { describe, expect, it } from "vitest";
import { endsInPhotoCredit, isCreditLine } from "../../pipeline/clean/credit-end.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegionWith } from "../../pipeline/clean/rules/article-region.ts";
import { BLOCK_MODEL, CONTEXT_FEATURES, type BlockModel } from "../../pipeline/clean/block-scoring.ts";
import { paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";

describe("endsInPhotoCredit: a credit that names itself as one", () => {
  it("finds agency credits, credit words in brackets, 'via' and a credit word with a colon", () => {
    for (const t of [
      "The minister arrives for talks in Brussels on Monday. (AP Photo/Jane Doe)",
      "Rettungskräfte am Unfallort bei Trier (Foto: Max Muster)",
      "The two leaders shake hands after the debate. (Channel 4 via AP)",
      "An artist's view of the lander on the Moon. Credit: ESA",
      "Студенты на площади в Казани. Фото: Иван Петров",
      "Workers repair the dam after the flood (picture alliance/dpa)",
      "Der Hafen von Kiel am Morgen. Foto: Archiv Nordkurier.",
      "Die Siegerin im Ziel von Lienz. © AFP / JANE DOE",
      "Ein Radweg an der Havel im Herbst. Foto: Max Muster | flickr | CC BY 2.0",
    ])
      expect([t, endsInPhotoCredit(t)]).toEqual([t, true]);
  });

  it("leaves sign-offs, sources and asides that end a paragraph", () => {
    for (const t of [
      "The club said the match would go ahead as planned. (dpa)",
      "Later studies found smaller effects (Miller/Klein 2012).",
      "The van has a second bed over the cab (see picture).",
      "The council will vote on the plan in May. © 2023 Valley Courier. All rights reserved",
      "Das Rathaus schließt um 18 Uhr. Foto: Das Rathaus hat neue Öffnungszeiten. Es öffnet um 8 Uhr.",
      "Tickets are on sale from Friday. (Photos of the venue are on page 4 of the programme, which also lists every act and the times they play on both stages over the weekend, and the prices.)".repeat(4),
    ])
      expect([t.slice(0, 40), endsInPhotoCredit(t)]).toEqual([t.slice(0, 40), false]);
  });

  it("isCreditLine: a short line opening with a copyright sign or a credit word and a colon", () => {
    expect(isCreditLine("© dpa/Jane Doe")).toBe(true);
    expect(isCreditLine("Bildnachweis: Stadtarchiv Kiel")).toBe(true);
    expect(isCreditLine("Foto: Die Gäste im Saal des Rathauses beim Empfang, links der Bürgermeister, rechts seine Frau und die beiden Kinder")).toBe(false);
    expect(isCreditLine("Photography was his first love, he said.")).toBe(false);
  });

  it("removes a wrapped caption inside a text dump's article, and logs it", () => {
    // (a model that keeps every block, as the block model does with a caption of prose)
    const keepAll: BlockModel = {
      ...BLOCK_MODEL,
      stage2: { features: [...CONTEXT_FEATURES], mean: CONTEXT_FEATURES.map(() => 0), std: CONTEXT_FEATURES.map(() => 1), weights: CONTEXT_FEATURES.map((_, j) => (j === 0 ? 2 : 0)) },
    };
    const prose = [
      "The regional council approved the new cycle path along the river on Thursday, after a debate that lasted most of the afternoon.",
      "The path will link the two villages with the station, and work is to start in the autumn once the last land purchases are signed.",
    ];
    const caption = "Cyclists ride along the old towpath near the station on a sunny morning in May. (Photo: Anna Berg)";
    const page = ["Council backs river cycle path", prose[0], caption, prose[1]].join("\n\n") + "\n";
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegionWith(keepAll)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    expect(body.join(" ")).not.toMatch(/Anna Berg/);
    expect(doc.log.some((e) => e.rule === "article-region" && e.reason === "caption ending in a photo credit, or a credit line, inside the article" && e.first_line === 5)).toBe(true);
  });
});
