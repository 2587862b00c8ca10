// A text browser prints a form's text box as a bracketed run of blanks or underscores ("[          ]",
// "[____]"), followed or preceded by its label or placeholder ("Keress receptre vagy hozzávalóra",
// "Search", "E-Mail-Adresse"): a search bar, a login bar or a newsletter sign-up, in any language.
// Such a line, or a label standing over the box, is page furniture, never a headline, however headline-shaped its words are.
const TEXT_BOX = /\[[ _]{3,}\]/;

/** Does the raw line hold a form's text box? */
export function hasFormField(raw: string): boolean {
  return raw.includes("[") && TEXT_BOX.test(raw);
}

const OPENING_TEXT_BOX = /^\s*\[[ _]{3,}\]/;
/** Does the raw line open with a form's text box (the box under its label: "Search the recipes" / "[     ]")? */
export function opensWithFormField(raw: string): boolean {
  return raw.includes("[") && OPENING_TEXT_BOX.test(raw);
}
