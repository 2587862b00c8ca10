// Live-blog and news-ticker labels printed on a line of their own ("Live", "Liveticker beendet", "News
// ticker ended", "+++ Eilmeldung +++"): page furniture of live coverage, never a headline. The words for
// "live", "ticker", "breaking news" and "ended" in the 25+ languages most used by news sites; lower-case,
// matched against a whole line once time stamps and "+++"/"•"/"|" decorations are taken off.
const LIVE = [
  "live", "live blog", "liveblog", "live ticker", "liveticker", "live-ticker", "live-blog", "live updates", "live coverage", "news ticker", "newsticker",
  "ticker", "breaking", "breaking news", "just in", "eilmeldung", "aktuell", "en direct", "direct", "en vivo", "en directo", "directo", "ao vivo",
  "diretta", "in diretta", "na żywo", "relacja na żywo", "live-verslag", "liveblogg", "direkte", "direkt", "suora", "suorana", "živě", "naživo",
  "canlı", "son dakika", "trực tiếp", "langsung", "siaran langsung", "прямой эфир", "онлайн", "трансляция", "пряма трансляція", "наживо",
  "ζωντανά", "בשידור חי", "מבזק", "مباشر", "عاجل", "پخش زنده", "زنده", "लाइव", "ब्रेकिंग", "สด", "ถ่ายทอดสด", "直播", "实时", "實時", "速報", "ライブ", "실시간", "속보",
];
/** "Ended"/"closed" after a ticker label: "news ticker ended", "Ticker beendet", "direct terminé". */
const ENDED = ["ended", "has ended", "closed", "is over", "beendet", "geschlossen", "terminé", "terminado", "finalizado", "encerrado", "terminato", "zakończona", "zakończony", "завершена", "завершён", "закончена", "sona erdi", "kết thúc", "结束", "終了", "종료"];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alt = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join("|");
/** Decorations and time stamps around a label: "+++", "•", "|", "●", "12:45", "12.45 Uhr". */
const DECORATION = /^(?:[\s+•|●◉·*#:>»\-–—]|\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h|am|pm))?)+|(?:[\s+•|●◉·*#:<«\-–—]|\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h|am|pm))?)+$/giu;
const LIVE_LINE = new RegExp(`^(?:${alt(LIVE)})(?:\\s*[:\\-–—]?\\s*(?:${alt(ENDED)}))?$`, "u");

/** Is the line only a live-blog or ticker label (maybe with a time stamp and decorations)? */
export function isLiveMarker(text: string): boolean {
  if (text.length > 60) return false;
  const t = text.toLowerCase().replace(DECORATION, "").trim();
  return t.length > 0 && LIVE_LINE.test(t);
}
