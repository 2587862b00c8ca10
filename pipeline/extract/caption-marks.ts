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
  "kuva", "billede", "ảnh", "nguồn", "resim", "görsel", "kaynak", "gambar", "sumber", "ilustrasi", "obrázek", "zdroj", "afbeelding", "beeld",
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
