// Removes share buttons and icon-font names that ui-labels does not know: a share bar's labels in the
// languages news sites use ("Paylaş", "この記事をシェア", "Deel dit artikel"), a button naming its network
// ("Sdílet na Facebooku", "Compartir en WhatsApp", "Facebook'ta paylaş") and a line of icon-font ligature
// names ("menu search account_circle"). It runs after the article region is chosen, so the block model
// still sees these lines as the separators it was trained on; it takes them out of the header zone and
// from between paragraphs, where a text dump leaves them.
import type { Rule } from "../../rules.ts";
import { ICON_LIGATURES, SHARE_LABELS, SHARE_NETWORKS, SHARE_PREPOSITIONS } from "../lexicon/share-buttons.ts";
import { UI_LABELS } from "../lexicon/ui-labels.ts";
import { labelsOf } from "./ui-labels.ts";

/** A button is a short line. */
const MAX_CHARS = 60;
const PREPOSITIONS = new Set(SHARE_PREPOSITIONS);
const SNAKE_CASE = /^[a-z]+(?:_[a-z]+)+$/;
const LIGATURE_CHARS = /^[a-z_\s]+$/;

/** A network's name, inflected or with a suffix glued on ("facebooku", "facebook'ta"). */
const isNetwork = (w: string) => SHARE_NETWORKS.some((n) => w.startsWith(n) && w.length <= n.length + 3);
const isShareVerb = (w: string) => SHARE_LABELS.has(w) && !isNetwork(w);

/** Share labels only ("Paylaş", "Del artiklen"), or a share verb, a network and prepositions ("Sdílet na X"). */
export function isShareButton(text: string): boolean {
  // (labelsOf splits on hyphens: "E-Mail" is kept as one word)
  const bare = text.replace(/\s*[:：]\s*$/u, "").replace(/\be-mail\b/giu, "email");
  const labels = labelsOf(bare);
  if (!labels.length || labels.length > 6) return false;
  if (SHARE_LABELS.has(labels.join(" "))) return true;
  if (labels.length === 1) return false;
  let verb = false;
  let network = false;
  for (const w of labels) {
    if (isShareVerb(w)) verb = true;
    else if (isNetwork(w)) network = true;
    else if (!PREPOSITIONS.has(w) && !UI_LABELS.has(w)) return false;
  }
  return verb && (network || labels.every((w) => SHARE_LABELS.has(w) || UI_LABELS.has(w)));
}

/** Icon-font ligature names only, at least two of them and one no plain label ("menu search person", "close expand_more"). */
export function isIconLigatureRun(text: string): boolean {
  // (ligature names are lower-case ASCII words: most lines stop at this test)
  if (!LIGATURE_CHARS.test(text)) return false;
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 8 && words.every((w) => ICON_LIGATURES.has(w) || SNAKE_CASE.test(w)) && words.some((w) => !UI_LABELS.has(w));
}

export const shareButtons: Rule = {
  id: "share-buttons",
  description: "Removes share buttons in many languages ('Paylaş', 'Sdílet na Facebooku') and lines of icon-font ligature names ('menu search account_circle').",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      const t = line.text.trim();
      if (line.removedBy || !t || t.length > MAX_CHARS) return;
      if (isShareButton(t)) ctx.remove(i, i, "share button");
      else if (isIconLigatureRun(t)) ctx.remove(i, i, "icon-font ligature names");
    });
  },
};
