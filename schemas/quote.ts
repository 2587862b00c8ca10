// The quotes table: one row per direct quotation found in an article body, with who said it. Single
// source of truth for its TypeScript type, CSV columns, Arrow schema, datapackage.json and the
// DATA_DICTIONARY.md section. Joined to articles by `article_id` = `articles.id`.
import { z } from "zod";
import { count, optionalText, text } from "./fields.ts";

/** Shortest quotation kept, in words (Chinese and Japanese: three characters count as two words; Korean: two syllables as one). Shorter quoted bits are scare quotes, titles, nicknames. */
export const MIN_QUOTE_WORDS = 6;
/** ... and in languages of long compound words, where four words make a sentence ("Enflasyonla mücadelede kararlılığımızı sürdüreceğiz"). */
export const MIN_QUOTE_WORDS_LONG_WORDS = 4;
export const LONG_WORD_LANGUAGES: ReadonlySet<string> = new Set(["tr", "fi", "hu", "et"]);

export const QuoteSchema = z
  .object({
    quote_id: text({
      description: "Stable key of the quotation: the article's id, '-q' and the quotation's 0-based position in the article.",
      derivation: "`${article_id}-q${index}`, quotations numbered in body order; stable as long as the body does not change.",
      examples: ["4f1c2e8a9b0d3f57-q0"],
    }),
    article_id: text({
      description: "Id of the article the quotation comes from (join key: `articles.id`).",
      derivation: "Copied from the article record.",
      examples: ["4f1c2e8a9b0d3f57"],
    }),
    text: text({
      description: `The quoted words, without the quotation marks and the comma that hands over to the attribution. At least ${MIN_QUOTE_WORDS} words, ${MIN_QUOTE_WORDS_LONG_WORDS} in Turkish, Finnish, Hungarian and Estonian, whose words are long (shorter quoted phrases are scare quotes, titles or nicknames). A quotation that runs over several paragraphs is one row; its paragraphs are joined by a blank line (\\n\\n) and the quotation mark that re-opens each paragraph is left out. Direct speech introduced by a dash, as Polish, Russian, Ukrainian, Spanish and Scandinavian texts print it (\"– Tekst – powiedział X.\", \"— Текст, — заявил X.\", \"—Texto —dijo X—.\"), is a quotation too: its text runs from the opening dash to the dash (or comma) before the reporting verb, without either.`,
      derivation: "Text between an opening and its closing mark (“…”, \"…\", ‘…’, «…», „…“, »…«, 「…」, 『…』), or from a speech dash opening a paragraph or sentence to the dash or comma followed by a reporting verb (to the paragraph's end when the speaker was introduced before it), taken from `body` (where Markdown escapes and text-browser line wraps are already undone).",
      examples: ["On the issue of international relations, China has consistently opposed threatening or imposing sanctions."],
    }),
    speaker: optionalText({
      description: "Who is quoted: a person's full name as the article gives it, an organisation for an unnamed spokesperson or a statement, or null when the text does not say (an unnamed witness, a user).",
      derivation: "Speaker next to the reporting cue (\"X said\", \"said X\", \"according to X\"; cues for about 25 languages; in Chinese, Japanese and Korean the name next to the verb or marked as subject: “…”陈福香说, 「…」と述べた, “…”라고 말했다); titles written with the name (\"Oberstaatsanwalt\", \"Premier\", \"部长\", \"장관\") moved to `speaker_role`; pronouns, a verb without a subject (\"…», dijo.\") and role mentions (\"he said\", \"the minister added\") resolved to the person named before (or just after); a surname alone expanded to the full name mentioned in the article (or, failing that, in its title or subtitle); a quotation without its own cue continues the previous one. Sentence-opening adverbs, months and words the article also writes in lower case are never names; null when no name can be told.",
      examples: ["Qin Gang"],
    }),
    speaker_role: optionalText({
      description: "The speaker's role or title as the text gives it next to the name, or null.",
      derivation: "Title words before the name (\"Ministry spokesman\"), an appositive after it (\", associate professor of physics at …,\"), or the role phrase of an unnamed speaker (\"one user\"); published only when it reads as a role (a title or office word in about 25 languages, a compound ending in one, an occupation, an agent noun, an affiliation's capitalised name, or a role in a script without capitals), else null, so clause fragments caught next to a name are not published.",
      examples: ["foreign ministry spokesman"],
    }),
    cue: optionalText({
      description: "The reporting verb or phrase that attributes the quotation (said, told, according to, added, warned, sagte, a déclaré, dijo, disse, заявил, kata...), or null when none is printed.",
      derivation: "Longest cue from the per-language lexicon found in the quotation's sentence, right after the quotation or before it.",
      examples: ["told"],
    }),
    paragraph: count({
      description: "0-based index of the body paragraph where the quotation starts (paragraphs are separated by a blank line in `body`).",
      derivation: "Position of the paragraph in `body.split(\"\\n\\n\")`.",
      examples: [2],
    }),
    start: count({
      description: "Offset of the quotation's first character in `body`, in Unicode code points (so Python `body[start:end]` is the quoted text; in JavaScript use Array.from(body)).",
      derivation: "Code-point index of the first character after the opening mark.",
      examples: [412],
    }),
    end: count({
      description: "Offset just past the quotation's last character in `body`, in Unicode code points. For a multi-paragraph quotation `body[start:end]` also holds the paragraph break and re-opening marks that `text` leaves out.",
      derivation: "Code-point index of the closing mark (or of the paragraph end when the quotation is left open).",
      examples: [598],
    }),
  })
  .strict();

export type Quote = z.infer<typeof QuoteSchema>;
