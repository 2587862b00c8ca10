// Attribution patterns, speaker side: reads who speaks from the words next to a cue. Before the cue
// ("Zhao said", "Will Moy, chief executive of Full Fact, told", "the minister added", "she said") the
// speaker ends the clause; after it ("said U.S. Attorney Nealy Cox", "according to a report from Kotak")
// it opens the clause. A mention is a name (person or organisation), a pronoun, a definite role ("the
// official"), a document standing for its issuer ("the statement"), or an unnamed speaker ("one user").
import { COMPOUND_TITLE_ENDINGS, DEFINITE, DOCUMENT_NOUNS, GENERIC_PEOPLE, INDEFINITE, NAME_PARTICLES, ORG_WORDS, PREPOSITIONS, PRONOUNS, SENTENCE_OPENERS, SKIPPABLE, TITLE_WORDS } from "./lexicon/people.ts";
import { CALENDAR_WORDS } from "./lexicon/calendar.ts";
import { CUES } from "./lexicon/cues.ts";
import { isGivenName } from "../extract/lexicon/given-names.ts";
import { endsSentence, hasComma, isCapitalised, isLowerWord, isPossessive, stripPossessive, type Token } from "./text.ts";

// Unicode-property patterns compiled once: a literal inside a function is rebuilt on every call once transpiled.
const SHORT_CAPS_RE = /^\p{Lu}{2,4}$/u;
const UPPER_LOWER_RE = /^\p{Lu}\p{Ll}/u;
const INITIAL_RE = /^\p{Lu}$/u;
const DOTTED_RE = /\p{L}\.\p{L}/u;
const ACRONYM_RE = /^\p{Lu}{2,5}$/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_END_RE = /\p{L}\.?$/u;
const INITIAL_OR_ABBR_RE = /^(\p{Lu}|jr|sr|st|dr|mr|mrs|ms)$/iu;

export type MentionKind = "person" | "org" | "pronoun" | "role" | "document" | "unnamed" | "generic";

export interface Mention {
  kind: MentionKind;
  /** Name as written (titles removed), pronoun, or role phrase. */
  text: string;
  /** Role or title found next to the name, if any. */
  role: string | null;
  /** Position (UTF-16, in the analysed string's base) of the mention. */
  at: number;
}

/** Longest role phrase kept (words). */
const MAX_ROLE_WORDS = 12;
/** Longest lower-case noun phrase read as a role mention ("the 14th-ranked world number one"). */
const MAX_NP_WORDS = 5;
/** Longest personal name (tokens); longer capitalised runs are headings or titles. */
const MAX_PERSON_TOKENS = 5;
/** Longest name (tokens). */
const MAX_NAME_TOKENS = 7;
/** Prepositions after which a name still speaks, when the noun before is a spokesperson or document. */
const SPEAKING_PREPS = new Set(["for", "from", "of", "at", "by", "von", "de", "du", "des", "del", "da", "do", "dari"]);
/** Nouns for an unnamed voice of an organisation ("a spokesperson for X", "a source at X"). */
const VOICE_NOUNS = new Set(
  `spokesperson spokesman spokeswoman representative official officials source sources statement report release survey study letter
  note sprecher sprecherin sprecherinnen quelle quellen vertreter porte-parole sources source représentant portavoz vocero vocera
  fuente fuentes representante integrante integrantes miembro miembros comunicado porta-voz fonte fontes representante integrante
  membro portavoce fonti fonte rappresentante rzecznik rzeczniczka źródło źródła przedstawiciel представитель представители
  источник источники пресс-служба речник джерело джерела представник woordvoerder bron bronnen juru sumber talsperson kilde kilder`.split(/\s+/u),
);

/** Punctuation after a word that ends a name ("MADRID —", "Omar ©"); periods and apostrophes do not. */
const breaksName = (t: Token) => /[^.'’]/u.test(t.trail);
const isParticle = (t: Token) => NAME_PARTICLES.has(t.lower) && isLowerWord(t) && !NOT_PARTICLE_IN.get(t.lower)?.includes(articleWords.language ?? "");
/** Particles that are prepositions in some languages: Indonesian and Malay "di" (in, at: "Sri Mulyani di Jakarta"). */
const NOT_PARTICLE_IN: ReadonlyMap<string, readonly string[]> = new Map([["di", ["id", "ms"]]]);
/**
 * Particles that are also the word "and" ("Ortega y Gasset", but "Cristina Kirchner y Alberto Fernández"):
 * they join a name only to one last word, never two full names.
 */
const CONJUNCTION_PARTICLES = new Set(["y", "e", "i"]);
/** May the particle at ts[i] join the capitalised words around it into one name? */
const joinsName = (ts: Token[], i: number): boolean =>
  (!CONJUNCTION_PARTICLES.has(ts[i].lower) || !(ts[i + 2] && isNameToken(ts[i + 2]) && !breaksName(ts[i + 1]))) &&
  // German "der"/"den" join a name only after "von" ("von der Leyen"): "sagte Nagel der Zeitung" is a dative.
  !(GERMAN_ARTICLE_PARTICLES.has(ts[i].lower) && articleWords.language === "de" && !GERMAN_NAME_PREPS.has(ts[i - 1]?.lower ?? ""));
const GERMAN_ARTICLE_PARTICLES = new Set(["der", "den", "das"]);
const GERMAN_NAME_PREPS = new Set(["von", "van", "zu", "vom", "ter"]);
/** Words joining the parts of an office or organisation name ("Ministry of Health", "Secretary of State"). */
const CONNECTORS = new Set(["of", "for", "on", "für", "de", "des", "du", "del", "da", "do", "della", "dello", "delle", "degli", "di", "dos", "das", "van"]);
const isOffice = (t: Token) => isNameToken(t) && (ORG_WORDS.has(t.lower) || titleWord(t.word));
/** Length of a connector ("of", "of the") at i that joins an office word before to a capital after, else 0. */
function connectorAt(ts: Token[], i: number): number {
  const t = ts[i];
  if (!t || !CONNECTORS.has(t.lower) || hasComma(t) || !ts[i - 1] || !isOffice(ts[i - 1]) || hasComma(ts[i - 1])) return 0;
  const n = ts[i + 1] && DEFINITE.has(ts[i + 1].lower) && !hasComma(ts[i + 1]) ? 2 : 1;
  return ts[i + n] && isNameToken(ts[i + n]) ? n : 0;
}
export const isNameToken = (t: Token): boolean => (t.nameToken ??= isCapitalised(t) && /^[\p{L}\p{M}'’.\-]+$/u.test(t.word) && !/[(@#]/u.test(t.lead));
/** Title words, and title abbreviations without their period ("gen" for "gen."): one lookup per word. */
const TITLE_WORDS_UNDOTTED = new Set([...TITLE_WORDS, ...[...TITLE_WORDS].filter((w) => w.endsWith(".")).map((w) => w.slice(0, -1))]);
const ENDING_LENGTHS = [...new Set([...COMPOUND_TITLE_ENDINGS].map((e) => e.length))].sort((a, b) => b - a);
/** Shortest prefix before a compound-title ending ("Bundes|minister", "CDU-|Chef"). */
const MIN_TITLE_PREFIX = 2;
/** A compound written as one word or with a hyphen whose last part is a title ("Oberstaatsanwalt", "US-Präsident"). */
function compoundTitle(w: string): boolean {
  const dash = w.lastIndexOf("-");
  if (dash > 0 && dash < w.length - 1) {
    const last = w.slice(dash + 1);
    if (TITLE_WORDS_UNDOTTED.has(last) || COMPOUND_TITLE_ENDINGS.has(last)) return true;
  }
  for (const n of ENDING_LENGTHS) if (w.length >= n + MIN_TITLE_PREFIX && COMPOUND_TITLE_ENDINGS.has(w.slice(-n))) return true;
  return false;
}
/** Answers of titleWord, kept (cleared when large, so a long build does not grow it without bound). */
const titleCache = new Map<string, boolean>();
const MAX_TITLE_CACHE = 50_000;
export const titleWord = (w: string): boolean => {
  let r = titleCache.get(w);
  if (r === undefined) {
    const l = w.toLowerCase();
    r = TITLE_WORDS_UNDOTTED.has(l) || compoundTitle(l);
    if (titleCache.size >= MAX_TITLE_CACHE) titleCache.clear();
    titleCache.set(w, r);
  }
  return r;
};

/**
 * What the current article tells about its words: those it also writes in lower case ("Había", "Alors",
 * "Zugleich" opening a sentence are ordinary words there), and those it writes inside a run of several
 * capitalised words (parts of full names: "Theresa May", "Will Moy"). Set by extractQuotes per article.
 */
export interface ArticleWords {
  lower: ReadonlySet<string>;
  nameParts: ReadonlySet<string>;
  /** Words that end a run of several capitalised words (surnames: "Ken Doctor", "Gabriel Boric"). */
  lastParts: ReadonlySet<string>;
  /** Capitalised words the article also writes inside a sentence (not only at its start). */
  midCaps: ReadonlySet<string>;
  /** Offsets of the words that open a sentence. */
  sentenceStarts: ReadonlySet<number>;
  /** Surnames led by a particle inside a full name ("del Pópolo" of "Silvina del Pópolo"), as "del Pópolo". */
  particleSurnames: ReadonlySet<string>;
  /** The article's language (ISO 639-1), when known. */
  language?: string | null;
}
const NO_WORDS: ArticleWords = { lower: new Set(), nameParts: new Set(), lastParts: new Set(), midCaps: new Set(), sentenceStarts: new Set(), particleSurnames: new Set() };
let articleWords: ArticleWords = NO_WORDS;
export function useArticleWords(w: ArticleWords | null): void {
  articleWords = w ?? NO_WORDS;
}
/** Reads the article's own word usage from its paragraphs' tokens (quotations blanked). */
const QUOTE_END_RE = /["”»“«」』]$/u;
const SPEECH_LEAD_RE = /^[-–—"“„«]/u;
export function articleWordsOf(paras: readonly Token[][], texts: readonly string[], starts: readonly number[]): ArticleWords {
  const lower = new Set<string>();
  const nameParts = new Set<string>();
  const lastParts = new Set<string>();
  const midCaps = new Set<string>();
  const sentenceStarts = new Set<number>();
  const particleSurnames = new Set<string>();
  paras.forEach((ts, k) =>
    ts.forEach((t, i) => {
      const prev = ts[i - 1];
      // (a word right after a quotation sits where its attribution does: '"…" Schiff asked' opens nothing;
      // a quotation opening the paragraph leaves only its marks before the word)
      const lead = prev ? prev.trail : t.start > starts[k] ? texts[k].slice(0, t.start - starts[k]).trimEnd() : "";
      const afterQuote = lead !== "" && QUOTE_END_RE.test(lead);
      const opens = !afterQuote && (!prev || (prev.trail !== "" && (endsSentence(prev) || prev.trail.endsWith(":"))) || (t.lead !== "" && SPEECH_LEAD_RE.test(t.lead)));
      if (opens) sentenceStarts.add(t.start);
      if (isLowerWord(t)) {
        lower.add(t.lower);
        const next = ts[i + 1];
        if (prev && next && isParticle(t) && isNameToken(prev) && isNameToken(next) && !breaksName(prev) && !breaksName(t)) particleSurnames.add(`${t.lower} ${stripPossessive(next.word)}`);
      } else if (isNameToken(t)) {
        if (!opens) midCaps.add(stripPossessive(t.word));
        const next = ts[i + 1];
        const joinsPrev = !!prev && isNameToken(prev) && !breaksName(prev) && !/[.!?]/u.test(prev.trail);
        const joinsNext = !!next && isNameToken(next) && !breaksName(t) && !/[.!?]/u.test(t.trail);
        if (joinsPrev || joinsNext) nameParts.add(t.word);
        if (joinsPrev && !joinsNext) lastParts.add(stripPossessive(t.word));
      }
    }),
  );
  return { lower, nameParts, lastParts, midCaps, sentenceStarts, particleSurnames };
}
/**
 * A lone capitalised word opening a sentence that the article never capitalises inside one, nor uses in a
 * longer name ("Devant", "Souvent", "Сегодня", "Прокоментував"): nothing shows it is a name.
 */
const unprovenOpener = (t: Token) => articleWords.sentenceStarts.has(t.start) && !articleWords.midCaps.has(stripPossessive(t.word)) && !articleWords.nameParts.has(t.word) && !ACRONYM_RE.test(t.word);
/** A lone capitalised word the article otherwise writes in lower case, or a month or weekday: not a name. */
const ordinaryWord = (t: Token) => (articleWords.lower.has(t.lower) || CALENDAR_WORDS.has(t.lower)) && !articleWords.nameParts.has(t.word);
/** Does the article write this word in lower case, or is it a month or weekday? (word in any case) */
export const isOrdinaryWord = (w: string): boolean => articleWords.lower.has(w.toLowerCase()) || CALENDAR_WORDS.has(w.toLowerCase());
/** A short all-capitals abbreviation before a name is a title or team position ("CEO", "DL", "MP"). */
const abbreviationTitle = (t: Token, next: Token | undefined) => SHORT_CAPS_RE.test(t.word) && !!next && UPPER_LOWER_RE.test(next.word);

/**
 * An organisation word opening the run that the rest of the run goes on naming ("Organización Meteorológica
 * Mundial", "Office National des Forêts"): what follows is neither a given name nor a title, so no person.
 */
const orgNameGoesOn = (run: Token[], i: number): boolean => i === 0 && !run.slice(1).some((t) => isGivenName(t.word) || titleWord(t.word));

/** Splits a capitalised run into title part and name part: "Foreign Ministry Spokesman Wang Wenbin". */
function splitTitles(run: Token[]): { title: Token[]; name: Token[] } {
  let cut = -1;
  for (let i = 0; i < run.length - 1; i++)
    if (titleWord(stripPossessive(run[i].word)) || abbreviationTitle(run[i], run[i + 1]) || (ORG_WORDS.has(run[i].lower) && i < run.length - 2 && !isParticle(run[i + 1]) && !orgNameGoesOn(run, i))) cut = i;
  // Only strip when what remains still looks like a name (not "President" alone).
  if (cut >= 0 && run.slice(cut + 1).some((t) => !titleWord(t.word))) return { title: run.slice(0, cut + 1), name: run.slice(cut + 1) };
  return { title: [], name: run };
}

const words = (ts: Token[]) => ts.map((t) => t.word).join(" ");
/** A name part as written: initials and "Jr." keep their period. */
const nameWord = (t: Token) => (t.trail.startsWith(".") && (INITIAL_RE.test(t.word) || /^(jr|sr)$/i.test(t.word) || DOTTED_RE.test(t.word)) ? t.word + "." : t.word);

/** Fewest words a person's name keeps when a party, place or organisation glued before it is cut off. */
const MIN_GLUED_NAME = 2;
/** Languages written in Latin letters whose names put the family name first. */
const FAMILY_NAME_FIRST = new Set(["vi"]);
/**
 * A party, place or organisation written straight before a person's name ("Convergencia Social Diego
 * Ibáñez", "Lewicy Borys Budka", "Texas Governor …" aside): the name starts at the first given name that
 * follows a word that is none; what comes before it is the person's affiliation, kept with the title.
 */
function gluedBefore(split: { title: Token[]; name: Token[] }): { title: Token[]; name: Token[] } {
  const { title, name } = split;
  // Vietnamese names put the family name first ("Phạm Minh Chính"): a given name inside is no boundary.
  if (name.length < MIN_GLUED_NAME + 1 || FAMILY_NAME_FIRST.has(articleWords.language ?? "")) return split;
  for (let j = 1; j <= name.length - MIN_GLUED_NAME; j++) {
    if (!isNameToken(name[j]) || !isGivenName(name[j].word) || isGivenName(name[j - 1].word) || isParticle(name[j - 1])) continue;
    return { title: [...title, ...name.slice(0, j)], name: name.slice(j) };
  }
  return split;
}

/** "ambassador to Britain X", "envoy to the UN X": the office's complement after "to". */
const OFFICE_TO = new Set(["to"]);
/**
 * "el ministro de Salud Orazio Schillaci", "the minister of Health Jane Roe": a capitalised run right after
 * an office word and its preposition holds the office's complement, then the holder's name (from the first
 * given name on). Returns the holder and the whole office, or null when the run does not split so.
 */
export function officeHolderAt(ts: Token[], i: number, run: Token[]): { name: Mention; role: string } | null {
  let j = i - 1;
  if (j >= 1 && DEFINITE.has(ts[j].lower) && isLowerWord(ts[j])) j--;
  const prep = ts[j];
  const office = ts[j - 1];
  if (!prep || !office || !(CONNECTORS.has(prep.lower) || OFFICE_TO.has(prep.lower)) || hasComma(prep) || hasComma(office) || !titleWord(office.word) || !isLowerWord(office)) return null;
  let { title, name } = gluedBefore({ title: [], name: run });
  // (no known given name: the complement is all but the last two words, "de Salud Orazio Schillaci")
  if (!title.length && run.length > MIN_GLUED_NAME && !FAMILY_NAME_FIRST.has(articleWords.language ?? "") && !run.some(isParticle))
    [title, name] = [run.slice(0, -MIN_GLUED_NAME), run.slice(-MIN_GLUED_NAME)];
  if (!title.length || name.length < MIN_GLUED_NAME) return null;
  const person = nameMention(name, []);
  if (!person || person.kind !== "person") return null;
  return { name: person, role: [office, ...ts.slice(j, i), ...title].map((t) => t.word).join(" ") };
}

/** Builds a name mention out of a capitalised run and the lower-case role words before it. */
export function nameMention(run: Token[], roleBefore: Token[]): Mention | null {
  while (run.length && (SENTENCE_OPENERS.has(run[0].lower) || CUES.has(run[0].lower) || PREPOSITIONS.has(run[0].lower))) {
    roleBefore = [];
    run = run.slice(1);
  }
  while (run.length && CALENDAR_WORDS.has(run[0].lower) && !articleWords.nameParts.has(run[0].word)) run = run.slice(1);
  // Leading lower-case particles left by a stripped opener ("Auch das ZdK-Präsidium") are no name.
  while (run.length && isParticle(run[0])) run = run.slice(1);
  if (!run.length || (run.length === 1 && (ordinaryWord(run[0]) || unprovenOpener(run[0])))) return null;
  // A capitalised document noun (German "Erklärung", "Mitteilung") stands for its issuer.
  if (run.length === 1 && DOCUMENT_NOUNS.has(run[0].lower)) return { kind: "document", text: run[0].word, role: null, at: run[0].start };
  // A title alone ("Presidente", "the Premier", "Bundesverkehrsminister") is a role mention, resolved to
  // the person who holds it.
  if (run.every((t) => titleWord(stripPossessive(t.word)) && LOWER_RE.test(t.word)) && !articleWords.lastParts.has(stripPossessive(run[run.length - 1].word))) {
    const role = run.map((t) => stripPossessive(t.word)).join(" ").toLowerCase();
    return { kind: "role", text: role, role, at: run[0].start };
  }
  const split = splitTitles(run);
  if (split.name.some((t) => !isNameToken(t) && !isParticle(t))) return { kind: "org", text: run.map(nameWord).join(" ").replace(/['’]s$/u, ""), role: null, at: run[0].start };
  const org = split.name.some((t) => ORG_WORDS.has(stripPossessive(t.lower))) || (run.length === 1 && (ACRONYM_RE.test(run[0].word) || compoundOrg(run[0].lower)));
  const { title, name } = org ? { title: [], name: run } : gluedBefore(split);
  // German capitalises every noun ("den synodalen Prozess"): a lone word is a person's name there only when
  // the article also writes it in a longer name, or it is a known given name.
  if (!org && name.length === 1 && title.length === 0 && NOUN_CAPITALISING.has(articleWords.language ?? "") && !articleWords.nameParts.has(name[0].word) && !isGivenName(name[0].word) && !ACRONYM_RE.test(name[0].word))
    return null;
  if (!name.length || (!org && name.length > MAX_PERSON_TOKENS)) return null;
  // A run of capitals-only words is a heading or label ("SEE MORE", "DON'T MISS"), not a name.
  if (name.length > 1 && name.every((t) => !LOWER_RE.test(t.word))) return null;
  // A title of a work or show ("Nada Que Perder", "Zona de Estrellas Del Sur"): two or more of its later
  // words are words the article writes in lower case.
  if (!org && name.filter((t, k) => k > 0 && !isParticle(t) && articleWords.lower.has(t.lower)).length >= MIN_ORDINARY_IN_TITLE) return null;
  const roleParts = [...roleBefore.filter((t) => !DEFINITE.has(t.lower) && !INDEFINITE.has(t.lower)), ...title];
  const role = roleParts.length ? words(roleParts.slice(-MAX_ROLE_WORDS)) : null;
  const text = name.map((t, i) => (i === name.length - 1 ? stripPossessive(nameWord(t)) : nameWord(t))).join(" ");
  return { kind: org ? "org" : "person", text, role, at: name[0].start };
}

/**
 * Can nameMention(run, …) be an organisation? Only when some token of the run is not a name word (a
 * connector, as in "Ministry of Health"), is an organisation word or an acronym — a cheap test that
 * spares building the mention of a person's name where only organisations are wanted.
 */
export const mayNameOrg = (run: Token[]): boolean =>
  run.some((t) => (!isNameToken(t) && !isParticle(t)) || ORG_WORDS.has(stripPossessive(t.lower)) || ACRONYM_RE.test(t.word)) || (run.length === 1 && compoundOrg(run[0].lower));

/** The capitalised run ending at index `end` (inclusive), walking back; particles join capitals. */
function runEndingAt(ts: Token[], end: number): Token[] {
  let i = end;
  const run: Token[] = [];
  while (i >= 0 && run.length < MAX_NAME_TOKENS) {
    const t = ts[i];
    if (i < end && (hasComma(t) || breaksName(t) || /[.:;!?)]$/.test(t.trail) && !LETTER_END_RE.test(t.word + t.trail.slice(0, 1)))) break;
    if (run.length && !isNameToken(t)) {
      // "Ministry of Health", "Office of the Inspector General": walk back over the connector.
      const j = DEFINITE.has(t.lower) ? i - 1 : i;
      const conn = j > 0 ? connectorAt(ts, j) : 0;
      if (conn && j + conn === i + 1) {
        run.unshift(...ts.slice(j, i + 1));
        i = j - 1;
        continue;
      }
    }
    if (isNameToken(t) || (isParticle(t) && run.length && i > 0 && isNameToken(ts[i - 1]) && joinsName(ts, i))) run.unshift(t);
    else break;
    if (t.lead) break;
    i--;
  }
  return run;
}

/** The capitalised run starting at index `start`, walking forward. */
export function runStartingAt(ts: Token[], start: number): Token[] {
  const run: Token[] = [];
  for (let i = start; i < ts.length && run.length < MAX_NAME_TOKENS; i++) {
    const t = ts[i];
    if (i > start && t.lead) break;
    const conn = i > start ? connectorAt(ts, i) : 0;
    if (conn) {
      run.push(...ts.slice(i, i + conn));
      i += conn - 1;
      continue;
    }
    // (two particles in a row join too after a given name — "Ursula von der Leyen", "Ana de la Fuente" —
    // not after a noun: "Pleno de la Convención")
    const nameNext = (j: number) =>
      j < ts.length && (isNameToken(ts[j]) || (isParticle(ts[j]) && j + 1 < ts.length && isNameToken(ts[j + 1]) && !hasComma(ts[j]) && run.some((r) => isGivenName(r.word))));
    if (isNameToken(t) || (isParticle(t) && run.length && !hasComma(t) && nameNext(i + 1) && joinsName(ts, i))) run.push(t);
    else break;
    if (hasComma(t) || /[:;!?)]/.test(t.trail) || breaksName(t)) break;
    if (/\./.test(t.trail) && !INITIAL_OR_ABBR_RE.test(t.word) && !DOTTED_RE.test(t.word)) break;
  }
  return run;
}

/** Lower-case words before index `end` that describe the speaker ("Taliban spokesman", "veteran industry analyst"). */
export function roleWordsBefore(ts: Token[], end: number): Token[] {
  const out: Token[] = [];
  for (let i = end - 1; i >= 0 && out.length < MAX_ROLE_WORDS; i--) {
    const t = ts[i];
    if (hasComma(t) || /[.:;!?]$/.test(t.trail) || t.raw.endsWith("”") || t.raw.endsWith('"')) break;
    if (PREPOSITIONS.has(t.lower) || SKIPPABLE.has(t.lower) || PRONOUNS.has(t.lower) || CUES.has(t.lower)) break;
    if (/^(and|or|that|und|et|y|e|dan|и|dass|que|bahwa)$/u.test(t.lower)) break;
    out.unshift(t);
    if (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower)) break;
  }
  return out;
}

/**
 * Definite articles that are other words elsewhere (Italian "il" is French "he", Dutch "de" a Romance
 * preposition): articles only in the article's own language.
 */
const ARTICLES_BY_LANGUAGE: Record<string, ReadonlySet<string>> = {
  it: new Set(["il", "lo", "la", "l'", "l’", "i", "gli", "le"]),
  nl: new Set(["de", "het"]),
  ca: new Set(["el", "la", "els", "les"]),
};
const QUOTED_WORD_LEAD = /["“„«‘']$/u;
const QUOTED_WORD_TRAIL = /^["”“»’']/u;
/** Languages without articles: a bare office noun after the cue ("— сказал министр") means its holder. */
const ARTICLELESS = new Set(["ru", "uk", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "lt", "lv", "et", "fi", "tr", "hi", "id", "ms", "vi"]);
/** Demonstratives written after the noun that make it definite ("menteri itu", "pejabat tersebut"). */
const POST_DEMONSTRATIVES = new Set(["itu", "tersebut", "ini"]);
const languageArticle = (lower: string) => !!ARTICLES_BY_LANGUAGE[articleWords.language ?? ""]?.has(lower);

/** A lower-case noun phrase ending at `end`: "the official", "one user", "officers", "the statement", "the US military". */
function nounPhraseEndingAt(ts: Token[], end: number): Mention | null {
  const np: Token[] = [];
  const orgHead = ORG_WORDS.has(ts[end]?.lower ?? "") && isLowerWord(ts[end]);
  for (let i = end; i >= 0 && np.length < MAX_NP_WORDS; i--) {
    const t = ts[i];
    if (i < end && (hasComma(t) || /[.:;!?]$/.test(t.trail))) break;
    if (np.length && languageArticle(t.lower) && isLowerWord(t)) {
      np.unshift(t);
      break;
    }
    // A quoted title modifying the noun: the "Pose" actor, la "Ley Mordaza" ministra.
    if (np.length && QUOTED_WORD_LEAD.test(t.lead) && QUOTED_WORD_TRAIL.test(t.trail) && !hasComma(t)) continue;
    // A capitalised article opening the sentence ("El investigador asegura") still opens the phrase.
    if (np.length && !orgHead && isCapitalised(t) && (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower))) {
      np.unshift(t);
      break;
    }
    // An organisation may carry capitalised modifiers: "the French foreign ministry", "Russia's foreign ministry".
    if (!isLowerWord(t) && !/^\d/.test(t.word) && !(np.length && isPossessive(t)) && !(orgHead && isNameToken(t))) break;
    if (PREPOSITIONS.has(t.lower) || PRONOUNS.has(t.lower) || SKIPPABLE.has(t.lower)) break;
    if (orgHead && isNameToken(t) && SENTENCE_OPENERS.has(t.lower)) break;
    np.unshift(t);
    if (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || isPossessive(t) && !orgHead) break;
  }
  if (!np.length) return null;
  const head = np[np.length - 1].lower;
  const det = np[0].lower;
  const phrase = words(np.filter((t) => !DEFINITE.has(t.lower) && !INDEFINITE.has(t.lower)));
  if (!phrase) return null;
  const at = np[0].start;
  if (orgHead && np.some((t) => isNameToken(t))) return { kind: "org", text: phrase, role: null, at };
  if (DOCUMENT_NOUNS.has(head)) return { kind: "document", text: phrase, role: null, at };
  // "la jeune femme", "the woman": the person this paragraph has named, if any; "a woman" is nobody named.
  if (GENERIC_PEOPLE.has(head)) return { kind: DEFINITE.has(det) && !PLURAL_ARTICLES.has(det) ? "generic" : "unnamed", text: phrase, role: phrase, at };
  if (PLURAL_ARTICLES.has(det) && !VOICE_NOUNS.has(head)) return { kind: "unnamed", text: phrase, role: phrase, at };
  if (DEFINITE.has(det) || isPossessive(np[0]) || (languageArticle(det) && np.length > 1)) return { kind: "role", text: phrase, role: phrase, at };
  // "kata menteri itu"; "— сказал министр": definite without an article before the noun (the cue
  // itself opens the phrase).
  let cueAt = np.length - 1;
  while (cueAt >= 0 && !CUES.has(np[cueAt].lower)) cueAt--;
  const noun = np.slice(cueAt + 1);
  if (noun.length > 1 && POST_DEMONSTRATIVES.has(head) && titleWord(noun[noun.length - 2].word)) {
    const role = words(noun.slice(0, -1));
    return { kind: "role", text: role, role, at: noun[0].start };
  }
  if (noun.length && noun.length <= 3 && ARTICLELESS.has(articleWords.language ?? "") && !INDEFINITE.has(noun[0].lower) && titleWord(noun[noun.length - 1].word)) {
    const role = words(noun);
    return { kind: "role", text: role, role, at: noun[0].start };
  }
  // "one user", "officers", "a diplomatic source": somebody the text does not name.
  if (INDEFINITE.has(det) || np.length <= 3) return { kind: "unnamed", text: phrase, role: phrase, at };
  return null;
}

/**
 * A mention made of an unnamed voice and the organisation it speaks for: "a spokesperson for the British
 * Foreign Office", "a report from Kotak Institutional Equities" → the organisation.
 */
/** Most words between a voice noun and the preposition before its organisation ("fuente al interior de"). */
const MAX_VOICE_GAP = 3;
function voiceOf(ts: Token[], runStart: number, run: Mention): Mention | null {
  let i = runStart - 1;
  if (i >= 0 && DEFINITE.has(ts[i].lower)) i--;
  if (i < 1 || !SPEAKING_PREPS.has(ts[i].lower)) return null;
  // The voice noun may sit a few lower-case words back: "una fuente al interior de la Comisión", "sources close to".
  let noun = ts[i - 1];
  for (let j = i - 1; j >= 0 && i - j <= MAX_VOICE_GAP && !VOICE_NOUNS.has(noun.lower) && !DOCUMENT_NOUNS.has(noun.lower); j--) {
    if (!isLowerWord(ts[j]) || hasComma(ts[j]) || /[.:;!?]/u.test(ts[j].trail)) break;
    noun = ts[j];
  }
  if (!VOICE_NOUNS.has(noun.lower) && !DOCUMENT_NOUNS.has(noun.lower)) return null;
  return { ...run, kind: run.kind === "person" && ORG_WORDS.has(run.text.split(" ").pop()!.toLowerCase()) ? "org" : run.kind, role: run.role ?? noun.word };
}

/** Is a comma-separated segment an appositive (", a postdoctoral fellow at …,", ", Vindman's superior,")? */
function appositiveStart(t: Token | undefined): boolean {
  if (!t) return false;
  if (PRONOUNS.has(t.lower) || SENTENCE_OPENERS.has(t.lower) && hasComma(t)) return false;
  // (or a capitalised title: "X, Chủ tịch UBND tỉnh, cho biết", "X, Mayor of Springfield, said")
  return isLowerWord(t) || isPossessive(t) || /^\d/.test(t.word) || DEFINITE.has(t.lower) || INDEFINITE.has(t.lower) || /^(who|which|whose)$/.test(t.lower) || (TITLE_WORDS.has(t.lower) && !hasComma(t));
}

/** The mention that ends a token list (the subject of a cue that follows). */
export function mentionEndingAt(ts: Token[], end: number, allowAfterPreposition = false): Mention | null {
  let e = end;
  while (e >= 0 && SKIPPABLE.has(ts[e].lower) && !hasComma(ts[e])) e--;
  if (e < 0) return null;
  const t = ts[e];
  if (isPronoun(t.lower) && !hasComma(t)) return { kind: "pronoun", text: t.lower, role: null, at: t.start };
  if (isNameToken(t)) {
    const run = runEndingAt(ts, e);
    if (!run.length) return null;
    const start = ts.indexOf(run[0]);
    // "die Kirche", "das Land": one capitalised word after an article is a (German) noun, not a person.
    if (run.length === 1 && start > 0 && DEFINITE.has(ts[start - 1].lower) && !mayNameOrg(run)) return null;
    const m = nameMention(run, roleWordsBefore(ts, start));
    if (!m) return null;
    // A name after a preposition is not the speaker, unless it is what a spokesperson or report speaks for.
    const before = ts[start - 1];
    const prepAt = before && PREPOSITIONS.has(before.lower) ? start - 1 : before && DEFINITE.has(before.lower) && ts[start - 2] && PREPOSITIONS.has(ts[start - 2].lower) ? start - 2 : -1;
    // "Secretary of State Mike Pompeo": a preposition inside a title does not make the name an object.
    const inTitle = prepAt > 0 && isNameToken(ts[prepAt - 1]) && titleWord(ts[prepAt - 1].word);
    // "El diputado de Unidad Popular Diego Herrera": the preposition governs the affiliation glued before the name.
    const glued = m.kind === "person" && m.at !== run[0].start && !titleWord(stripPossessive(run[0].word));
    const beforeIsPrep = prepAt >= 0 && !inTitle && !glued;
    if (beforeIsPrep && !allowAfterPreposition) return voiceOf(ts, start, m);
    return m;
  }
  return nounPhraseEndingAt(ts, e);
}

/** Words that open a subordinate clause: the verb after them has its subject elsewhere (or none written). */
const SUBORDINATORS = new Set(["que", "that", "dass", "qu", "che", "że", "как", "что", "mientras", "cuando", "quand", "lorsque", "when", "while"]);
/** Longest parenthesis skipped between a subject and its verb (words). */
const MAX_PARENTHESIS_WORDS = 12;
/** Conjunctions that give a verb the subject of the clause before ("X accused … and warned"). */
const CONJUNCTIONS = new Set(["and", "but", "und", "aber", "et", "mais", "y", "pero", "e", "mas", "и", "но", "dan", "tetapi", "en", "ed"]);

/**
 * "La operadora de la red de gas de Ucrania (Gtsou) anunció", "the state gas company (Naftogaz) said": a
 * name alone in a parenthesis right before the verb names the subject that the phrase before it only
 * describes (a role, or a name after a preposition). When that phrase is itself a name
 * ("Supremo Tribunal Federal (STF)"), the parenthesis is only its short form and the name is read as usual.
 * One word alone there is read as an organisation's short form.
 */
function parentheticalName(ts: Token[], open: number, close: number): Mention | null {
  // (the parenthesis itself is set aside: a name token never opens one)
  const inside = ts.slice(open, close + 1).map((t) => ({ ...t, lead: t.lead.replace("(", ""), trail: t.trail.replace(")", ""), nameToken: undefined }));
  if (inside.length > MAX_PARENTHESIS_NAME_WORDS || !inside.every(isNameToken)) return null;
  const before = mentionEndingAt(ts, open - 1);
  if (before && (before.kind === "person" || before.kind === "org" || before.kind === "pronoun")) return null;
  const m = nameMention(inside, []);
  if (!m || !(m.kind === "person" || m.kind === "org")) return null;
  // One word in brackets after a description is the short form of a body ("(Gtsou)", "(Naftogaz)").
  return inside.length === 1 ? { ...m, kind: "org" } : m;
}
/** Most words of a name alone in a parenthesis before a verb. */
const MAX_PARENTHESIS_NAME_WORDS = 3;

/** Subject of a cue at token index `cue`: the clause before it, past any appositive. */
export function subjectBefore(ts: Token[], cue: number): Mention | null {
  let end = cue - 1;
  // "“JOH” (como se le conoce al expresidente) contestó": a parenthesis between subject and verb.
  if (end > 0 && ts[end].trail.startsWith(")")) {
    let open = end;
    while (open > 0 && !ts[open].lead.includes("(") && end - open < MAX_PARENTHESIS_WORDS) open--;
    if (ts[open].lead.includes("(") && open > 0) {
      const named = ts[end].trail === ")" ? parentheticalName(ts, open, end) : null;
      if (named) return named;
      end = open - 1;
    }
  }
  while (end >= 0 && SKIPPABLE.has(ts[end].lower) && !hasComma(ts[end])) end--;
  if (end < 0) return null;
  // "al tiempo que agregó", "so that it said": a subordinator, not a subject, before the verb.
  if (SUBORDINATORS.has(ts[end].lower)) return null;
  if (CONJUNCTIONS.has(ts[end].lower)) {
    // The shared subject opens the sentence; only a name there is trusted.
    if (!isNameToken(ts[0])) return null;
    const run = runStartingAt(ts, 0);
    const next = ts[run.length];
    // "China’s ambassador to Britain accused … and warned": the office after the possessive is the subject.
    if (run.length && next && isPossessive(run[run.length - 1])) {
      const office: Token[] = [];
      for (let j = run.length; j < ts.length && office.length < MAX_ROLE_WORDS && isLowerWord(ts[j]) && titleWord(ts[j].word); j++) office.push(ts[j]);
      const text = words(office);
      return text ? { kind: "role", text, role: words([...run, ...office]), at: office[0].start } : null;
    }
    return run.length ? nameMention(run, []) : null;
  }
  // Comma segments of the clause; the first one followed by an appositive holds the subject.
  const segEnds: number[] = [];
  for (let i = 0; i < end; i++) if (hasComma(ts[i])) segEnds.push(i);
  let segStart = 0;
  for (const se of segEnds) {
    const intro = PREPOSITIONS.has(ts[segStart].lower) || SENTENCE_OPENERS.has(ts[segStart].lower) && se === segStart;
    segStart = se + 1;
    if (intro || !appositiveStart(ts[se + 1])) continue;
    const m = mentionEndingAt(ts, se);
    if (m && (m.kind === "person" || m.kind === "org" || m.kind === "role")) return m;
  }
  return mentionEndingAt(ts, end);
}

/**
 * A definite role phrase after a cue that a preposition ends before any name: "dijo el gremialista en
 * defensa del consorcio", "apuntó la vicepresidenta por una charla", "said the minister in a statement",
 * "dijo el secretario general de La Cámpora". A role mention, resolved to the person who holds it. Not a
 * voice ("the spokesman for X" speaks for X).
 */
export function definiteRoleAfter(ts: Token[], i: number): Mention | null {
  if (!ts[i]) return null;
  // French and Italian elide the article into the noun: "écrit l’agence", "ha detto l'assessore".
  const elided = ELIDED_ARTICLE_RE.exec(ts[i].word);
  if (!elided && (!DEFINITE.has(ts[i].lower) || !ts[i + 1] || !isLowerWord(ts[i + 1]) || hasComma(ts[i]))) return null;
  const words: Token[] = elided ? [{ ...ts[i], word: elided[1], lower: elided[1].toLowerCase() }] : [];
  if (elided && (hasComma(ts[i]) || /[.:;!?]/u.test(ts[i].trail))) return roleOfWords(words, ts[i].start);
  if (PLURAL_ARTICLES.has(ts[i].lower)) {
    const r = roleOfWords(ts.slice(i + 1, i + 2), ts[i].start);
    return r && { ...r, kind: "unnamed" };
  }
  let j = i + 1;
  for (; j < ts.length && words.length < MAX_NP_WORDS; j++) {
    const t = ts[j];
    if (PREPOSITIONS.has(t.lower) || SKIPPABLE.has(t.lower) || CUES.has(t.lower)) break;
    if (!isLowerWord(t)) return null;
    words.push(t);
    if (hasComma(t) || /[.:;!?]/u.test(t.trail)) {
      j = ts.length;
      break;
    }
  }
  const m = roleOfWords(words, ts[i].start);
  // "la titular de Interior", "el secretario general de La Cámpora": the office's complement stays in the
  // role, so it can be matched with the role the article gave a person ("ministra del Interior").
  const prep = ts[j];
  if (m && m.kind === "role" && prep && SPEAKING_PREPS.has(prep.lower) && !hasComma(words[words.length - 1] ?? prep)) {
    const k = ts[j + 1] && DEFINITE.has(ts[j + 1].lower) ? j + 2 : j + 1;
    // "de l'Économie": the article elided into the complement's first word.
    const elided = ts[k] ? ELIDED_NAME_RE.exec(ts[k].word) : null;
    const run = elided
      ? [{ ...ts[k], word: elided[1], lower: elided[1].toLowerCase() }, ...(hasComma(ts[k]) || !ts[k + 1] || !isNameToken(ts[k + 1]) ? [] : runStartingAt(ts, k + 1))]
      : ts[k] && isNameToken(ts[k]) ? runStartingAt(ts, k) : [];
    if (run.length) {
      // "el ministro del Interior Juan Pérez", "le ministre de l'Économie Bruno Le Maire": the office's
      // complement, then the person holding it (from the first given name on).
      const { title, name } = gluedBefore({ title: [], name: run });
      const person = title.length && name.length >= MIN_GLUED_NAME ? nameMention(name, []) : null;
      const complement = ts.slice(j, k).map((t) => t.word).concat(elided ? [ts[k].word, ...title.slice(1).map((t) => t.word)] : title.map((t) => t.word));
      if (person && person.kind === "person") return { ...person, role: `${m.text} ${complement.join(" ")}` };
      m.role = `${m.text} ${ts.slice(j, k).map((t) => t.word).join(" ")} ${elided ? [ts[k].word, ...run.slice(1).map((t) => t.word)].join(" ") : run.map((t) => t.word).join(" ")}`;
    }
  }
  return m;
}
/** A capitalised word with an elided article glued on: "l'Économie", "dell'Interno". */
const ELIDED_NAME_RE = /^(?:l|dell|all|dall|nell|sull)['’](\p{Lu}[\p{L}\-]*)$/u;
/** Plural articles: "los abogados", "les syndicats" are a group, not one person named before. */
const PLURAL_ARTICLES = new Set(["los", "las", "les", "os", "as"]);
const ELIDED_ARTICLE_RE = /^[lL]['’](\p{Ll}[\p{L}\-]*)$/u;
function roleOfWords(words: Token[], at: number): Mention | null {
  if (!words.length || VOICE_NOUNS.has(words[words.length - 1].lower) || DOCUMENT_NOUNS.has(words[words.length - 1].lower)) return null;
  const text = words.map((t) => t.word).join(" ");
  // A definite noun phrase points back at someone named before ("the official"); "the man" stays unnamed.
  return { kind: GENERIC_PEOPLE.has(words[words.length - 1].lower) ? "unnamed" : "role", text, role: text, at };
}

/** Most words of the clause read past adverbial phrases for a speaker after its cue. */
const MAX_AGENT_SEARCH = 12;

/**
 * Free word order puts phrases between the cue and the speaker: "– mówił w Sejmie premier Mateusz
 * Morawiecki", "— заявил в интервью РБК министр Антон Силуанов". The first name of the clause that does
 * not follow a preposition, with the lower-case role words before it.
 */
/** Words that mark the name after them as an object (Spanish personal "a": "en alusión a Martín Guzmán"). */
const OBJECT_MARKERS = new Set(["a", "al"]);
function agentPastPhrases(ts: Token[], from: number): Mention | null {
  // (an organisation inside the phrase — "в интервью РБК министр X", "in an interview with CNN, X" — gives
  // way to a person named after it in the clause)
  let org: Mention | null = null;
  for (let i = from; i < ts.length && i - from < MAX_AGENT_SEARCH; i++) {
    const t = ts[i];
    if (isNameToken(t)) {
      const run = runStartingAt(ts, i);
      const prev = ts[i - 1];
      const objectOfPrep = !!prev && (PREPOSITIONS.has(prev.lower) || OBJECT_MARKERS.has(prev.word) || (DEFINITE.has(prev.lower) && !!ts[i - 2] && PREPOSITIONS.has(ts[i - 2].lower)));
      if (!objectOfPrep && !t.lead && run.length) {
        const m = nameMention(run, roleWordsBefore(ts, i));
        if (m && m.kind === "person") return m;
        if (m && m.kind === "org" && !org) {
          if (hasComma(run[run.length - 1]) || /[.:;!?]/u.test(run[run.length - 1].trail) || i - from > 2) return m;
          org = m;
        }
      }
      i += Math.max(run.length, 1) - 1;
      if (run.length && hasComma(run[run.length - 1])) return org;
    }
    if (/[.:;!?]/u.test(t.trail)) return org;
  }
  return org;
}

/** Contractions of "to" + article that open an addressee after a cue (Romance languages). */
const ADDRESSEE_LEADS = new Set(["al", "ao", "aos", "à", "às", "au", "aux", "ai", "agli", "alla", "allo"]);
/** Longest addressee phrase skipped after a cue (words). */
const MAX_ADDRESSEE_WORDS = 6;
/**
 * End (exclusive) of an addressee phrase at i — "a la red Erbol", "a EL HERALDO", "a Clarín", "al diario
 * El País", "à l'AFP" — through its first name, or i when there is none. "a" counts only before an
 * article or a name (Portuguese "disse a ministra" is the subject's article).
 */
function addresseeEnd(ts: Token[], i: number): number {
  const t = ts[i];
  const lead = ADDRESSEE_LEADS.has(t.lower) || (t.lower === "a" && !!ts[i + 1] && (DEFINITE.has(ts[i + 1].lower) && ts[i + 1].lower !== "a" || isNameToken(ts[i + 1])) && isLowerWord(t));
  if (!lead || hasComma(t)) return i;
  for (let j = i + 1; j < ts.length && j - i <= MAX_ADDRESSEE_WORDS; j++) {
    if (isNameToken(ts[j]) && !DEFINITE.has(ts[j].lower)) {
      const run = runStartingAt(ts, j);
      return j + Math.max(run.length, 1);
    }
    if (hasComma(ts[j]) || /[.:;!?]/u.test(ts[j].trail)) return i;
  }
  return i;
}

/** An acronym, maybe hyphenated with a word ("ТАСС", "PAP", "РБК-Україна", "RIA-Novosti"). */
const AGENCY_RE = /^\p{Lu}{2,6}(?:-\p{Lu}[\p{L}]*)?$/u;

/** Shortest organisation word read as the end of a compound ("Vereinigungs|ministerium", "Land|gericht"). */
const MIN_ORG_ENDING = 5;
const ORG_ENDINGS = [...ORG_WORDS].filter((w) => w.length >= MIN_ORG_ENDING && /^\p{L}+$/u.test(w));
/** A compound noun ending in an organisation word, in languages that write compounds as one word. */
const compoundOrg = (lower: string): boolean =>
  NOUN_CAPITALISING.has(articleWords.language ?? "") && lower.length > MIN_ORG_ENDING + 2 && ORG_ENDINGS.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
/** Ordinary words (written in lower case elsewhere) that make a capitalised run a title, not a name. */
const MIN_ORDINARY_IN_TITLE = 2;
/**
 * A personal pronoun of the article's language. Some are other words elsewhere: Italian "il" is an article
 * ("ha detto il ministro"), English "on" a preposition, Spanish "han" a verb; where the language is known
 * they count only in their own languages.
 */
function isPronoun(lower: string): boolean {
  if (!PRONOUNS.has(lower)) return false;
  const langs = PRONOUN_LANGUAGES.get(lower);
  const lang = articleWords.language;
  return !langs || !lang || langs.includes(lang);
}
const PRONOUN_LANGUAGES: ReadonlyMap<string, readonly string[]> = new Map([
  ["il", ["fr"]], ["ils", ["fr"]], ["on", ["pl", "cs", "sk", "sl", "hr", "sr", "bs", "ru"]], ["ona", ["pl", "cs", "sk", "sl", "hr", "sr", "bs"]],
  ["han", ["sv", "no", "nb", "nn", "da"]], ["es", ["de"]], ["ele", ["pt", "gl"]], ["ela", ["pt", "gl"]], ["dia", ["id", "ms"]],
  ["ia", ["id", "ms"]], ["her", ["en"]], ["lui", ["fr", "it"]], ["lei", ["it"]], ["ze", ["nl"]], ["ông", ["vi"]], ["bà", ["vi"]],
]);

/** Languages that capitalise every noun. */
const NOUN_CAPITALISING = new Set(["de", "lb"]);
/** Languages whose "a" is the definite article ("disse a ministra"), not the indefinite one. */
const DEFINITE_A_LANGUAGES = new Set(["pt", "gl"]);
/** A web site named by its domain ("finobzor.ru", "politico.eu"): an outlet. */
const DOMAIN_RE = /^[\p{Ll}\d][\p{Ll}\d-]*(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,6}$/u;
/** Longest role phrase read before the comma that hands over to a name ("el convencional … , Pablo Toloza"). */
const MAX_APPOSED_ROLE = 14;
/**
 * "admitió el convencional UDI e integrante de la Comisión de Normas, Pablo Toloza.", "dijo el ministro de
 * Salud, Juan Pérez, en …": a definite role phrase, a comma, then a full name that ends the clause or is
 * itself followed by a comma: the name speaks, the phrase is its role.
 */
function nameAfterRole(ts: Token[], i: number): Mention | null {
  for (let j = i + 1; j < ts.length && j - i <= MAX_APPOSED_ROLE; j++) {
    if (/[.:;!?]/u.test(ts[j].trail)) return null;
    if (!hasComma(ts[j])) continue;
    const n = ts[j + 1];
    if (!n || !isNameToken(n)) return null;
    const run = runStartingAt(ts, j + 1);
    const last = run[run.length - 1];
    if (run.length < 2 || !last || !(j + 1 + run.length >= ts.length || /[.,;:!?]/u.test(last.trail))) return null;
    const m = nameMention(run, []);
    if (!m || m.kind !== "person") return null;
    const role = words(ts.slice(i + 1, j + 1)).replace(/[,;]$/u, "");
    return { ...m, role: m.role ?? (role || null) };
  }
  return null;
}

/**
 * "said a dispatcher on the police scanner", "a ajouté un ténor de la droite sur …": an indefinite noun
 * phrase after the cue is somebody the text does not name, whatever names follow it — unless the noun is
 * a voice or a document of an organisation ("a spokesperson for X", read by the caller).
 */
function indefiniteAfter(ts: Token[], i: number): Mention | null {
  const np: Token[] = [];
  for (let j = i + 1; j < ts.length && np.length < MAX_NP_WORDS; j++) {
    const t = ts[j];
    if (!isLowerWord(t) || PREPOSITIONS.has(t.lower) || SKIPPABLE.has(t.lower)) break;
    np.push(t);
    if (hasComma(t) || /[.:;!?]/u.test(t.trail)) break;
  }
  if (!np.length) return null;
  const head = np[np.length - 1].lower;
  if (VOICE_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) return null;
  const text = words(np);
  return { kind: "unnamed", text, role: text, at: ts[i].start };
}

/** Speaker named after a cue ("said Paul Torrey, associate professor…", "according to a report from X"). */
export function agentAfter(ts: Token[], from: number): Mention | null {
  let i = from;
  while (i < ts.length && SKIPPABLE.has(ts[i].lower)) i++;
  if (i >= ts.length) return null;
  const first = ts[i];
  if (isPronoun(first.lower)) return { kind: "pronoun", text: first.lower, role: null, at: first.start };
  // "detalló del Pópolo": a surname led by a particle, known from the full name the article gives.
  const next = ts[i + 1];
  if (isParticle(first) && next && isNameToken(next) && articleWords.particleSurnames.has(`${first.lower} ${stripPossessive(next.word)}`)) {
    const run = runStartingAt(ts, i + 1);
    const m = run.length ? nameMention(run, []) : null;
    if (m && m.kind === "person") return m;
  }
  // "— рассказал ТАСС глава компании X", "powiedział PAP wiceminister X": an agency's acronym right after
  // the verb is whom it was said to (a dative without a preposition) when a person follows it.
  if (AGENCY_RE.test(first.word) && !hasComma(first) && !/[.:;!?]/u.test(first.trail) && ts[i + 1]) {
    const m = agentAfter(ts, i + 1);
    if (m?.kind === "person") return m;
  }
  // "dijo a la red Erbol", "explicaron a Clarín", "disse ao jornal": whom it was said to, then maybe the speaker.
  const addressee = addresseeEnd(ts, i);
  if (addressee > i) return addressee < ts.length && !/[.:;!?]/u.test(ts[addressee - 1].trail) ? agentAfter(ts, addressee) : null;
  // (German "das" is an article; Portuguese "das" a preposition)
  const article = (DEFINITE.has(first.lower) && !DEFINITE_A_LANGUAGES.has(articleWords.language ?? "")) || languageArticle(first.lower);
  if (PREPOSITIONS.has(first.lower) && !SPEAKING_PREPS.has(first.lower) && !article) return agentPastPhrases(ts, i);
  // ("a" is the Portuguese definite article and the English indefinite one)
  const indefinite = INDEFINITE.has(first.lower) && !(DEFINITE.has(first.lower) && DEFINITE_A_LANGUAGES.has(articleWords.language ?? ""));
  const unnamed = indefinite ? indefiniteAfter(ts, i) : null;
  if (unnamed) return unnamed;
  const apposed = DEFINITE.has(first.lower) && !indefinite ? nameAfterRole(ts, i) : null;
  if (apposed) return apposed;
  const role = indefinite ? null : definiteRoleAfter(ts, i);
  if (role) return role;
  // Lower-case role words, then a capitalised run: "veteran industry analyst Ken Doctor".
  const roleStart = i;
  // (a capitalised title before lower-case role words is a role word too: "la Première ministre Élisabeth Borne")
  while (i < ts.length && i - roleStart < MAX_ROLE_WORDS && (!isNameToken(ts[i]) || titleBeforeRoleWords(ts, i))) {
    if (DOMAIN_RE.test(ts[i].word)) return { kind: "org", text: ts[i].word, role: words(ts.slice(roleStart, i)) || null, at: ts[i].start };
    if (hasComma(ts[i]) || /[.:;!?]/.test(ts[i].trail)) return nounPhraseEndingAt(ts, i);
    i++;
  }
  if (i >= ts.length || !isNameToken(ts[i])) return null;
  const run = runStartingAt(ts, i);
  if (!run.length) return null;
  const lead = ts.slice(roleStart, i);
  // "a report from X", "a spokesperson for the X": the organisation speaks.
  const isPrep = (t: Token) => PREPOSITIONS.has(t.lower) && !(DEFINITE.has(t.lower) && !DEFINITE_A_LANGUAGES.has(articleWords.language ?? ""));
  const m = nameMention(run, lead.filter((t) => !isPrep(t)));
  if (!m) return null;
  if (lead.some(isPrep) && !lead.some((t) => VOICE_NOUNS.has(t.lower) || DOCUMENT_NOUNS.has(t.lower))) return agentPastPhrases(ts, roleStart);
  // Appositive role after the name: ", associate professor of physics at the University of Florida".
  const after = ts.indexOf(run[run.length - 1]) + 1;
  if (!m.role && hasComma(run[run.length - 1]) && after < ts.length && appositiveStart(ts[after])) {
    const parts: Token[] = [];
    for (let j = after; j < ts.length && parts.length < MAX_ROLE_WORDS; j++) {
      parts.push(ts[j]);
      if (hasComma(ts[j]) || /[.:;!?]/.test(ts[j].trail)) break;
    }
    const r = words(parts.filter((t, k) => !(k === 0 && (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower)))));
    if (r) m.role = r;
  }
  return m;
}

/** A capitalised title followed by a lower-case word of the role: "Première ministre", "Premier ministre". */
const titleBeforeRoleWords = (ts: Token[], i: number): boolean =>
  TITLE_WORDS.has(ts[i].lower) && !hasComma(ts[i]) && !!ts[i + 1] && isLowerWord(ts[i + 1]) && TITLE_WORDS.has(ts[i + 1].lower);

/** Role given in an appositive right after a subject name ("Steve Clarke, deputy associate administrator …,"). */
export function appositiveRole(ts: Token[], nameEnd: number): string | null {
  if (!hasComma(ts[nameEnd]) || !appositiveStart(ts[nameEnd + 1])) return null;
  const parts: Token[] = [];
  for (let j = nameEnd + 1; j < ts.length && parts.length < MAX_ROLE_WORDS; j++) {
    parts.push(ts[j]);
    if (hasComma(ts[j]) || /[.:;!?]/.test(ts[j].trail)) break;
  }
  const r = words(parts.filter((t, k) => !(k === 0 && (DEFINITE.has(t.lower) || INDEFINITE.has(t.lower)))));
  return r || null;
}
