// Finds photo credits — a caption ending in a bold "Name / AGENCY / AGENCY", or "Photo: X" /
// "Foto: X" / "Фото: X" lines — keeps them in `image_credits` (never `authors`) and removes the caption.
import type { Rule } from "../../rules.ts";

const PHOTO_LEAD = /^\(?\s*(?:photo(?:graph)?s?|image|picture|foto|fotó|фото|credit|crédit|crédito|bild|ilustrasi)\s*(?:by|:|credit:)\s*(.{2,120}?)\)?\s*$/i;
/** "Name / Agency / Agency": 2–4 short parts, each starting with a capital. */
const SLASH_CREDIT = /^[\p{Lu}][^/\n]{1,40}(?:\s\/\s[\p{Lu}][^/\n]{0,40}){1,3}$/u;
/** Longest credit after a "Photo:" lead, in words ("John Smith for The New York Times" is 7). */
const MAX_CREDIT_WORDS = 8;
/** A credit names people or agencies; a longer run, or a full sentence, is article text that opens with "Photos by". */
const creditShaped = (c: string): boolean => {
  const words = c.split(/\s+/).length;
  return words <= MAX_CREDIT_WORDS && !(words > 4 && /[.!?]$/.test(c));
};
/** Caption text then a bold credit: "Zhao Lijian. **Roman Pilipey / EPA / TASS**". */
const BOLD_TAIL = /^(.{0,200}?)\*\*([^*]{2,120})\*\*\s*$/;

export const photoCredit: Rule = {
  id: "photo-credit",
  description: "Moves photo credits ('X / AGENCY', 'Photo: X') to image_credits and removes their caption lines.",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy) return;
      const t = line.text.trim();
      const lead = PHOTO_LEAD.exec(t);
      if (lead && creditShaped(lead[1].trim())) {
        ctx.capture("image_credits", lead[1].trim(), "'Photo:'-style credit", [i]);
        ctx.remove(i, i, "photo credit line");
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
