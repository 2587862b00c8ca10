// Byline vocabulary, per language: the lead-ins ("By", "Von", "Par", ...), the words that join several
// names, and the words that mark a byline part as a role, an outlet or page furniture rather than a
// person. All lower-case; matched as whole words.

/** Lead-ins printed before the author's name. Plain phrases (other rules build `^(?:lead)\s` from them). */
export const BYLINE_LEADS = [
  "by", "von", "par", "por", "di", "de", "oleh", "door", "av", "af", "przez", "автор", "авторы", "текст", "written by",
  "reported by", "words by", "story by", "posted by", "text by", "escrito por", "publié par", "rédigé par", "publicado por",
  "pubblicato da", "geschrieben von", "verfasst von", "ditulis oleh", "penulis", "reporter", "autor", "autorin", "auteur",
  "autore", "autora", "a cura di", "texto", "testo", "reportage", "記者", "记者", "作者", "撰文", "文",
  // more of the languages most used by news sites (a lead's case is matched as printed, lower, Title or UPPER)
  "author", "authors", "autor*in", "autor:in", "autorinnen", "napsal", "napsala", "autorka", "yazar", "yazan", "bởi",
  "tác giả", "skrevet af", "skrevet av", "skrivet av", "kirjoittanut", "teksti", "szerző", "írta", "tekst",
  "بقلم", "كتب", "كتبت", "الكاتب", "نویسنده", "نوشته", "گزارش", "خبرنگار", "द्वारा", "लेखक", "लेखिका", "रिपोर्ट", "מאת",
  "โดย", "ผู้เขียน", "γράφει", "συντάκτης", "автори", "автор текста", "通讯员", "撰稿",
  // Turkish "Haber: X" (news by), Greek "Του X" / "Της X" (of X: the name follows in the genitive)
  "haber", "του", "της",
  // "Text: X" (German, Scandinavian, Czech), "Bericht: X" (German: report)
  "text", "bericht",
  // Polish plural "Autorzy:", Turkish "Muhabir:" (reporter); "by our correspondent X" and its kin, whose
  // role words would otherwise stand between the lead and the name
  "autorzy", "muhabir", "door onze redacteur", "door onze correspondent", "von unserem korrespondenten",
  "von unserer korrespondentin", "de notre correspondant", "de notre envoyé spécial", "par notre envoyé spécial",
  "por nuestro corresponsal", "by our correspondent", "dal nostro corrispondente", "van onze correspondent",
  // Chinese reporter credits with the paper or agency glued before "记者" ("本报记者 X": this paper's reporter)
  "本报记者", "本報記者", "本台记者", "本台記者", "新华社记者", "新華社記者", "中新网记者", "中新網記者", "特约记者", "特約記者",
  // Vietnamese "Bài: X" (article by), "Bài và ảnh: X" (text and photos), "Phóng viên X" (reporter)
  "bài", "bài và ảnh", "phóng viên", "nhóm phóng viên",
  // Croatian, Serbian, Bosnian, Slovenian "Piše: X" (writes), "Napisao/Napisala" (wrote), Serbian Cyrillic, Slovak
  "piše", "pišu", "napisao", "napisala", "пише", "аутор", "napísal", "napísala",
];
/** Words joining several names in one byline. */
export const NAME_JOINERS = [
  "and", "und", "et", "y", "e", "en", "och", "og", "i", "и", "dan", "&", "with", "mit", "avec", "con", "com", "a", "oraz", "ja", "és",
  "și", "ve", "và", "та", "і", "και", "و", "और", "และ", "ו",
];
/** Titles printed before a name and kept with it ("Dr. Jane Doe", "Prof. Dr. Hans Müller"). */
export const NAME_HONORIFICS = ["dr", "prof", "dr.", "prof.", "ing.", "mag."];
/** Words that end a Chinese byline's names: roles, "reports", "photo" (a line ending on 摄 is a photo credit). */
export const CJK_BYLINE_STOPS = ["报道", "報導", "报导", "摄", "攝", "摄影", "攝影", "编辑", "編輯", "责编", "責編", "通讯员", "通訊員", "实习生", "實習生", "记者", "記者", "发自", "發自", "综合", "整理"];
/** Photo credits in CJK bylines ("新华社记者 王小明 摄"): such a line is no byline. */
export const CJK_PHOTO_CREDIT = ["摄", "攝", "摄影", "攝影", "图", "圖"];
/** Korean bylines print the role after the name ("홍길동 기자", "김철수 특파원"). */
export const KOREAN_ROLES_AFTER_NAME = ["기자", "특파원", "선임기자", "객원기자", "인턴기자", "통신원", "논설위원", "편집위원"];
/** Name particles written in lower case ("Ludwig van Beethoven", "Maria da Silva"). */
export const NAME_PARTICLES = ["van", "von", "der", "den", "de", "da", "das", "dos", "del", "della", "di", "du", "la", "le", "bin", "binti", "al", "el", "ibn", "ten", "ter", "zu"];
/** Generation suffixes kept as part of a name. */
export const NAME_SUFFIXES = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/**
 * Words that mark a byline part as a role, an organisation or page furniture, not a person
 * ("AP Auto Writer", "CNN Business", "Staff Reporter", "Share this", "Live Science Contributor").
 */
export const NOT_A_PERSON = [
  // roles
  "staff", "reporter", "reporters", "correspondent", "correspondents", "editor", "editors", "editorial", "desk", "team", "writer",
  "writers", "columnist", "contributor", "contributors", "contributing", "photographer", "photo", "photos", "photography", "video",
  "producer", "analyst", "anchor", "host", "chief", "senior", "deputy", "managing", "associate", "executive", "intern", "guest",
  "admin", "administrator", "webmaster", "moderator", "author", "authors", "journalist", "blogger", "founder", "ceo", "president",
  "director", "manager", "professor", "dr", "phd", "md", "ms", "rdn", "rd", "mba", "cpa", "esq",
  "redakteur", "redakteurin", "redaktion", "korrespondent", "korrespondentin", "journalistin", "rédaction", "rédacteur", "rédactrice",
  "correspondant", "correspondante", "envoyé", "envoyée", "spécial", "spéciale", "journaliste", "redacción", "redactor", "redactora",
  "corresponsal", "periodista", "redação", "repórter", "jornalista", "redazione", "giornalista", "inviato", "inviata",
  "редакция", "корреспондент", "журналист", "обозреватель", "wartawan", "koresponden", "penulis", "redaksi",
  "مراسل", "مراسلة", "محرر", "وكالة", "خبرنگار", "گروه", "संवाददाता", "ब्यूरो", "डेस्क", "כתב", "מערכת", "ผู้สื่อข่าว", "phóng",
  "autor", "autorin", "redaktor", "redaktorka", "muhabir", "merkezi", "toimittaja", "reporterka", "dziennikarz", "redakcja", "kolumnist",
  // beats and desks
  "national", "political", "politics", "security", "auto", "business", "science", "technology", "tech", "sports", "sport",
  "entertainment", "health", "world", "local", "metro", "opinion", "economy", "finance", "markets", "lifestyle", "travel", "culture",
  // outlets and organisations
  "news", "newsroom", "agency", "agencies", "wire", "wires", "service", "services", "press", "media", "magazine", "times", "post",
  "journal", "daily", "weekly", "herald", "tribune", "gazette", "insider", "online", "digital", "live", "tv", "radio", "network",
  "group", "inc", "llc", "ltd", "gmbh", "corp", "company", "university", "institute", "foundation", "association", "council",
  "ministry", "department", "office", "reuters", "ap", "afp", "associated press", "dpa", "efe", "ansa", "tass", "ria", "xinhua",
  "bloomberg", "upi", "bbc", "cnn", "cbs", "nbc", "abc", "fox", "pti", "ians", "kyodo", "yonhap", "bernama", "antara", "sputnik",
  // page furniture
  "share", "follow", "subscribe", "comment", "comments", "kommentare", "kommentar", "commentaires", "comentarios", "commenti",
  "komentarze", "комментарии", "alle", "tous", "todos", "tutti", "wszystkie", "все", "read", "more", "related", "topics", "topic", "home", "menu", "search",
  "sign", "login", "newsletter", "advertisement", "sponsored", "updated", "published", "posted", "email", "print", "view", "profile",
  "bio", "biography", "about", "contact", "twitter", "facebook", "instagram", "linkedin", "all", "stories", "articles", "latest",
  "recent", "the", "a", "an", "of", "for", "from", "to", "in", "on", "at", "our", "your", "this", "that", "by", "no", "image", "images",
  "credit", "credits", "source", "getty", "shutterstock", "via", "file", "link", "copied", "copy", "keyword", "keywords",
  // licence notices printed where a byline stands ("Creative Commons Attribution")
  "commons", "attribution", "sharealike", "license", "licence", "licensed", "lizenz", "licencia", "licenza", "licença", "licencja",
];

/** URL paths of author pages: a link to one names its text as an author ("[Jane Doe](/author/jane-doe)"). */
export const AUTHOR_PATHS = [
  "author", "authors", "autor", "autoren", "auteur", "auteurs", "autore", "autori", "people", "person", "staff", "profile", "profiles",
  "journalist", "journalists", "journaliste", "reporter", "reporters", "writer", "writers", "contributor", "contributors",
  "columnist", "columnists", "meet-the-team", "team", "redaktion", "redaccion", "penulis", "by", "user", "members",
];

/** Words before a lead that make it a credit, not a byline ("Photo by X", "Data provided by X"). */
export const LEAD_CREDIT_WORDS = [
  "photo", "photos", "photograph", "photographs", "photography", "picture", "pictures", "image", "images", "video", "videos",
  "graphic", "graphics", "illustration", "illustrations", "illustrated", "chart", "map", "maps", "caption", "cover", "artwork",
  "provided", "powered", "sponsored", "supported", "presented", "hosted", "designed", "developed", "produced", "translated",
  "art", "artwork", "verified", "reviewed", "checked", "fact-checked", "search", "sort", "filter", "sorted", "filtered", "order",
  "ordered", "followed", "liked", "shared", "recommended", "inspired", "founded", "owned", "operated", "made", "built",
  "edited", "curated", "compiled", "data", "foto", "fotos", "fotografie", "bild", "bilder", "grafik", "imagen", "imagem", "immagine",
  "фото", "traduit", "traducido", "übersetzt", "realizzato", "diseñado",
];
