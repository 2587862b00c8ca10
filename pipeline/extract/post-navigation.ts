// Links to the previous or next post ("← Older post title", "« Vorschau: …", "Next: … →", "<Alle Shops")
// are printed around an article in the shape of a headline, and blogs put them right above or below it.
// What marks them is the arrow or the single pointing mark on one side with nothing closing it on the
// other, in any language; a headline opening with a French quotation («…») closes its mark.
const OPENING_ARROW = /^\s*(?:[←⟵⇐◀◄‹<]|«(?![^«»]*»)|<<)\s*\S/u;
const CLOSING_ARROW = /\S\s*(?:[→⟶⇒▶►›>]|(?<!«[^«»]*)»|>>)\s*$/u;

/** A previous/next-post link line: an arrow or pointing mark on one side only. */
export function isPostNavigation(text: string): boolean {
  return OPENING_ARROW.test(text) || CLOSING_ARROW.test(text);
}
