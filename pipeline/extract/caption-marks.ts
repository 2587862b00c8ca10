// Where the captions and photo credits of a page are, for the title ranker: a caption stands next to an
// image (a Markdown `![alt](src)`, a text browser's `[alt]` placeholder or a bare file name) or next to
// a credit line ("Photo: X", "© X", "Name / Agency", "新华社记者 张三 摄", "사진=연합뉴스"), and often
// carries its credit itself. A headline does neither.
// Image markers and credit shapes are language-general (brackets, file extensions, ©, slashes); the
// credit lead words are the word for "photo"/"picture"/"image"/"credit"/"source" as captions print it
// in the 25+ languages most used by news sites (no maintained source lists these), and the photo
// agencies whose names appear in credits worldwide. Patterns are anchored alternations: linear.

/** A line that is only an image: Markdown `![alt](src)` (maybe linked), a `[alt]` placeholder, a file name. */
const IMAGE_LINE = /^\s*(?:\[?!\[[^\]\n]{0,300}\]\([^)\n]{0,2000}\)(?:\]\([^)\n]{0,2000}\))?|\[[^\]\n]{0,80}\]|[\w.%~+-]{1,120}\.(?:jpe?g|png|gif|webp|avif|svg))\s*$/i;

/** The word for a photo, picture, image, credit or source, as a credit's lead ("Foto: X", "写真：X"). */
const CREDIT_LEADS = [
  // Latin script
  "photo", "photos", "photograph", "photography", "picture", "image", "images", "credit", "credits", "source", "illustration",
  "foto", "fotos", "fotó", "fotografie", "fotografía", "fotografia", "fotograf", "bild", "bilder", "quelle", "bildquelle",
  "crédit", "crédito", "créditos", "imagem", "imagen", "immagine", "fonte", "fuente", "zdjęcie", "fot", "źródło",
  "kuva", "billede", "abb", "abbildung", "ảnh", "nguồn", "resim", "görsel", "kaynak", "gambar", "sumber", "ilustrasi", "obrázek", "zdroj", "afbeelding", "beeld",
  // Other scripts
  "фото", "фотография", "снимок", "джерело", "источник", "φωτογραφία", "φωτο", "πηγή", "צילום", "תמונה", "صورة", "الصورة", "عکس", "تصویر",
  "फोटो", "तस्वीर", "चित्र", "ภาพ", "ที่มา", "写真", "画像", "图片", "圖片", "图", "圖", "사진", "출처",
] as const;
/** Agencies and picture libraries named in credits worldwide. */
const AGENCIES = [
  "getty images", "getty", "afp", "reuters", "ap photo", "associated press", "dpa", "epa-efe", "picture alliance", "picture-alliance", "imago", "keystone",
  "shutterstock", "istock", "istockphoto", "unsplash", "pixabay", "alamy", "xinhua", "新华社", "新華社", "中新社", "共同通信", "時事通信", "연합뉴스", "뉴시스",
  "ria novosti", "риа новости", "тасс", "anadolu", "ansa", "efe", "čtk", "tass", "kyodo", "yonhap", "bernama", "antara", "lehtikuva", "scanpix", "ritzau",
] as const;
const NON_ASCII = /[^\x00-\x7f]/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
/** "Foto: X", "Photo by X", "(Photo: X)", "写真：X", "사진=X", "© X", "(c) X". */
const CREDIT_LEAD = new RegExp(`^[\\s(\\[]*(?:©|\\(c\\)|(?:${byLength(CREDIT_LEADS).map(escapeRe).join("|")})\\s*(?:[:：=/|.]|by\\b|credit\\b|von\\b|de\\b|di\\b))`, "iu");
/** A credit in brackets inside a caption: "... (Picture by X)", "... [Foto: X]". */
const BRACKETED_CREDIT = new RegExp(`[(\\[]\\s*(?:${byLength(CREDIT_LEADS).map(escapeRe).join("|")})\\s*(?:[:：=/|]|by\\b|von\\b|de\\b|di\\b)`, "iu");
/** A caption ending in its credit: "... in Helsinki. Jane Doe / Agency", "... Foto: X". */
const TRAILING_SLASH_CREDIT = /[.!?)]\s+\p{Lu}[\p{L}.'’ -]{1,40}\s?\/\s?\p{Lu}[\p{L}.'’ -]{1,30}$/u;
/** An agency's name as a word ("AFP", "Getty Images", "新华社"; CJK names need no word bounds). */
const AGENCY = new RegExp(`(?:^|[^\\p{L}])(?:${byLength(AGENCIES).map(escapeRe).join("|")})(?![\\p{L}])|新华社|新華社|연합뉴스`, "iu");
/** AGENCY on ASCII text, where a letter is [A-Za-z] and only the ASCII names can occur (a faster, non-Unicode pattern). */
const AGENCY_ASCII = new RegExp(`(?:^|[^A-Za-z])(?:${byLength(AGENCIES.filter((a) => !NON_ASCII.test(a))).map(escapeRe).join("|")})(?![A-Za-z])`, "i");
/** A copyright sign, or a CJK photographer's mark: "记者 张三 摄", "張三攝", "(사진=…)", "写真＝…". */
const CREDIT_SIGN = /©|\(c\)\s*\p{Lu}|[\p{Script=Han}\s]摄|[\p{Script=Han}\s]攝|사진\s*[=:]|写真\s*[=＝:：]|供图|供圖|图\s*[/／]|圖\s*[/／]/u;
/** "Name / Agency" or "Name/Agency/Agency": 2–4 short capitalised parts, as credits print them. */
const SLASH_CREDIT = /^[\p{Lu}][^/\n]{1,40}(?:\s?\/\s?[\p{Lu}][^/\n]{0,40}){1,3}$/u;
/** Longest line read as a credit line, in characters (captions with their credit are longer). */
const MAX_CREDIT_LINE = 120;

/**
 * Words only a caption carries: "symbolic / file / archive picture" ("Symbolbild", "file photo", "photo
 * d'archive", "foto de archivo", "资料图"), in the languages of the credit leads above.
 */
const CAPTION_WORDS = [
  "symbolbild", "symbolfoto", "symbolbilder", "archivbild", "archivfoto", "file photo", "file picture", "archive photo", "stock photo", "illustrative photo",
  "photo d'illustration", "image d'illustration", "photo d'archives", "photo d'archive", "foto de archivo", "imagen de archivo", "foto ilustrativa",
  "foto d'archivio", "immagine di repertorio", "foto di repertorio", "foto de arquivo", "imagem ilustrativa", "zdjęcie ilustracyjne", "zdjęcie archiwalne",
  "archiefbeeld", "archieffoto", "arkivbild", "arkivfoto", "arkistokuva", "kuvituskuva", "ilustrační foto", "ilustrační snímek", "archivní snímek",
  "arşiv fotoğrafı", "temsili fotoğraf", "ảnh minh họa", "ảnh tư liệu", "foto ilustrasi", "foto arsip", "φωτογραφία αρχείου",
  "архивное фото", "фото из архива", "иллюстративное фото", "архівне фото", "ілюстративне фото", "תמונת ארכיון", "צילום ארכיון", "صورة أرشيفية", "صورة تعبيرية",
  "عکس آرشیوی", "फाइल फोटो", "प्रतीकात्मक तस्वीर", "ภาพประกอบ", "资料图", "資料圖", "资料图片", "資料写真", "イメージ写真", "자료사진",
] as const;
/**
 * Where the people in a picture stand, in brackets: "(l.)", "(r.)", "(left)", "(Mitte)", "(à droite)",
 * "(izq.)", "(слева)", "(v.l.n.r.)", "(左)": only captions say so. A single letter needs its full stop
 * ("(R)" is a trade mark).
 */
const POSITIONS = [
  "l.", "r.", "m.", "li.", "re.", "left", "right", "centre", "center", "middle", "from left", "links", "rechts", "mitte", "v.l.", "v.l.n.r.", "v. l.", "v. l. n. r.",
  "à gauche", "à droite", "au centre", "g.", "d.", "izq", "der", "izquierda", "derecha", "centro", "sx", "dx", "a sinistra", "a destra", "esq", "dir", "esquerda", "direita",
  "od lewej", "z lewej", "z prawej", "vlnr", "v.l.n.r", "links", "rechts", "zleva", "zprava", "vas", "jobb", "слева", "справа", "в центре", "зліва", "справа", "по центру",
  "soldan", "sağdan", "trái", "phải", "kiri", "kanan", "αριστερά", "δεξιά", "מימין", "משמאל", "يمين", "يسار", "左", "右", "왼쪽", "오른쪽",
] as const;
const CAPTION_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${byLength(CAPTION_WORDS).map(escapeRe).join("|")})(?![\\p{L}])`, "iu");
const POSITION = new RegExp(`\\(\\s*(?:${byLength([...new Set(POSITIONS)]).map(escapeRe).join("|")})\\.?\\s*\\)`, "iu");

/**
 * A caption marked as an archive picture the way agencies mark it: "(FILE)", "(File)", "(Archivo)" closing
 * the line, or "FILE -" / "FILE:" in capitals opening it ("FILE - In this photo taken …"). A headline does neither.
 */
const FILE_WORDS = ["file", "archive", "archives", "archiv", "archivo", "arquivo", "archivio", "archief", "arkiv", "archiwum", "archivní", "архив", "архів"] as const;
const FILE_MARK = new RegExp(`[(\\[]\\s*(?:${byLength(FILE_WORDS).map(escapeRe).join("|")})\\s*[)\\]]\\W*$`, "iu");
/** (in capitals only: "File: …" may open a headline) */
const FILE_LEAD = /^FILE\s*(?:[-–—:]|PHOTO\b)/;

/** Does the text read as a caption by its words: a "symbolic/file picture" label, a "(FILE)" mark or a "(l.)"-style position? */
export function hasCaptionWords(text: string): boolean {
  return (text.includes("(") && POSITION.test(text)) || CAPTION_WORD.test(text) || FILE_LEAD.test(text) || ((text.includes("(") || text.includes("[")) && FILE_MARK.test(text));
}

/**
 * The singular words for a photo, whose "X: Name" never opens a headline ("Photos: …" opens a gallery's,
 * "Bild: …" quotes the newspaper).
 */
const PHOTO_LEADS = ["photo", "foto", "fotó", "abb", "abbildung", "fig", "zdjęcie", "fot", "фото", "φωτογραφία", "צילום", "صورة", "الصورة", "عکس", "फोटो", "ภาพ", "写真", "图", "圖", "사진", "ảnh", "kuva"] as const;
const PHOTO_LEAD = new RegExp(`^[\\s(\\[]*(?:${byLength(PHOTO_LEADS).map(escapeRe).join("|")})\\.?\\s*[:：=|/]`, "iu");

/**
 * A caption closed by its credit: "… in Fulda. - Foto: Jane Doe", "… Erstis. | Photo: Jane Doe", "… in Kyiv.
 * Photo by Jane Doe": a sentence end or a separator, a photo word and a colon or "by", a short name to the line's end.
 */
const TRAILING_PHOTO_CREDIT = new RegExp(
  `(?:[.!?)»“”"]|\\s[-–—|])\\s*(?:${byLength(PHOTO_LEADS).map(escapeRe).join("|")})\\.?(?:\\s*[:：=]|\\s+(?:by|von|par|por|di|de|door|av)\\s)\\s*\\p{Lu}[^:：.!?|]{1,50}$`,
  "iu",
);

/** What joins a photo word to its name in TRAILING_PHOTO_CREDIT (a cheap test first). */
const CREDIT_JOIN = /[:：=]|\s(?:by|von|par|por|di|de|door|av)\s/i;

/** CREDIT_SIGN where it cannot be a headline's word: "摄" closing the line ("拍摄" films), "©", "사진=", "写真＝", "供图". */
const STRICT_CREDIT_SIGN = /©|[摄攝]\s*[)）]?$|사진\s*[=:]|写真\s*[=＝:：]|供图|供圖/u;

/**
 * Does the text mark itself as a caption or a photo credit, beyond doubt: a "Photo:" lead, a CJK
 * photographer's mark or copyright sign, a bracketed or closing credit, "symbolic picture" or "(l.)" words? (An
 * agency's name alone does not: headlines name agencies.) Such a line is never a headline.
 */
export function isCaptionOrCredit(text: string): boolean {
  if (PHOTO_LEAD.test(text) || hasCaptionWords(text)) return true;
  if (CREDIT_JOIN.test(text) && TRAILING_PHOTO_CREDIT.test(text)) return true;
  if (NON_ASCII.test(text) && STRICT_CREDIT_SIGN.test(text)) return true;
  return (text.includes("(") || text.includes("[")) && BRACKETED_CREDIT.test(text);
}

/** Is this (raw) line only an image, a text browser's image placeholder or an image's file name? */
export function isImageLine(raw: string): boolean {
  return raw.length <= 2500 && IMAGE_LINE.test(raw);
}

/** Does the text carry a photo credit: a credit lead, a copyright sign, a CJK photographer's mark or an agency? */
export function hasCreditMark(text: string): boolean {
  const ascii = !NON_ASCII.test(text);
  // (On ASCII text the copyright sign and the CJK marks cannot occur, only "(c) Name" of CREDIT_SIGN.)
  if (CREDIT_LEAD.test(text) || ((!ascii || text.includes("(c)") || text.includes("(C)")) && CREDIT_SIGN.test(text))) return true;
  if (ascii ? AGENCY_ASCII.test(text) : AGENCY.test(text)) return true;
  return ((text.includes("(") || text.includes("[")) && BRACKETED_CREDIT.test(text)) || (text.includes("/") && TRAILING_SLASH_CREDIT.test(text));
}

/** Is this line a credit line: short, and a credit lead, a credit sign or a "Name / Agency" line? */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > MAX_CREDIT_LINE) return false;
  return CREDIT_LEAD.test(t) || CREDIT_SIGN.test(t) || (t.includes("/") && !/[.!?]$/.test(t) && SLASH_CREDIT.test(t));
}
