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
