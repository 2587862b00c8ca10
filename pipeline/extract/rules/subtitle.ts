// Finds the standfirst: the sentence or two printed right under the headline (before or after the
// date and byline) that sums the story up. Only the first text after the headline can be one: when
// that text is a caption, a credit, a date stamp, a menu item, a sign-up line or a link, there is no
// standfirst (a caption sits under a picture, and a removed picture or share bar in between ends the
// search). In text-browser dumps the standfirst's wrapped lines are joined. A standfirst the article
// region took as its first paragraph (or its first past the header's date and byline lines) is still one
// when the date, byline or stamp lines follow it before the story goes on (deckInRegion): the region then
// starts after those lines.
import type { Rule } from "../../rules.ts";
import { bulletItem, firstProseIndex, isProse, type WorkingDoc } from "../../document.ts";
import { continuesWrappedLine } from "../../text/wrap.ts";
import { BOILERPLATE_CUES } from "../../text/boilerplate-lexicon.ts";
import { findDates, isDateLine } from "../../text/dates.ts";
import { linkDensity, stripInlineMarkdown } from "../../text/markdown.ts";
import { isBylineLine } from "./byline.ts";

const MIN_WORDS = 6;
const MAX_WORDS = 60;
/** Date and byline lines skipped between the headline and the standfirst, at most. */
const MAX_SKIPPED = 4;
/** Lines of a wrapped standfirst joined, at most. */
const MAX_WRAPPED_LINES = 5;
/** A line with more of its text inside links than this is navigation, not a standfirst. */
const MAX_LINK_DENSITY = 0.3;

/** Caption and credit marks: "(AP)", "Photo: …", "(Credit: iStock)", "Getty Images", "left, …". */
const CAPTION = /\b(?:getty|photograph|photo|credit|image|images|afp|reuters|ap photo|shutterstock|istock|foto|bild|file|pictured)\b|\((?:ap|afp|reuters|dpa|epa)\)|\b(?:left|right|center|centre|background|foreground)\)?,/i;
const CLOCK = /\b\d{1,2}:\d{2}\b/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CUE = new RegExp(`(?:^|[^\\p{L}])(?:${BOILERPLATE_CUES.map(escapeRe).join("|")})(?![\\p{L}])`, "u");

/** The line's paragraph: in wrapped text the lines the browser broke at its width, joined. */
function paragraphAt(doc: WorkingDoc, i: number, stop: number): number[] {
  const group = [i];
  if (!doc.wrapWidth) return group;
  for (let j = i + 1; j < stop && group.length < MAX_WRAPPED_LINES; j++) {
    const l = doc.lines[j];
    if (l.removedBy || !l.raw.trim() || !continuesWrappedLine(doc.lines[j - 1].raw, l.raw, doc.wrapWidth)) break;
    group.push(j);
  }
  return group;
}

/** Why a text is not a standfirst, or null when it can be one. */
export function notStandfirst(raw: string): string | null {
  const text = stripInlineMarkdown(raw).replace(/\s+/g, " ").trim();
  const words = text.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < MIN_WORDS) return "too short";
  if (words > MAX_WORDS) return "too long";
  if (bulletItem(raw) !== null) return "a list item";
  if (linkDensity(raw) > MAX_LINK_DENSITY) return "mostly links";
  if (!/\p{Ll}/u.test(text)) return "all capitals";
  if (CAPTION.test(text)) return "a caption or credit";
  if (CUE.test(text.toLowerCase())) return "a boilerplate phrase";
  if (findDates(text).length || CLOCK.test(text)) return "a date or time stamp";
  if (/[:|]$/.test(text) || /\s\|\s/.test(text)) return "a label or a menu";
  return null;
}

/** Is the line a header line a standfirst may stand above: one the date or byline took, or a live date or byline line? */
const headerLine = (doc: WorkingDoc, i: number): boolean => {
  const l = doc.lines[i];
  if (l.usedFor) return l.usedFor === "published_date" || l.usedFor === "authors";
  if (l.removedBy) return false;
  const t = l.text.trim();
  return !!isDateLine(t) || isBylineLine(t);
};

/**
 * The article region's first paragraph when it is a standfirst: right under the headline, sentence-like,
 * and followed by the header's date or byline lines (no prose between; the date or the byline took one of them) before the story goes on. Returns
 * the standfirst's lines and the line the story starts at, or null.
 */
function deckInRegion(doc: WorkingDoc, at: number): { group: number[]; storyAt: number } | null {
  const { lines } = doc;
  if (!doc.article || at !== doc.article.start || at >= doc.article.end) return null;
  // The region may open with the header's date or byline lines, the deck under them ("10. prosince 2026
  // 14:35" / perex / "Petr Novák" / story).
  while (at < doc.article.end && (!lines[at].text.trim() || headerLine(doc, at))) at++;
  if (at >= doc.article.end) return null;
  const group = paragraphAt(doc, at, doc.article.end);
  let header = 0;
  // The date or byline the header prints must be among them: a live blog's entry stamp ("23 March,
  // 21:15") between two paragraphs is a date line too, but no field takes it.
  let taken = false;
  for (let j = group[group.length - 1] + 1; j <= doc.article.end; j++) {
    const l = lines[j];
    if (!l.text.trim()) continue;
    if (headerLine(doc, j)) {
      header++;
      taken ||= l.usedFor === "published_date" || l.usedFor === "authors";
      continue;
    }
    if (l.removedBy) continue;
    return taken && header <= MAX_SKIPPED && isProse(l.text) ? { group, storyAt: j } : null;
  }
  return null;
}

export const subtitle: Rule = {
  id: "subtitle",
  description: "Takes the sentence-like text right under the headline (past a date or byline) as the subtitle, unless it is a caption, credit, date stamp, menu item or sign-up line.",
  apply(ctx) {
    const { doc } = ctx;
    const { lines } = doc;
    const titleAt = lines.findIndex((l) => l.usedFor === "title");
    if (titleAt < 0) return;
    const stop = firstProseIndex(doc);
    let skipped = 0;
    for (let i = titleAt + 1; i < stop; i++) {
      const l = lines[i];
      if (!l.raw.trim() || l.usedFor === "title") continue;
      if (l.usedFor || (l.removedAs === "metadata" && l.removedBy)) {
        if (++skipped > MAX_SKIPPED) return;
        continue;
      }
      if (l.removedBy) {
        ctx.decide("subtitle", `no standfirst: a removed line (${l.removedBy}) follows the headline`);
        return;
      }
      const t = l.text.trim();
      if (isDateLine(t) || isBylineLine(t)) {
        if (++skipped > MAX_SKIPPED) return;
        continue;
      }
      const group = paragraphAt(doc, i, stop);
      const raw = group.map((j) => lines[j].text.trim()).join(" ");
      const why = notStandfirst(raw);
      if (why) {
        ctx.decide("subtitle", `no standfirst: the text under the headline is ${why}`);
        return;
      }
      const text = stripInlineMarkdown(raw).replace(/\s+/g, " ").trim();
      ctx.capture("subtitle", text, "first sentence-like text under the headline", group);
      ctx.use("subtitle", group, "standfirst");
      return;
    }
    const deck = deckInRegion(doc, stop);
    if (!deck) return;
    const raw = deck.group.map((j) => lines[j].text.trim()).join(" ");
    const why = notStandfirst(raw);
    if (why) {
      ctx.decide("subtitle", `no standfirst: the region's first paragraph under the headline is ${why}`);
      return;
    }
    const text = stripInlineMarkdown(raw).replace(/\s+/g, " ").trim();
    ctx.capture("subtitle", text, "the region's first paragraph, under the headline and above the date or byline lines", deck.group);
    ctx.use("subtitle", deck.group, "standfirst");
    doc.article = { start: deck.storyAt, end: doc.article!.end };
    ctx.decide("subtitle", `article region starts after the standfirst's header lines: line ${lines[deck.storyAt].n}`);
  },
};
