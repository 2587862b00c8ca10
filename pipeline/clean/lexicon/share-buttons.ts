// Share buttons and icon-font names left in the text: a share bar's labels in the languages news sites use
// ("Paylaş", "Sdílet na Facebooku", "この記事をシェア", "Compartir en WhatsApp") and the ligature names an icon
// font draws its glyphs from ("menu search account_circle"). Lower-case.

/** Share buttons: the verb alone, or "share the article". */
export const SHARE_LABELS = new Set([
  "paylaş", "sdílet", "sdílet článek", "podijeli", "podeli", "podijelite", "zdieľať", "zdieľajte", "delen", "deel", "deel dit artikel",
  "deel artikel", "del", "del artiklen", "del artikkelen", "dela", "dela artikeln", "jaa", "jaa artikkeli", "megosztás", "megosztom",
  "distribuie", "partajează", "сподели", "поділитися", "κοινοποίηση", "μοιραστείτε", "שתף", "שתפו", "مشاركة", "شارك", "شارك الخبر",
  "اشتراک", "اشتراک‌گذاری", "chia sẻ", "chia sẻ bài viết", "แชร์", "kongsi", "शेयर", "शेयर करें", "シェア", "この記事をシェア", "共有する",
  "공유", "공유하기", "기사 공유", "分享到", "分享至", "comparteix", "compartilhe", "compartir noticia", "compartir artículo", "condividi articolo",
  "artikel teilen", "beitrag teilen", "partager l'article", "partager cet article", "share article", "share story", "share this story",
  "udostępnij artykuł", "поделиться новостью", "поделиться статьей", "haberi paylaş",
  // the verbs ui-labels knows as well, for "share on <network>" lines
  "share", "teilen", "partager", "compartir", "compartilhar", "condividi", "поделиться", "bagikan", "分享", "共有",
]);

/**
 * Names of icon-font ligatures (Material Icons and the like): a text dump of a page whose buttons draw
 * their glyph from the icon's name prints the names themselves ("menu search account_circle").
 * Lower-case, as the font needs them; any snake_case word (expand_more) counts as one too.
 */
export const ICON_LIGATURES = new Set([
  "menu", "search", "close", "person", "home", "share", "print", "mail", "email", "bookmark", "bookmark_border", "favorite",
  "favorite_border", "more_vert", "more_horiz", "expand_more", "expand_less", "chevron_left", "chevron_right", "arrow_back",
  "arrow_forward", "arrow_upward", "arrow_downward", "arrow_drop_down", "arrow_drop_up", "keyboard_arrow_down", "keyboard_arrow_up",
  "keyboard_arrow_left", "keyboard_arrow_right", "account_circle", "notifications", "notifications_none", "play_arrow", "pause",
  "volume_up", "volume_off", "fullscreen", "open_in_new", "link", "content_copy", "schedule", "access_time", "place", "location_on",
  "comment", "chat_bubble", "chat_bubble_outline", "thumb_up", "visibility", "settings", "logout", "login", "dark_mode", "light_mode",
  "language", "translate", "headphones", "photo_camera", "image", "videocam", "star", "star_border", "check", "add", "remove", "info",
  "help", "refresh", "download", "upload", "trending_up", "whatshot", "send", "reply", "forward", "launch", "apps", "tune", "filter_list",
]);

/** Social networks and messengers a share button names ("Sdílet na Facebooku", "Compartir en WhatsApp", "Auf X teilen"). */
export const SHARE_NETWORKS = ["facebook", "x", "twitter", "whatsapp", "telegram", "linkedin", "pinterest", "reddit", "messenger", "viber",
  "e-mail", "email", "mail", "vk", "вконтакте", "одноклассники", "line", "weibo", "微博", "微信", "kakaotalk", "카카오톡", "threads", "bluesky"];
/** Prepositions between a share verb and the network ("on", "na", "en", "auf", "sur", "su", "em", "op", "på", "в", "через"). */
export const SHARE_PREPOSITIONS = ["on", "via", "with", "to", "na", "en", "auf", "per", "sur", "par", "su", "em", "no", "op", "på", "i", "w", "в", "во", "на", "через", "trên", "qua", "di", "ke", "lewat", "üzerinden", "'da", "'de", "'ta", "'te", "σε", "στο", "ב", "على", "عبر", "에", "으로", "로"];
