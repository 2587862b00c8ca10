// Month and weekday names per language, read from date-fns locales (wide and abbreviated, formatting and
// standalone forms) and from CLDR through Intl.DateTimeFormat (the same forms, in the languages date-fns
// lacks: Arabic, Persian, Hindi, Hebrew, Thai, ...), so the date parser speaks every language listed here.
// The Persian (solar hijri) and Islamic (hijri) month names come from CLDR's calendars the same way.
import type { Locale } from "date-fns";
import { bg, ca, cs, da, de, el, enUS, es, fi, fr, hr, hu, id, it, nb, nl, pl, pt, ro, ru, sk, sv, tr, uk } from "date-fns/locale";

/** Locales whose month names the parser accepts. Order matters only for documentation. */
export const DATE_LOCALES: Locale[] = [enUS, de, fr, es, pt, it, ru, uk, id, nl, pl, tr, sv, da, nb, fi, cs, ca, ro, hu, el, hr, sk, bg];

/** Extra spellings that locales lack but pages use. */
const EXTRA_MONTHS: Record<string, number> = {
  sept: 8, "sept.": 8, juni: 5, juli: 6, ags: 7, agu: 7, agt: 7, okt: 9, des: 11, mei: 4, peb: 1, pebruari: 1, nopember: 10, nop: 10,
  // Spanish/Portuguese/Italian short forms pages print without the locale's dot
  ene: 0, abr: 3, ago: 7, dic: 11, fev: 1, dez: 11, gen: 0, mag: 4, giu: 5, lug: 6, ott: 9,
};

/**
 * Words printed before a publication date ("Published", "Posted on", "Veröffentlicht am", "发布时间"),
 * and before a revision date. A date-line rule prefers the first kind. CLDR has no such labels, so they
 * are listed here, for the languages most used by news sites.
 */
export const PUBLISHED_WORDS = [
  "published", "posted", "first published", "created", "released", "publish date", "date published",
  "veröffentlicht", "publiziert", "erschienen", "erstellt", "publié", "publiée", "mis en ligne", "publicado", "publicada", "publicación",
  "pubblicato", "pubblicata", "gepubliceerd", "geplaatst", "opublikowano", "publikováno", "publicerad", "publiceret", "publisert",
  "julkaistu", "yayınlanma", "yayınlandı", "опубликовано", "опубликован", "опубліковано", "дата публикации", "diterbitkan",
  "dipublikasikan", "dipublikasi", "发布", "發佈", "发表", "發表", "发布时间", "公開", "公開日", "投稿", "投稿日", "掲載", "게시", "입력",
  "published on", "publication date", "date of publication", "publicat", "publikováno", "zveřejněno", "publikované", "publicerat",
  "udgivet", "offentliggjort", "publisert", "julkaistu", "közzétéve", "megjelent", "objavljeno", "публикувано", "опубликовано в",
  "дата публікації", "δημοσίευση", "δημοσιεύθηκε", "δημοσιεύτηκε", "yayın tarihi", "yayınlanma tarihi", "date", "datum", "fecha", "дата", "tarih", "ngày đăng",
  "đăng lúc", "đăng ngày", "xuất bản", "เผยแพร่", "วันที่เผยแพร่", "פורסם", "פורסם ב", "תאריך פרסום", "نشر في", "نشر بتاريخ",
  "نُشر في", "تاريخ النشر", "نشر", "التاريخ", "تاریخ انتشار", "انتشار", "منتشر شده", "تاریخ", "תאריך", "प्रकाशित", "प्रकाशित तिथि", "प्रकाशन तिथि",
  "प्रकाशित किया गया", "diterbitkan pada", "diposting", "terbit", "dodano", "data publikacji", "gepubliceerd op",
  "发布于", "发布日期", "日期", "등록", "기사입력", "등록일", "작성일", "公開日時", "配信", "掲載日",
];
export const UPDATED_WORDS = [
  "updated", "last updated", "modified", "last modified", "revised", "edited", "aktualisiert", "geändert", "mis à jour",
  "modifié", "actualizado", "actualizada", "atualizado", "atualizada", "aggiornato", "aggiornata", "bijgewerkt", "zaktualizowano",
  "aktualizováno", "uppdaterad", "opdateret", "oppdatert", "päivitetty", "güncellendi", "güncelleme", "обновлено", "обновлён",
  "оновлено", "diperbarui", "diperbaharui", "更新", "更新日", "更新时间", "수정",
  "actualitzat", "actualizat", "aktualizace", "aktualizované", "uppdaterat", "opdateret", "päivitetty", "frissítve", "ažurirano",
  "ενημερώθηκε", "ενημέρωση", "τελευταία ενημέρωση", "son güncelleme", "cập nhật", "อัปเดต", "แก้ไขล่าสุด", "עודכן", "עדכון אחרון",
  "آخر تحديث", "تحديث", "تم التحديث", "به‌روزرسانی", "بروزرسانی", "آخرین به‌روزرسانی", "अपडेट", "अपडेटेड", "अद्यतन",
  "zaktualizowano", "ostatnia aktualizacja", "geüpdatet", "zuletzt geändert", "zuletzt aktualisiert", "更新于", "更新日時", "수정일", "업데이트", "최종수정",
];

/**
 * Locales whose month and weekday names CLDR gives through Intl: the languages most used by news sites
 * (those date-fns lacks among them), Levantine and Maghreb Arabic month names, and Gregorian month names
 * as Persian pages print them.
 */
export const INTL_DATE_LOCALES = [
  "en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "ar-SY", "ar-MA", "fa-u-ca-gregory", "hi", "mr", "bn", "ur",
  "he", "th", "el", "sv", "nb", "nn", "da", "fi", "cs", "sk", "tr", "id", "ms", "ro", "hu", "hr", "sr", "sr-Latn", "sl", "bg", "lt",
  "lv", "et", "ca", "sw", "vi",
  // scripts of their own (their names cannot be taken for a word of another language): Tamil, Telugu,
  // Malayalam, Kannada, Gujarati, Punjabi, Nepali, Sinhala, Georgian, Armenian, Amharic, Khmer, Burmese,
  // Kazakh, Macedonian, Mongolian
  "ta", "te", "ml", "kn", "gu", "pa", "ne", "si", "ka", "hy", "am", "km", "my", "kk", "mk", "mn",
];

const clean = (s: string) => s.toLowerCase().replace(/\.$/, "");
/** A month or weekday name the parser can match as one run of letters (marks allowed: Devanagari, Thai). */
const ONE_RUN = /^[\p{L}\p{M}]+$/u;
const LATIN = /\p{sc=Latin}/u;
/** Latin-script names need three letters (two-letter abbreviations are words); other scripts two. */
const longEnough = (name: string) => name.length >= (LATIN.test(name) ? 3 : 2);
/** Two or more words of letters; a Catalan "de gener" is left out (the one-run patterns read "de" before a month). */
const MULTIWORD = /^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)+$/u;
const MIDMONTH = (m: number) => new Date(Date.UTC(2021, m, 15));

/** Month names of a locale as Intl prints them: alone and beside a day, long and short. Glued prefixes ("ב" in Hebrew "6 בנובמבר") kept as a variant. */
function intlMonths(locale: string, add: (name: string, month: number) => void): void {
  for (const month of ["long", "short"] as const)
    for (const withDay of [false, true]) {
      const fmt = new Intl.DateTimeFormat(locale, { month, ...(withDay ? { day: "numeric" } : {}), timeZone: "UTC" });
      for (let m = 0; m < 12; m++) {
        const parts = fmt.formatToParts(MIDMONTH(m));
        const k = parts.findIndex((p) => p.type === "month");
        if (k < 0) continue;
        const name = clean(parts[k].value);
        add(name, m);
        const glued = k > 0 && parts[k - 1].type === "literal" ? /[\p{L}]+$/u.exec(parts[k - 1].value) : null;
        if (glued) add(glued[0].toLowerCase() + name, m);
      }
    }
}

export type Calendar = "gregory" | "persian" | "islamic";
/** Intl calendar ids for the calendars besides the Gregorian one. */
export const INTL_CALENDAR: Record<Exclude<Calendar, "gregory">, string> = { persian: "persian", islamic: "islamic-umalqura" };
/** Locales printing each calendar's month names. */
const CALENDAR_LOCALES: Record<Exclude<Calendar, "gregory">, string[]> = { persian: ["fa", "en"], islamic: ["ar", "fa", "ur", "en"] };
/** Arabic and Persian spellings of the same letters: pages use either (ي/ی, ك/ک, ة/ه). */
export const arabicVariants = (s: string): string[] => [...new Set([s, s.replace(/ی/g, "ي").replace(/ک/g, "ك"), s.replace(/ي/g, "ی").replace(/ك/g, "ک")])];

/** Month names of the Persian and Islamic calendars (CLDR), each with its calendar and month number (0-based). */
function calendarMonths(): Map<string, { calendar: Exclude<Calendar, "gregory">; month: number }> {
  const out = new Map<string, { calendar: Exclude<Calendar, "gregory">; month: number }>();
  for (const calendar of ["persian", "islamic"] as const) {
    const id = INTL_CALENDAR[calendar];
    const number = new Intl.DateTimeFormat(`en-u-ca-${id}-nu-latn`, { month: "numeric", timeZone: "UTC" });
    for (const locale of CALENDAR_LOCALES[calendar]) {
      const name = new Intl.DateTimeFormat(`${locale}-u-ca-${id}`, { month: "long", timeZone: "UTC" });
      // A step of ten days meets every month of the year (months have 29 days or more).
      for (let day = 0; day < 400; day += 10) {
        const d = new Date(Date.UTC(2021, 0, 1 + day));
        const m = +number.format(d) - 1;
        for (const v of arabicVariants(clean(name.format(d)))) if (!out.has(v) && longEnough(v)) out.set(v, { calendar, month: m });
      }
    }
  }
  return out;
}

function build(): { months: Map<string, number>; weekdays: Set<string>; multiword: Map<string, number> } {
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  // Names of two words or more ("تشرين الثاني"): matched by their own pattern, not as one run of letters.
  const multiword = new Map<string, number>();
  // A weekday of several words ("thứ ba", "chủ nhật", "segunda-feira") also adds each word: the words
  // beside a date are read one by one.
  const addWeekday = (name: string) => {
    weekdays.add(name);
    if (!ONE_RUN.test(name)) for (const w of name.split(/[^\p{L}\p{M}]+/u)) if (w) weekdays.add(w);
  };
  for (const loc of DATE_LOCALES) {
    const { localize } = loc;
    if (!localize) continue;
    for (let m = 0; m < 12; m++)
      for (const width of ["wide", "abbreviated"] as const)
        for (const context of ["formatting", "standalone"] as const) {
          const name = clean(localize.month(m as never, { width, context }));
          if (name.length >= 3 && !months.has(name)) months.set(name, m);
        }
    for (let d = 0; d < 7; d++)
      for (const width of ["wide", "abbreviated"] as const) addWeekday(clean(localize.day(d as never, { width })));
  }
  for (const locale of INTL_DATE_LOCALES) {
    intlMonths(locale, (name, m) => {
      if (ONE_RUN.test(name)) {
        if (longEnough(name) && !months.has(name)) months.set(name, m);
      } else if (MULTIWORD.test(name) && !name.startsWith("de ") && !multiword.has(name)) multiword.set(name, m);
    });
    for (const weekday of ["long", "short"] as const) {
      const fmt = new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" });
      // 3–9 January 2021 are Sunday to Saturday.
      for (let d = 3; d <= 9; d++) {
        const name = clean(fmt.format(new Date(Date.UTC(2021, 0, d))));
        if (ONE_RUN.test(name) && longEnough(name)) weekdays.add(name);
        else if (!ONE_RUN.test(name)) addWeekday(name);
      }
    }
  }
  for (const [k, v] of Object.entries(EXTRA_MONTHS)) if (!months.has(clean(k))) months.set(clean(k), v);
  return { months, weekdays, multiword };
}

export const { months: MONTH_NAMES, weekdays: WEEKDAY_NAMES, multiword: MULTIWORD_MONTH_NAMES } = build();

/** Abbreviated month names with dots inside ("ธ.ค." in Thai), as Intl prints them: no run of letters spells them. */
const DOTTED = /^[\p{L}\p{M}]+(?:\.[\p{L}\p{M}]+)+\.?$/u;
function dottedMonths(): Map<string, number> {
  const out = new Map<string, number>();
  for (const locale of INTL_DATE_LOCALES)
    intlMonths(locale, (name, m) => {
      if (DOTTED.test(name) && !out.has(name)) out.set(name, m);
    });
  return out;
}
export const DOTTED_MONTH_NAMES = dottedMonths();
/** Persian (solar hijri) and Islamic (hijri) month names: "آبان", "ربيع الآخر", "Ramadan". */
export const CALENDAR_MONTH_NAMES = calendarMonths();
