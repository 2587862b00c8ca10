// Labels news sites print before a line of topic tags ("Tags: Verkehr, Bus", "Temas: vivienda,
// alquiler", "Теги: транспорт"), lower case, in the languages news sites write in. Matched as the whole
// text before the colon.
export const TAG_LABELS: readonly string[] = [
  // English
  "tags", "tagged", "tagged with", "topics", "related topics", "keywords", "filed under", "more on",
  // German, Dutch
  "schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen", "onderwerpen", "trefwoorden", "meer over",
  // (the "Tagged" of blog themes in German, French, Spanish, Dutch)
  "markiert", "verschlagwortet", "étiquettes", "etiquetado", "getagd",
  // French, Spanish, Catalan, Italian, Portuguese, Romanian
  "mots-clés", "mots clés", "mots-clefs", "thèmes", "sujets", "temas", "etiquetas", "palabras clave", "etiquetes", "temes",
  "tag", "argomenti", "parole chiave", "tópicos", "palavras-chave", "assuntos", "etichete", "subiecte", "cuvinte cheie",
  // Nordic
  "ämnen", "taggar", "nyckelord", "emner", "stikkord", "stikord", "aiheet", "avainsanat",
  // Central and Eastern Europe, Greek, Turkish
  "tagi", "tematy", "słowa kluczowe", "témata", "štítky", "klíčová slova", "témy", "kľúčové slová", "címkék", "témák",
  "oznake", "teme", "ključne riječi", "ključne reči", "теги", "метки", "темы", "ключевые слова", "мітки", "теми",
  "ключові слова", "етикети", "ετικέτες", "θέματα", "λέξεις-κλειδιά", "etiketler", "anahtar kelimeler", "konular",
  // Arabic, Persian, Hebrew, Hindi
  "الكلمات المفتاحية", "كلمات مفتاحية", "الوسوم", "وسوم", "مواضيع", "برچسب‌ها", "برچسب ها", "کلیدواژه‌ها", "کلید واژه‌ها",
  "תגיות", "נושאים", "टैग", "टैग्स", "विषय",
  // South-east and East Asia
  "topik", "kata kunci", "từ khóa", "từ khoá", "chủ đề", "แท็ก", "คำค้น", "标签", "关键词", "关键字", "標籤", "關鍵詞",
  "タグ", "キーワード", "関連キーワード", "태그", "키워드",
];
