// Month and weekday names per language, read from date-fns locales (wide and abbreviated, formatting and
// standalone forms) so the date parser speaks every language date-fns does that we list here.
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
 * and before a revision date. A date-line rule prefers the first kind.
 */
export const PUBLISHED_WORDS = [
  "published", "posted", "first published", "created", "released", "publish date", "date published",
  "veröffentlicht", "publiziert", "erschienen", "erstellt", "publié", "publiée", "mis en ligne", "publicado", "publicada", "publicación",
  "pubblicato", "pubblicata", "gepubliceerd", "geplaatst", "opublikowano", "publikováno", "publicerad", "publiceret", "publisert",
  "julkaistu", "yayınlanma", "yayınlandı", "опубликовано", "опубликован", "опубліковано", "дата публикации", "diterbitkan",
  "dipublikasikan", "dipublikasi", "发布", "發佈", "发表", "發表", "发布时间", "公開", "公開日", "投稿", "投稿日", "掲載", "게시", "입력",
];
export const UPDATED_WORDS = [
  "updated", "last updated", "modified", "last modified", "revised", "edited", "aktualisiert", "geändert", "mis à jour",
  "modifié", "actualizado", "actualizada", "atualizado", "atualizada", "aggiornato", "aggiornata", "bijgewerkt", "zaktualizowano",
  "aktualizováno", "uppdaterad", "opdateret", "oppdatert", "päivitetty", "güncellendi", "güncelleme", "обновлено", "обновлён",
  "оновлено", "diperbarui", "diperbaharui", "更新", "更新日", "更新时间", "수정",
];

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
