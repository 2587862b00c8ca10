// Headings of a live blog's list of its key entries ("Key events" / "- 2h ago: Budget speech begins"),
// lower-case, without a trailing colon: the list links to entries further down and is no article text.
export const KEY_EVENT_LEADS = [
  "key events", "key moments", "key updates", "top updates",
  "die wichtigsten ereignisse", "wichtigste ereignisse", "die wichtigsten entwicklungen", "les moments clés", "les temps forts",
  "momentos clave", "lo más destacado", "i momenti chiave", "i punti chiave", "momentos-chave",
  "belangrijkste gebeurtenissen", "belangrijkste momenten", "najważniejsze wydarzenia", "ключевые события", "главное",
  "ключові події", "головне", "önemli gelişmeler",
];
