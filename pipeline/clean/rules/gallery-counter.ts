// Removes picture-gallery furniture printed alone on a line inside or around the story: a picture
// counter ("1 of 8", "Bild 1 von 12", "Photo 1/15", "사진 1/8") and a gallery link or button ("View all
// photos", "Zur Bildergalerie", "Ver galería (14 fotos)"). A slideshow dumped into the text leaves these
// lines between the paragraphs; they are never article text, and left in place they split the story.
import type { Rule } from "../../rules.ts";
import { COUNTER_JOINS, GALLERY_LABELS, PICTURE_WORDS } from "../lexicon/gallery.ts";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A counter: an optional picture word, a number, a join word or slash, the pictures' count. */
const COUNTER = new RegExp(
  `^((?:${PICTURE_WORDS.map(escape).join("|")})\\s*:?\\s*)?(\\d{1,3})(\\s*)(?:${COUNTER_JOINS.map(escape).join("|")})(\\s*)(\\d{1,3})$`,
  "iu",
);
/** The count of pictures a gallery link may print after its label: "(14 fotos)", "(12 zdjęć)", "12". */
const COUNT = /\s*[([]?\s*\d{1,3}(?:\s+[\p{L}']+)?\s*[)\]]?\s*$/u;
const DIGIT = /\d/;
/** Marks around a label: Markdown emphasis and link brackets, arrows, icons' punctuation. */
const MARKS = /[*_#\[\]»«›‹→←>|:·•]+/g;

/** Is the line a picture counter ("1 of 8", "Foto 3 van 10")? A page never numbers more pictures than this. */
export function isPictureCounter(text: string): boolean {
  // (a counter holds digits: most lines stop at this test)
  if (!DIGIT.test(text)) return false;
  const m = COUNTER.exec(text.replace(/[*_#]+/g, " ").replace(/\s+/g, " ").trim());
  if (m === null || +m[2] < 1 || +m[2] > +m[5] || +m[5] > 300) return false;
  // "3/12" alone may be a day and a month: a bare counter spaces its slash ("1 / 10") or names a picture.
  return m[1] !== undefined || !m[0].includes("/") || (m[3] !== "" && m[4] !== "");
}

/** Is the line a gallery link or button alone ("Zur Bildergalerie", "Ver galería (14 fotos)")? */
export function isGalleryLabel(text: string): boolean {
  if (text.length > 60) return false;
  const bare = text.replace(/\]\([^)]*\)/g, "").replace(MARKS, " ").replace(/\s+/g, " ").trim().toLowerCase();
  return GALLERY_LABELS.has(bare) || GALLERY_LABELS.has(bare.replace(COUNT, "").trim());
}

export const galleryCounter: Rule = {
  id: "gallery-counter",
  description: "Removes picture counters ('1 of 8', 'Bild 1 von 12') and gallery links ('View all photos') printed alone on a line.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      const t = line.text.trim();
      if (line.removedBy || !t || t.length > 80) return;
      if (isPictureCounter(t)) ctx.remove(i, i, "picture counter of a gallery");
      else if (isGalleryLabel(t)) ctx.remove(i, i, "gallery link or button");
    });
  },
};
