// The chrome a social-media embed leaves in a scraped page: the "view this post" link above the post
// and the "a post shared by" line under it, as the networks print them in each page's language.
// Lower-case; a line opening with one of them (then a name, a handle, a network) is embed chrome.

/** "View this post on Instagram" and its translations: the link an embedded post opens with. */
export const EMBED_VIEW_LEADS = [
  "view this post on", "view this photo on", "view this video on", "view this profile on", "watch on", "see this post on",
  "diesen beitrag auf", "dieses foto auf", "beitrag auf", "voir cette publication sur", "voir cette photo sur",
  "ver esta publicación en", "ver esta foto en", "ver esta publicação no", "ver essa foto no", "ver essa publicação no",
  "ver este post no", "visualizza questo post su", "visualizza questa foto su", "bekijk dit bericht op", "bekijk deze foto op",
  "zobacz ten post na", "wyświetl ten post na", "посмотреть эту публикацию в", "посмотреть этот пост в",
  "переглянути цей допис в", "zobrazit tento příspěvek na", "visa det här inlägget på", "se dette innlegget på",
  "se dette opslag på", "näytä tämä julkaisu", "bu gönderiyi instagram'da gör", "lihat postingan ini di",
  "lihat kiriman ini di", "xem bài viết này trên", "عرض هذا المنشور على", "مشاهده این پست در", "צפו בפוסט הזה",
  "δείτε αυτή την ανάρτηση στο", "इस पोस्ट को instagram पर देखें", "ดูโพสต์นี้บน", "이 게시물 보기", "この投稿をinstagramで見る",
  "在instagram上查看此帖子", "vizualizați această postare pe", "vezi această postare pe", "a bejegyzés megtekintése",
];

/** "A post shared by" and its translations: the line under an embedded post naming its account. */
export const EMBED_SHARED_LEADS = [
  "a post shared by", "a photo posted by", "a video posted by", "ein beitrag geteilt von", "une publication partagée par", "una publicación compartida por", "una publicación compartida de",
  "uma publicação compartilhada por", "uma publicação partilhada por", "un post condiviso da", "een bericht gedeeld door",
  "post udostępniony przez", "публикация от", "допис, поширений", "příspěvek sdílený", "ett inlägg delat av",
  "et innlegg delt av", "et opslag delt af", "bir gönderi paylaştı", "sebuah kiriman dibagikan oleh",
  "postingan yang dibagikan oleh", "một bài đăng được chia sẻ bởi", "منشور تمت مشاركته بواسطة", "پستی که توسط",
  "פוסט ששותף על ידי", "μια δημοσίευση που κοινοποιήθηκε από", "द्वारा साझा की गई पोस्ट", "โพสต์ที่แชร์โดย",
  "님의 공유 게시물", "がシェアした投稿", "分享的帖子", "o postare distribuită de", "megosztott bejegyzés",
];
