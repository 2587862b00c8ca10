// Words and phrases that mark page furniture rather than article text, in several languages: share
// bars, sign-up and cookie notices, comment sections, ads, copyright and site footers. A block that
// contains one is not removed for that alone: it is one signal among the block features.
// Lower-case; matched on word boundaries in the lower-cased block text.
export const BOILERPLATE_CUES = [
  // sharing, following, subscribing
  "share", "shares", "tweet", "follow us", "subscribe", "subscription", "newsletter", "sign up", "sign in", "log in", "login",
  "register", "create an account", "download the app", "get the app", "notifications", "rss",
  // a page's notice that its player or slideshow needs a script ("This slideshow requires JavaScript.")
  "javascript",
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
  // The same furniture in more of the languages the pipeline meets (Dutch, Polish, Turkish, Czech, Nordic,
  // Finnish, Hungarian, Romanian, Croatian, Greek, Hebrew, Arabic, Persian, Chinese, Japanese, Korean), and
  // the fixed strings of the common blog and shop templates in each: the comment form's "leave a reply" and
  // "your e-mail address will not be published", sign-up and print buttons, "back to the overview".
  // Phrases rather than single words wherever the single word is also common in running text.
  // sharing and subscribing
  "delen", "udostępnij", "paylaş", "sdílet", "megosztás", "distribuie", "podijeli", "κοινοποίηση", "שתף", "مشاركة",
  "اشترك", "اشتراک", "分享", "订阅", "シェア", "ツイート", "공유", "구독", "jetzt abonnieren", "newsletter abonnieren",
  "zum newsletter", "inscríbete", "regístrate", "zapisz się", "aanmelden", "inschrijven", "abone ol", "přihlásit",
  "prenumerera", "tilaa", "feliratkozás", "abonează-te", "εγγραφή", "הירשם", "سجل",
  // comment sections and their form
  "reacties", "komentarze", "yorumlar", "komentáře", "kommentarer", "kommentit", "hozzászólások", "comentarii",
  "komentari", "σχόλια", "תגובות", "تعليقات", "نظرات", "评论", "コメント", "댓글",
  "hinterlasse einen kommentar", "hinterlasse eine antwort", "schreibe einen kommentar", "kommentar schreiben",
  "laisser un commentaire", "laisser une réponse", "deja un comentario", "deja una respuesta", "deixe um comentário",
  "deixe uma resposta", "lascia un commento", "lascia una risposta", "laat een reactie achter", "dodaj komentarz",
  "napisz komentarz", "оставить комментарий", "оставьте комментарий", "yorum yap", "bir yanıt yazın", "napsat komentář",
  "lämna ett svar", "jätä kommentti", "lasă un comentariu", "your email address will not be published",
  "e-mail-adresse wird nicht veröffentlicht", "adresse e-mail ne sera pas publiée", "adresse de messagerie ne sera pas publiée",
  "correo electrónico no será publicada", "email não será publicado", "indirizzo email non sarà pubblicato",
  "e-mailadres wordt niet gepubliceerd", "adres e-mail nie zostanie opublikowany",
  // ads and promotion
  "advertentie", "reklama", "reklam", "annons", "mainos", "hirdetés", "reclamă", "oglas", "διαφήμιση", "פרסומת",
  "إعلان", "تبلیغات", "广告", "広告", "광고",
  // related content
  "lees ook", "lees meer", "zobacz też", "zobacz także", "czytaj także", "czytaj też", "czytaj więcej", "ilgili haberler",
  "devamını oku", "čtěte také", "čtěte též", "läs också", "läs mer", "les også", "læs også", "lue myös", "lue lisää",
  "kapcsolódó cikkek", "citește și", "pročitajte još", "διαβάστε επίσης", "διαβάστε ακόμα", "קראו גם", "اقرأ أيضا",
  "اقرأ أيضاً", "بیشتر بخوانید", "相关文章", "相关阅读", "推荐阅读", "関連記事", "관련 기사", "관련기사",
  "zurück zur übersicht", "zurück zu allen", "back to all", "retour à la liste", "volver al listado",
  // print and save buttons
  "print this", "print recipe", "rezept drucken", "artikel drucken", "seite drucken", "imprimer la recette",
  "imprimir receta", "stampa la ricetta", "recept afdrukken", "drukuj przepis",
];

// Appeals to the reader that follow or interrupt an article (subscription walls, donation and
// membership appeals, "if you enjoyed this post" boxes, sign-up forms): words that ask the reader to
// pay, join, support or sign up, in the languages the pipeline meets. A block counts as an appeal only
// when it also addresses the reader (SECOND_PERSON) or speaks for the publisher (FIRST_PLURAL):
// "subscribe" alone is common in running text about subscriptions. Lower-case; matched on word boundaries in the lower-cased block text.
export const APPEAL_CUES = [
  "donate", "donation", "donations", "support us", "support our", "your support", "support independent", "become a member",
  "membership", "subscribe", "subscriber", "subscribers", "subscription", "sign up", "newsletter", "join us", "thank you for",
  "enjoyed", "chip in", "contribute", "paywall", "log in", "already a subscriber",
  "spenden", "spende", "unterstützen", "unterstütze", "unterstützt", "mitglied werden", "abonnieren", "abonnement", "abo",
  "abonnent", "jetzt lesen", "anmelden", "registrieren",
  "faire un don", "soutenez", "soutenir", "abonnez", "abonnez-vous", "abonné", "adhérez", "inscrivez",
  "donar", "donación", "donaciones", "apoya", "apóyanos", "apoyar", "suscríbete", "suscripción", "suscriptor", "hazte socio",
  "escríbenos", "escribirnos",
  "doar", "doação", "apoie", "assine", "assinante", "assinatura",
  "sostieni", "sostenere", "donazione", "abbonati", "abbonamento", "abbonarti",
  "doneer", "steun", "word lid", "abonneer", "abonnement",
  "wesprzyj", "wspieraj", "darowizna", "prenumerata", "subskrypcja",
  "пожертвовать", "пожертвование", "поддержите", "поддержать", "подпишитесь", "подписка", "оформите подписку",
  "destekle", "bağış", "abone ol", "dukung", "donasi", "berlangganan",
];

/**
 * Words that address the reader (second person, formal and familiar) in the same languages, lower-case.
 * German formal "Sie", which lower-cased is "sie" (she, they), is told by its capital in the middle of a
 * sentence (block-features.ts).
 */
export const SECOND_PERSON = [
  "you", "your", "yours", "you're", "you'll", "you've", "you'd",
  "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "euch", "euer", "eure",
  "vous", "votre", "vos", "tu", "toi", "tes",
  "usted", "ustedes", "tus", "vosotros", "vuestro", "vuestra",
  "você", "vocês", "voi", "vostro", "vostra", "tuo", "tua",
  "jij", "jou", "jouw", "uw",
  "ty", "twój", "wy", "wasz", "państwo",
  "вы", "вас", "вам", "ваш", "ваша", "ваше", "ваши", "ты", "тебя", "тебе", "твой",
  "siz", "sen", "anda", "kamu",
];

/**
 * The publisher speaking of itself to the reader (first person plural: "support our journalism",
 * "unterstützen Sie uns", "abonnez-vous à notre newsletter"), which an appeal often uses instead of
 * "you", in the same languages, lower-case.
 */
export const FIRST_PLURAL = [
  "our", "us",
  "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "uns",
  "notre", "nos", "nous", "nuestro", "nuestra", "nuestros", "nuestras", "nosotros",
  "nosso", "nossa", "nossos", "nossas", "nostro", "nostra", "nostri", "nostre",
  "ons", "onze", "nasz", "nasza", "nasze", "naszego", "naszej",
  "наш", "наша", "наше", "наши", "нас", "нам",
];
