// Lead-ins that introduce a link to another article ("See also: ...") in several languages.
// Lower-case, without the trailing colon.
export const RELATED_LEADS = [
  "see also", "related", "related article", "related articles", "related story", "related stories", "read more",
  "read also", "also read", "more on this", "more on this story", "recommended", "you may also like",
  "siehe auch", "lesen sie auch", "mehr zum thema", "lire aussi", "à lire aussi", "voir aussi",
  "leer más", "lee también", "ver también", "leia também", "leia mais", "veja também", "leggi anche",
  "читайте также", "см. также", "baca juga", "baca selengkapnya", "相关新闻", "関連記事",
];
