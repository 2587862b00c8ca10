// Words that, alone on a line, are interface labels (buttons, share bars), not article text.
// Lower-case; matched against a whole short line. Several languages.
export const UI_LABELS = new Set([
  "print", "share", "email", "e-mail", "mail", "tweet", "twitter", "facebook", "whatsapp", "telegram", "linkedin",
  "pinterest", "reddit", "comment", "comments", "save", "bookmark", "copy link", "close", "menu", "search",
  "subscribe", "sign in", "log in", "login", "sign up", "register", "more", "share this", "share this article",
  "drucken", "teilen", "imprimer", "partager", "imprimir", "compartir", "compartilhar", "stampa", "condividi",
  "печать", "поделиться", "cetak", "bagikan", "打印", "分享", "印刷", "共有",
  // "listen to this article" players
  "listen", "listen to this article", "listen to article", "listen to this story", "artikel anhören", "anhören", "vorlesen",
  "artikel vorlesen", "écouter", "écouter cet article", "écouter l'article", "escuchar", "escuchar noticia", "escuchar artículo",
  "ouvir", "ouvir notícia", "ouvir matéria", "ascolta", "ascolta l'articolo", "слушать", "слушать статью", "прослухати",
  "dengarkan", "dengarkan artikel", "nghe", "nghe bài viết", "듣기", "기사 듣기", "音声で聞く", "朗读", "听新闻", "luister",
  "lyssna", "lytt", "posłuchaj", "odsłuchaj", "poslechnout", "dinle", "haberi dinle",
  // a table of contents' heading, image-viewer buttons, embed placeholders, download links
  "table of contents", "contents", "inhaltsverzeichnis", "sommaire", "índice", "indice", "sumário", "содержание", "зміст",
  "spis treści", "obsah", "içindekiler", "inhoudsopgave", "innehåll", "目次", "目录", "enlarge", "enlarge image", "view image",
  "vergrößern", "bild vergrößern", "bild anzeigen", "bild", "anzeigen", "schließen", "bild schließen", "close image", "zum vergrößern klicken", "agrandir", "agrandir l'image", "ampliar",
  "ampliar imagen", "ingrandisci", "увеличить", "powiększ", "external content", "externer inhalt", "contenu externe",
  "contenido externo", "contenuto esterno", "pdf version", "download pdf", "pdf herunterladen", "télécharger le pdf",
  "descargar pdf", "scarica il pdf", "baixar pdf",
  // the font-size switch and print and close links of Chinese news pages ("【字号 大 中 小】 【打印本页】 【关闭窗口】")
  // Vietnamese "print article", "send article", "comment" buttons
  "in bài", "in bài viết", "gửi bài", "bình luận",
  "字号", "字體", "字体", "大", "中", "小", "打印本页", "打印此页", "列印", "关闭窗口", "關閉視窗", "关闭本页", "收藏本文",
]);
