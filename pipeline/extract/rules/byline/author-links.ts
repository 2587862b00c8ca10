// Reads names from links to author pages ("[Jane Doe](/author/jane-doe)", "/autor/", "/redakteur/"):
// sites link a byline to the writer's page even when they print no lead word.
import type { WorkingDoc } from "../../../document.ts";
import { mdLinks } from "../../../text/markdown.ts";
import { AUTHOR_PATHS } from "../../lexicon/bylines.ts";
import { alt, MAX_BYLINE_WORDS, wordCount, type Found } from "./shared.ts";
import { cleanByline } from "./clean.ts";
import type { PageWords } from "./page-words.ts";
import { namesIn } from "./name-runs.ts";

const AUTHOR_LINK = new RegExp(`\\/(?:${alt(AUTHOR_PATHS)})(?:\\/|$|[?#])`, "iu");

export function authorLinks(doc: WorkingDoc, i: number, page: () => PageWords): Found | null {
  const raw = doc.lines[i].raw;
  if (wordCount(cleanByline(raw)) > MAX_BYLINE_WORDS) return null;
  const names: string[] = [];
  for (const m of mdLinks(raw)) {
    if (m.bang || !AUTHOR_LINK.test(m.target)) continue;
    const label = cleanByline(m.label);
    for (const n of namesIn(label, true, page())) names.push(n);
  }
  return names.length ? { names, lines: [i], how: "link to an author page" } : null;
}
