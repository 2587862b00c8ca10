// Finds a calendar date (and a clock time beside it) in a line of text, in the formats news pages
// print: "April 28, 2014", "Tuesday 27 April 2021 - 08:12", "14 Apr, 2022 13:52", "28. April 2014",
// "28 de abril de 2014", "28 апреля 2014 г.", "2014-04-28", "28.04.2014", "2014年4月28日".
// Month names come from date-fns locales; dates are validated and formatted with date-fns.
import { format, isValid } from "date-fns";
import { MONTH_NAMES, WEEKDAY_NAMES } from "./date-lexicon.ts";

export interface FoundDate {
  date: string;
  time: string | null;
  /** Span of the date (and time) in the line. */
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const MONTH_ALT = [...MONTH_NAMES.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
const L = "\\p{L}";
// Month names must stand alone: not followed or preceded by another letter.
const MONTH = `(?<![${L}])(${MONTH_ALT})\\.?(?![${L}])`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|°)?";
const YEAR = "((?:19|20)\\d{2})(?!\\d)";

const PATTERNS: { re: RegExp; order: "dmy" | "mdy" | "ymd" | "numeric" }[] = [
  { re: new RegExp(`(?<!\\d)${DAY}\\.?\\s*(?:de\\s+)?${MONTH}\\s*,?\\s*(?:de\\s+|del\\s+)?${YEAR}`, "iu"), order: "dmy" },
  { re: new RegExp(`${MONTH}\\s+${DAY},?\\s+${YEAR}`, "iu"), order: "mdy" },
  { re: /(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u, order: "ymd" },
  { re: /(?<![\d.\/-])((?:19|20)\d{2})[-\/.](\d{1,2})[-\/.](\d{1,2})(?![\d\/-])/u, order: "ymd" },
  { re: /(?<![\d.\/-])(\d{1,2})([.\/-])(\d{1,2})\2((?:19|20)\d{2})(?![\d\/-])/u, order: "numeric" },
];

const TIME = /(?<![\d:])([01]?\d|2[0-3])\s*[:h]\s*([0-5]\d)(?![\d:])(?:\s*(a\.?m\.?|p\.?m\.?)(?![\p{L}]))?/iu;

function toDay(y: number, m: number, d: number): string | null {
  const dt = new Date(y, m, d);
  if (!isValid(dt) || dt.getFullYear() !== y || dt.getMonth() !== m || dt.getDate() !== d) return null;
  return format(dt, "yyyy-MM-dd");
}

/** Numeric d/m/y vs m/d/y: unambiguous when one part exceeds 12; otherwise '/' with US English means m/d. */
function numericDay(a: number, sep: string, b: number, y: number, monthFirst: boolean): string | null {
  if (a > 12) return toDay(y, b - 1, a);
  if (b > 12) return toDay(y, a - 1, b);
  return sep === "/" && monthFirst ? toDay(y, a - 1, b) : toDay(y, b - 1, a);
}

export interface DateOptions {
  /** Read ambiguous numeric dates with '/' as month-first (US style). */
  monthFirst?: boolean;
}

/** The first date in the text, with the clock time printed right after (or before) it. */
export function findDate(text: string, opts: DateOptions = {}): FoundDate | null {
  let best: { date: string; start: number; end: number } | null = null;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(text);
    if (!m || (best && m.index >= best.start)) continue;
    let date: string | null = null;
    if (order === "dmy") date = toDay(+m[3], MONTH_NAMES.get(m[2].toLowerCase().replace(/\.$/, ""))!, +m[1]);
    else if (order === "mdy") date = toDay(+m[3], MONTH_NAMES.get(m[1].toLowerCase().replace(/\.$/, ""))!, +m[2]);
    else if (order === "ymd") date = toDay(+m[1], +m[2] - 1, +m[3]);
    else date = numericDay(+m[1], m[2], +m[3], +m[4], !!opts.monthFirst);
    if (date) best = { date, start: m.index, end: m.index + m[0].length };
  }
  if (!best) return null;
  // A time belongs to the date when it sits within a few characters after it (or just before it).
  const after = text.slice(best.end, best.end + 40);
  const before = text.slice(Math.max(0, best.start - 25), best.start);
  const tm = TIME.exec(after) ?? TIME.exec(before);
  let time: string | null = null;
  if (tm) {
    let h = +tm[1];
    const ap = tm[3]?.toLowerCase().replace(/\./g, "");
    if (ap === "pm" && h < 12) h += 12;
    if (ap === "am" && h === 12) h = 0;
    time = `${String(h).padStart(2, "0")}:${tm[2]}`;
  }
  return { date: best.date, time, start: best.start, end: best.end };
}

const DATE_LINE_FILLER = new Set([
  "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt",
  "cet", "cest", "bst", "pst", "pdt", "msk", "jst", "ist", "et", "de", "del", "le", "am", "um", "uhr", "le", "à", "h", "г", "года",
  "в", "veröffentlicht", "aktualisiert", "publié", "mis", "à", "jour", "publicado", "actualizado", "atualizado",
  "pubblicato", "aggiornato", "опубликовано", "обновлено", "diterbitkan", "diperbarui", "wib", "date", "time", "dated",
]);

/** A line that is essentially a date (with optional weekday, time, 'Published' and the like). */
export function isDateLine(text: string, opts: DateOptions = {}): FoundDate | null {
  const t = text.replace(/^[\s•·*\-–—|]+/, "");
  if (t.length > 90) return null;
  const found = findDate(t, opts);
  if (!found) return null;
  const rest = (t.slice(0, found.start) + " " + t.slice(found.end))
    .replace(TIME, " ")
    .toLowerCase()
    .split(/[^\p{L}.]+/u)
    .map((w) => w.replace(/\.$/, ""))
    .filter((w) => w && !DATE_LINE_FILLER.has(w) && !WEEKDAY_NAMES.has(w));
  return rest.length <= 1 ? found : null;
}
