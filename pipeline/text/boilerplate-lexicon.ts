// Words and phrases that mark page furniture rather than article text, in several languages: share
// bars, sign-up and cookie notices, comment sections, ads, copyright and site footers. A block that
// contains one is not removed for that alone: it is one signal among the block features.
// Lower-case; matched on word boundaries in the lower-cased block text.
export const BOILERPLATE_CUES = [
  // sharing, following, subscribing
  "share", "shares", "tweet", "follow us", "subscribe", "subscription", "newsletter", "sign up", "sign in", "log in", "login",
  "register", "create an account", "download the app", "get the app", "notifications", "rss",
  "teilen", "abonnieren", "anmelden", "partager", "abonnez", "s'abonner", "inscrivez", "compartir", "suscríbete", "suscribirse",
  "compartilhar", "assine", "condividi", "iscriviti", "поделиться", "подписаться", "подпишитесь", "bagikan", "berlangganan",
  // cookies, privacy, legal
  "cookie", "cookies", "privacy policy", "privacy", "terms of use", "terms of service", "terms and conditions", "all rights reserved",
  "copyright", "©", "datenschutz", "impressum", "mentions légales", "política de privacidad", "aviso legal", "политика конфиденциальности",
  // comments
  "comments", "comment", "leave a comment", "leave a reply", "reply", "replies", "kommentare", "commentaires", "comentarios", "comentários",
  "commenti", "комментарии", "komentar",
  // ads and promotion
  "advertisement", "advertising", "sponsored", "promoted", "ad choices", "anzeige", "werbung", "publicité", "publicidad", "publicidade",
  "pubblicità", "реклама", "iklan",
  // navigation and related content
  "read more", "more stories", "related", "recommended", "most read", "most popular", "trending", "you may also like", "popular",
  "see all", "view all", "load more", "show more", "next article", "previous article", "back to top", "home", "menu", "search",
  "mehr zum thema", "lesen sie auch", "lire aussi", "à lire aussi", "leer más", "lee también", "leia também", "leggi anche",
  "читайте также", "baca juga",
  // "you may also be interested in" lead-ins of recommendation lists, which name no cue word above
  "you might also like", "you may also be interested", "you might also be interested", "you may be interested in",
  "we recommend", "more from", "read next", "up next", "what to read next", "don't miss", "more like this",
  "das könnte sie auch interessieren", "könnte sie auch interessieren", "weitere artikel", "ähnliche artikel",
  "vous aimerez aussi", "vous pourriez aussi aimer", "à voir aussi", "sur le même sujet", "articles similaires",
  "te puede interesar", "también te puede interesar", "noticias relacionadas", "te recomendamos",
  "você também pode gostar", "veja também", "notícias relacionadas", "leia mais",
  "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
  "может быть интересно", "вам также может понравиться", "вам может понравиться", "похожие статьи", "похожие новости",
  "смотрите также", "другие новости", "рекомендуем", "artikel terkait", "berita terkait",
  // media furniture
  "image", "photo", "photos", "video", "gallery", "caption", "getty images", "shutterstock", "click here", "watch",
];
