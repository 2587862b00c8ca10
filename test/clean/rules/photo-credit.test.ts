// Pins photo-credit: "Photo: X"-style lines (lead words in several languages), captions ending in a
// bold "Name / AGENCY" and bare "Name / Agency" lines go to `image_credits` (never authors) and are
// removed; sentences that start like a credit lead or contain a slash stay.
import { describe, expect, it } from "vitest";
import { photoCredit } from "../../../pipeline/clean/rules/photo-credit.ts";
import { kept, logOf, removed, run } from "./run.ts";

describe("photo-credit", () => {
  const page = [
    "Photo: Jane Doe/Reuters", // 1
    "(Photo by John Smith)", // 2
    "Foto: Michael Kappeler/dpa", // 3
    "Фото: Сергей Иванов / ТАСС", // 4
    "Zhao Lijian at a briefing in Beijing. **Roman Pilipey / EPA / TASS**", // 5
    "Ivan Petrov / AFP", // 6
    "Photographers gathered outside the court on Monday morning.", // 7 'photo' is only the start of a word
    "Sales / revenue fell sharply in the third quarter.", // 8 a sentence
    "The minister said **no comment** to reporters.", // 9 bold, but no credit
    "Ivan Petrov / AFP / Getty Images / Reuters / EPA", // 10 five parts
    "Residents return to the flooded old town / Clean-up expected to take several months", // 11 over 80 characters
  ];
  const doc = run(page, [photoCredit]);

  it("moves each credit to image_credits, not authors", () => {
    expect(doc.captured.image_credits).toEqual([
      "Jane Doe/Reuters",
      "John Smith",
      "Michael Kappeler/dpa",
      "Сергей Иванов / ТАСС",
      "Roman Pilipey / EPA / TASS",
      "Ivan Petrov / AFP",
    ]);
    expect(doc.captured.authors).toEqual([]);
  });

  it("removes the credit and caption lines as boilerplate, with the kind of credit in the log", () => {
    expect(removed(doc)).toEqual([1, 2, 3, 4, 5, 6].map((n) => [n, "photo-credit", "boilerplate"]));
    const log = logOf(doc, "photo-credit");
    expect(log.map((e) => [e.action, e.first_line, e.reason])).toEqual([
      ["captured", 1, "'Photo:'-style credit"],
      ["removed", 1, "photo credit line"],
      ["captured", 2, "'Photo:'-style credit"],
      ["removed", 2, "photo credit line"],
      ["captured", 3, "'Photo:'-style credit"],
      ["removed", 3, "photo credit line"],
      ["captured", 4, "'Photo:'-style credit"],
      ["removed", 4, "photo credit line"],
      ["captured", 5, "bold 'Name / Agency' credit after a caption"],
      ["removed", 5, "image caption with credit"],
      ["captured", 6, "'Name / Agency' credit line"],
      ["removed", 6, "photo credit line"],
    ]);
    expect(log[0]).toMatchObject({ field: "image_credits", text: "Jane Doe/Reuters" });
  });

  it("reads the lead words of a cover picture and the other languages' picture words", () => {
    for (const [line, credit] of [
      ["Titelbild: Anna Weber/picture alliance", "Anna Weber/picture alliance"],
      ["Beitragsbild: Max Muster", "Max Muster"],
      ["Bildnachweis: Stadtarchiv Kiel", "Stadtarchiv Kiel"],
      ["Imagen: Carlos Ruiz / EFE", "Carlos Ruiz / EFE"],
      ["Immagine: Luca Bianchi/Ansa", "Luca Bianchi/Ansa"],
    ]) {
      const d = run(["The harbour was busy all through the summer, the port authority said on Monday.", "", line], [photoCredit]);
      expect(d.captured.image_credits, line).toEqual([credit]);
      expect(kept(d), line).toHaveLength(1);
    }
  });

  it("keeps sentences that begin like a lead, contain a slash or bold, and over-long slash runs", () => {
    expect(kept(doc)).toEqual(page.slice(6));
  });

  // Bug: PHOTO_LEAD accepts any 2-120 characters after "Photos by" (or "Photo:", "Image by", ...),
  // whole sentences included, so an article sentence that opens with those words is taken as a photo
  // credit: the sentence lands in image_credits and is removed from the body.
  it("keeps a sentence that opens with 'Photos by'", () => {
    const d = run(["Photos by local schoolchildren will be on show at the town hall until the end of March."], [photoCredit]);
    expect(removed(d)).toEqual([]);
    expect(d.captured.image_credits).toEqual([]);
  });
});

describe("photo-credit: a caption ending with its credit", () => {
  const page = [
    "The minister arrives at the summit in Brussels on Thursday. Photo: Jean Dupont/AFP", // 1
    "Rettungskräfte am Unfallort in der Innenstadt (Foto: dpa)", // 2
    "Protesters gather outside parliament in Warsaw. fot. Jan Kowalski", // 3
    "Wreckage of the plane near the runway. (Photo by Maria Lopez.)", // 4 the credit's full stop is not kept
    // a paragraph of three sentences that ends with a credit is article text, not a caption
    "The storm hit at dawn. Roads were closed across the county. Schools stayed shut until noon. Photo: County Council", // 5
    "Officials said the bridge would reopen in spring, after repairs to the foundations.", // 6 no credit at all
  ];
  // blank lines between: a caption is a paragraph of its own
  const doc = run(page.flatMap((l) => [l, ""]), [photoCredit]);

  it("keeps the credit in image_credits and removes the caption", () => {
    expect(doc.captured.image_credits).toEqual(["Jean Dupont/AFP", "dpa", "Jan Kowalski", "Maria Lopez"]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 3, 5, 7]);
    expect(logOf(doc, "photo-credit").filter((e) => e.action === "captured").map((e) => e.reason)).toEqual(
      Array(4).fill("credit at the end of a caption"),
    );
  });

  it("keeps paragraphs of three sentences or more, and lines without a credit", () => {
    expect(kept(doc)).toEqual([page[4], page[5]]);
  });

  it("leaves the last line of a caption a text dump wrapped over several lines", () => {
    const wrapped = run(["", "Officials inspect the damaged bridge near the town centre on", "Tuesday morning. Photo: Jane", "Doe/Reuters", ""], [photoCredit]);
    expect(removed(wrapped)).toEqual([]);
    expect(wrapped.captured.image_credits).toEqual([]);
  });
});

describe("photo-credit: a caption whose credit follows a spaced dash", () => {
  it("removes the caption and keeps the credit; a sentence with a dash and no credit word, and an image title with a bar, stay", () => {
    const page = [
      "Supermercado em São Paulo — Foto: Pedro Lima/Agência", // 1
      "",
      "Rettungskräfte am Unfallort – Foto: Jens Krüger", // 3
      "",
      "The minister arrived late — photographers waited for an hour outside.", // 5 no credit lead
      "",
      '![](https://example.de/bild.jpg "Studenten suchen eine Wohnung. | Foto: Jens Krüger")', // 7 an image's title (repeated-caption's)
    ];
    const doc = run(page, [photoCredit]);
    expect(doc.captured.image_credits).toEqual(["Pedro Lima/Agência", "Jens Krüger"]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 3]);
    expect(kept(doc)).toEqual([page[4], page[6]]);
  });

  it("reads a credit set in italics alone on its line, and keeps an italic sentence", () => {
    const page = ["*(Credit: Clayton Aldern / Grist)*", "", "*Photos help us tell the story of the river, the editors said in a note.*"];
    const doc = run(page, [photoCredit]);
    expect(doc.captured.image_credits).toEqual(["Clayton Aldern / Grist"]);
    expect(kept(doc)).toEqual([page[2]]);
  });
});

