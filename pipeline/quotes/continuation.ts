// Continuation cues: "added", "went on", "añadió", "a ajouté", "fügte hinzu", "dodał", "добавил" say that
// the person quoted goes on speaking. A subjectless one ("“…”, añadió.") in a paragraph that names nobody
// before its quotation means whoever was quoted just before — not the last person the narration since then
// happened to name ("… el teniente coronel X, quien está aprehendido." then "“…”, añadió.").

/** Continuation verbs per language, lower case, as the cue lexicon writes them (one form per entry). */
const CONTINUATION: Record<string, string> = {
  en: "added | adds | added that | continued | continues | went on | goes on",
  de: "fügte | fügte hinzu | ergänzte | ergänzt",
  fr: "a ajouté | ajoute | ajouté | ajoutait | poursuit | renchérit | a renchéri",
  es: "añadió | agregó | añade | agrega | agregó que | ha añadido | agregaba | añadía | complementó | complementa",
  pt: "acrescentou | acrescenta | completou",
  it: "ha aggiunto | aggiunge | aggiunse | continua | prosegue",
  nl: "voegde",
  no: "legger til | la til",
  sv: "tillägger | tillade",
  da: "tilføjer | tilføjede",
  fi: "lisäsi | lisää",
  pl: "dodał | dodała | dodaje | dodawał | dodawała",
  cs: "dodal | dodala",
  ro: "a adăugat | adaugă | a mai adăugat",
  hu: "tette hozzá",
  tr: "ekledi | diye ekledi",
  vi: "nói thêm",
  ru: "добавил | добавила | добавляет",
  uk: "додав | додала | додає",
  id: "tambahnya | imbuhnya | menambahkan",
};

const CONTINUATION_CUES: ReadonlySet<string> = new Set(
  Object.values(CONTINUATION).flatMap((s) => s.split("|").map((w) => w.trim()).filter(Boolean)),
);

/** Most paragraphs back the quotation being continued may have started (its own, or up to three before, as far as an antecedent may be). */
export const MAX_CONTINUED_PARAGRAPHS = 3;

/** Does the reporting cue say the speaker goes on ("added", "añadió", "a ajouté")? */
export function isContinuationCue(cue: string | null): boolean {
  return !!cue && CONTINUATION_CUES.has(cue.toLowerCase().replace(/\s+/gu, " ").trim());
}
