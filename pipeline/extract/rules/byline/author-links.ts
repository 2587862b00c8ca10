// Reads names from links to author pages ("[Jane Doe](/author/jane-doe)", "/autor/", "/redakteur/"):
// sites link a byline to the writer's page even when they print no lead word. A link after a credit
// ("Übersetzt von:", "Photos by") names a translator or a photographer, no author.
import type { WorkingDoc } from "../../../document.ts";
import { mdLinks } from "../../../text/markdown.ts";
import { AUTHOR_PATHS, BYLINE_LEADS, LEAD_CREDIT_WORDS } from "../../lexicon/bylines.ts";
import { alt, MAX_BYLINE_WORDS, wordCount, type Found } from "./shared.ts";
import { cleanByline } from "./clean.ts";
import type { PageWords } from "./page-words.ts";
import { namesIn } from "./name-runs.ts";

const AUTHOR_LINK = new RegExp(`\\/(?:${alt(AUTHOR_PATHS)})(?:\\/|$|[?#])`, "iu");
/** A credit word, then perhaps a lead, at the end of the text before a link: "Übersetzt von:", "Photos by", "Foto:". */
const CREDIT_BEFORE_LINK = new RegExp(`(?<![\\p{L}])(?:${alt(LEAD_CREDIT_WORDS)})\\s{0,3}(?:(?:${alt(BYLINE_LEADS)})\\s{0,3})?[:：]?\\s{0,3}$`, "iu");

export function authorLinks(doc: WorkingDoc, i: number, page: () => PageWords): Found | null {
  const raw = doc.lines[i].raw;
  if (wordCount(cleanByline(raw)) > MAX_BYLINE_WORDS) return null;
  const names: string[] = [];
  for (const m of mdLinks(raw)) {
    if (m.bang || !AUTHOR_LINK.test(m.target)) continue;
    // A credit before the link ("Übersetzt von: [X](/team/x)", "Photos by [X](/author/x)") names a translator or a photographer.
    if (CREDIT_BEFORE_LINK.test(cleanByline(raw.slice(0, m.index)))) continue;
    const label = cleanByline(m.label);
    for (const n of namesIn(label, true, page())) names.push(n);
  }
  return names.length ? { names, lines: [i], how: "link to an author page" } : null;
}
