// Removes a site's section menu printed on one line — "Home | News | Sport | Culture", "Startseite Politik
// Wirtschaft Sport", "首页 新闻 财经 体育", "หน้าแรก ข่าว กีฬา บันเทิง": a text dump keeps the menu bar as a
// line of short items, and above the headline it reads like a title (in scripts written without spaces
// between words it even looks like one phrase). Evidence is the items themselves: most of them are
// section names (text/menu-words.ts), there is no digit and no sentence punctuation.
import type { Rule } from "../../rules.ts";
import { MENU_HOME_WORDS, MENU_SECTION_WORDS } from "../../text/menu-words.ts";

const MENU_WORDS = new Set([...MENU_HOME_WORDS, ...MENU_SECTION_WORDS]);
/** The longest menu entry, in words: phrases are matched longest first. */
const MAX_PHRASE = Math.max(...[...MENU_WORDS].map((w) => w.split(" ").length));
const MAX_LINE = 200;
/** Item separators of a menu bar: a spaced pipe, bullet or middle dot (full-width pipe too). */
const SEPARATOR = /\s+[|｜•·]\s+/;
/** A digit (dates, counts) or sentence punctuation in any script: a line of text, not a menu. */
const NOT_MENU = /[\p{Nd}.!?;:,،。！？；：、，"“”«»()]/u;
/** Link markup of a Markdown rendering, bounded like breadcrumb.ts (unbounded classes go quadratic). */
const MD_LINK = /\[([^\]\n]{0,200})\]\([^)\n]{0,2000}\)/g;

/** The first word of every lexicon entry: a run of words whose first word is none of these opens with no entry. */
const FIRST_WORDS = new Set([...MENU_WORDS].map((w) => w.split(" ")[0]));

/** Splits a run of words into menu entries, longest lexicon phrase first; counts the known ones. */
function countEntries(words: string[]): { known: number; unknown: number; firstKnown: boolean } {
  let known = 0;
  let unknown = 0;
  let firstKnown = false;
  for (let i = 0; i < words.length; ) {
    let step = 0;
    for (let n = Math.min(MAX_PHRASE, words.length - i); n >= 1 && !step; n--) {
      if (MENU_WORDS.has(words.slice(i, i + n).join(" "))) step = n;
    }
    if (step) {
      if (i === 0) firstKnown = true;
      known++;
      i += step;
    } else {
      unknown++;
      i++;
    }
  }
  return { known, unknown, firstKnown };
}

/** Runs of two or more spaces between the cells of a text browser's menu bar. */
const CELL_GAP = /\s{2,}/;

/** A menu bar's items: every one a short label, at least half of them section names. Returns how many, or 0. */
function labelsMenu(items: string[]): number {
  let known = 0;
  for (const item of items) {
    const words = item.split(/\s+/).filter(Boolean);
    if (!words.length || words.length > 3) return 0;
    if (MENU_WORDS.has(words.join(" "))) known++;
  }
  return known >= 2 && known * 2 >= items.length ? items.length : 0;
}

/** The number of entries when the line reads as a section menu, else 0. */
export function menuEntries(line: string): number {
  // No "](", no Markdown link (most lines): the replacement would return the line unchanged.
  const t = (line.includes("](") ? line.replace(MD_LINK, "$1") : line).trim();
  if (!t || t.length > MAX_LINE || t.startsWith("#") || t.startsWith("|") || t.endsWith("|") || NOT_MENU.test(t)) return 0;
  const lower = t.toLowerCase();
  const items = lower.split(SEPARATOR);
  if (items.length >= 3) return labelsMenu(items);
  if (items.length > 1) return 0;
  // A text browser's menu bar: cells set apart by runs of spaces ("Címlap  Belföld  Külföld  Sport"),
  // read like one with separators, so a menu whose home entry or some sections the lexicon lacks still
  // counts when half its cells are section names.
  const cells = lower.split(CELL_GAP);
  if (cells.length >= 3 && labelsMenu(cells)) return cells.length;
  // Entries separated by spaces only: it must open with a menu word and be mostly menu words, since a
  // headline is a run of words too.
  const words = lower.split(/\s+/);
  if (words.length < 3 || words.length > 24) return 0;
  // The first entry must be a lexicon one, and a phrase's first word is its run's first word (words hold
  // no space): a run whose first word starts no entry gives 0 whatever the rest (countEntries's firstKnown).
  if (!FIRST_WORDS.has(words[0])) return 0;
  const { known, unknown, firstKnown } = countEntries(words);
  return firstKnown && known >= 3 && known >= 2 * unknown ? known + unknown : 0;
}

export const menuLine: Rule = {
  id: "menu-line",
  description: "Removes a one-line section menu (mostly section names, separated by spaces, pipes or bullets; no digits or sentence punctuation).",
  apply(ctx) {
    ctx.doc.lines.forEach((line, i) => {
      if (line.removedBy) return;
      const entries = menuEntries(line.text);
      if (entries) ctx.remove(i, i, `section menu of ${entries} entries`);
    });
  },
};
