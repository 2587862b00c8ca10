// A reading-time note ("5 min read", "Lesezeit: 3 Min.", "Temps de lecture 2 min", "Время чтения: 4
// минуты", "阅读时间 3 分钟"): a site's estimate printed by the headline or the byline. It is page
// furniture, never article text and never a headline. The minute's names come from CLDR through Intl
// (long, short and narrow forms, singular and plural, in the languages news pages come in); the words
// that say "reading" are a short list per language.

const LANGUAGES = [
  "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk", "hu", "ro", "hr", "sr", "sl", "bg", "el", "tr",
  "ru", "uk", "ar", "fa", "he", "hi", "id", "ms", "vi", "th", "zh", "ja", "ko", "ca",
];
/** Words that say the minutes are reading time, lower case. */
const READING_WORDS = [
  "read", "reading", "reading time", "lesezeit", "lesedauer", "lesen", "lecture", "temps de lecture", "lectura", "tiempo de lectura",
  "lettura", "tempo di lettura", "leitura", "tempo de leitura", "leestijd", "leesduur", "lästid", "läsning", "læsetid", "lesetid",
  "lukuaika", "czas czytania", "czytania", "doba čtení", "čtení", "čítania", "olvasási idő", "olvasás", "timp de citire", "citire",
  "vrijeme čitanja", "čitanja", "време за четене", "χρόνος ανάγνωσης", "ανάγνωση", "okuma süresi", "okuma", "время чтения", "чтения",
  "читать", "час читання", "читання", "وقت القراءة", "قراءة", "زمان مطالعه", "مطالعه", "זמן קריאה", "קריאה", "पढ़ने का समय", "पढ़ें",
  "waktu baca", "baca", "masa membaca", "thời gian đọc", "đọc", "อ่าน", "阅读", "閱讀", "阅读时间", "閱讀時間", "読了", "で読めます",
  "읽기", "읽는 시간", "temps de lectura",
];

/** The minute's names in every listed language, lower case, without the number: "min", "minutes", "Min.", "минуты", "分钟". */
const MINUTE_UNITS: readonly string[] = (() => {
  const units = new Set<string>();
  for (const lang of LANGUAGES)
    for (const unitDisplay of ["long", "short", "narrow"] as const)
      for (const n of [1, 2, 5]) {
        const text = new Intl.NumberFormat(lang, { style: "unit", unit: "minute", unitDisplay }).format(n);
        const unit = text.replace(/[\d\p{Nd}.,\s\u00a0\u202f]+/gu, " ").trim().toLowerCase();
        // A one-letter narrow form ("m", "p", "d") would match far too much.
        if (unit && !unit.includes(" ") && ([...unit].length >= 2 || /[\p{sc=Han}\p{sc=Hangul}]/u.test(unit))) units.add(unit);
      }
  return [...units];
})();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join("|");
/** A number of minutes: "5 min", "3 Min.", "4 минуты", "3分钟", "~ 5-7 minutes", "۵ دقیقه". */
const MINUTES = new RegExp(`(?:^|[^\\p{L}])[~≈]?\\s*\\p{Nd}{1,3}(?:\\s*[-–]\\s*\\p{Nd}{1,3})?\\s*(?:${alternation(MINUTE_UNITS)})\\.?(?![\\p{L}])`, "u");
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/u;
// Words of scripts written without spaces stand inside longer runs of letters ("読了時間").
const READING = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(READING_WORDS.filter((w) => !UNSPACED.test(w)))})(?![\\p{L}])|${alternation(READING_WORDS.filter((w) => UNSPACED.test(w)))}`,
  "u",
);
/** Words a note may hold besides its minutes and its reading word ("approx.", "ca.", "Estimated"). */
const MAX_OTHER_WORDS = 2;
/** A note is short: a few words and its number. */
const MAX_CHARS = 60;
const MAX_WORDS = 8;
const DIGIT = /\p{Nd}/u;

/** Is the text only a reading-time note: minutes and a word for reading, a few words in all? */
export function isReadingTime(text: string): boolean {
  if (text.length > MAX_CHARS * 2 || !DIGIT.test(text)) return false;
  const t = text.replace(/[*_#>|•·◦▪]+/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
  if (t.length > MAX_CHARS || t.split(" ").length > MAX_WORDS) return false;
  const minutes = MINUTES.exec(t);
  const reading = minutes && READING.exec(t);
  if (!minutes || !reading) return false;
  // What is left is a word or two at most: "The council read the plan for 5 minutes." is a sentence.
  const rest = t.replace(minutes[0], " ").replace(reading[0], " ").match(/[\p{L}\p{N}]+/gu) ?? [];
  return rest.length <= MAX_OTHER_WORDS;
}
