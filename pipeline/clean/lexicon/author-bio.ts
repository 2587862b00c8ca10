// The words of an author's note under an article ("Jane Doe is a reporter based in Oslo."): the verb
// "is" and the job words of such a note, per language, lower-case. A note opens with the name, then
// the verb, then (within a few words) one of the job words.
export const BIO_VERBS = ["is", "ist", "est", "es", "è", "é", "jest", "är", "er", "on", "je", "—", "–"];
export const BIO_ROLES = [
  "reporter", "writer", "correspondent", "editor", "journalist", "columnist", "contributor", "producer", "freelancer",
  "freelance", "author", "critic", "photographer", "photojournalist", "researcher", "fellow",
  "redakteur", "redakteurin", "korrespondent", "korrespondentin", "reporterin", "journalistin", "autor", "autorin", "kolumnist",
  "kolumnistin", "volontär", "volontärin", "journaliste", "correspondant", "correspondante", "rédacteur", "rédactrice",
  "chroniqueur", "chroniqueuse", "periodista", "corresponsal", "redactor", "redactora", "reportero", "reportera", "columnista",
  "giornalista", "corrispondente", "redattore", "redattrice", "inviato", "inviata", "jornalista", "correspondente", "repórter",
  "redator", "redatora", "colunista", "verslaggever", "redacteur", "dziennikarzem", "dziennikarką", "reporterem",
  "korespondentem", "redaktorem", "redaktorką", "redaktör", "redaktør", "skribent", "novinář", "novinářka", "redaktor",
  "redaktorka", "журналист", "корреспондент", "обозреватель", "журналістка", "кореспондент", "оглядач",
];

/** Headings over the author's box under an article ("About the author"), lower-case. */
export const AUTHOR_BOX_HEADINGS = [
  "about the author", "about the authors", "über den autor", "über die autorin", "über die autoren", "zum autor", "zur autorin",
  "à propos de l'auteur", "à propos de l’auteur", "à propos de l'autrice", "sobre el autor", "sobre la autora", "sobre los autores",
  "sobre o autor", "sobre a autora", "sull'autore", "l'autore", "over de auteur", "om forfatteren", "om författaren", "o autorze",
  "o autorovi", "a szerzőről", "yazar hakkında", "об авторе", "про автора", "σχετικά με τον συγγραφέα", "عن الكاتب", "درباره نویسنده",
  "על הכותב", "लेखक के बारे में", "tentang penulis", "về tác giả", "关于作者", "作者简介", "著者について", "저자 소개",
];
