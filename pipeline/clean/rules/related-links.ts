// Removes "See also:" / "Related article:" lines and the linked headlines that follow them, keeping
// each headline in `related_headlines`: they point at other articles and are not part of this one.
import type { Rule } from "../../rules.ts";
import { RELATED_LEADS, RELATED_ONLY_LEADS } from "../lexicon/related.ts";
import { UI_LABELS } from "../lexicon/ui-labels.ts";
import { linkText, stripInlineMarkdown } from "../../text/markdown.ts";
import { spaceUnit } from "../../text/normalize.ts";
import { continuesWrappedLine } from "../../text/wrap.ts";
import { isDateLine } from "../../text/dates.ts";

/** The lead-in's words, lower-cased, without its colon and stray emphasis marks ("**À lire aussi »**" splits inside the bold). */
const leadOf = (t: string) => stripInlineMarkdown(t).replace(/^[*_\s]+|[*_\s]+$/g, "").toLowerCase().replace(/\s*[:：]\s*$/, "");
const MAX_FOLLOWING_LINKS = 5;
const LEADS: ReadonlySet<string> = new Set(RELATED_LEADS);
/** Longest lead-in, in characters. */
const MAX_LEAD = Math.max(...RELATED_LEADS.map((l) => l.length));
/** No lead-in line, even one linking a long address, is longer than this. */
const MAX_LEAD_LINE = 2000;
/** "Lead-in: headline", also "Lead-in » headline" and "Lead-in | headline" (arrows and bars separate them too). */
const INLINE = /^(.{2,40}?)\s*(?:[:：]|[»›→|]+|>>)\s*(.+)$/;

/**
 * Is `t` short enough to be a lead-in once its markup is stripped? Without links, tags or entities,
 * stripping only drops emphasis and heading marks, so more than MAX_LEAD other characters rule the
 * line out.
 */
function shortEnough(t: string): boolean {
  if (t.length <= MAX_LEAD + 8) return true;
  if (t.length > MAX_LEAD_LINE) return false;
  if (t.includes("](") || t.includes("<") || t.includes("&")) return true;
  let other = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    // * _ # : ： \ and whitespace
    if (c === 42 || c === 95 || c === 35 || c === 58 || c === 0xff1a || c === 92 || c === 32 || c === 9) continue;
    if (++other > MAX_LEAD) return false;
  }
  return true;
}

/** The characters surelyKept found, as UTF-16 code units (one more than a lead-in can hold). */
const kept = new Uint16Array(MAX_LEAD + 2);

/** Are the first `n` units of `kept` a subsequence of `lead` (its characters in order, gaps allowed)? */
function keptInOrderWithin(n: number, lead: string): boolean {
  let j = 0;
  for (let k = 0; k < lead.length && j < n; k++) if (lead.charCodeAt(k) === kept[j]) j++;
  return j === n;
}

/** Per UTF-16 code unit: its lower case when that is one unit and the same in any context, -1 if not; 0 not yet looked up. */
const lowerUnits = new Int32Array(0x10000);
function lowerUnit(c: number): number {
  let l = lowerUnits[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    // A final sigma lower-cases by context; surrogates are halves of characters.
    l = lowerUnits[c] = s.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff) ? -1 : s.charCodeAt(0);
  }
  return l;
}

/**
 * Fills `kept` with the characters of `t` that surely reach its lead-in, lower-cased, in order, and
 * returns how many (stopping past MAX_LEAD), or -1 when that is not cheap to tell. Stripping only
 * deletes characters (escapes aside, left to leadOf; "&nbsp;" becomes a space), so a character
 * survives unless stripping, trimming or the colon cut may drop it. Not counted are: characters
 * inside (...) (link targets; up to the last ")" when a quoted title may hold one) and image alt
 * texts ("![...]"), brackets, "!", "<", ">", white space, "&nbsp;" and the marks stripping drops.
 * Link texts are kept: a link keeps its text, and a bracket that opens no link stays as it is.
 * Skipping more than stripping deletes only weakens the filter. Lower-casing one character alone is
 * lower-casing it in place, except for a final sigma, astral characters and "İ" (left to leadOf).
 */
function surelyKept(t: string): number {
  if (t.includes("\\")) return -1;
  let n = 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    const image = c === 33 && t.charCodeAt(k + 1) === 91;
    if (image || c === 40) {
      // "![" or "(": skip to the closing "]" or ")" (or the end)
      let close = t.indexOf(image ? "]" : ")", k + 1);
      if (close < 0) break;
      if (!image && quoteWithin(t, k, close)) close = t.lastIndexOf(")");
      k = close;
      continue;
    }
    if (c === 38 && t.startsWith("&nbsp;", k)) {
      k += 5;
      continue;
    }
    // * _ # : ： \\ < > ! [ ] ) and white space
    if (c === 42 || c === 95 || c === 35 || c === 58 || c === 0xff1a || c === 92 || c === 60 || c === 62 || c === 33 || c === 91 || c === 93 || c === 41 || spaceUnit(c)) continue;
    const lower = c < 128 ? (c >= 65 && c <= 90 ? c + 32 : c) : lowerUnit(c);
    if (lower < 0) return -1;
    kept[n++] = lower;
    if (n > MAX_LEAD) return n;
  }
  return n;
}

/** Is there a '"' in t[from, to)? */
function quoteWithin(t: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t.charCodeAt(k) === 34) return true;
  return false;
}

/** The lead-ins in groups of 32, and per group and code unit the bits of the lead-ins that hold the unit. */
const LEAD_GROUPS: string[][] = [];
for (let k = 0; k < RELATED_LEADS.length; k += 32) LEAD_GROUPS.push(RELATED_LEADS.slice(k, k + 32));
const UNIT_LEADS = LEAD_GROUPS.map((group) => {
  const bits = new Int32Array(0x10000);
  group.forEach((lead, b) => {
    for (let k = 0; k < lead.length; k++) bits[lead.charCodeAt(k)] |= 1 << b;
  });
  return bits;
});

/**
 * Can `t` strip to a lead-in? The characters that surely survive into it must appear, in order, in
 * one of the lead-ins. A necessary condition only, checked before leadOf, whose markup stripping is
 * the costly part. Lead-ins lacking one of the characters are ruled out first, a bit mask at a time.
 */
function keptFitsALead(t: string): boolean {
  const n = surelyKept(t);
  if (n < 0) return true;
  if (n > MAX_LEAD) return false;
  for (let g = 0; g < LEAD_GROUPS.length; g++) {
    const group = LEAD_GROUPS[g];
    let holding = -1;
    for (let j = 0; j < n && holding !== 0; j++) holding &= UNIT_LEADS[g][kept[j]];
    for (let b = 0; b < group.length && holding !== 0; b++) if ((holding >>> b) & 1 && keptInOrderWithin(n, group[b])) return true;
  }
  return false;
}

/** The filter run on every line before leadOf. */
export const mayBeLead = (t: string): boolean => shortEnough(t) && keptFitsALead(t);

/** A headline has at most this many words (or characters, in scripts without spaces). */
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_CHARS = 160;
/** A list mark a text dump prints before an item: "• ", "- ", "3. ". */
const LIST_MARK = /^(?:[•·▪◦*\-–—]|\d{1,2}[.)])\s+/;
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;
/**
 * Does a line without link markup read as a headline? A few words to a line, starting with no lower-case
 * letter, and not ending like a running sentence (a question or exclamation may end one).
 */
function plainHeadline(t: string): string | null {
  const h = stripInlineMarkdown(t).trim().replace(LIST_MARK, "");
  if (h.length < 8 || h.length > MAX_HEADLINE_CHARS || /[.,;:…]$/.test(h) || /^\p{Ll}/u.test(h)) return null;
  const words = h.split(/\s+/);
  // A headline has three words or more ("Share this story", "Top stories" are labels), or is written
  // in a script without spaces; a line opening with an interface label is the share bar.
  if (words.length < 3 && !UNSPACED_SCRIPT.test(h)) return null;
  if (UI_LABELS.has(words[0].toLowerCase())) return null;
  // A date line ("Published: 22 August 2012") under an empty related block is the article's own.
  if (isDateLine(h)) return null;
  return words.length <= MAX_HEADLINE_WORDS ? h : null;
}

/** Is there a colon (ASCII or full-width) or another separator of INLINE within the first `n` characters? */
function colonWithin(t: string, n: number): boolean {
  for (let k = 0; k < n && k < t.length; k++) {
    const c = t.charCodeAt(k);
    // : ： » › → | >
    if (c === 58 || c === 0xff1a || c === 0xbb || c === 0x203a || c === 0x2192 || c === 124 || c === 62) return true;
  }
  return false;
}

/** Is line j part of a paragraph the text browser wrapped (continuing the line above, or continued below)? */
function wrapped(doc: { lines: readonly { text: string }[]; wrapWidth: number | null }, j: number): boolean {
  const w = doc.wrapWidth;
  if (!w) return false;
  const { lines } = doc;
  const above = j > 0 && lines[j - 1].text.trim() !== "" && continuesWrappedLine(lines[j - 1].text, lines[j].text, w);
  const below = j + 1 < lines.length && lines[j + 1].text.trim() !== "" && continuesWrappedLine(lines[j].text, lines[j + 1].text, w);
  return above || below;
}

/** The index of the last non-blank line before j, or -1. */
function prevNonBlank(lines: readonly { text: string }[], j: number): number {
  for (let k = j - 1; k >= 0; k--) if (lines[k].text.trim()) return k;
  return -1;
}

/** A picture alone on a line, its text a headline: "![Headline of the other article](/img.jpg)". */
const THUMBNAIL = /^!\[([^\]]{12,200})\]\([^)\s]*\)$/;
/** A link alone on a line, its text possibly empty: "[](/politica/other-article)". */
const LINK_ALONE = /^\[[^\]]{0,200}\]\([^)\s]+\)$/;
/** A related card from line j: a thumbnail whose text is a headline, then a link alone on the next line. */
function thumbnailCard(lines: readonly { text: string; removedBy?: string }[], j: number): { headline: string; end: number } | null {
  const pic = THUMBNAIL.exec(lines[j].text.trim());
  if (!pic) return null;
  const k = nextNonBlank(lines, j);
  if (k < 0 || lines[k].removedBy || !LINK_ALONE.test(lines[k].text.trim())) return null;
  return { headline: pic[1].trim(), end: k };
}
function nextNonBlank(lines: readonly { text: string }[], j: number): number {
  for (let k = j + 1; k < lines.length; k++) if (lines[k].text.trim()) return k;
  return -1;
}

/** Does any line hold Markdown link markup? (Checked only once a lead-in is found.) */
const hasLinkMarkup = (lines: readonly { text: string }[]): boolean => lines.some((l) => l.text.includes("]("));

export const relatedLinks: Rule = {
  id: "related-links",
  description: "Removes 'See also' / 'Related article' lead-ins with their linked headlines, which go to related_headlines.",
  apply(ctx) {
    const { lines } = ctx.doc;
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].removedBy) continue;
      const t = lines[i].text.trim();
      if (!t) continue;
      // "Related article: [Headline](url)" on one line.
      // (its lead-in is at most 40 characters, so the colon sits near the start)
      const inline = t.length <= MAX_LEAD_LINE && colonWithin(t, 48) ? INLINE.exec(t) : null;
      if (inline && keptFitsALead(inline[1]) && LEADS.has(leadOf(inline[1]))) {
        // (the lead's closing emphasis may sit after its separator: "**À lire aussi »** [Headline](url)")
        const rest = inline[2].replace(/^[*_]+\s*/, "");
        const headline = linkText(rest) ?? (rest.includes("](") ? null : stripInlineMarkdown(rest).trim());
        if (headline) {
          ctx.capture("related_headlines", headline, `linked after '${leadOf(inline[1])}'`, [i]);
          ctx.remove(i, i, "related-article link");
          continue;
        }
      }
      // "See also:" alone, then one or more link-only lines.
      if (!mayBeLead(t)) continue;
      const lead = leadOf(t);
      if (!LEADS.has(lead)) continue;
      let end = i;
      let found = 0;
      let unlinked = 0;
      // A text dump prints no link markup: there, a lead-in that only ever introduces other articles
      // vouches for the headline-shaped lines after it.
      const plain = RELATED_ONLY_LEADS.has(lead) && !hasLinkMarkup(lines);
      for (let j = i + 1; j < lines.length && found < MAX_FOLLOWING_LINKS; j++) {
        const lt = lines[j].text.trim();
        // (a line an earlier rule took — a tag line, a share bar — is not a headline)
        if (!lt || lines[j].removedBy) continue;
        // A related item's own date line ("28 November 2026") under its headline belongs to the block.
        if (found && end === prevNonBlank(lines, j) && isDateLine(lt)) {
          end = j;
          continue;
        }
        // A related card: the article's thumbnail (its headline as the picture's text) above a link to it.
        const card = thumbnailCard(lines, j);
        if (card) {
          ctx.capture("related_headlines", card.headline, `card after '${lead}'`, [j]);
          found++;
          end = j = card.end;
          continue;
        }
        const linked = linkText(lt);
        const headline = linked ?? (plain && !wrapped(ctx.doc, j) ? plainHeadline(lt) : null);
        if (!headline) break;
        ctx.capture("related_headlines", headline, linked ? `linked after '${lead}'` : `headline line after '${lead}'`, [j]);
        found++;
        if (!linked) unlinked++;
        end = j;
      }
      if (found) ctx.remove(i, end, unlinked ? `'${lead}' block with ${found} headline(s), ${unlinked} without link markup` : `'${lead}' block with ${found} link(s)`);
    }
  },
};
