// Byline lead-ins ("By", "Von", "Par", ...) and the words that join several names, per language.
export const BYLINE_LEADS = ["by", "von", "par", "por", "di", "de", "oleh", "door", "av", "af", "przez", "автор", "авторы", "текст", "written by", "reported by", "words by", "story by", "posted by", "escrito por", "publié par"];
export const NAME_JOINERS = ["and", "und", "et", "y", "e", "en", "och", "og", "i", "и", "dan", "&"];
/** Words that mark a byline part as an organisation or role, not a person. */
export const NOT_A_PERSON = [
  "staff", "reporter", "reporters", "correspondent", "editor", "editors", "desk", "team", "agency", "agencies", "news", "newsroom",
  "reuters", "ap", "afp", "associated press", "dpa", "efe", "ansa", "tass", "ria", "xinhua", "bloomberg", "press", "times", "post", "daily",
  "redaktion", "rédaction", "redacción", "redação", "redazione", "редакция", "contributor", "writer", "photographer", "photo",
];
