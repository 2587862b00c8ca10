// Office and trade nouns: a role mention names a person only when its head is a title ("ministro",
// "president") or an agent noun ("comunicador", "toxicologue", "Sprecherin"), not "el asunto" or "la
// resolución". Read from the title list and the agent-noun endings of the people lexicon.
import { titleWord } from "./mentions.ts";
import { AGENT_NOUN_ENDINGS } from "./lexicon/people.ts";

/** Endings of nouns for a person's office or trade (Romance, English, German), read as data. */
const AGENT_NOUN_RE = new RegExp(`(?:${AGENT_NOUN_ENDINGS.join("|")})$`, "u");
/** Shortest agent noun read by its ending. */
export const MIN_AGENT_NOUN = 6;

/** Is the (lower-case) word a noun for a person's office or trade? */
export function isOfficeNoun(word: string): boolean {
  return titleWord(word) || (word.length >= MIN_AGENT_NOUN && AGENT_NOUN_RE.test(word));
}
