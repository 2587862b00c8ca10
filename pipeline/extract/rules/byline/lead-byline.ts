// Reads a byline with a lead ("By Jane Doe and John Roe", "Von X", "Автор: X"), continued over up to
// three lines when a line ends on the lead or a joiner ("By" / "Jane Doe and" / "John Roe"); also the
// Korean and Japanese bylines, which print the name before its title or in brackets. The strongest
// signal: a lead says outright that names follow.
import type { WorkingDoc } from "../../../document.ts";
import { continuesWrappedLine } from "../../../text/wrap.ts";
import { countLetterWords } from "../../../text/normalize.ts";
import { MAX_BYLINE_WORDS, PARTICLES, SEPARATOR, wordCount, type Found } from "./shared.ts";
import { cleanByline } from "./clean.ts";
import type { PageWords } from "./page-words.ts";
import { endsOnLeadOrJoiner, leadsIn } from "./leads.ts";
import { namesIn } from "./name-runs.ts";
import { bracketedSignature, koreanNames } from "./cjk.ts";
import { namesAPublication } from "../../publication-word.ts";
import { isGivenName } from "../../lexicon/given-names.ts";

/** Lines a byline may continue over ("By" / "Jane Doe and" / "John Roe"). */
const MAX_JOINED_LINES = 3;

/**
 * Clean rules whose lines are never a byline: story numbers, address lines, tags, links to other
 * articles, follow prompts ("Haber Kodu : 482913", a Turkish story number, opens with the lead "Haber"
 * but names no "Kodu"), an embedded post's chrome ("Uma publicação compartilhada por X (@x)" names the
 * post's account, not the article's author), gallery counters. (A breadcrumb may be: "» Coluna de X"
 * heads a columnist's page.)
 */
const NOT_BYLINE = new Set(["article-number", "original-url", "tag-line", "tag-list", "related-links", "follow-prompt", "embedded-post", "gallery-counter"]);
/**
 * ... nor continue one, with a breadcrumb, a menu, interface labels: "In bài" (Vietnamese "print
 * article", ending on the lead "bài") above "KINH TẾ > Tài chính" names no "KINH TẾ".
 */
const NEVER_CONTINUES = new Set([...NOT_BYLINE, "breadcrumb", "menu-line", "ui-labels", "icon-font-run"]);

/** The line's text joined with the following lines when it ends on a lead or a joiner ("By" / "Jane Doe and"). */
function logicalLine(doc: WorkingDoc, i: number): { text: string; lines: number[] } {
  let text = cleanByline(doc.lines[i].raw);
  const lines = [i];
  let j = i;
  while (lines.length < MAX_JOINED_LINES && endsOnLeadOrJoiner(text)) {
    j++;
    while (j < doc.lines.length && j <= i + 2 * MAX_JOINED_LINES && !doc.lines[j].raw.trim()) j++;
    if (j >= doc.lines.length || j > i + 2 * MAX_JOINED_LINES) break;
    if (NEVER_CONTINUES.has(doc.lines[j].removedBy ?? "")) break;
    text = `${text} ${cleanByline(doc.lines[j].raw)}`;
    lines.push(j);
  }
  return { text, lines };
}

/** A line that continues a wrapped prose paragraph (text-browser dumps): its "de Fluidez Lectora" is no byline. */
function continuesParagraph(doc: WorkingDoc, i: number): boolean {
  const w = doc.wrapWidth;
  if (!w || i === 0) return false;
  const prev = doc.lines[i - 1];
  return !!prev.raw.trim() && prev.usedFor !== "title" && countLetterWords(prev.raw) >= PROSE_LINE_WORDS && continuesWrappedLine(prev.raw, doc.lines[i].raw, w);
}
/** A line above with this many words is prose, whose continuation a wrapped line is. */
const PROSE_LINE_WORDS = 8;

/**
 * The lead and the words before it in its segment when the lead is a preposition ("Diari de" of "Diari de
 * Girona Avui"), else "" (a lead such as "作者" after "来源：滨海晚报" is no part of a name).
 */
function leadSegment(text: string, at: number): string {
  const head = text.slice(0, at).trimEnd();
  const lead = /[\p{L}\p{M}]+$/u.exec(head)?.[0].toLowerCase();
  return lead && PARTICLES.has(lead) ? (head.split(SEPARATOR).pop() ?? "") : "";
}

export function leadByline(doc: WorkingDoc, i: number, page: () => PageWords): Found | null {
  if (NOT_BYLINE.has(doc.lines[i].removedBy ?? "")) return null;
  const { text, lines } = logicalLine(doc, i);
  if (!text || wordCount(text) > MAX_BYLINE_WORDS) return null;
  const names: string[] = [];
  const korean = koreanNames(text);
  if (korean) names.push(...korean);
  const signed = bracketedSignature(text);
  if (signed) return { names: [signed], lines, how: "a name in brackets signing the article (Japanese)" };
  const leads = leadsIn(text);
  if (leads.length && continuesParagraph(doc, i)) return null;
  for (const l of leads)
    for (const n of namesIn(text.slice(l.at), l.before === 0, page())) {
      // A lead that is also a preposition inside a newspaper's name ("De Zeeuwse Courant", "Diari de Girona
      // Avui", "Gazzetta di Parma"): the name with what precedes it names a publication, not a person.
      // (A known given name vouches for a person whose surname is such a noun: "Emily Post".)
      const segment = l.before > 0 ? leadSegment(text, l.at) : "";
      if ((namesAPublication(n) || (segment !== "" && namesAPublication(`${segment} ${n}`))) && !isGivenName(n.split(" ")[0])) continue;
      names.push(n);
    }
  return names.length ? { names, lines, how: korean ? "name before a Korean reporter's title (기자)" : "name after a byline lead" } : null;
}
