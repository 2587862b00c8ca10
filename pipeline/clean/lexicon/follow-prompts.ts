// Calls to follow, join or subscribe to the outlet elsewhere ("Follow us on Instagram", "Síguenos en
// Facebook", "Подписывайтесь на наш канал в Telegram"), as the line opens, lower-case, and the channels
// such a call names. A line is a prompt only when it opens with a lead and names a channel.
export const FOLLOW_LEADS = [
  "follow us", "follow", "join us", "join our", "subscribe to our", "sign up for our", "get our", "stay up to date", "stay informed",
  "folge uns", "folgen sie uns", "folgt uns", "abonnieren sie", "suivez-nous", "suivez", "abonnez-vous", "rejoignez-nous",
  "síguenos", "sigue a", "sigue", "suscríbete", "únete", "siga-nos", "siga o nosso", "siga a", "siga o", "siga", "segue-nos",
  "inscreva-se", "receba", "seguici", "segui", "iscriviti", "volg ons", "volg", "abonneer", "obserwuj nas", "obserwuj",
  "dołącz do", "zapisz się", "sledujte nás", "sledujte", "přihlaste se", "sleduj", "följ oss", "följ", "prenumerera",
  "følg oss", "følg med", "følg", "seuraa", "tilaa", "kövess", "kövessen", "urmărește-ne", "urmăriți-ne", "bizi takip edin",
  "takip edin", "takip et", "ikuti kami", "ikuti", "simak", "dapatkan update", "подписывайтесь", "подпишитесь", "следите за",
  "читайте нас", "присоединяйтесь", "підписуйтесь", "підпишіться", "стежте за", "читайте нас у", "ακολουθήστε", "ακολούθησε",
  "עקבו אחרינו", "הצטרפו", "تابعونا", "تابعوا", "تابع", "اشترك في", "ما را دنبال کنید", "به کانال", "हमें फॉलो करें", "फॉलो करें",
  "theo dõi", "ติดตาม", "关注我们", "请关注", "フォローする", "フォローして", "구독하기", "팔로우",
];
/** Channels a follow prompt names: networks, messengers, news apps and the words for channel and newsletter. */
export const FOLLOW_CHANNELS = [
  "facebook", "instagram", "twitter", "x", "telegram", "whatsapp", "youtube", "tiktok", "linkedin", "threads", "bluesky",
  "mastodon", "google news", "google discover", "line", "vk", "вконтакте", "дзен", "viber", "kakao", "카카오톡", "naver",
  "weibo", "微博", "微信", "rss", "newsletter", "newsletters", "channel", "kanal", "канал", "канале", "каналі", "e-mail",
  "email", "social media", "redes sociales", "redes sociais", "réseaux sociaux", "sociálních sítích", "mediach społecznościowych",
  "sosyal medya", "social", "sociale medier", "sosiale medier", "sociala medier", "kanalımız", "bülten",
];
