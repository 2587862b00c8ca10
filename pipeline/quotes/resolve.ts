// Pronoun and role resolution: "he said", "the minister added", "the statement said", "they said" are
// given to whom the text means — the nearest fitting speaker or sentence subject before the quotation
// (people for he/she, organisations first for they/it, the issuer for a document, a person with that role
// for "the actor"). Names are then expanded to the full name the article gives (surnames.ts).
import { ORG_WORDS, PRONOUN_GENDER, PRONOUNS } from "./lexicon/people.ts";
import { genderOf } from "../extract/lexicon/given-names.ts";
import type { Mention, MentionKind } from "./mentions.ts";
import { headlineFullName } from "./headline-names.ts";
import { isOfficeNoun } from "./office-noun.ts";
import { fullNameFor, roleOf, type NameMention } from "./surnames.ts";

/** An acronym long enough to spell a person's initials (three or more: "JOH", "AMLO"; not "US"). */
const ACRONYM_RE = /^\p{Lu}{3,5}$/u;
/** Splits a role into its words, in any script. */
const WORD_BREAK = /[^\p{L}\p{N}]+/u;
/** How many paragraphs back an antecedent may be. */
export const MAX_ANTECEDENT_PARAGRAPHS = 3;
/** Shortest role word matched against the roles the article gives (not "de", "of"). */
export const MIN_ROLE_WORD = 4;
/** How far after a role mention (characters, about two paragraphs) its holder may be named. */
export const MAX_ROLE_HOLDER_AHEAD = 600;
/** Longest role (words) matched: longer ones are clauses, not titles. */
export const MAX_ROLE_WORDS_MATCHED = 8;
/** Words that open a clause, not a role. */
const CLAUSE_OPENERS = new Set(["que", "who", "which", "whose", "that", "qui", "quien", "quienes", "cuyo", "cuya", "dont", "où", "welche", "welcher", "który", "która", "который", "которая"]);

export interface Candidate {
  at: number;
  para: number;
  kind: MentionKind;
  /** Resolved name (full name where the article gives one). */
  name: string;
  role: string | null;
  /** Was this the speaker of a quotation (not just a sentence subject)? */
  speaker: boolean;
  /** Was this the subject of a reporting verb in the narration ("X contó que …", "X told the court …")? */
  reported?: boolean;
  /** An organisation written after a preposition ("pendiente en la Corte", "parte de la ONU"): seldom the issuer. */
  object?: boolean;
}

export interface Resolved {
  speaker: string | null;
  role: string | null;
  kind: "person" | "org" | null;
}

export class Resolver {
  private readonly candidates: Candidate[] = [];

  /** `headline`: full names the title and subtitle give (headline-names.ts), for surnames the body never expands. */
  constructor(
    private readonly names: readonly NameMention[],
    private readonly headline: readonly NameMention[] = [],
  ) {}

  /** Canonical name of a person or organisation mention. */
  nameOf(m: Mention): { name: string; role: string | null } {
    if (m.kind === "person") {
      const full = fullNameFor(m.text, m.at, this.names) ?? headlineFullName(m.text, this.headline);
      const name = full ? full.name : m.text;
      return { name, role: m.role ?? full?.role ?? roleOf(name, this.names) };
    }
    return { name: m.text.replace(/^(the|The)\s+/u, ""), role: m.role };
  }

  /** A person whose initials an acronym spells ("JOH" for "Juan Orlando Hernández"), named in the article. */
  private initialsOf(acronym: string): NameMention | null {
    if (!ACRONYM_RE.test(acronym)) return null;
    for (const n of this.names) {
      if (n.kind !== "person") continue;
      const caps = n.parts.filter((w) => /^\p{Lu}/u.test(w));
      if (caps.length === acronym.length && caps.every((w, i) => w[0] === acronym[i])) return n;
    }
    return null;
  }

  /** A mention with an acronym that spells a person's initials becomes that person. */
  private asPerson(m: Mention): Mention {
    if (m.kind !== "org") return m;
    const n = this.initialsOf(m.text);
    return n ? { ...m, kind: "person", text: n.name, role: m.role ?? n.role } : m;
  }

  /** Positions of the recorded subjects and speakers (read by the speaker ranker). */
  private readonly subjectAts = new Set<number>();

  /** Was a subject or a speaker recorded at this position? */
  isSubjectAt(at: number): boolean {
    return this.subjectAts.has(at);
  }

  /** Records a sentence subject or a quotation's speaker as a possible antecedent. */
  add(c: Candidate): void {
    this.subjectAts.add(c.at);
    let i = this.candidates.length;
    while (i > 0 && this.candidates[i - 1].at > c.at) i--;
    this.candidates.splice(i, 0, c);
  }

  addMention(m: Mention, para: number, speaker = false, reported = false, object = false): void {
    m = this.asPerson(m);
    if (m.kind === "person" || m.kind === "org") this.add({ at: m.at, para, kind: m.kind, ...this.nameOf(m), speaker, reported, object });
  }

  private nearest(at: number, para: number, ok: (c: Candidate) => boolean): Candidate | null {
    for (let i = this.candidates.length - 1; i >= 0; i--) {
      const c = this.candidates[i];
      if (c.at >= at) continue;
      if (para - c.para > MAX_ANTECEDENT_PARAGRAPHS) break;
      if (ok(c)) return c;
    }
    return null;
  }

  /** The nearest person before `at` (and after `after`) that was a subject or speaker in paragraph `para` itself. */
  subjectIn(at: number, para: number, after = -1): Resolved | null {
    const c = this.nearest(at, para, (x) => x.para === para && x.kind === "person" && x.at > after);
    return c ? { speaker: c.name, role: c.role, kind: "person" } : null;
  }

  /** The nearest organisation before `at` named in paragraph `para` or the one before. */
  orgNear(at: number, para: number): Resolved | null {
    const c = this.nearest(at, para, (x) => x.kind === "org" && para - x.para <= 1);
    return c ? { speaker: c.name, role: c.role, kind: "org" } : null;
  }

  /** "Sometimes just after": the first fitting candidate later in the same or the next paragraph. */
  private following(at: number, para: number, ok: (c: Candidate) => boolean): Candidate | null {
    for (const c of this.candidates) if (c.at > at && c.para <= para + 1 && ok(c)) return c;
    return null;
  }

  /**
   * "la titular de Interior" after "la ministra del Interior, Izkia Siches": the nearest person named
   * before anywhere in the article whose role (at any of their mentions) holds the role word.
   */
  private namedWithRole(at: number, roleWords: string[]): Candidate | null {
    const wanted = roleWords.filter((w) => w.length >= MIN_ROLE_WORD);
    if (!wanted.length) return null;
    for (let i = this.names.length - 1; i >= 0; i--) {
      const n = this.names[i];
      if (n.at >= at || n.kind !== "person" || !n.role) continue;
      const words = n.role.toLowerCase().split(WORD_BREAK);
      // (a relative clause after the name, ", que más temprano había cuestionado …", is no role)
      if (words.length > MAX_ROLE_WORDS_MATCHED || CLAUSE_OPENERS.has(words[0]) || !wanted.some((w) => words.includes(w))) continue;
      const full = fullNameFor(n.name, n.at, this.names);
      const name = full ? full.name : n.name;
      if (!name.includes(" ")) continue;
      return { at: n.at, para: -1, kind: "person", name, role: n.role, speaker: false };
    }
    return null;
  }

  /** "China’s ambassador warned …" before "China’s ambassador to Britain Liu Xiaming": the holder named with the role just after. */
  private namedWithRoleAfter(at: number, head: string): Candidate | null {
    for (const n of this.names) {
      if (n.at <= at || n.kind !== "person" || !n.role || !n.name.includes(" ")) continue;
      if (n.at - at > MAX_ROLE_HOLDER_AHEAD) break;
      if (n.role.toLowerCase().split(WORD_BREAK).includes(head)) return { at: n.at, para: -1, kind: "person", name: n.name, role: n.role, speaker: false };
    }
    return null;
  }

  /** The nearest organisation before `at`, one written as a subject before one after a preposition. */
  private issuer(at: number, para: number): Candidate | null {
    return this.nearest(at, para, (c) => c.kind === "org" && !c.object) ?? this.nearest(at, para, (c) => c.kind === "org");
  }

  /** The first person before `at` that the narration made the subject of a reporting verb, by a full name. */
  private firstReporter(at: number): Candidate | null {
    return this.candidates.find((c) => c.at < at && c.reported && c.kind === "person" && c.name.includes(" ")) ?? null;
  }

  private isPerson = (c: Candidate) => c.kind === "person" && (c.speaker || c.name.includes(" "));

  resolve(m: Mention, para: number): Resolved {
    m = this.asPerson(m);
    const at = m.at;
    const from = (c: Candidate | null): Resolved =>
      c ? { speaker: c.name, role: c.role, kind: c.kind === "org" ? "org" : "person" } : { speaker: null, role: null, kind: null };
    switch (m.kind) {
      case "person":
      case "org": {
        const { name, role } = this.nameOf(m);
        return { speaker: name, role, kind: m.kind };
      }
      case "unnamed":
        return { speaker: null, role: m.role, kind: null };
      case "generic": {
        // "la jeune femme s’inquiète" right after "glisse Zineb, étudiante": only someone this paragraph named.
        const c = this.nearest(at, para, (x) => x.para === para && x.kind === "person" && this.isPerson(x));
        return c ? { speaker: c.name, role: c.role ?? m.role, kind: "person" } : { speaker: null, role: m.role, kind: null };
      }
      case "pronoun": {
        if (PRONOUNS.get(m.text) === "group")
          return from(this.nearest(at, para, (c) => c.kind === "org") ?? this.nearest(at, para, () => true));
        // "soupire-t-elle" is not the Antoine Dupuis quoted before: a person whose given name has the other
        // gender is skipped (a name of one word may be a surname: "Omar" is a given name too).
        const gender = PRONOUN_GENDER.get(m.text);
        const agrees = (c: Candidate) => !gender || !c.name.includes(" ") || (genderOf(c.name.split(" ")[0]) ?? gender) === gender;
        const person = (c: Candidate) => this.isPerson(c) && agrees(c);
        // (when every antecedent has the other gender, the names are not read as the registers read them —
        // "Qin Gang" is family name first — and the nearest one stands)
        return from(
          this.nearest(at, para, person) ??
            this.nearest(at, para, (c) => c.kind === "person" && agrees(c)) ??
            this.following(at, para, person) ??
            this.nearest(at, para, this.isPerson) ??
            this.nearest(at, para, (c) => c.kind === "person") ??
            this.following(at, para, this.isPerson),
        );
      }
      case "document":
        // The organisation that issued it, if one is named nearby — else nobody (not the last speaker).
        return from(this.issuer(at, para));
      case "role": {
        const head = m.text.split(" ").pop()!.toLowerCase();
        const withRole = this.nearest(at, para, (c) => this.isPerson(c) && !!c.role && c.role.toLowerCase().split(WORD_BREAK).includes(head));
        if (ORG_WORDS.has(head)) return from(this.issuer(at, para) ?? this.nearest(at, para, (c) => c.speaker));
        const roleFollows = (c: Candidate) => this.isPerson(c) && !!c.role && c.role.toLowerCase().split(WORD_BREAK).includes(head);
        const r =
          withRole ??
          this.namedWithRole(at, (m.role ?? m.text).toLowerCase().split(WORD_BREAK)) ??
          // "China’s ambassador to Britain warned …" before "China’s ambassador to Britain Liu Xiaming": the
          // holder named with that role just after comes before whoever spoke last.
          this.following(at, para, roleFollows) ??
          // (past the mention's own words: "el ministro de Salud Orazio Schillaci" holds its name)
          this.namedWithRoleAfter(at + (m.role ?? m.text).length, head) ??
          // "dijo el gremialista" right after "el presidente del sindicato, Álvaro Reinaldo, señaló …": the
          // person the paragraph is about comes before an earlier speaker.
          this.nearest(at, para, (c) => c.para === para && c.kind === "person" && this.isPerson(c)) ??
          this.nearest(at, para, (c) => c.speaker) ??
          // "afirmó el comunicador" before anyone was quoted: the article's informant, the first person its
          // narration has telling something ("Hugo Ruiz contó detalles de …").
          (isOfficeNoun(head) && !this.candidates.some((c) => c.speaker && c.at < at) ? this.firstReporter(at) : null) ??
          this.nearest(at, para, this.isPerson) ??
          this.following(at, para, this.isPerson);
        return r ? { ...from(r), role: r.role ?? m.text } : { speaker: null, role: m.text, kind: null };
      }
    }
  }
}
