// Lead-ins of a line that gives the article's original address ("Original url: <...>").
export const URL_LEADS = ["original url", "original link", "source url", "url", "source", "link", "permalink", "quelle", "fuente", "источник"];
// Lead-ins of an internal article number line ("Story Code : 929471").
export const ARTICLE_NUMBER_LEADS = [
  "story code", "story id", "article id", "news id", "news code", "news number", "article no", "id",
  // the same in the languages whose news sites print one (Turkish "Haber Kodu", Arabic "رمز الخبر", Persian "کد خبر")
  "haber kodu", "haber no", "haber id", "código de noticia", "código de la noticia", "código da notícia", "nachrichten-id",
  "artikel-id", "номер новости", "код новости", "id новости", "mã tin", "mã bài", "رمز الخبر", "رقم الخبر", "کد خبر", "شناسه خبر",
  "کد مطلب", "खबर कोड", "新闻编号", "기사번호",
];
