// Agency credit: the news agency a wire story credits — "MADRID (EFE) —", "新华社北京3月5日电", "/ТАСС/",
// a credit line of its own ("Reuters"), or a source line ("Quelle: dpa", "来源：新华社"). The driver uses it only
// when the page names no publication of its own (a newspaper printing a wire story is still the newspaper).
import type { WorkingDoc } from "../../../document.ts";
import { AGENCY_SPELLINGS, agencySpelling, SOURCE_LABELS } from "../../lexicon/outlets.ts";
import { BULLETED, escapeRe } from "./names.ts";

/** An agency's name as the page spells it, in the list's letter case ("EUROPA PRESS" → "Europa Press", "pap" → "PAP"). */
const usualAgencyName = (hit: string): string => agencySpelling(hit) ?? hit;
/** Every agency spelling, longest first, as alternatives of a pattern. */
const AGENCY_ALT = AGENCY_SPELLINGS.map(escapeRe).join("|");
/** A name that is a news agency's, whole ("Associated Press", "dpa"). */
export const AGENCY_WHOLE = new RegExp(`^(?:${AGENCY_ALT})$`, "iu");
/** A credit in brackets or slashes ("(Reuters)", "(EFE) —", "/ТАСС/", "(dpa/AFP)"), a CJK agency opening the text ("新华社北京3月5日电"),
 * a dateline line "City - Agency" ("القاهرة - رويترز", "Roma - ANSA"), or an upper-case place and day before a
 * dash and the agency opening the story ("МОСКВА, 3 дек — РИА Новости. …"). */
// ... or a place and day, then the agency and a dash ("Київ. 5 березня. ІНТЕРФАКС-УКРАЇНА – …", Interfax's form).
const AGENCY_CREDIT = new RegExp(`(?:[(/]\\s*(?:[\\p{L}\\s]{1,12}=\\s*)?(${AGENCY_ALT})(?:\\s*[/,]\\s*[^)/\\n]{1,30})?\\s*[)/])|^\\s*(${AGENCY_ALT})(?=[\\p{sc=Han}\\p{sc=Hangul}\\s\\d]{0,20}(?:电|電|報道|报道|기자|=))|^[\\p{L}\\p{M}][\\p{L}\\p{M} .]{1,29}\\s[-–—]\\s(${AGENCY_ALT})\\s*$|^\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,29},\\s[\\p{L}\\d .]{1,16}\\s[-–—]\\s(${AGENCY_ALT})[.,:]\\s|^\\p{Lu}[\\p{L}\\p{M} '-]{1,29}[.,]\\s\\d{1,2}\\s\\p{L}{3,12}\\.?\\s(${AGENCY_ALT})\\s?[-–—]\\s`, "u");
/** A credit line of its own: "Reuters", "Source: AFP", "Фото: ТАСС" stays out (a photo credit names the photographer's agency). */
const AGENCY_LINE = new RegExp(`^(?:[\\p{L}]{2,12}\\s*:\\s*)?(${AGENCY_ALT})$`, "u");
export const PHOTO_LEAD = /^(?:foto|photo|фото|图|圖|사진|写真|صورة|bild|image|imagen|immagine|zdjęcie)/iu;


/** The agency a text credits where wire credits stand — at its start ("MADRID (EFE) —") or its end ("... (dpa)") — as the text spells it, or null. */
export function agencyCredit(text: string): string | null {
  const m = AGENCY_CREDIT.exec(text.slice(0, 80)) ?? (text.length > 80 ? AGENCY_CREDIT.exec(text.slice(-40)) : null);
  const hit = m ? (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5]) : null;
  if (!hit) return null;
  return usualAgencyName(hit);
}


/** The agency credited in the first paragraphs or on a credit line near them, or null. */
export function agencyOf(doc: WorkingDoc): { name: string; line: number } | null {
  let looked = 0;
  for (let i = 0; i < doc.lines.length && looked < 12; i++) {
    const l = doc.lines[i];
    const headerLine = !l.removedBy || l.removedBy === "header-leftovers";
    if (l.removedBy && l.removedAs !== "metadata" && !headerLine) continue;
    const t = l.text.trim();
    if (!t) continue;
    // From the article's start on: the header above holds menus that name agencies as links. There, only
    // an agency's name alone on its line counts (a wire story's masthead: "ANSA", "Интерфакс-Украина").
    if (doc.article && i < doc.article.start - 3) {
      const alone = headerLine ? AGENCY_LINE.exec(t) : null;
      if (alone && !alone[0].includes(":") && !BULLETED.test(l.raw)) return { name: usualAgencyName(alone[1]), line: i };
      continue;
    }
    looked++;
    const line = AGENCY_LINE.exec(t);
    if (line && !PHOTO_LEAD.test(t)) return { name: usualAgencyName(line[1]), line: i };
    const name = agencyCredit(t);
    if (name) return { name, line: i };
    const source = SOURCE_LINE.exec(t);
    if (source) return { name: usualAgencyName(source[1]), line: i };
  }
  // A source line right after the story: "Źródło: PAP", "Quelle: dpa", "Fuente: EFE", "来源：新华社".
  if (doc.article) {
    let seen = 0;
    for (let i = doc.article.end + 1; i < doc.lines.length && seen < SOURCE_LINE_AFTER; i++) {
      const t = doc.lines[i].text.trim();
      if (!t) continue;
      seen++;
      const m = SOURCE_LINE.exec(t);
      if (m) return { name: usualAgencyName(m[1]), line: i };
    }
  }
  return null;
}
/** Non-blank lines after the article where a source line is looked for. */
const SOURCE_LINE_AFTER = 3;
/** "Source: Agency" as a line of its own, or closing a date line ("2026-12-03 14:05 来源：新华社"). */
const SOURCE_LINE = new RegExp(`(?:^|\\s)(?:${SOURCE_LABELS.map(escapeRe).join("|")})\\s?[:：]\\s?(${AGENCY_ALT})\\.?$`, "iu");
