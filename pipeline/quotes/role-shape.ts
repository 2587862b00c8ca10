// Keeps a speaker's role only when it reads as one. The attribution rules take "the words next to the
// name" as its role, which is right for "Interior Minister X" or "X, associate professor of physics," but
// on word orders they do not model it catches clause fragments ("wenn", "1933 sagte", "Spielern wie").
// A role is kept when one of its words is a title or an office (TITLE_WORDS, a compound ending in one
// such as "Bundesverkehrsminister", an organisation word as in "association executive director"), an
// agent noun by its ending ("portavoz", "analista", "chercheur"), or it is written in a script without
// capitals (CJK roles come from cjk.ts, which reads them by position). Only the published field is
// filtered: the resolver keeps what it read, so speakers do not change.
import { AGENT_NOUN_ENDINGS, COMPOUND_TITLE_ENDINGS, ORG_WORDS, TITLE_WORDS } from "./lexicon/people.ts";

/** Occupations and standings that are not offices (lower case; German feminine forms by their -in). */
const ROLE_NOUNS = new Set(`
  lawyer attorney artist trainer dietitian nutritionist candidate commentator blogger moderator plaintiff defendant
  witness victim researcher scientist historian teacher student doctor nurse engineer designer architect activist
  owner farmer consultant adviser advisor author writer journalist reporter singer actor actress player captain
  candidato candidata abogado abogada periodista vecino vecina avocat avocate chercheur chercheuse médecin élève
  anwalt anwältin arzt ärztin lehrer lehrerin autor autorin künstler künstlerin bloggerin moderatorin gastgeber
  gastgeberin sänger sängerin spieler spielerin schauspieler schauspielerin bauer bäuerin überlebende
  advogado advogada médico médica professor professora adwokat lekarz nauczyciel leiter leiterin coordinator
  stellvertreter stellvertreterin guard user fan resident official`.trim().split(/\s+/));
/** Endings of one-word compounds naming a function ("Geschäftsführer", "Projektleiter", "Europameister"). */
const ROLE_ENDINGS = ["führer", "führerin", "leiter", "leiterin", "meister", "meisterin", "rat", "rätin"];

const AGENT_ENDING = new RegExp(`(?:${[...AGENT_NOUN_ENDINGS, "officer", "worker", "owner", "user", "member", "resident", "official", "spokesperson"].join("|")})$`, "u");
const NO_CASE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;
const CONNECTORS = new Set(["de", "del", "of", "the", "für", "der", "des", "du", "la", "y", "e", "and", "&"]);
const WORD = /[\p{L}\p{M}][\p{L}\p{M}.'’-]*/gu;

function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[’']s$/u, "");
  if (TITLE_WORDS.has(w) || ORG_WORDS.has(w) || ROLE_NOUNS.has(w)) return true;
  if (ROLE_ENDINGS.some((end) => w.endsWith(end) && w.length >= end.length + 2)) return true;
  if (w.length >= 6 && AGENT_ENDING.test(w)) return true;
  for (const end of COMPOUND_TITLE_ENDINGS) if (w.length > end.length + 2 && w.endsWith(end)) return true;
  return false;
}

/** The role as published: the text's role when it reads as one, else null. */
export function roleShaped(role: string | null): string | null {
  if (!role) return null;
  if (NO_CASE_SCRIPT.test(role)) return role;
  const words = [...role.matchAll(WORD)].map((m) => m[0]);
  if (words.some(isRoleWord)) return role;
  // An affiliation given as a role ("El diputado de Unidad Popular X" → "Unidad Popular"): a run of two or
  // more capitalised words, with only short connectors between them.
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
  if (capitalised.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w))) return role;
  return null;
}
