// Removes the author's note left as the article's last paragraph: "Hannah Moore is a features writer
// based in the north. She covers rural life.", "Karl Wendt ist Redakteur im Lokalressort.", "Claire
// Martin est journaliste à Lyon." Sites print it in a box under the story; it speaks about the writer,
// not the news. Told by shape: a paragraph of at most two sentences that opens with a capitalised name
// of two to four words, then "is" (in the page's language), then a job word within a few words. Only
// after the article's running text, and only the last paragraphs (trailing-paragraphs.ts).
import type { Rule } from "../../rules.ts";
import { removeTrailingParagraphs } from "../trailing-paragraphs.ts";
import { BIO_ROLES, BIO_VERBS } from "../lexicon/author-bio.ts";
import { stripInlineMarkdown } from "../../text/markdown.ts";
import { countSpaced } from "../../text/normalize.ts";

/** A note is short: one or two sentences. */
const MAX_WORDS = 60;
const MAX_SENTENCES = 2;
/** Words between the verb and the job word ("is a senior Europe correspondent"). */
const MAX_WORDS_TO_ROLE = 6;
/** At most this many notes are taken off the end (one per author). */
const MAX_TRAILING = 2;
const PARTICLE = "van|von|de|da|del|der|di|du|la|le|dos|das";
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]+";
/** The name, then the verb: "Hannah Moore is", "Jan van Dijk is", "Anna-Lena Berg ist". */
const NAME_THEN_VERB = new RegExp(`^${NAME_WORD}(?:\\s+(?:(?:${PARTICLE})\\s+)?${NAME_WORD}){1,3}\\s+(${BIO_VERBS.join("|")})\\s+(.*)$`, "u");
const ROLES: ReadonlySet<string> = new Set(BIO_ROLES);
const SENTENCE_END = /[.!?](?:\s|$)/g;

/** Is this paragraph an author's note? */
export function authorBio(raw: string): boolean {
  const t = stripInlineMarkdown(raw).replace(/^[\s*_]+|[\s*_]+$/g, "");
  if (!t || countSpaced(t) > MAX_WORDS || (t.match(SENTENCE_END)?.length ?? 0) > MAX_SENTENCES) return false;
  const m = NAME_THEN_VERB.exec(t);
  if (!m) return false;
  const after = m[2].split(/\s+/).slice(0, MAX_WORDS_TO_ROLE + 1);
  return after.some((w) => ROLES.has(w.toLowerCase().replace(/[.,;:]+$/, "")));
}

export const authorBioRule: Rule = {
  id: "author-bio",
  description: "Removes an author's note ('Jane Doe is a reporter based in Oslo.') left as the article's last paragraph.",
  apply(ctx) {
    // (as metadata: the byline rules may still read the name)
    removeTrailingParagraphs(ctx, MAX_TRAILING, authorBio, "author's note at the end of the article (name, 'is', a job word)", "metadata");
  },
};
