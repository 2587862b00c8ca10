// Finds calendar dates (and the clock time printed beside them) in a line of text, in the formats news
// pages print: "April 28, 2014", "Tuesday 27 April 2021 - 08:12", "14 Apr, 2022 13:52", "28. April 2014",
// "28 de abril de 2014", "28 апреля 2014 г.", "Maret 30, 2015", "2014-04-28T10:30:00Z", "28.04.2014",
// "11/19/19 06:56 AM", "2014年4月28日 10:30", "2014년 4월 28일". Month names come from date-fns locales;
// dates are validated with date-fns. Each date also gets the label printed before it
// ("Published", "Updated", ...) so callers can prefer the publication date over a revision date.
import { isValid } from "date-fns";
import {
  CALENDAR_MONTH_NAMES, DOTTED_MONTH_NAMES, INTL_CALENDAR, MONTH_NAMES, MULTIWORD_MONTH_NAMES, PUBLISHED_WORDS, UPDATED_WORDS, WEEKDAY_NAMES, arabicVariants,
  type Calendar,
} from "./date-lexicon.ts";
import { memoByString } from "./memo.ts";
import { PLAIN_LETTERS } from "./normalize.ts";

export type DateLabel = "published" | "updated" | null;

export interface FoundDate {
  date: string;
  time: string | null;
  /** Span of the date (and time) in the line. */
  start: number;
  end: number;
  /** The keyword printed just before the date: a publication or an update stamp, or none. */
  label: DateLabel;
  /** The year was printed with two digits ("11/19/19"), a weaker reading. */
  shortYear?: boolean;
  /** Numeric day and month that could be read either way ("05/06/2019"): the reading depends on `monthFirst`. */
  ambiguous?: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Names as an alternation, longest first (so "ربيع الآخر" is tried before a shorter name). */
const alternation = (names: readonly string[]) => [...new Set(names)].sort((a, b) => b.length - a.length).map(escape).join("|");
const L = "\\p{L}";
// Month names must stand alone: not followed or preceded by another letter. The patterns take any such
// run of letters and monthMatches keeps the matches whose run is a month name: the same matches as
// with the 446 names spelled out as an alternation, which made each pattern cost tens of microseconds
// per line (and milliseconds to compile).
// Marks count as letters: Devanagari and Thai month names hold vowel signs.
const MONTH = `(?<![${L}\\p{M}])([${L}\\p{M}]+)\\.?(?![${L}\\p{M}])`;
const DAY = "(\\d{1,2})(?:st|nd|rd|th|er|º|°|\\.)?";
// A year ends at a non-digit, or runs into a clock time or a second date glued to it by text-browser dumps
// ("20194:29 AM", a published and a modified date printed together: "22. Dezember 201922. Dezember 2019",
// "17/11/201917/11/2019"). A Buddhist-era year (Thai pages: 2566 = 2023) is read only with a Thai month.
const GLUED_DATE = "\\d{1,2}\\.?\\s?\\p{L}+\\.?,?\\s{1,3}(?:19|20)\\d{2}|\\d{1,2}[.\\/]\\d{1,2}[.\\/](?:19|20)\\d{2}";
const YEAR = `((?:19|20|25)\\d{2})(?:(?!\\d)|(?=\\d{1,2}:[0-5]\\d|${GLUED_DATE}))`;
const NUMERIC_END = `(?:(?![\\d\\/-]|\\.\\d)|(?=${GLUED_DATE}))`;

type Order = "dmy" | "mdy" | "yMd" | "ymd" | "numeric" | "numeric2" | "calendar" | "solar" | "dotted" | "era" | "dayFirst";
/**
 * `month`: the group holding the month name, in the patterns that have one; `needs`: characters the
 * pattern cannot match without beyond the year (a cheap test that skips it on most lines).
 */
const PATTERNS: { re: RegExp; order: Order; month?: number; needs?: RegExp }[] = [
  // 19 November 2019, 19. November 2019, 19-Nov-2019, 22 de outubro de 2010, 19 ноября 2019 г., 3 ธันวาคม พ.ศ. 2569 (the Thai era named)
  { re: new RegExp(`(?<!\\d)${DAY}\\s{0,3}(?:de\\s+|-)?${MONTH}\\s{0,3}(?:,|-)?\\s{0,3}(?:de\\s+|del\\s+|พ\\.ศ\\.\\s{0,2})?${YEAR}`, "giu"), order: "dmy", month: 2 },
  // November 19, 2019 · Nov. 19th 2019 · Maret 30, 2015
  { re: new RegExp(`${MONTH}\\s{1,3}${DAY},?\\s{1,3}${YEAR}`, "giu"), order: "mdy", month: 1 },
  // 2019. november 19. (Hungarian, Lithuanian) and 2019 Nov 19
  { re: new RegExp(`(?<!\\d)${YEAR}\\.?,?\\s{1,3}${MONTH}\\s{1,3}(\\d{1,2})(?!\\d)`, "giu"), order: "yMd", month: 2 },
  // 2019年11月19日 (Chinese, Japanese) and 2019년 11월 19일 (Korean)
  { re: /(?<!\d)((?:19|20)\d{2})\s{0,2}[年년]\s{0,2}(\d{1,2})\s{0,2}[月월]\s{0,2}(\d{1,2})\s{0,2}[日일]?/gu, order: "ymd", needs: /[年년]/ },
  // 2019-11-19, 2019/11/19, 2019.11.19, 2019-11-19T12:48:14Z
  { re: /(?<![\d.\/-])((?:19|20)\d{2})([-\/.])(\d{1,2})\2(\d{1,2})(?![\d\/-]|\.\d)/gu, order: "ymd", needs: /[-\/.]/ },
  // 19.11.2019, 19/11/2019, 11/19/2019
  { re: new RegExp(`(?<![\\d.\\/-])(\\d{1,2})([.\\/-])(\\d{1,2})\\2((?:19|20)\\d{2})${NUMERIC_END}`, "gu"), order: "numeric", needs: /[-\/.]/ },
  // 11/19/19, 19.11.19: two-digit years only with '/' or '.', never inside a longer number run
  { re: /(?<![\d.\/-])(\d{1,2})([.\/])(\d{1,2})\2(\d{2})(?![\d\/.-])/gu, order: "numeric2", needs: /[\/.]/ },
  // 03-12-26, 14:05 (Dutch and Belgian sites' stamps): a dash-separated two-digit year, day first, only
  // with a clock time after it — alone it could as well be a score, a range or a code
  { re: /(?<![\d.\/-])(\d{1,2})(-)(\d{1,2})-(\d{2})(?=,?\s{1,3}(?:om\s)?(?:[01]?\d|2[0-3]):[0-5]\d(?!\d))/gu, order: "numeric2", needs: /\d-\d{1,2}-\d\d/ },
  // Persian (solar hijri) and Islamic (hijri) dates by month name ("۱۵ آبان ۱۴۰۲", "22 ربيع الآخر 1445 هـ"), and
  // Gregorian month names of two words ("6 تشرين الثاني 2023")
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s{0,3}(${alternation([...CALENDAR_MONTH_NAMES.keys(), ...MULTIWORD_MONTH_NAMES.keys()])})(?![\\p{L}\\p{M}])\\s{0,3}[,،]?\\s{0,3}((?:13|14|19|20)\\d{2})(?!\\d)`, "giu"), order: "calendar", needs: /[\u0600-\u06ff]|(?<!\d)1[34]\d\d(?!\d)/ },
  // 1402/08/15: a numeric date with a solar hijri (13xx, 1400–1424) or hijri (1425–14xx) year
  { re: /(?<![\d.\/-])(1[34]\d{2})([-\/.])(\d{1,2})\2(\d{1,2})(?![\d\/-]|\.\d)/gu, order: "solar", needs: /(?<!\d)1[34]\d\d[-\/.]/ },
  // 3 ธ.ค. 2569: abbreviated month names with dots inside (Thai), the year often Buddhist-era, often in two
  // digits ("3 ธ.ค. 69": 2569)
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s{0,3}(${alternation([...DOTTED_MONTH_NAMES.keys()])})\\.?\\s{0,3}((?:19|20|25)\\d{2}|\\d{2})(?!\\d)`, "giu"), order: "dotted", needs: /[\u0e00-\u0e7f]/ },
  // 令和8年12月3日: a year of a Japanese era (令和 from 2019, 平成 from 1989, 昭和 from 1926; 元年 is its first)
  { re: /(令和|平成|昭和)\s{0,2}(元|\d{1,2})\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日/gu, order: "era", needs: /[令平昭]/ },
  // 3. 12. 2026 (Czech, Slovak, German: day and month each with a dot and a space) and 3 tháng 12 năm 2026,
  // ngày 3 tháng 12, 2026 (Vietnamese: "day 3 month 12 year 2026"): always day first
  { re: /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d{2})(?!\d)|(?<!\d)(\d{1,2})\s{1,2}tháng\s{1,2}(\d{1,2})(?:\s{1,2}năm|,)?\s{1,2}((?:19|20)\d{2})(?!\d)/giu, order: "dayFirst", needs: /\.\s\d|tháng/i },
];
/** The Gregorian year before each Japanese era's first. */
const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

// A half-day word may stand before the hour in Chinese, Japanese and Korean ("午後2時05分", "오후 2:05",
// "下午2点05分"), an Arabic one after it ("02:05 م"); hours and minutes may be written with 時/时/点/시 and 分/분.
const TIME = /(?<![\d:])(?:(午前|午後|오전|오후|上午|下午|中午|晚上)\s?)?([01]?\d|2[0-3])\s?(?::|h|時|时|点|點|시)\s?([0-5]\d)(?:分|분)?(?::[0-5]\d(?:\.\d{1,6})?)?(?![\d:])(?:\s?(a\.?m\.?|p\.?m\.?|ص|م)(?![\p{L}]))?/iu;
/** The half-day words of TIME as "am" or "pm". */
const HALF_DAY: Record<string, string> = { 午前: "am", 오전: "am", 上午: "am", 午後: "pm", 오후: "pm", 下午: "pm", 中午: "pm", 晚上: "pm" };
/** Arabic half-day marks after the time: "ص" (morning), "م" (evening: "02:05 م" is 14:05). */
const ARABIC_HALF_DAY: Record<string, string> = { ص: "am", م: "pm" };
const clockOf = (m: RegExpExecArray) => toClock(+m[2], m[3], m[4] ? (ARABIC_HALF_DAY[m[4]] ?? m[4]) : m[1] ? HALF_DAY[m[1]] : undefined);
/** TIME, every occurrence (for replace, which starts each search from the beginning). */
const TIME_ALL = new RegExp(TIME.source, "giu");
/**
 * A clock time written with a dot, which alone could be a decimal or a day and month: taken only after
 * a clock word ("kl. 14.05" in Scandinavian, "klo 14.05" in Finnish) or before "Uhr" or a time zone
 * ("14.05 Uhr", "14.05 GMT", Indonesian "14.05 WIB").
 */
const TIME_DOTTED = /(?:(?<![\p{L}])(?:kl|klo|kello)\.?\s?([01]?\d|2[0-3])[.:]([0-5]\d)(?!\d)|(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)\s?(?:Uhr|GMT|BST|UTC|CET|CEST|EET|EEST|MEZ|MESZ|WIB|WITA|WIT|ICT|IST|JST|KST|MSK)(?![\p{L}]))/iu;
/** Four-digit military times some wire pages print before the zone ("0339 GMT"). */
const TIME_HHMM_ZONE = /(?<!\d)([01]\d|2[0-3])([0-5]\d)\s(?:GMT|UTC|ET|EST|EDT)\b/;

function toDay(y: number, m: number, d: number): string | null {
  const dt = new Date(y, m, d);
  if (!isValid(dt) || dt.getFullYear() !== y || dt.getMonth() !== m || dt.getDate() !== d) return null;
  // format(dt, "yyyy-MM-dd") of date-fns, written out: the date is the one asked for, so its parts are y, m, d.
  return `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
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

const monthOf = (s: string) => MONTH_NAMES.get(s.toLowerCase().replace(/\.$/, ""))!;

const THAI = /\p{sc=Thai}/u;
/** A year printed beside a month name: a Buddhist-era year (≥ 2500) only beside a Thai month name. */
const yearWith = (year: string, month: string): number => (+year < 2500 ? +year : THAI.test(month) ? +year - BUDDHIST_ERA_OFFSET : NaN);
/** Years the Buddhist era (Thai calendar) counts ahead of the Gregorian one. */
const BUDDHIST_ERA_OFFSET = 543;

const DAY_MS = 86_400_000;
const calendarFormats = new Map<string, Intl.DateTimeFormat>();
/** Year, month (1-based) and day of an instant in a calendar, as Intl (CLDR) computes them. */
function calendarParts(calendar: Exclude<Calendar, "gregory">, t: number): [number, number, number] {
  let fmt = calendarFormats.get(calendar);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(`en-u-ca-${INTL_CALENDAR[calendar]}-nu-latn`, { year: "numeric", month: "numeric", day: "numeric", timeZone: "UTC" });
    calendarFormats.set(calendar, fmt);
  }
  const p = fmt.formatToParts(new Date(t));
  const get = (type: string) => +(p.find((x) => x.type === type)?.value ?? NaN);
  return [get("year"), get("month"), get("day")];
}

/**
 * The Gregorian day of a Persian (solar hijri) or Islamic (hijri) date: an estimate from the calendars'
 * month lengths (Persian: six months of 31 days, then 30; Islamic: the mean year and month), then the
 * day within a few of it that Intl prints as the date asked for (so CLDR's calendar arithmetic decides).
 */
export function fromCalendar(calendar: Exclude<Calendar, "gregory">, y: number, m: number, d: number): string | null {
  if (!(m >= 0 && m < 12 && d >= 1 && d <= 31)) return null;
  const estimate =
    calendar === "persian"
      ? Date.UTC(y + 621, 2, 20) + ((m < 6 ? m * 31 : 186 + (m - 6) * 30) + d - 1) * DAY_MS
      : Date.UTC(622, 6, 19) + Math.round((y - 1) * 354.367 + m * 29.5306 + d - 1) * DAY_MS;
  for (const off of [0, 1, -1, 2, -2, 3, -3, 4, -4]) {
    const t = estimate + off * DAY_MS;
    const [cy, cm, cd] = calendarParts(calendar, t);
    if (cy === y && cm === m + 1 && cd === d) return new Date(t).toISOString().slice(0, 10);
  }
  return null;
}

/** A month name of the calendar pattern: a Persian or Islamic month, or a Gregorian one of two words. */
function calendarDay(day: number, name: string, year: number): string | null {
  const key = name.toLowerCase();
  const cal = CALENDAR_MONTH_NAMES.get(key) ?? arabicVariants(key).map((v) => CALENDAR_MONTH_NAMES.get(v)).find(Boolean);
  if (cal) return year < 1500 ? fromCalendar(cal.calendar, year, cal.month, day) : null;
  const m = MULTIWORD_MONTH_NAMES.get(key);
  return m !== undefined && year >= 1900 ? toDay(year, m, day) : null;
}

/** A numeric date with a year of the Persian or Islamic calendar: solar hijri up to 1424 (= 2045), hijri from 1425 (= 2004). */
const SOLAR_UNTIL = 1424;

function readMatch(m: RegExpExecArray, order: Order, opts: DateOptions): string | null {
  if (order === "dmy") return toDay(yearWith(m[3], m[2]), monthOf(m[2]), +m[1]);
  if (order === "mdy") return toDay(yearWith(m[3], m[1]), monthOf(m[1]), +m[2]);
  if (order === "yMd") return toDay(yearWith(m[1], m[2]), monthOf(m[2]), +m[3]);
  if (order === "calendar") return calendarDay(+m[1], m[2], +m[3]);
  if (order === "solar") return fromCalendar(+m[1] <= SOLAR_UNTIL ? "persian" : "islamic", +m[1], +m[3] - 1, +m[4]);
  if (order === "ymd") return m.length > 4 ? toDay(+m[1], +m[3] - 1, +m[4]) : toDay(+m[1], +m[2] - 1, +m[3]);
  if (order === "dotted") {
    // Two digits beside a Thai month are a Buddhist-era year's last two ("69": 2569, i.e. 2026).
    const year = m[3].length === 2 ? (THAI.test(m[2]) ? 2500 + +m[3] - BUDDHIST_ERA_OFFSET : NaN) : yearWith(m[3], m[2]);
    return toDay(year, DOTTED_MONTH_NAMES.get(m[2].toLowerCase())!, +m[1]);
  }
  if (order === "era") return toDay(ERA_BASE[m[1]] + (m[2] === "元" ? 1 : +m[2]), +m[3] - 1, +m[4]);
  if (order === "dayFirst") return m[1] ? toDay(+m[3], +m[2] - 1, +m[1]) : toDay(+m[6], +m[5] - 1, +m[4]);
  if (order === "numeric") return numericDay(+m[1], m[2], +m[3], +m[4], !!opts.monthFirst);
  return numericDay(+m[1], m[2], +m[3], 2000 + +m[4], !!opts.monthFirst);
}

function toClock(h: number, min: string, ampm: string | undefined): string {
  const ap = ampm?.toLowerCase().replace(/\./g, "");
  if (ap === "pm" && h < 12) h += 12;
  if (ap === "am" && h === 12) h = 0;
  return `${String(h).padStart(2, "0")}:${min}`;
}

/** An opening bracket followed by a word: a note ("(updated: …)", "(modifica il …)"), not a bracketed time "(14:05)". */
const BRACKETED_NOTE = /[(（\[]\s?\p{L}/u;
/** The clock time printed within a few characters after a date (or just before it). */
function timeNear(text: string, start: number, end: number, prevEnd: number, nextStart: number): { time: string; end: number } | null {
  let afterText = text.slice(end, Math.min(end + 40, nextStart));
  // A bracketed note after the date ("14:05 03.12.2026 (обновлено: 09:00 …)") holds another stamp's time.
  const note = BRACKETED_NOTE.exec(afterText);
  if (note) afterText = afterText.slice(0, note.index);
  const tm = TIME.exec(afterText);
  if (tm) return { time: clockOf(tm), end: end + tm.index + tm[0].length };
  const td = TIME_DOTTED.exec(afterText);
  if (td) return { time: toClock(+(td[1] ?? td[3]), td[2] ?? td[4], undefined), end: end + td.index + td[0].length };
  const from = Math.max(prevEnd, start - 30);
  const before = text.slice(from, start);
  const tb = TIME.exec(before);
  if (tb) return { time: clockOf(tb), end };
  const tz = TIME_HHMM_ZONE.exec(before);
  if (tz) return { time: toClock(+tz[1], tz[2], undefined), end };
  return null;
}

const LABEL_WINDOW = 45;
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** Keyword alternation: whole words for alphabetic scripts, plain substrings for CJK (no spaces there). */
function wordsRe(words: readonly string[]): RegExp {
  const alt = (ws: string[]) => ws.sort((a, b) => b.length - a.length).map(escape).join("|");
  const spaced = words.filter((w) => !CJK.test(w));
  const cjk = words.filter((w) => CJK.test(w));
  return new RegExp(`(?<![\\p{L}])(?:${alt(spaced)})(?![\\p{L}])${cjk.length ? `|${alt(cjk)}` : ""}`, "giu");
}
const PUBLISHED_RE = wordsRe(PUBLISHED_WORDS);
const UPDATED_RE = wordsRe(UPDATED_WORDS);

/** The label of a line that is only a label ("Published:", "تاریخ انتشار"), printed above its date; null otherwise. */
export function labelLine(text: string): DateLabel {
  const t = text.replace(/[\s:：|•·*#_-]+$/u, "").replace(/^[\s|•·*#_-]+/u, "");
  if (!t || t.length > LABEL_WINDOW) return null;
  const found = labelBefore(t, 0, t.length);
  if (!found) return null;
  // The label must be the whole line: nothing but the label words.
  const words = t.toLowerCase().split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  return words.every((w) => LABEL_WORDS.has(w)) ? found : null;
}

/** The label word closest before a date, looking back to the previous date at most. */
function labelBefore(text: string, from: number, to: number): DateLabel {
  const seg = text.slice(Math.max(from, to - LABEL_WINDOW), to);
  let best: { at: number; label: DateLabel } | null = null;
  for (const [re, label] of [[PUBLISHED_RE, "published"], [UPDATED_RE, "updated"]] as const) {
    re.lastIndex = 0;
    for (const m of seg.matchAll(re)) if (!best || m.index! > best.at) best = { at: m.index!, label };
  }
  return best?.label ?? null;
}

const MAYBE_YEAR = /(?:19|20|25|13|14)\d\d|\d[-.\/]\d{1,2}[-.\/]\d\d|[令平昭]|[\u0e00-\u0e7f]\.\s{0,3}\d\d(?!\d)/;
/** Digits of other scripts (Arabic-Indic, Persian, Devanagari, Bengali, Thai): each one UTF-16 unit, as is its ASCII digit. */
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/g;
/** A digit of any script the parser reads. */
export const HAS_DIGIT = /[\d\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]/;
const DIGIT_ZERO = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50];
/** The text with other scripts' digits written as ASCII digits: same length, so spans carry over. */
function asciiDigits(text: string): string {
  OTHER_DIGITS.lastIndex = 0;
  if (!OTHER_DIGITS.test(text)) return text;
  return text.replace(OTHER_DIGITS, (c) => {
    const u = c.charCodeAt(0);
    const zero = DIGIT_ZERO.find((z) => u >= z && u <= z + 9)!;
    return String(u - zero);
  });
}

/** Every date in the text, left to right, without overlaps, each with its time and label. */
export function findDates(text: string, opts: DateOptions = {}): FoundDate[] {
  text = asciiDigits(text);
  // Fast path: every pattern needs a year (four digits, or two after a numeric day and month, or an era name).
  if (!MAYBE_YEAR.test(text)) return [];
  // The same header lines are tested by several rules: results are memoised (frozen; a fresh array each call).
  return (opts.monthFirst ? findDatesMonthFirst : findDatesDayFirst)(text).slice();
}

const findDatesDayFirst = memoByString((text) => Object.freeze(scanDates(text, {}).map((d) => Object.freeze(d))));
const findDatesMonthFirst = memoByString((text) => Object.freeze(scanDates(text, { monthFirst: true }).map((d) => Object.freeze(d))));

/** Every pattern but the two-digit-year ones needs a four-digit year. */
const FULL_YEAR = /(?:19|20|25|13|14)\d{2}/;
const SHORT_YEAR_PATTERNS = new Set(PATTERNS.flatMap((p, i) => (p.order === "numeric2" ? [i] : [])));
/** The era pattern prints no four-digit year. */
const ERA_PATTERN = PATTERNS.findIndex((p) => p.order === "era");
/** The Thai pattern also reads two-digit years ("3 ธ.ค. 69"): tried without a four-digit year too. */
const DOTTED_PATTERN = PATTERNS.findIndex((p) => p.order === "dotted");

/** Per length in code points: the names of that length as a case-insensitive alternation, for other letters (Greek final sigma, 'ſ', ...). */
const monthsOfLength = new Map<number, RegExp>();

/** Is the run of letters a month name, compared as the pattern `(?:name|name|…)` with flags "iu" compares it? */
export function isMonthName(run: string): boolean {
  if (PLAIN_LETTERS.test(run)) return MONTH_NAMES.has(run.toLowerCase());
  const n = [...run].length;
  let re = monthsOfLength.get(n);
  if (!re) {
    const names = [...MONTH_NAMES.keys()].filter((k) => [...k].length === n);
    monthsOfLength.set(n, (re = new RegExp(`^(?:${names.map(escape).join("|") || "(?!)"})$`, "iu")));
  }
  return re.test(run);
}

/**
 * The matches of a global pattern whose group `group` is a run of letters standing for a month name:
 * those the pattern would give with the names spelled out. At a given start the run is the same
 * whichever name would match it (it must reach a non-letter), and a path that skips a leading "de" or
 * "st" to reach a run is tried before the one taking that two-letter run as the month (which is no
 * name); so a match whose run is no name is where the spelled-out pattern fails, and the search goes on
 * from the next character, as it would have.
 */
function monthMatches(re: RegExp, group: number, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (isMonthName(m[group])) {
      out.push(m);
      continue;
    }
    const c = text.charCodeAt(m.index);
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(m.index + 1) & 0xfc00) === 0xdc00;
    re.lastIndex = m.index + (pair ? 2 : 1);
  }
  return out;
}

/** Two lists sorted by start merged into one. */
function mergeByStart<T extends { start: number }>(a: T[], b: T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start < b[j].start) ? a[i++] : b[j++]);
  return out;
}

function scanDates(text: string, opts: DateOptions): FoundDate[] {
  type Hit = { date: string; start: number; end: number; shortYear: boolean; ambiguous: boolean };
  // The hits kept so far never overlap, so sorted by start they are sorted by end too: a span overlaps
  // one of them exactly when it overlaps the last one starting before its end (a binary search; testing
  // every earlier hit was quadratic on a line of thousands of dates).
  let hits: Hit[] = [];
  const overlapsHit = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && hits[lo - 1].end > start;
  };
  const fullYear = FULL_YEAR.test(text);
  for (let p = 0; p < PATTERNS.length; p++) {
    const { re, order, month } = PATTERNS[p];
    // Skip a pattern whose year or separator the text lacks (it could not match).
    if ((!SHORT_YEAR_PATTERNS.has(p) && p !== ERA_PATTERN && p !== DOTTED_PATTERN && !fullYear) || (PATTERNS[p].needs && !PATTERNS[p].needs!.test(text))) continue;
    re.lastIndex = 0;
    // One pattern's matches never overlap each other: they are checked against earlier patterns' hits only.
    const found: Hit[] = [];
    for (const m of month ? monthMatches(re, month, text) : text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (overlapsHit(start, end)) continue;
      const date = readMatch(m as RegExpExecArray, order, opts);
      const numeric = order === "numeric" || order === "numeric2";
      const ambiguous = numeric && m[2] === "/" && +m[1] <= 12 && +m[3] <= 12 && m[1] !== m[3];
      if (date) found.push({ date, start, end, shortYear: order === "numeric2", ambiguous });
    }
    if (found.length) hits = mergeByStart(hits, found);
  }
  return hits.map((h, k) => {
    const prevEnd = k > 0 ? hits[k - 1].end : 0;
    const nextStart = k + 1 < hits.length ? hits[k + 1].start : text.length;
    const t = timeNear(text, h.start, h.end, prevEnd, nextStart);
    return {
      date: h.date,
      time: t?.time ?? null,
      start: h.start,
      end: Math.max(h.end, t?.end ?? 0),
      label: labelBefore(text, prevEnd, h.start),
      ...(h.shortYear ? { shortYear: true } : {}),
      ...(h.ambiguous ? { ambiguous: true } : {}),
    };
  });
}

/** The first date in the text, with the clock time printed right after (or before) it. */
export function findDate(text: string, opts: DateOptions = {}): FoundDate | null {
  return findDates(text, opts)[0] ?? null;
}

const DATE_LINE_FILLER = new Set([
  "published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt",
  "cet", "cest", "bst", "pst", "pdt", "cst", "cdt", "msk", "jst", "ist", "et", "de", "del", "le", "um", "uhr", "à", "h", "г", "года",
  "в", "veröffentlicht", "aktualisiert", "publié", "mis", "jour", "publicado", "actualizado", "atualizado", "às", "alle", "ore",
  "pubblicato", "aggiornato", "опубликовано", "обновлено", "diterbitkan", "diperbarui", "wib", "wit", "wita", "date", "time", "dated",
  "first", "feira", "hkt", "sgt", "aest", "aedt", "z", "t",
]);

/** Words left on a line once its dates, times, weekdays and date-line filler words are taken out. */
/**
 * `text` with each found date (sorted, not overlapping, as findDates returns them) replaced by `by`:
 * built in one pass, as slicing the whole string once per date would be quadratic on a line of
 * thousands of dates.
 */
export function replaceDates(text: string, found: readonly { start: number; end: number }[], by: string): string {
  let out = "";
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + by;
    at = f.end;
  }
  return out + text.slice(at);
}

/** Each word of the label phrases ("تاریخ", "انتشار", "last", "updated"): filler beside a date too. */
export const LABEL_WORDS = new Set([...PUBLISHED_WORDS, ...UPDATED_WORDS].flatMap((w) => w.toLowerCase().split(/\s+/)));

export function wordsBesideDates(text: string, found: readonly FoundDate[]): string[] {
  let rest = "";
  let at = 0;
  for (const f of found) {
    rest += " " + text.slice(at, f.start);
    at = f.end;
  }
  rest += " " + text.slice(at);
  return rest
    .replace(TIME_ALL, " ")
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ""))
    .filter((w) => w && !DATE_LINE_FILLER.has(w) && !WEEKDAY_NAMES.has(w) && !LABEL_WORDS.has(w));
}

/** A line that is essentially a date (with optional weekday, time, 'Published' and the like). */
export function isDateLine(text: string, opts: DateOptions = {}): FoundDate | null {
  // No digit, no date (every pattern has digits).
  if (!HAS_DIGIT.test(text)) return null;
  return (opts.monthFirst ? dateLineMonthFirst : dateLineDayFirst)(text);
}

const dateLineDayFirst = memoByString((text) => readDateLine(text, {}));
const dateLineMonthFirst = memoByString((text) => readDateLine(text, { monthFirst: true }));

function readDateLine(text: string, opts: DateOptions): FoundDate | null {
  const t = text.replace(/^[\s•·*\-–—|]+/, "");
  if (t.length > 90) return null;
  const found = findDates(t, opts);
  if (!found.length) return null;
  return wordsBesideDates(t, found).length <= 1 ? found[0] : null;
}
