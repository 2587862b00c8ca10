// Quotation marks of many typographic traditions, grouped in families. Within a family the direction of a
// mark is told by its neighbours (like Markdown's flanking rules), because the same glyph opens in one
// language and closes in another: “ opens in English and closes in German („…“); » opens in German
// (»…«) and closes in French («…»).

/** Double quotation marks: English “…”, straight "…", German/Polish „…“ / „…”, Swedish ”…”. */
export const DOUBLE_MARKS = ["“", "”", "„", "‟", '"', "＂", "″"] as const;
/** Two-character stand-ins for a closing or opening double mark (typewriter and TeX habits). */
export const DOUBLE_DIGRAPHS = ["’’", "''", "``", "‘‘", ",,"] as const;
/** Single marks, used as top-level quotes in British style (‘…’) — also apostrophes, hence stricter rules. */
export const SINGLE_OPENERS = ["‘", "'", "‚", "‛"] as const;
export const SINGLE_CLOSERS = ["’", "'", "‘"] as const;
/** Marks whose closer is a fixed partner; direction comes from which one is seen first. */
export const PAIRED_MARKS: Record<string, string> = {
  "«": "»", // French, Russian, Spanish, Italian...
  "»": "«", // German, Danish, Czech
  "‹": "›",
  "›": "‹",
  "「": "」", // Japanese, Chinese
  "『": "』",
  "〝": "〞",
  "《": "》",
};
/** Paired marks that are written with an inner space in French (« Bonjour »). */
export const SPACED_PAIRED = new Set(["«", "»", "‹", "›"]);
/** Paired marks that only ever open (so they may be followed by anything). */
export const CJK_OPENERS = new Set(["「", "『", "〝"]);
/** Book-title brackets: what they hold is a title, never a quotation. */
export const TITLE_BRACKETS = new Set(["《"]);
