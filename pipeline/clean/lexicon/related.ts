// Lead-ins that introduce a link to another article ("See also: ...") in several languages.
// Lower-case, without the trailing colon.
export const RELATED_LEADS = [
  "see also", "related", "related article", "related articles", "related story", "related stories", "read more",
  "read also", "also read", "more on this", "more on this story", "recommended", "you may also like",
  "siehe auch", "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "voir aussi",
  "leer más", "lee también", "ver también", "leia também", "leia mais", "veja também", "leggi anche",
  "читайте также", "см. также", "baca juga", "baca selengkapnya", "相关新闻", "関連記事",
  // more of the languages news pages come in
  "related coverage", "related content", "related news", "more stories", "more news", "also on", "further reading",
  "weitere artikel", "das könnte sie auch interessieren", "zum thema", "sur le même sujet", "à lire également", "à lire",
  "noticias relacionadas", "te puede interesar", "contenido relacionado", "también te puede interesar", "notícias relacionadas",
  "saiba mais", "leia mais sobre", "articoli correlati", "potrebbe interessarti", "lees ook", "zie ook",
  "gerelateerd", "läs också", "läs även", "les også", "læs også", "czytaj także", "czytaj też", "zobacz też", "zobacz także",
  "čtěte také", "čtěte též", "související", "súvisiace", "ilgili haberler", "bunu da okuyun", "ayrıca okuyun",
  "διαβάστε επίσης", "σχετικά άρθρα", "по теме", "читайте по теме", "читайте також", "по темі", "اقرأ أيضا", "اقرأ أيضاً",
  "أخبار ذات صلة", "مواضيع ذات صلة", "بیشتر بخوانید", "اخبار مرتبط", "קראו גם", "כתבות נוספות", "यह भी पढ़ें", "ये भी पढ़ें",
  "xem thêm", "tin liên quan", "đọc thêm", "ข่าวที่เกี่ยวข้อง", "อ่านเพิ่มเติม", "artikel terkait", "berita terkait", "관련기사",
  "관련 기사", "相关阅读", "延伸阅读", "相關新聞", "延伸閱讀", "推荐阅读", "あわせて読みたい", "関連ニュース",
  // more lead-ins of inline related links and of the lists after an article
  "you might also like", "you may also be interested in", "explore further", "must read",
  "ähnliche beiträge", "ähnliche artikel", "weitere nachrichten", "weitere beiträge", "das könnte dich auch interessieren",
  "lies auch", "à voir aussi", "à découvrir aussi", "lire également", "le puede interesar",
  "puede interesarte", "te podría interesar", "mirá también", "mire también", "lea también", "lea además", "vea también",
  "otras noticias", "más noticias", "vedi anche", "potrebbe interessarti anche", "veja mais", "lees meer",
  "dowiedz się więcej", "przeczytaj też", "przeczytaj także", "polecamy", "citește și", "citiți și", "olvassa el ezt is",
  "lue myös", "loe ka", "skaitykite taip pat", "lasiet arī", "pročitajte i", "preberite tudi", "прочетете още", "прочитайте також",
  // the singular "related article" lead of an inline link, and "read more" in Hebrew and Hungarian
  "artículo relacionado", "artículos relacionados", "nota relacionada", "artigo relacionado", "artigos relacionados",
  "articolo correlato", "article connexe", "articles connexes", "verwandter artikel", "gerelateerd artikel",
  "artykuł powiązany", "související článek", "статья по теме", "стаття на тему", "ilgili haber", "σχετικό άρθρο",
  "קראו עוד", "כתבה קשורה", "kapcsolódó", "kapcsolódó cikk", "kapcsolódó cikkek", "olvasd el ezt is",
];

/**
 * The lead-ins that only ever introduce other articles: after one of these, headline-shaped lines without
 * link markup (a text dump prints no links) are taken as related headlines too. "Read more" and the
 * like are left out: they also end a teaser that continues on another page.
 */
export const RELATED_ONLY_LEADS = new Set([
  "see also", "related", "related article", "related articles", "related story", "related stories", "related coverage",
  "related content", "related news", "more on this story", "you may also like", "siehe auch", "mehr zum thema", "lesen sie auch",
  "das könnte sie auch interessieren", "lire aussi", "à lire aussi", "sur le même sujet", "voir aussi", "lee también",
  "noticias relacionadas", "te puede interesar", "leia também", "veja também", "notícias relacionadas", "leggi anche",
  "articoli correlati", "lees ook", "läs också", "les også", "læs også", "czytaj także", "czytaj też", "zobacz też",
  "čtěte také", "ilgili haberler", "διαβάστε επίσης", "читайте также", "читайте також", "по теме", "اقرأ أيضا", "اقرأ أيضاً",
  "أخبار ذات صلة", "اخبار مرتبط", "קראו גם", "यह भी पढ़ें", "ये भी पढ़ें", "xem thêm", "tin liên quan", "ข่าวที่เกี่ยวข้อง",
  "baca juga", "artikel terkait", "berita terkait", "관련기사", "관련 기사", "相关新闻", "相关阅读", "延伸阅读", "相關新聞",
  "延伸閱讀", "関連記事", "関連ニュース", "you might also like", "ähnliche beiträge", "weitere nachrichten",
  "das könnte dich auch interessieren", "le puede interesar", "mirá también", "lea también", "otras noticias", "przeczytaj też",
  "artículo relacionado", "artículos relacionados", "artigo relacionado", "artigos relacionados", "articolo correlato",
  "artykuł powiązany", "статья по теме", "קראו עוד", "kapcsolódó", "kapcsolódó cikkek",
]);
