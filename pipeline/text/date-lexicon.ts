// Month and weekday names per language, read from date-fns locales (wide and abbreviated, formatting and
// standalone forms) so the date parser speaks every language date-fns does that we list here.
import type { Locale } from "date-fns";
import { cs, da, de, enUS, es, fi, fr, id, it, nb, nl, pl, pt, ru, sv, tr, uk } from "date-fns/locale";

/** Locales whose month names the parser accepts. Order matters only for documentation. */
export const DATE_LOCALES: Locale[] = [enUS, de, fr, es, pt, it, ru, uk, id, nl, pl, tr, sv, da, nb, fi, cs];

/** Extra spellings that locales lack but pages use. */
const EXTRA_MONTHS: Record<string, number> = { sept: 8, "sept.": 8, juni: 5, juli: 6, ags: 7, agu: 7, okt: 9, des: 11, mei: 4 };

const clean = (s: string) => s.toLowerCase().replace(/\.$/, "");

function build(): { months: Map<string, number>; weekdays: Set<string> } {
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
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
      for (const width of ["wide", "abbreviated"] as const) weekdays.add(clean(localize.day(d as never, { width })));
  }
  for (const [k, v] of Object.entries(EXTRA_MONTHS)) if (!months.has(clean(k))) months.set(clean(k), v);
  return { months, weekdays };
}

export const { months: MONTH_NAMES, weekdays: WEEKDAY_NAMES } = build();
