// Pins gallery-counter: a picture counter ("1 of 8", "Bild 1 von 12", "사진 1/8") or a gallery link
// ("Zur Bildergalerie", "Ver galería (14 fotos)") alone on a line is removed; a bare "3/12" (a day and a
// month), a count in a sentence and a heading that merely opens with "Gallery" stay.
import { describe, expect, it } from "vitest";
import { galleryCounter, isGalleryLabel, isPictureCounter } from "../../../pipeline/clean/rules/gallery-counter.ts";
import { kept, logOf, run } from "./run.ts";

describe("gallery-counter", () => {
  it("tells picture counters from numbers that are none", () => {
    for (const t of ["1 of 8", "Bild 1 von 12", "Photo 1/15", "1 / 10", "사진 1/8", "Zdjęcie 1 z 12", "Foto 3 van 10", "Φωτογραφία 1 από 6", "**2 of 17**"])
      expect(isPictureCounter(t), t).toBe(true);
    for (const t of ["3/12", "12 of 5", "1 of 2 people", "Page 1 of 3000", "2026"]) expect(isPictureCounter(t), t).toBe(false);
  });

  it("tells gallery links from headings", () => {
    for (const t of ["Zur Bildergalerie", "Ver galería (14 fotos)", "Zobacz galerię (12 zdjęć)", "Foto Galeri", "Diaporama", "View all photos", "[Gallery](/gallery/123)"])
      expect(isGalleryLabel(t), t).toBe(true);
    for (const t of ["Gallery of modern art reopens", "The gallery was full on Sunday."]) expect(isGalleryLabel(t), t).toBe(false);
  });

  it("removes the counter and the link between paragraphs, logging each", () => {
    const doc = run(["The market reopened on Thursday.", "", "1 of 8", "", "View all photos", "", "Forty traders are back."], [galleryCounter]);
    expect(kept(doc)).toEqual(["The market reopened on Thursday.", "Forty traders are back."]);
    expect(logOf(doc, "gallery-counter").map((e) => [e.first_line, e.reason])).toEqual([
      [3, "picture counter of a gallery"],
      [5, "gallery link or button"],
    ]);
  });
});
