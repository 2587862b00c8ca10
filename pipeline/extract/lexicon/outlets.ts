// Outlet data: news agencies as they credit themselves in running text, and the words that close a
// copyright notice. Agencies are named in the script of the languages they serve; a credit names the
// source of a wire story, so it is the outlet only when the page names no publication of its own.

/** News agencies: each entry is the set of spellings of one agency, the first its usual name. */
export const NEWS_AGENCIES: readonly (readonly string[])[] = [
  ["Reuters", "Рейтер", "路透社", "ロイター", "로이터", "رويترز"],
  ["AFP", "Agence France-Presse", "法新社", "フランス通信", "AFP通信"],
  ["AP", "Associated Press", "美联社", "美聯社", "AP通信"],
  ["dpa", "Deutsche Presse-Agentur"],
  ["EFE", "Agencia EFE"],
  ["ANSA"],
  ["Europa Press"],
  ["Lusa", "Agência Lusa"],
  ["Agência Brasil"],
  ["APA"],
  ["Keystone-SDA", "SDA", "ATS"],
  ["Belga"],
  ["ANP"],
  ["PAP", "Polska Agencja Prasowa"],
  ["ČTK", "CTK"],
  ["TASR"],
  ["MTI"],
  ["BTA"],
  ["Agerpres"],
  ["Anadolu Ajansı", "Anadolu Agency", "AA"],
  ["IHA", "DHA"],
  ["ТАСС", "TASS"],
  ["РИА Новости", "RIA Novosti"],
  ["Интерфакс", "Interfax"],
  ["Интерфакс-Украина", "Інтерфакс-Україна", "Interfax-Ukraine"],
  ["Укрінформ", "Ukrinform"],
  ["УНІАН", "УНИАН", "UNIAN"],
  ["БелТА", "BelTA"],
  ["新华社", "新華社", "Xinhua"],
  ["中新社", "中新網", "中新网"],
  ["中央社", "CNA"],
  ["共同通信", "共同", "Kyodo"],
  ["時事通信", "時事", "Jiji"],
  ["연합뉴스", "聯合ニュース", "Yonhap"],
  ["뉴시스", "Newsis"],
  ["뉴스1", "News1"],
  ["PTI", "Press Trust of India"],
  ["IANS"],
  ["ANI"],
  ["Bernama"],
  ["Antara"],
  ["VNA", "TTXVN"],
  ["สำนักข่าวไทย", "TNA"],
  ["IRNA", "ایرنا", "خبرگزاری ایرنا"],
  ["ISNA", "ایسنا", "خبرگزاری ایسنا"],
  ["WAFA", "وفا"],
  ["SPA", "واس"],
  ["QNA", "قنا"],
  ["MENA", "أ ش أ"],
  ["KUNA", "كونا"],
  ["APS", "واج"],
  ["MAP", "لاماب"],
  ["TAP", "وات"],
  ["Petra", "بترا"],
  ["NNA", "الوكالة الوطنية للإعلام"],
  ["SANA", "سانا"],
  ["JTA"],
  ["ΑΠΕ-ΜΠΕ", "ΑΠΕ", "ANA-MPA"],
  ["NTB"],
  ["TT"],
  ["Ritzau"],
  ["STT"],
  ["Hina"],
  ["Tanjug"],
  ["STA"],
  ["Fena"],
  ["NAN"],
  ["KNA"],
  ["epd"],
  ["AFX"],
  ["Bloomberg"],
  ["UPI", "United Press International"],
];

/** Labels of a story's source line ("Quelle: dpa"), in the languages news sites use most. */
export const SOURCE_LABELS = [
  "source", "sources", "quelle", "quellen", "fuente", "fuentes", "fonte", "fonti", "źródło", "zdroj", "zdroje", "bron", "kilde", "källa",
  "lähde", "forrás", "sursa", "kaynak", "πηγή", "источник", "джерело", "المصدر", "מקור", "منبع", "स्रोत", "sumber", "nguồn", "来源", "來源", "出典", "출처",
];

/**
 * Every spelling of every agency, each also in capitals as wire credits print it ("(EUROPA PRESS)",
 * "REUTERS"); longest first, so a pattern made of them tries "Интерфакс-Украина" before "Интерфакс".
 */
export const AGENCY_SPELLINGS: readonly string[] = [...new Set(NEWS_AGENCIES.flatMap((names) => names.flatMap((n) => [n, n.toUpperCase()])))].sort((a, b) => b.length - a.length);
/** Each agency spelling as the list writes it, by its lower case ("інтерфакс-україна" → "Інтерфакс-Україна"). */
const LISTED_SPELLING = new Map<string, string>();
for (const names of NEWS_AGENCIES) for (const n of names) if (!LISTED_SPELLING.has(n.toLowerCase())) LISTED_SPELLING.set(n.toLowerCase(), n);
/**
 * The agency's name in the spelling the text uses, in the list's letter case ("REUTERS" → "Reuters",
 * "ІНТЕРФАКС-УКРАЇНА" → "Інтерфакс-Україна", "新華社" stays): a page names its source in its own
 * language and script. Null for no agency.
 */
export const agencySpelling = (text: string): string | null => LISTED_SPELLING.get(text.trim().toLowerCase()) ?? null;
/** Is the text one spelling of a news agency ("dpa", "Agência Brasil", "РИА Новости"), in any letter case? */
export const isNewsAgency = (text: string): boolean => agencySpelling(text) !== null;

/**
 * Words that end the name in a copyright line ("© 2020 Gazette. All rights reserved."): the first word
 * of "all rights reserved" in the languages news sites use most. The name is cut before them.
 */
export const RIGHTS_RESERVED_LEADS = [
  "all rights", "some rights", "derechos reservados", "algunos derechos", "alle rechte", "tous droits", "todos los derechos", "todos os direitos", "tutti i diritti",
  "alle rechten", "wszelkie prawa", "все права", "усі права", "всі права", "版权所有", "版權所有", "著作権", "무단", "جميع الحقوق",
  "كل الحقوق", "تمامی حقوق", "कॉपीराइट", "सर्वाधिकार", "tüm hakları", "tất cả", "bản quyền", "สงวนลิขสิทธิ์", "כל הזכויות",
  "με επιφύλαξη", "alla rättigheter", "alle rettigheder", "alle rettigheter", "všechna práva", "všetky práva", "hak cipta",
  "minden jog", "toate drepturile", "kaikki oikeudet", "riproduzione riservata", "reproducción reservada", "powered by", "designed by", "developed by", "content management by", "contentmanagement by",
];

/** Words that say a line is a copyright notice, besides "©" and "(c)": "Copyright" in most scripts. */
export const COPYRIGHT_WORDS = ["copyright", "版权", "版權", "저작권", "حقوق النشر", "کپی‌رایت", "авторське право", "авторские права"];

/**
 * Words of a page's navigation furniture — skip links, menu and search buttons, log-in and subscribe
 * bars, language switches — in the languages news sites use most. A top line made only of these words
 * ("Skip to main content", "Zum Inhalt springen", "Menü", "Se connecter S'abonner", "Перейти к
 * содержимому") is no masthead: the outlet rule looks past it for the site's name. Lower case.
 */
export const NAV_WORDS: readonly string[] = [
  // English
  "skip", "jump", "go", "main", "content", "contents", "navigation", "nav", "menu", "menus", "toggle", "open", "close", "search", "find",
  "log", "login", "logout", "sign", "register", "username", "password", "email", "e-mail", "registration", "account", "my", "subscribe", "subscription", "subscriptions", "newsletter",
  "home", "homepage", "start", "back", "top", "more", "sections", "section", "topics", "posts", "articles", "follow", "share", "print", "accept", "settings", "mobile", "service", "services",
  "donate", "help", "contact", "archive", "archives", "sidebar", "widgets", "links", "link", "accessibility", "primary", "secondary", "footer", "header", "submit", "enter", "access", "edition", "e-paper", "epaper", "shop", "advertisement", "sponsored", "cookie", "cookies", "about",
  // the toolbar of a web archive's capture, above an archived page's own header
  "wayback", "machine", "success", "fail",
  // section labels a news site's header opens with: latest, today, news, politics
  "latest", "news", "today", "politics", "world", "local",
  // German
  "zum", "zur", "inhalt", "inhalten", "springen", "springe", "direkt", "hauptinhalt", "hauptmenü", "hauptnavigation", "menü", "suche", "suchen", "anmelden", "abmelden",
  "registrieren", "konto", "benutzername", "passwort", "abonnieren", "abo", "abos", "abonnemente", "abonnements", "schließen", "öffnen", "startseite", "mehr", "teilen", "drucken", "weiterempfehlen", "seitenleiste",
  "nach", "oben", "zurück", "einloggen", "kontakt", "themen", "rubriken", "beiträge", "artikel", "werbung", "anzeige", "wechseln", "überspringen", "aktuell", "nachrichten", "heute", "politik", "über",
  // French
  "aller", "au", "aux", "contenu", "principal", "rechercher", "recherche", "connexion", "se", "connecter", "s'abonner", "abonnez-vous", "abonnement", "fermer", "ouvrir",
  "accueil", "accéder", "compte", "inscrivez-vous", "newsletters", "partager", "imprimer", "actualités", "politique",
  // "Follow us" in a network's line ("Síguenos en Facebook", "Suivez-nous sur Twitter")
  "suivez-nous", "síguenos", "síganos", "seguici", "siga-nos", "segue-nos",
  // Spanish, Portuguese, Italian, Catalan
  "saltar", "al", "ir", "contenido", "buscar", "búsqueda", "menú", "iniciar", "sesión", "suscríbete", "suscríbase", "suscribirse", "cerrar", "abrir", "inicio", "registrarse",
  "cuenta", "secciones", "últimas", "noticias", "hoy", "política", "pular", "conteúdo", "pesquisar", "pesquisa", "entrar", "assinar", "assine", "fechar", "início", "seções", "conta",
  "vai", "salta", "contenuto", "cerca", "accedi", "abbonati", "chiudi", "apri", "sezioni", "notizie", "ultime", "anar", "cercar",
  // Dutch, Scandinavian
  "inhoud", "zoeken", "inloggen", "sluiten", "abonneren", "hoofdinhoud", "innehåll", "sök", "logga", "meny", "søk", "søg", "hopp", "hoppa", "spring", "innhold", "indhold", "luk", "stäng", "lukk",
  // Finnish
  "siirry", "sisältöön", "pääsisältöön", "haku", "hae", "valikko", "kirjaudu", "sulje",
  // Polish, Czech, Slovak, Hungarian, Romanian, Croatian
  "przejdź", "treści", "szukaj", "wyszukaj", "wyszukiwarka", "zaloguj", "zamknij", "prenumerata", "wiadomości", "přejít", "obsah", "hledat", "přihlásit", "vyhľadávanie", "prihlásiť",
  "ugrás", "tartalomra", "keresés", "belépés", "sari", "conținut", "căutare", "autentificare", "pretraga", "prijava", "izbornik",
  // Turkish, Greek, Russian, Ukrainian
  "içeriğe", "geç", "ara", "giriş", "yap", "üye", "μετάβαση", "περιεχόμενο", "αναζήτηση", "σύνδεση", "μενού",
  "перейти", "содержимому", "основному", "содержанию", "поиск", "меню", "войти", "вход", "регистрация", "подписаться", "закрыть", "главная", "новости",
  "вмісту", "пошук", "увійти", "головна", "новини",
  // Arabic, Persian, Hebrew
  "تخطي", "المحتوى", "بحث", "القائمة", "تسجيل", "الدخول", "الرئيسية", "اشترك", "جستجو", "منو", "ورود", "صفحه", "اصلی", "דלג", "לתוכן", "חיפוש", "תפריט", "התחברות",
  // Hindi, Indonesian, Vietnamese, Thai
  "खोज", "मेनू", "लॉगिन", "होम", "lewati", "konten", "cari", "masuk", "daftar", "beranda", "chuyển", "nội", "dung", "tìm", "kiếm", "đăng", "nhập", "trang", "chủ",
  "ค้นหา", "เมนู", "เข้าสู่ระบบ", "หน้าแรก",
  // Chinese, Japanese, Korean
  "搜索", "搜尋", "菜单", "選單", "登录", "登入", "注册", "首页", "首頁", "検索", "メニュー", "ログイン", "ホーム", "본문", "바로가기", "검색", "메뉴", "로그인", "홈",
];

/**
 * Short words that join navigation words ("Skip to the content", "Zum Inhalt", "Aller au contenu",
 * "Navigation und Service"): a line of navigation words and these is navigation too, but a name keeps
 * them ("The Balance", "Le Monde").
 */
export const NAV_JOINERS: readonly string[] = [
  "to", "the", "in", "up", "out", "us", "my", "i", "now", "and", "or", "by", "site", "page", "zu", "und", "oder", "mein", "meine", "le", "la", "les", "du", "de", "mon", "et", "ou", "au", "aux", "al", "el",
  "y", "o", "mi", "para", "e", "minha", "il", "mio", "naar", "gå", "till", "til", "do", "na", "się", "ol", "στο", "к", "до", "إلى", "ke", "đến",
  // "About us", "Über uns", "Qui sommes-nous", "Sobre nosotros", "O nas": the site, not a name
  "we", "uns", "wir", "nous", "nosotros", "nós", "noi", "nas", "ons", "oss", "нас", "нас:",
  "all", "alle", "tous", "toutes", "todos", "todas", "tutti", "for", "für", "of", "von", "zum", "zur",
];

/**
 * How a site speaks of itself in its header and footer, around its name: "About Gazette", "Über
 * Gazette", "Gazette on Instagram", "Gazette ist ein Online-Magazin", "Gazette es una marca". Lower case.
 */
export const SELF_REFERENCE = {
  /** Before the name: "About X", "À propos de X", "Más información sobre X", "Follow X", "Mediadaten X". */
  leads: [
    "about", "about us:", "more about", "follow", "über", "mehr über", "folge", "folgen sie", "mediadaten", "redaktion", "à propos de", "à propos d'", "suivez", "acerca de", "sobre", "más información sobre", "más sobre", "síguenos:",
    "informazioni su", "chi è", "segui", "over", "volg", "om", "följ", "o", "o nas:", "obserwuj", "о", "про", "о проекте", "подпишитесь на", "hakkında", "σχετικά με", "关于", "關於",
    "tentang", "về", "حول", "درباره", "על",
    // "More from Gazette", "Weiterlesen auf Gazette.de", "Exklusiv bei Gazette", "New to Gazette?", a search box's "Search Gazette",
    // "Welcome to Gazette", "Nachrichten von Gazette"
    "more from", "more on", "new to", "mehr von", "nachrichten von", "welcome to", "willkommen bei", "willkommen auf", "bienvenue sur", "bienvenido a", "bienvenidos a", "benvenuti su", "welkom bij", "why you can trust", "search", "durchsuchen", "mehr auf", "weiterlesen auf", "exklusiv bei", "werben auf", "werben bei", "auch auf", "plus de", "más de", "leia mais no", "leia mais na",
  ],
  /** An embedded post's caption before its network's name ("View this post on Instagram"): no site's name. */
  embeds: ["view this post", "view this profile", "view this photo", "diesen beitrag ansehen", "dieses foto ansehen", "voir cette publication", "ver esta publicación", "visualizza questo post", "ver esta publicação", "bekijk dit bericht"],
  /** Networks a site links its own accounts on: "X on Instagram", "X auf Facebook". */
  networks: ["facebook", "instagram", "twitter", "youtube", "linkedin", "tiktok", "x", "telegram", "whatsapp", "pinterest", "flickr", "threads", "mastodon", "bluesky", "vk", "rss"],
  /** Prepositions before such a network: "on", "auf", "en", "sur", "su", "na", "op", "på", "в", "у". */
  networkPrepositions: ["on", "auf", "bei", "en", "sur", "su", "na", "op", "på", "в", "у", "di", "em", "ב", "على", "در"],
  /** Verbs of a cookie notice that names the site: "X uses cookies", "X verwendet Cookies", "X utilise des cookies". */
  cookieVerbs: ["uses", "use", "verwendet", "nutzt", "benutzt", "setzt", "utilise", "utilisent", "utiliza", "usa", "utilizza", "gebruikt", "använder", "bruger", "bruker", "używa", "používá", "kullanır", "использует"],
  /** Subjects of such a notice that are no name: "This website", "We", "Diese Seite", "Notre site". */
  genericSubjects: [
    "this", "these", "our", "we", "website", "websites", "site", "sites", "page", "web", "webpage", "diese", "dieser", "dieses", "unsere", "unser", "wir", "webseite", "seite", "internetseite", "homepage", "portal",
    "ce", "cette", "notre", "nous", "este", "esta", "nuestro", "nuestra", "sitio", "página", "questo", "questa", "nostro", "nostra", "deze", "onze", "wij", "denna", "vår", "ta", "nasza", "strona", "tento", "bu", "этот", "наш",
  ],
  /** A copula and an indefinite article after the name: "X is a", "X ist ein", "X est un", "X es una". */
  copulas: [
    "is a", "is an", "is the", "ist ein", "ist eine", "ist das", "ist die", "ist der", "est un", "est une", "est le", "est la", "es un", "es una", "es el", "es la", "è un", "è una", "è il", "é um", "é uma", "é o", "é a",
    "is een", "is de", "är en", "är ett", "er en", "er et", "jest", "je", "е", "є", "это", "bir",
  ],
};

/**
 * Words that mark a publishing group in a copyright notice ("© 2021 Gazette Media", "Nordküste
 * Mediengruppe", "Vox Media", "Ediciones Costa"): the owner, which often publishes the site under
 * another name, so the notice alone does not name the outlet. Lower case.
 */
export const PUBLISHER_WORDS: readonly string[] = [
  "media", "medien", "mediengruppe", "medienhaus", "verlag", "verlagsgruppe", "verlagshaus", "group", "gruppe", "groupe", "grupo", "gruppo", "grupa", "network",
  "holdings", "holding", "publishing", "publications", "publishers", "communications", "ventures", "interactive", "média", "médias", "medios", "ediciones", "editora",
  "editorial", "edizioni", "éditions", "wydawnictwo", "издательство", "медиа", "медіа", "集团", "グループ", "그룹",
];

/**
 * How a blog platform credits itself in a blog's footer, before its name: "Powered by WordPress",
 * "Bloggen auf WordPress.com", "Erstelle eine kostenlose Website oder Blog – auf WordPress.com",
 * "Fièrement propulsé par WordPress", "Con la tecnologia di WordPress". Lower case.
 */
export const PLATFORM_CREDIT_LEADS: readonly string[] = [
  "powered by", "proudly powered by", "blog at", "website powered by", "bereitgestellt von", "betrieben mit", "präsentiert von", "bloggen auf", "bloggen bei", "bloggen sie auf", "erstelle eine kostenlose website oder blog",
  "propulsé par", "fièrement propulsé par", "un blog", "con tecnologia de", "con la tecnologia di", "funciona con", "creado con", "desarrollado con", "tecnologia do", "orgulhosamente movido por",
  "mogelijk gemaakt door", "drivs med", "drevet af", "napędzane przez", "obsługiwane przez", "работает на", "працює на",
];
/** Blog platforms named in such a credit. */
export const BLOG_PLATFORMS: readonly string[] = ["wordpress", "wordpress.com", "blogger", "tumblr", "ghost", "jimdo", "wix", "typepad", "over-blog", "hypotheses"];

/**
 * Words that complete a news site's name after it, as its full name ("Gazette Online", "Gazette News"),
 * where a logo or a notice prints the name alone. Lower case. (A product's word — "TV", "Magazine",
 * "Weekly" — names a sister title, not the site.)
 */
export const FULL_NAME_WORDS: readonly string[] = ["online", "news"];

/**
 * Words for a newspaper or a news service that sites print before their name ("Diario El Faro",
 * "Noticias Faro", "Periódico La Voz"), not part of the name the host spells. Lower case.
 */
export const NEWS_KIND_PREFIXES: readonly string[] = ["diario", "noticias", "periódico", "periodico", "jornal", "notícias", "giornale", "quotidiano", "journal", "dziennik", "gazeta"];

/**
 * Nouns a newspaper or news site puts in its own name ("Times", "Zeitung", "Diario", "Gazeta", "Новости",
 * "日报", "일보", "समाचार"), lower case, by language. A masthead holding one names a publication even when
 * the page prints it only once. Words of scripts written without spaces (and German, Dutch and Nordic
 * compounds: "Tageszeitung", "Dagblad", "Aftonbladet") count at a name's end too (PUBLICATION_SUFFIXES).
 */
export const PUBLICATION_WORDS: readonly string[] = [
  // English
  "news", "times", "daily", "herald", "gazette", "tribune", "journal", "chronicle", "courier", "observer", "express", "telegraph",
  "post", "guardian", "inquirer", "examiner", "sentinel", "dispatch", "bulletin", "register", "gazette", "standard", "weekly",
  // German, Dutch, Nordic
  "zeitung", "tageszeitung", "tagblatt", "tageblatt", "blatt", "anzeiger", "kurier", "rundschau", "nachrichten", "allgemeine", "presse",
  "dagblad", "krant", "courant", "nieuwsblad", "nieuws", "tidning", "tidningen", "posten", "bladet", "avis", "avisen", "nyheter", "nyheder", "sanomat", "uutiset",
  // Romance
  "diario", "periódico", "noticias", "crónica", "gaceta", "heraldo", "correo", "jornal", "folha", "notícias", "gazeta", "correio", "diário",
  "corriere", "gazzetta", "giornale", "notizie", "quotidiano", "courrier", "quotidien", "gazette", "dépêche", "nouvelles", "ziarul", "jurnalul", "știri",
  // Slavic, Baltic, Hungarian, Greek, Turkish
  "gazeta", "dziennik", "kurier", "tygodnik", "wiadomości", "deník", "noviny", "listy", "zprávy", "denník", "novine", "vijesti", "vesti", "novice", "dnevnik",
  "новости", "газета", "вести", "известия", "правда", "вестник", "новини", "газета", "вісті", "вісник", "хроника", "hírek", "napló", "hírlap", "ειδήσεις", "εφημερίδα",
  "haber", "haberleri", "gazetesi", "postası", "ajans",
  // Vietnamese, Indonesian, Malay
  "báo", "tin tức", "harian", "berita", "kabar", "koran", "warta",
  // Arabic, Persian, Hebrew, Hindi, Bengali, Urdu
  "صحيفة", "جريدة", "أخبار", "اخبار", "روزنامه", "خبر", "خبرگزاری", "עיתון", "חדשות", "समाचार", "ख़बर", "खबर", "टाइम्स", "दैनिक", "সংবাদ", "খবর", "اخبار",
  // more nouns papers take as their name: "voice", "echo", the evening paper, the Catalan and Nordic "daily"
  // ("La Voz de X", "L'Eco di X", "Fyns Tidende", "Diari de X", "Вечерний X", "Η Φωνή της X", "Iltalehti")
  "diari", "tidende", "voz", "voce", "voix", "stimme", "echo", "écho", "eco", "glas", "glasnik", "list", "večerník", "večernji", "вечерний", "вечерняя",
  "вечерние", "голос", "φωνή", "καθημερινή", "τύπος", "ידיעות", "صوت", "หนังสือพิมพ์", "tribuna", "trybuna", "observador", "informador",
];
/** Publication nouns that end a name written without spaces or as one compound ("江南日报", "한빛일보", "Tageszeitung"). */
export const PUBLICATION_SUFFIXES: readonly string[] = [
  "日报", "日報", "晚报", "晚報", "时报", "時報", "新闻", "新聞", "周刊", "週刊", "商报", "タイムス", "タイムズ", "新報", "일보", "신문", "뉴스", "타임스", "ข่าว",
  "zeitung", "blatt", "anzeiger", "kurier", "dagblad", "krant", "bladet", "posten", "tidning", "tidningen", "avisen", "lehti", "รายวัน",
];
