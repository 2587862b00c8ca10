// Hand-written article texts for the robustness suites (written for the tests, not taken from the bench).
export const TITLE = "Harbour council approves new ferry timetable after long debate";

const PARAS = [
  "The harbour council voted on Tuesday evening to approve a new ferry timetable that adds two early crossings on weekdays and keeps the late boat running through the winter months, ending a debate that had lasted most of the year.",
  "Supporters said the change would help commuters who start work before eight o'clock, while several members worried about the cost of extra crew and fuel at a time when the council is already short of money for repairs to the old pier.",
  "The operator has promised to publish the final schedule next month, and the first new crossings are expected to start in the spring once the harbour master has checked that the landing stage can take the additional traffic safely.",
  "Residents of the island said they had waited years for a reliable morning service, and many of them came to the meeting to say so; one shop owner told members that the late boat was the only way her staff could get home after closing.",
];

/** A plain article: headline, date line, byline, four paragraphs. `variant` changes a few words so copies differ. */
export function article(variant = "", paras = PARAS): string {
  return [TITLE + variant, "", "12 March 2024", "", "By Jane Example", "", ...paras.flatMap((p) => [p, ""])].join("\n");
}

/** The same story with one sentence edited: a near-duplicate. */
export const articleEdited = () => article("", [...PARAS.slice(0, 3), PARAS[3].replace("one shop owner", "a baker from the high street")]);

/** Latin-1/Windows-1252 text: accented letters (and curly quotes for 1252). */
export const WESTERN_PARAS = [
  "Le conseil du port a approuvé mardi soir un nouvel horaire des ferries qui ajoute deux traversées matinales en semaine et maintient le dernier bateau pendant tout l'hiver, après un débat qui a duré presque toute l'année.",
  "Les partisans ont déclaré que ce changement aiderait les travailleurs qui commencent avant huit heures, tandis que plusieurs élus s'inquiétaient du coût de l'équipage supplémentaire et du carburant à un moment où les finances sont déjà très serrées.",
  "L'opérateur a promis de publier l'horaire définitif le mois prochain, et les premières traversées devraient commencer au printemps, une fois que la capitainerie aura vérifié que le débarcadère peut accueillir ce trafic supplémentaire.",
];

/** A page that is only navigation and footer: no article body. */
export const BOILERPLATE = [
  "Home",
  "News",
  "Sport",
  "Weather",
  "Contact us",
  "Sign in",
  "Subscribe",
  "Privacy policy",
  "Terms of use",
  "Cookie settings",
  "© 2024 Example Media",
  "",
].join("\n");

/** A second, unrelated story: near-duplicate tests need bodies that differ from article(). */
export const OTHER_PARAS = [
  "Volunteers counted more than four hundred nesting seabirds on the northern cliffs this summer, the highest number since the survey began, after a quiet season with fewer boats passing close to the colony during the breeding weeks.",
  "The wardens believe that the new rules asking skippers to keep their distance made the difference, although a mild spring and plenty of small fish in the bay probably helped the young birds as well.",
  "Next year the group hopes to fit a camera on the ledge so that schools can watch the chicks hatch, and it is looking for more people who can spare a morning each week to help with the counting.",
];

/** Encodes text as Windows-1252 (Latin-1 plus curly quotes and dashes at 0x80–0x9F). */
export function encodeCp1252(text: string): Buffer {
  const extra: Record<string, number> = { "\u201c": 0x93, "\u201d": 0x94, "\u2018": 0x91, "\u2019": 0x92, "\u2013": 0x96, "\u2014": 0x97, "\u20ac": 0x80 };
  return Buffer.from([...text].map((ch) => extra[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}
