// Month and weekday names in the languages news pages come in, from the runtime's CLDR data (Intl) rather
// than hand-typed lists: a capitalised "Monday", "Mars", "Września", "Понедельник" opening a sentence is
// a date, never a speaker.
/** Locales whose calendar words are read (the languages of the pages; CLDR has them all). */
export const CALENDAR_LOCALES = [
  "en", "de", "fr", "es", "pt", "it", "nl", "pl", "ru", "uk", "id", "ms", "tr", "vi", "no", "nb", "sv", "da", "fi", "cs", "sk",
  "ro", "hu", "el", "hr", "sl", "ca",
] as const;

function calendarWords(): Set<string> {
  const out = new Set<string>();
  const add = (s: string) => {
    for (const w of s.toLowerCase().split(/[\s.]+/u)) if (w.length > 2) out.add(w);
  };
  for (const loc of CALENDAR_LOCALES) {
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2021, m, 15));
      // (long forms only: CLDR's abbreviations are mostly prefixes of them, and "Mar", "May" are names too)
      for (const month of ["long"] as const) {
        add(new Intl.DateTimeFormat(loc, { month, timeZone: "UTC" }).format(d));
        // Genitive forms ("września", "января") appear only next to a day number.
        const withDay = new Intl.DateTimeFormat(loc, { month, day: "numeric", timeZone: "UTC" }).formatToParts(d);
        for (const p of withDay) if (p.type === "month") add(p.value);
      }
    }
    for (let w = 0; w < 7; w++) {
      const d = new Date(Date.UTC(2021, 1, 1 + w));
      add(new Intl.DateTimeFormat(loc, { weekday: "long", timeZone: "UTC" }).format(d));
    }
  }
  return out;
}

/** Lower-case month and weekday names (long forms, nominative and genitive). */
export const CALENDAR_WORDS: ReadonlySet<string> = calendarWords();
