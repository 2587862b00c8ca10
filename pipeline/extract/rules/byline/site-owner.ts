// Reads the owner of a personal site from its footer ("© 2004–2020 Jane Doe"), the last resort when the
// page prints no byline: on a one-person blog the owner wrote the post.
import type { WorkingDoc } from "../../../document.ts";
import { cleanByline } from "./clean.ts";
import { MAX_BYLINE_WORDS, SEPARATOR, wordCount, type Found } from "./shared.ts";
import { SHORT_LINE_CHARS, type PageWords } from "./page-words.ts";
import { nameAtStart } from "./name-line.ts";

/** Footer lines of a personal site naming its owner ("© 2004–2020 Jane Doe", "2009–2020 by Jane Doe – Powered by …"). */
const OWNER_LINE = /©|\(c\)|copyright|\bby\b|\bvon\b|\bpar\b/iu;
const FOOTER_LINES = 15;
export function siteOwner(doc: WorkingDoc, nonBlank: readonly number[], page: PageWords): Found | null {
  for (const i of nonBlank.slice(-FOOTER_LINES)) {
    if (doc.lines[i].raw.length > SHORT_LINE_CHARS) continue;
    const raw = cleanByline(doc.lines[i].raw);
    if (!OWNER_LINE.test(raw) || wordCount(raw) > MAX_BYLINE_WORDS) continue;
    for (const part of raw.split(SEPARATOR)) {
      const t = part.replace(/©|\(c\)|copyright|\bby\b|\bvon\b|\bpar\b|\d{4}(?:\s?[-–]\s?\d{4})?|webdesign und alle inhalte|all rights reserved/giu, " ").replace(/\s+/g, " ").trim();
      const name = nameAtStart(t, page, false);
      if (name && name.split(" ").length <= 3 && t.split(" ").length === name.split(" ").length) return { names: [name], lines: [i], how: "the site owner named in the footer (no byline printed)" };
    }
  }
  return null;
}
