// Does a block end in a photo credit? A caption under a picture closes with who took or supplied it:
// "… during the debate. (AP Photo/Jane Doe, File)", "… in Hanoi. (NASA via AP)", "… am Unfallort.
// Foto: Max Muster", "… Symbolbild (Foto: dpa)". The photo-credit rule removes such captions when they
// stand on one line; in a text dump a caption is wrapped over several lines and reaches the block model
// whole, which reads this signal (block-features.ts: creditEnd). Told by shape: a short group in
// brackets after a sentence, or one holding a slash, a copyright sign or a credit word, or a credit word
// with a colon after the caption's sentence.
import { CREDIT_WORDS } from "./rules/photo-credit.ts";

/** A bracketed group closing the text (a period may follow): at most this many words in it. */
const MAX_GROUP_WORDS = 8;
const CLOSING_GROUP = /(^|[.!?»"”])?\s*\(([^()]{2,80})\)\.?$/u;
const SENTENCE_MARK = /[.!?]/;
const CREDITISH = new RegExp(`[/©]|(?:^|[^\\p{L}])(?:${CREDIT_WORDS})(?![\\p{L}])`, "iu");
/** "… sentence. Photo: Name", "… sentence. Foto: Name/Agency": a credit word and a colon after a sentence. */
const CREDIT_TAIL = new RegExp(`[.!?»"”]\\s+(?:${CREDIT_WORDS})\\s*:\\s*[^.!?]{2,60}$`, "iu");

export function endsInCredit(text: string): boolean {
  const t = text.trim();
  if (t.endsWith(")") || t.endsWith(").")) {
    const m = CLOSING_GROUP.exec(t);
    if (m) {
      const inner = m[2].trim();
      const words = inner.split(/\s+/).length;
      if (words <= MAX_GROUP_WORDS && !SENTENCE_MARK.test(inner.replace(/\.$/, "")) && (m[1] !== undefined || CREDITISH.test(inner))) return true;
    }
  }
  return CREDIT_TAIL.test(t);
}

/**
 * A caption for certain: the block ends in a photo credit that names itself as one — a bracketed group
 * opening with a credit word ("(Foto: dpa)", "(Photo by Jane Doe/AFP)", "(Image credit: NASA)"), an
 * agency's photo credit ("(AP Photo/Jane Doe)"), a picture supplied "via" someone ("(ITV via AP)"), or a
 * credit word and a colon after the caption's sentence ("… on Monday. Credit: ESA"). Looser endings (a
 * wire sign-off "(dpa)", a source "(Quaas 2012)", "(see picture)") are left to the block model
 * (endsInCredit, the creditEnd feature); these are removed from the article region (rules/article-region.ts).
 */
const NOT_LETTER = "(?![\\p{L}])";
const CREDIT_GROUP = new RegExp(
  `\\(\\s*(?:(?:${CREDIT_WORDS})${NOT_LETTER}[^()]{0,80}|[^()]{0,30}(?:${CREDIT_WORDS})\\s*\\/[^()]{1,60}|[^()]{1,60}\\svia\\s[^()]{1,40})\\)\\.?$`,
  "iu",
);
/** A caption is at most this long (a paragraph that ends with a credit is rare; a long caption is not). */
const MAX_CAPTION_WORDS = 120;

/** Only the block's end is read: a credit and the sentence before it fit in this many characters. */
const TAIL_CHARS = 240;
/**
 * "… in Montevideo. Foto: Archivo El País." — CREDIT_TAIL, a closing period allowed; also "… am Ziel.
 * © AFP / Jane Doe" (a copyright sign for the credit word). A version number of a licence ("CC BY 2.0")
 * is no sentence mark.
 */
const CREDIT_CHARS = "(?:[^.!?()]|\\d\\.\\d)";
const PHOTO_CREDIT_TAIL = new RegExp(`[.!?»"”]\\s+(?:(?:${CREDIT_WORDS})\\s*:|©)\\s*${CREDIT_CHARS}{2,60}\\.?$`, "iu");

export function endsInPhotoCredit(text: string): boolean {
  const t = text.trim();
  if (t.split(/\s+/, MAX_CAPTION_WORDS + 1).length > MAX_CAPTION_WORDS) return false;
  const end = t.length > TAIL_CHARS ? t.slice(-TAIL_CHARS) : t;
  return ((end.endsWith(")") || end.endsWith(").")) && CREDIT_GROUP.test(end)) || PHOTO_CREDIT_TAIL.test(end);
}

/** A credit line: a short block opening with a copyright sign or a credit word and a colon ("© dpa/Jane Doe", "Bildnachweis: …"). */
const CREDIT_LEAD = new RegExp(`^(?:©|\\(c\\)|(?:${CREDIT_WORDS})\\s*:)`, "iu");
const MAX_CREDIT_LINE_WORDS = 15;

export function isCreditLine(text: string): boolean {
  const t = text.trim();
  return CREDIT_LEAD.test(t) && t.split(/\s+/, MAX_CREDIT_LINE_WORDS + 1).length <= MAX_CREDIT_LINE_WORDS;
}

/** A caption ending in a photo credit, or a credit line: picture furniture inside the article region. */
export const photoCreditBlock = (text: string): boolean => endsInPhotoCredit(text) || isCreditLine(text);
