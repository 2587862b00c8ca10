// Finds photo credits — a caption ending in a bold "Name / AGENCY / AGENCY", or "Photo: X" /
// "Foto: X" / "Фото: X" lines — keeps them in `image_credits` (never `authors`) and removes the caption.
import type { Rule } from "../../rules.ts";

/** Words that introduce a photo credit, in the languages news pages come in. */
export const CREDIT_WORDS = "photo(?:graph)?s?|image|picture|titelbild|beitragsbild|titelfoto|bildquelle|bildnachweis|imagen|immagine|foto|fotó|фото|credit|crédit|crédito|bild|ilustrasi|zdjęcie|fot\\.|fotoğraf|φωτογραφία|ảnh|צילום|صورة|عکس";
const PHOTO_LEAD = new RegExp(`^\\(?\\s*(?:${CREDIT_WORDS})\\s*(?:by|:|credit:|(?<=\\.))\\s*(.{2,120}?)\\)?\\s*$`, "iu");
/** A credit word anywhere (a linear test before CAPTION_TAIL, which tries every cut of the line). */
const CREDIT_WORD = new RegExp(`(?:${CREDIT_WORDS})\\s*(?:by|:|(?<=\\.))`, "iu");
/**
 * A caption that ends with its credit: "The minister arrives in Brussels. Photo: Jean Dupont/AFP",
 * "Rettungskräfte am Unfallort (Foto: dpa)", "Supermercado em São Paulo — Foto: Pedro Lima/Agência".
 * The caption is one or two sentences; its end mark, an opening parenthesis or a spaced dash comes
 * right before the credit word. (Not a bar: an image's title "Caption | Foto: X" is repeated-caption's.)
 */
const CAPTION_TAIL = new RegExp(`^(.{10,250}?)(?:[.!?»"”]\\s+\\(?|\\s+\\(|\\s+[—–]\\s+)(?:${CREDIT_WORDS})\\s*(?:by|:|(?<=\\.))\\s*([^()]{2,80}?)\\)?\\s*$`, "iu");
/** "Name / Agency / Agency": 2–4 short parts, each starting with a capital. */
const SLASH_CREDIT = /^[\p{Lu}][^/\n]{1,40}(?:\s\/\s[\p{Lu}][^/\n]{0,40}){1,3}$/u;
/** Longest credit after a "Photo:" lead, in words ("John Smith for The New York Times" is 7). */
const MAX_CREDIT_WORDS = 8;
/** A credit names people or agencies; a longer run, or a full sentence, is article text that opens with "Photos by". */
const creditShaped = (c: string): boolean => {
  const words = c.split(/\s+/).length;
  return words <= MAX_CREDIT_WORDS && !(words > 4 && /[.!?]$/.test(c));
};
/** Sentence ends inside a caption: a longer run is a paragraph that happens to end with a credit. */
const sentencesIn = (text: string): number => (text.match(/[.!?](?=\s+\p{Lu})/gu)?.length ?? 0) + 1;
/** Is the line a paragraph of its own (blank or nothing before and after)? */
const standsAlone = (lines: readonly { text: string }[], i: number): boolean =>
  (i === 0 || !lines[i - 1].text.trim()) && (i === lines.length - 1 || !lines[i + 1].text.trim());
/** Caption text then a bold credit: "Zhao Lijian. **Roman Pilipey / EPA / TASS**". */
const BOLD_TAIL = /^(.{0,200}?)\*\*([^*]{2,120})\*\*\s*$/;

/** Emphasis marks around a whole line: "*…*", "**…**", "_…_". */
const EMPHASIS_AROUND = /^[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}$/g;

export const photoCredit: Rule = {
  id: "photo-credit",
  description: "Moves photo credits ('X / AGENCY', 'Photo: X') to image_credits and removes their caption lines.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy) return;
      const t = line.text.trim();
      // (a credit set in italics or bold alone on its line: "*(Credit: Jane Doe / Agency)*")
      const lead = PHOTO_LEAD.exec(t) ?? (/^[*_]/.test(t) ? PHOTO_LEAD.exec(t.replace(EMPHASIS_AROUND, "")) : null);
      if (lead && creditShaped(lead[1].trim())) {
        ctx.capture("image_credits", lead[1].trim(), "'Photo:'-style credit", [i]);
        ctx.remove(i, i, "photo credit line");
        return;
      }
      // A caption stands alone: a text dump wraps a long one over several lines, and one line of it
      // would cut the credit short ("Photo: Jane") and leave the rest of the caption behind.
      const tail = t.length <= 340 && CREDIT_WORD.test(t) && standsAlone(ctx.doc.lines, i) ? CAPTION_TAIL.exec(t) : null;
      if (tail && creditShaped(tail[2].trim()) && sentencesIn(tail[1]) <= 2) {
        ctx.capture("image_credits", tail[2].trim().replace(/\.$/, ""), "credit at the end of a caption", [i]);
        ctx.remove(i, i, "image caption with credit");
        return;
      }
      // (the trimmed line must end in "**" for BOLD_TAIL, and hold a "/" for SLASH_CREDIT)
      if (!t.includes("/")) return;
      const bold = t.endsWith("**") ? BOLD_TAIL.exec(t) : null;
      if (bold && SLASH_CREDIT.test(bold[2].trim())) {
        ctx.capture("image_credits", bold[2].trim(), "bold 'Name / Agency' credit after a caption", [i]);
        ctx.remove(i, i, "image caption with credit");
        return;
      }
      if (t.length <= 80 && SLASH_CREDIT.test(t) && !/[.!?]$/.test(t)) {
        ctx.capture("image_credits", t, "'Name / Agency' credit line", [i]);
        ctx.remove(i, i, "photo credit line");
      }
    });
  },
};
