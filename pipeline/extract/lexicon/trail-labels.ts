// The label a breadcrumb trail opens with ("You are here:", "Sie sind hier:", "当前位置："): what follows
// is the trail, a section path, not a headline (only its last item may be). The phrase for "you are
// here" / "current position" in the 25+ languages most used by news sites; lower-case, matched at the
// start of a line before a colon (or the line's end).
const TRAIL_LABELS = [
  "you are here", "you're here", "sie sind hier", "du bist hier", "vous êtes ici", "vous êtes sur", "usted está aquí", "estás aquí", "está aquí",
  "você está aqui", "você está em", "sei qui", "ti trovi qui", "ti trovi in", "jesteś tutaj", "jesteś w", "u bent hier", "je bent hier", "du är här",
  "du er her", "olet tässä", "nacházíte se", "nachádzate sa", "itt jár", "buradasınız", "şu an buradasınız", "bạn đang ở", "anda di sini", "anda berada di",
  "βρίσκεστε εδώ", "вы здесь", "вы находитесь", "ви тут", "ви знаходитесь", "אתה נמצא כאן", "אתם נמצאים כאן", "أنت هنا", "انت هنا", "شما اینجا هستید",
  "آپ یہاں ہیں", "आप यहां हैं", "आप यहाँ हैं", "คุณอยู่ที่", "当前位置", "您的位置", "你的位置", "目前位置", "現在位置", "現在地", "현재 위치",
];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const LABEL = new RegExp(`^\\s*(?:${[...TRAIL_LABELS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escapeRe).join("|")})\\s*(?:[:：»›>\\-–]\\s*|$)`, "iu");

/** The text after a breadcrumb label ("You are here: Home > News" → "Home > News"), or null when the line has none. */
export function afterTrailLabel(text: string): string | null {
  const m = LABEL.exec(text);
  return m ? text.slice(m[0].length) : null;
}
