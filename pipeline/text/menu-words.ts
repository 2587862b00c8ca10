// Words a news site's section menu is made of: the "home" entry a menu opens with and the usual section
// names (politics, economy, sport, …), lower-case, in the languages news pages come in. Written from
// general knowledge of news-site navigation, not taken from any page. Multi-word entries ("trang chủ",
// "ana sayfa") are matched as one item.

/** The entry a site menu opens with. */
export const MENU_HOME_WORDS: readonly string[] = [
  "home", "homepage", "front page", "startseite", "start", "accueil", "une", "inicio", "portada", "início", "capa", "home page",
  "hem", "forside", "forsiden", "hjem", "etusivu", "strona główna", "główna", "domů", "úvod", "hlavná", "kezdőlap", "acasă", "početna", "naslovna",
  "ana sayfa", "anasayfa", "αρχική", "главная", "главная страница", "головна", "начало", "beranda", "utama", "laman utama", "trang chủ", "หน้าแรก", "หน้าหลัก",
  "الرئيسية", "الرئيسيه", "خانه", "صفحه اصلی", "صفحه نخست", "ראשי", "דף הבית", "होम", "मुख्य पृष्ठ", "होमपेज", "首页", "首頁", "ホーム", "トップ", "홈", "메인",
];

/** Section names. */
export const MENU_SECTION_WORDS: readonly string[] = [
  // English
  "news", "latest", "politics", "world", "business", "economy", "money", "markets", "sport", "sports", "culture", "arts", "entertainment", "opinion",
  "science", "tech", "technology", "health", "lifestyle", "life", "style", "travel", "food", "video", "videos", "photos", "weather", "local", "national",
  "international", "us", "uk", "europe", "asia", "africa", "education", "environment", "climate", "books", "music", "movies", "film", "tv", "media", "cars",
  "podcasts", "podcast", "sections", "more", "regional", "society", "crime", "finance", "property", "jobs", "real estate", "live",
  // German
  "nachrichten", "politik", "wirtschaft", "kultur", "panorama", "wissen", "gesundheit", "reise", "meinung", "digital", "ausland", "inland",
  "finanzen", "leben", "gesellschaft", "unterhaltung", "lokales", "region", "mobilität", "karriere", "stil", "familie", "aktuell",
  // French
  "actualités", "actualité", "actu", "politique", "économie", "monde", "société", "france", "opinions", "idées", "sciences", "santé", "vidéos", "régions",
  "médias", "éducation", "environnement", "planète", "faits divers", "people", "débats",
  // Spanish, Catalan
  "noticias", "política", "economía", "deportes", "cultura", "internacional", "nacional", "sociedad", "opinión", "ciencia", "tecnología", "salud",
  "espectáculos", "mundo", "vídeos", "gente", "motor", "sucesos", "españa", "américa", "última hora", "política", "esports",
  // Portuguese, Italian
  "notícias", "economia", "esporte", "esportes", "desporto", "opinião", "ciência", "saúde", "entretenimento", "brasil", "país", "cronaca", "esteri",
  "spettacoli", "scienza", "opinioni", "italia", "motori", "politica", "salute", "tecnologia", "mondo", "cultura",
  // Dutch, Scandinavian, Finnish
  "nieuws", "politiek", "economie", "cultuur", "binnenland", "buitenland", "opinie", "wetenschap", "gezondheid", "regio", "nyheter", "inrikes",
  "utrikes", "ekonomi", "nöje", "innenriks", "utenriks", "økonomi", "meninger", "nyheder", "indland", "udland", "erhverv", "kotimaa", "ulkomaat",
  "talous", "urheilu", "kulttuuri", "uutiset",
  // Polish, Czech, Slovak, Hungarian, Romanian, Croatian
  "wiadomości", "polityka", "gospodarka", "kultura", "świat", "kraj", "opinie", "nauka", "zdrowie", "biznes", "rozrywka", "zprávy", "domácí",
  "zahraničí", "ekonomika", "názory", "věda", "zdraví", "správy", "hírek", "belföld", "külföld", "gazdaság", "știri", "economie", "vijesti",
  "sport", "politika", "svijet",
  // Turkish, Greek
  "haberler", "gündem", "siyaset", "ekonomi", "spor", "kültür", "dünya", "sağlık", "teknoloji", "yaşam", "magazin", "ειδήσεις", "πολιτική",
  "οικονομία", "αθλητισμός", "πολιτισμός", "κόσμος", "κοινωνία", "υγεία", "απόψεις",
  // Russian, Ukrainian, Bulgarian
  "новости", "политика", "экономика", "спорт", "культура", "общество", "мир", "происшествия", "наука", "здоровье", "технологии", "бизнес",
  "мнения", "в мире", "в россии", "авто", "финансы", "регионы", "новини", "політика", "економіка", "суспільство", "світ", "здоров'я", "технології",
  "війна", "новини", "спорт",
  // Arabic, Persian, Hebrew
  "أخبار", "اخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "فن", "منوعات", "عربي", "دولي", "العالم", "صحة", "تكنولوجيا", "محليات", "مقالات", "رأي",
  "سیاسی", "اقتصادی", "ورزشی", "فرهنگی", "اجتماعی", "بین‌الملل", "جهان", "فناوری", "سلامت", "ورزش", "فرهنگ",
  "חדשות", "כלכלה", "ספורט", "תרבות", "פוליטיקה", "בריאות", "עולם", "דעות", "טכנולוגיה", "רכב",
  // Hindi, Indonesian/Malay, Vietnamese, Thai
  "देश", "विदेश", "खेल", "मनोरंजन", "राजनीति", "व्यापार", "बिज़नेस", "टेक", "राज्य", "दुनिया", "लाइफस्टाइल", "शिक्षा", "समाचार",
  "berita", "politik", "ekonomi", "olahraga", "bisnis", "hiburan", "nasional", "internasional", "dunia", "teknologi", "kesehatan", "gaya hidup",
  "otomotif", "thời sự", "kinh tế", "thể thao", "giải trí", "thế giới", "pháp luật", "giáo dục", "sức khỏe", "đời sống", "văn hóa", "công nghệ",
  "xã hội", "du lịch", "kinh doanh", "ข่าว", "การเมือง", "เศรษฐกิจ", "กีฬา", "บันเทิง", "ต่างประเทศ", "สังคม", "เทคโนโลยี", "สุขภาพ", "ไลฟ์สไตล์",
  "ภูมิภาค", "ในประเทศ",
  // Chinese, Japanese, Korean
  "新闻", "新聞", "国内", "國內", "国际", "國際", "财经", "財經", "体育", "體育", "娱乐", "娛樂", "科技", "社会", "社會", "军事", "軍事", "时政",
  "健康", "教育", "汽车", "房产", "文化", "评论", "视频", "图片", "两岸", "港澳", "ニュース", "経済", "政治", "国際", "スポーツ", "エンタメ", "科学",
  "暮らし", "地域", "速報", "ライフ", "テクノロジー", "뉴스", "정치", "경제", "사회", "국제", "문화", "스포츠", "연예", "오피니언", "사설", "과학",
  "건강", "생활", "전국", "지역", "세계",
  // Bulgarian, Serbian (both scripts), Croatian, Bosnian, Slovak, Slovenian, Catalan, Hungarian, Romanian, Nordic: the
  // sections their menus add to the ones above
  "българия", "свят", "икономика", "здраве", "криминално", "любопитно", "naslovnica", "biznis", "hrvatska", "srbija", "bih", "svet", "zabava",
  "magazin", "zdravlje", "tehnologija", "hronika", "crna kronika", "ekonomija", "društvo", "kolumne", "scena", "lifestyle", "почетна", "вести",
  "србија", "свет", "друштво", "хроника", "економија", "domov", "slovensko", "šport", "kultúra", "názory", "zdravie", "regióny", "krimi",
  "novice", "slovenija", "gospodarstvo", "zdravje", "notícies", "societat", "món", "opinió", "comarques", "economia", "címlap", "kultúra",
  "vélemény", "életmód", "actualitate", "politică", "externe", "sănătate", "cultură", "opinii", "social", "debat", "debatt", "kultur",
  "sverige", "världen", "ledare", "norge", "verden", "danmark", "indenrigs", "udenrigs", "lokalt", "forbrug",
];

const MENU_WORD_SET: ReadonlySet<string> = new Set([...MENU_HOME_WORDS, ...MENU_SECTION_WORDS]);
/** Is the text (lower-cased) one entry of a site menu: a home link or a section name? */
export const isMenuEntry = (text: string): boolean => MENU_WORD_SET.has(text.trim().toLowerCase());
