// End to end on hand-written news pages in other languages and scripts: the header shapes scraped pages
// come in (a one-line section menu, a masthead, a date line in the local calendar or format, a byline with
// its lead, a caption with its credit, a wire dateline, a sign-off) around a short story. Each page goes through the
// pure stages (ingest → clean → extract → validate) and its fields are checked against what a reader of
// the page would write down. The pages are written for this test, not taken from any site.
import { describe, expect, it } from "vitest";
import { articleOfPage as article } from "../helpers/hand-written-page.ts";
import type { Article } from "../../schemas/article.ts";

interface Page {
  name: string;
  lines: string[];
  want: Partial<Pick<Article, "title" | "language" | "published_date" | "published_time" | "authors" | "outlet" | "dateline" | "image_credits" | "related_headlines">> & {
    bodyStarts: string;
  };
}

const PAGES: Page[] = [
  {
    name: "Hindi: a pipe-separated menu above the headline, a labelled byline",
    lines: [
      "होम | देश | विदेश | खेल",
      "बाढ़ से प्रभावित इलाकों का दौरा करेंगे मुख्यमंत्री",
      "नई दिल्ली, 5 दिसंबर 2026",
      "लेखक: राहुल शर्मा",
      "मुख्यमंत्री ने कहा कि राज्य सरकार बाढ़ प्रभावित लोगों को हर संभव सहायता देगी। उन्होंने अधिकारियों को राहत कार्य तेज करने के निर्देश दिए हैं।",
      "मौसम विभाग ने अगले तीन दिनों तक भारी बारिश की चेतावनी जारी की है।",
    ],
    want: { title: "बाढ़ से प्रभावित इलाकों का दौरा करेंगे मुख्यमंत्री", language: "hi", published_date: "2026-12-05", authors: ["राहुल शर्मा"], bodyStarts: "मुख्यमंत्री ने कहा" },
  },
  {
    name: "Thai: a space-separated menu, a Buddhist-era date with an abbreviated month",
    lines: [
      "หน้าแรก ข่าว กีฬา บันเทิง",
      "นายกฯ เตรียมลงพื้นที่ตรวจน้ำท่วมภาคเหนือ",
      "3 ธ.ค. 2569 10:30 น.",
      "โดย สมชาย ใจดี",
      "นายกรัฐมนตรีเตรียมเดินทางลงพื้นที่จังหวัดเชียงใหม่ในวันพรุ่งนี้เพื่อตรวจสอบสถานการณ์น้ำท่วมที่ส่งผลกระทบต่อประชาชนหลายพันครัวเรือน",
      "กรมอุตุนิยมวิทยาได้ออกประกาศเตือนว่าฝนจะยังคงตกหนักต่อเนื่องไปอีกอย่างน้อยสามวัน",
    ],
    want: { title: "นายกฯ เตรียมลงพื้นที่ตรวจน้ำท่วมภาคเหนือ", language: "th", published_date: "2026-12-03", published_time: "10:30", authors: ["สมชาย ใจดี"], bodyStarts: "นายกรัฐมนตรีเตรียม" },
  },
  {
    name: "Thai: a headline with no spaces right above its date line",
    lines: [
      "สะพานเก่าจะถูกสร้างใหม่",
      "3 ธ.ค. 2569 14:05 น.",
      "สภาเมืองลงมติเมื่อวันอังคารให้สร้างสะพานหินเก่าข้ามแม่น้ำขึ้นใหม่ ยุติข้อพิพาทที่ยืดเยื้อระหว่างชาวบ้านกับจังหวัด",
      "คาดว่างานจะเริ่มในฤดูใบไม้ผลิและใช้เวลาประมาณสิบแปดเดือน",
    ],
    want: { title: "สะพานเก่าจะถูกสร้างใหม่", language: "th", published_date: "2026-12-03", published_time: "14:05", bodyStarts: "สภาเมืองลงมติ" },
  },
  {
    name: "Persian: a date of the solar calendar only",
    lines: [
      "بازدید وزیر از مناطق سیل‌زده",
      "۱۴ آذر ۱۴۰۵ - ۱۰:۳۰",
      "وزیر کشور امروز از مناطق سیل‌زده استان گلستان بازدید کرد و گفت که دولت همه امکانات را برای کمک به مردم بسیج کرده است.",
      "سازمان هواشناسی هشدار داد که بارش‌ها تا سه روز آینده ادامه خواهد داشت.",
    ],
    want: { title: "بازدید وزیر از مناطق سیل‌زده", language: "fa", published_date: "2026-12-05", published_time: "10:30", bodyStarts: "وزیر کشور امروز" },
  },
  {
    name: "Ukrainian: a Cyrillic name alone under the headline, beside the date",
    lines: [
      "Уряд ухвалив новий план",
      "Олена Коваленко",
      "03 грудня 2026, 14:05",
      "Міська рада у вівторок ухвалила новий житловий план, який набуде чинності наступного місяця після тижнів переговорів між партіями.",
      "Опозиція заявила, що план недостатньо захищає домогосподарства від зростання цін.",
    ],
    want: { title: "Уряд ухвалив новий план", language: "uk", published_date: "2026-12-03", published_time: "14:05", authors: ["Олена Коваленко"], bodyStarts: "Міська рада" },
  },
  {
    name: "Chinese: a wire dateline with the reporter in brackets opening the first paragraph",
    lines: [
      "首页 新闻 财经 体育 娱乐",
      "国务院常务会议部署稳经济措施",
      "2026-12-03 14:05",
      "新华社北京12月3日电（记者 王明）国务院常务会议今天召开，部署进一步稳定经济运行的各项措施。",
      "会议指出，要加大对中小企业的支持力度。",
    ],
    want: { title: "国务院常务会议部署稳经济措施", language: "zh", published_date: "2026-12-03", authors: ["王明"], bodyStarts: "国务院常务会议今天召开" },
  },
  {
    name: "Korean: a wire byline of two reporters opening the first paragraph",
    lines: [
      "정부, 내년 예산안 국회 제출",
      "입력 2026.12.03 14:05",
      "(서울=연합뉴스) 김민수 이영희 기자 = 정부가 내년도 예산안을 확정해 국회에 제출했다. 총지출 규모는 올해보다 3.2% 늘어난 수준이다.",
      "국회는 이달 중 예산안 심사에 들어갈 예정이다.",
    ],
    want: { title: "정부, 내년 예산안 국회 제출", language: "ko", published_date: "2026-12-03", authors: ["김민수", "이영희"], bodyStarts: "정부가 내년도 예산안을" },
  },
  {
    name: "Japanese: an era year and a sign-off name in brackets",
    lines: [
      "政府、電力需給対策を決定",
      "令和8年12月3日",
      "政府は３日、今冬の電力需給対策を閣議決定した。全国の家庭や企業に対して数値目標を設けない節電を要請する。",
      "電力各社は火力発電所の再稼働を急いでいる。",
      "（山田太郎）",
    ],
    want: { title: "政府、電力需給対策を決定", language: "ja", published_date: "2026-12-03", authors: ["山田太郎"], bodyStarts: "政府は３日" },
  },
  {
    name: "German: a caption ending with its credit, a dotted clock time, a related block without links",
    lines: [
      "Startseite Politik Wirtschaft Sport Kultur",
      "Rettungskräfte am Unfallort in der Innenstadt (Foto: dpa)",
      "Bundestag beschließt Haushalt für 2027",
      "03.12.2026, 14.05 Uhr",
      "Von Anna Schmidt und Peter Müller",
      "Der Bundestag hat am Mittwoch den Haushalt für das kommende Jahr beschlossen. Die Ausgaben steigen um drei Prozent.",
      "Die Opposition kritisierte die hohe Neuverschuldung und kündigte eine Klage an.",
      "Lesen Sie auch",
      "Schuldenbremse bleibt in der Koalition umstritten",
    ],
    want: {
      title: "Bundestag beschließt Haushalt für 2027", language: "de", published_date: "2026-12-03", published_time: "14:05", authors: ["Anna Schmidt", "Peter Müller"],
      image_credits: ["dpa"], related_headlines: ["Schuldenbremse bleibt in der Koalition umstritten"], bodyStarts: "Der Bundestag hat",
    },
  },
  {
    name: "Turkish and Greek byline leads",
    lines: [
      "Meclis yeni planı onayladı",
      "Haber: Ahmet Yılmaz",
      "03 Aralık 2026 Perşembe 14:05",
      "Belediye meclisi salı günü, partiler arasındaki haftalarca süren görüşmelerin ardından gelecek ay yürürlüğe girecek yeni bir konut planını onayladı.",
      "Muhalefet, planın haneleri yükselen fiyatlara karşı yeterince korumadığını söyledi.",
    ],
    want: { title: "Meclis yeni planı onayladı", language: "tr", published_date: "2026-12-03", authors: ["Ahmet Yılmaz"], bodyStarts: "Belediye meclisi" },
  },
  {
    name: "English: a site header's date above the headline, the article's own under it",
    lines: [
      "Monday, 7 December 2026",
      "Bridge to be rebuilt after long dispute",
      "By Ann Lee",
      "3 December 2026",
      "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute between residents and the county.",
      "Work is expected to start in spring and to take around eighteen months, officials said.",
    ],
    want: { title: "Bridge to be rebuilt after long dispute", language: "en", published_date: "2026-12-03", authors: ["Ann Lee"], bodyStarts: "The council voted" },
  },
{ name: "Vietnamese: weekday date line with zone, author's name alone after the story",
    lines: ["Thời sự Thế giới Kinh doanh Thể thao", "Thứ năm, 3/12/2026, 14:05 (GMT+7)", "Hà Nội sẽ xây lại cầu cũ qua sông",
      "Hội đồng thành phố hôm thứ ba đã bỏ phiếu xây dựng lại cây cầu đá cũ bắc qua sông, chấm dứt tranh cãi kéo dài giữa người dân và chính quyền.",
      "Công trình dự kiến khởi công vào mùa xuân và kéo dài khoảng mười tám tháng.", "Nguyễn Văn An"],
    want: { title: "Hà Nội sẽ xây lại cầu cũ qua sông", language: "vi", published_date: "2026-12-03", published_time: "14:05", authors: ["Nguyễn Văn An"], bodyStarts: "Hội đồng thành phố" } },
  {
    name: "Indonesian: writer and editor on one line, WIB time, a city-outlet dateline",
    lines: ["Harian Nusantara", "Jembatan tua akan dibangun kembali", "Penulis: Budi Santoso | Editor: Siti Rahma", "Kamis, 3 Desember 2026 14:05 WIB",
      "BANDUNG, Harian Nusantara - Dewan kota pada hari Selasa memutuskan untuk membangun kembali jembatan batu tua di atas sungai, mengakhiri perselisihan panjang antara warga dan pemerintah daerah.",
      "Pekerjaan diperkirakan dimulai pada musim semi dan berlangsung sekitar delapan belas bulan."],
    want: { title: "Jembatan tua akan dibangun kembali", language: "id", published_date: "2026-12-03", published_time: "14:05", authors: ["Budi Santoso"], outlet: "Harian Nusantara", bodyStarts: "Dewan kota pada hari Selasa" } },
  {
    name: "Arabic: 'كتب' byline, weekday date with a dash and time",
    lines: ["الرئيسية | أخبار | اقتصاد | رياضة", "المجلس البلدي يقر إعادة بناء الجسر القديم", "كتب: أحمد علي", "الخميس 3 ديسمبر 2026 - 14:05",
      "صوّت المجلس البلدي يوم الثلاثاء على إعادة بناء الجسر الحجري القديم فوق النهر، منهياً خلافاً طويلاً بين السكان والمحافظة.",
      "ومن المتوقع أن تبدأ الأعمال في الربيع وأن تستغرق نحو ثمانية عشر شهراً."],
    want: { title: "المجلس البلدي يقر إعادة بناء الجسر القديم", language: "ar", published_date: "2026-12-03", published_time: "14:05", authors: ["أحمد علي"], bodyStarts: "صوّت المجلس" } },
  {
    name: "Hebrew: 'מאת' byline, dotted date",
    lines: ["מועצת העיר אישרה לבנות מחדש את הגשר הישן", "מאת: דנה כהן", "03.12.2026 14:05",
      "מועצת העיר הצביעה ביום שלישי על בנייתו מחדש של גשר האבן הישן מעל הנהר, ובכך סיימה מחלוקת ארוכה בין התושבים למחוז.",
      "העבודות צפויות להתחיל באביב ולהימשך כשמונה עשר חודשים."],
    want: { title: "מועצת העיר אישרה לבנות מחדש את הגשר הישן", language: "he", published_date: "2026-12-03", published_time: "14:05", authors: ["דנה כהן"], bodyStarts: "מועצת העיר הצביעה" } },
  {
    name: "Polish: 'Autor:' byline, genitive month, agency source line",
    lines: ["Rada miasta zdecydowała o odbudowie mostu", "Autor: Jan Kowalski", "03 grudnia 2026, 14:05",
      "Rada miasta zagłosowała we wtorek za odbudową starego kamiennego mostu na rzece, kończąc długi spór między mieszkańcami a powiatem.",
      "Prace mają się rozpocząć wiosną i potrwać około osiemnastu miesięcy.", "Źródło: PAP"],
    want: { title: "Rada miasta zdecydowała o odbudowie mostu", language: "pl", published_date: "2026-12-03", published_time: "14:05", authors: ["Jan Kowalski"], bodyStarts: "Rada miasta zagłosowała" } },
  {
    name: "Czech: name and agency byline, dotted day and genitive month",
    lines: ["Zastupitelstvo schválilo obnovu starého mostu", "Jana Nováková, ČTK", "3. prosince 2026 14:05",
      "Městské zastupitelstvo v úterý odhlasovalo obnovu starého kamenného mostu přes řeku, čímž ukončilo dlouhý spor mezi obyvateli a krajem.",
      "Práce by měly začít na jaře a potrvat zhruba osmnáct měsíců."],
    want: { title: "Zastupitelstvo schválilo obnovu starého mostu", language: "cs", published_date: "2026-12-03", published_time: "14:05", authors: ["Jana Nováková"], bodyStarts: "Městské zastupitelstvo" } },
  {
    name: "Swedish: 'Publicerad … kl. 14.05', 'Av' byline",
    lines: ["Kommunen bygger om den gamla bron", "Av Erik Johansson", "Publicerad 3 december 2026 kl. 14.05",
      "Kommunfullmäktige röstade på tisdagen för att bygga om den gamla stenbron över ån, vilket avslutar en lång tvist mellan invånarna och regionen.",
      "Arbetet väntas börja i vår och pågå i ungefär arton månader."],
    want: { title: "Kommunen bygger om den gamla bron", language: "sv", published_date: "2026-12-03", published_time: "14:05", authors: ["Erik Johansson"], bodyStarts: "Kommunfullmäktige" } },
  {
    name: "Dutch: 'Door' byline, date with comma and time",
    lines: ["Gemeenteraad stemt in met herbouw oude brug", "Door Jan de Vries", "3 december 2026, 14:05",
      "De gemeenteraad heeft dinsdag ingestemd met de herbouw van de oude stenen brug over de rivier, waarmee een lang conflict tussen bewoners en de provincie ten einde komt.",
      "De werkzaamheden beginnen naar verwachting in het voorjaar en duren ongeveer achttien maanden."],
    want: { title: "Gemeenteraad stemt in met herbouw oude brug", language: "nl", published_date: "2026-12-03", published_time: "14:05", authors: ["Jan de Vries"], bodyStarts: "De gemeenteraad heeft" } },
  {
    name: "Italian: 'di' byline, date with a dash, a city dateline",
    lines: ["Il consiglio approva la ricostruzione del ponte", "di Marco Rossi", "3 dicembre 2026 - 14:05",
      "ROMA — Il consiglio comunale ha votato martedì per ricostruire il vecchio ponte di pietra sul fiume, mettendo fine a una lunga disputa tra i residenti e la provincia.",
      "I lavori dovrebbero iniziare in primavera e durare circa diciotto mesi."],
    want: { title: "Il consiglio approva la ricostruzione del ponte", language: "it", published_date: "2026-12-03", published_time: "14:05", authors: ["Marco Rossi"], dateline: "ROMA", bodyStarts: "Il consiglio comunale" } },
  {
    name: "Brazilian Portuguese: 'Por' byline, 14h05 time",
    lines: ["Câmara aprova reconstrução da ponte antiga", "Por Ana Souza", "03/12/2026 14h05",
      "A câmara municipal votou na terça-feira pela reconstrução da velha ponte de pedra sobre o rio, encerrando uma longa disputa entre moradores e o estado.",
      "As obras devem começar na primavera e durar cerca de dezoito meses."],
    want: { title: "Câmara aprova reconstrução da ponte antiga", language: "pt", published_date: "2026-12-03", published_time: "14:05", authors: ["Ana Souza"], bodyStarts: "A câmara municipal" } },
  {
    name: "Spanish: agency dateline with an abbreviated month, an updated stamp",
    lines: ["El ayuntamiento aprueba reconstruir el puente viejo", "Actualizado 04/12/2026 09:00", "Publicado 03/12/2026 14:05",
      "MADRID, 3 Dic. (EUROPA PRESS) - El pleno municipal votó el martes a favor de reconstruir el viejo puente de piedra sobre el río, poniendo fin a una larga disputa entre vecinos y la provincia.",
      "Las obras comenzarán previsiblemente en primavera y durarán unos dieciocho meses."],
    want: { title: "El ayuntamiento aprueba reconstruir el puente viejo", language: "es", published_date: "2026-12-03", published_time: "14:05", bodyStarts: "El pleno municipal votó" } },
  {
    name: "French: published and updated stamps with 'à 14h05', 'Par' byline",
    lines: ["Le conseil vote la reconstruction du vieux pont", "Par Claire Martin", "Publié le 3 décembre 2026 à 14h05, mis à jour le 4 décembre 2026 à 09h00",
      "Le conseil municipal a voté mardi la reconstruction du vieux pont de pierre sur la rivière, mettant fin à un long différend entre les habitants et le département.",
      "Les travaux devraient commencer au printemps et durer environ dix-huit mois."],
    want: { title: "Le conseil vote la reconstruction du vieux pont", language: "fr", published_date: "2026-12-03", published_time: "14:05", authors: ["Claire Martin"], bodyStarts: "Le conseil municipal" } },
  {
    name: "Russian: 'Текст:' byline, genitive month, agency dateline",
    lines: ["Горсовет одобрил восстановление старого моста", "Текст: Иван Петров", "3 декабря 2026, 14:05",
      "МОСКВА, 3 дек — РИА Новости. Городской совет во вторник проголосовал за восстановление старого каменного моста через реку, положив конец долгому спору между жителями и областью.",
      "Работы должны начаться весной и продлиться около восемнадцати месяцев."],
    want: { title: "Горсовет одобрил восстановление старого моста", language: "ru", published_date: "2026-12-03", published_time: "14:05", authors: ["Иван Петров"], bodyStarts: "Городской совет" } },
  {
    name: "Norwegian: 'Publisert … kl. 14.05', name and role byline",
    lines: ["Kommunen bygger ny bro over elva", "Kari Nordmann, journalist", "Publisert 3. desember 2026 kl. 14.05",
      "Kommunestyret stemte tirsdag for å bygge opp igjen den gamle steinbroen over elva, og avsluttet dermed en lang strid mellom innbyggerne og fylket.",
      "Arbeidet ventes å starte til våren og vare i omtrent atten måneder."],
    want: { title: "Kommunen bygger ny bro over elva", language: "no", published_date: "2026-12-03", published_time: "14:05", authors: ["Kari Nordmann"], bodyStarts: "Kommunestyret" } },
  {
    name: "English: a wire credit line above the story, 'Updated' before 'Published'",
    lines: ["World | Business | Sport", "Council backs plan to rebuild old bridge", "By Tom Baker, Reuters", "Updated Dec. 4, 2026 9:00 a.m. ET", "Published Dec. 3, 2026 2:05 p.m. ET",
      "LONDON (Reuters) - The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute between residents and the county.",
      "Work is expected to start in spring and take around eighteen months."],
    want: { title: "Council backs plan to rebuild old bridge", language: "en", published_date: "2026-12-03", published_time: "14:05", authors: ["Tom Baker"], outlet: "Reuters", bodyStarts: "The council voted on Tuesday" } },
{ name: "Korean: input and modified stamps, reporter with 기자 and e-mail",
    lines: ["뉴스 | 정치 | 경제 | 사회", "시의회, 옛 다리 재건 계획 승인", "입력 2026.12.03 14:05 수정 2026.12.04 09:00", "김민수 기자 minsu@example.kr",
      "시의회는 화요일 강 위의 오래된 돌다리를 다시 짓기로 의결해 주민과 도 사이의 오랜 갈등을 끝냈다.", "공사는 봄에 시작돼 약 18개월이 걸릴 것으로 예상된다."],
    want: { title: "시의회, 옛 다리 재건 계획 승인", language: "ko", published_date: "2026-12-03", published_time: "14:05", authors: ["김민수"], bodyStarts: "시의회는 화요일" } },
  {
    name: "Chinese: date with source line naming the agency, a photo credit with 摄",
    lines: ["首页 > 新闻 > 国内", "市议会批准重建老桥", "2026-12-03 14:05 来源：新华社", "新华社记者 李华 摄",
      "市议会周二投票决定重建河上的旧石桥，结束了居民与省政府之间的长期争议。", "工程预计于春季开工，历时约十八个月。"],
    want: { title: "市议会批准重建老桥", language: "zh", published_date: "2026-12-03", published_time: "14:05", bodyStarts: "市议会周二" } },
  {
    name: "Japanese: a date with 時 and 分, a caption line above the headline",
    lines: ["写真：市議会の本会議場（2026年12月3日）", "市議会、旧橋の架け替えを可決", "2026年12月3日 14時05分",
      "市議会は３日、川に架かる古い石橋を架け替える計画を可決した。住民と県の間で長く続いた対立に決着がついた。", "工事は春に始まり、約１年半かかる見通しだ。"],
    want: { title: "市議会、旧橋の架け替えを可決", language: "ja", published_date: "2026-12-03", published_time: "14:05", bodyStarts: "市議会は３日" } },
  {
    name: "Spanish masthead in capitals above a menu; live-blog stamps under the story",
    lines: ["EL DIARIO DEL SUR", "Portada | España | Internacional | Deportes", "El ayuntamiento aprueba reconstruir el puente viejo", "03/12/2026 - 14:05",
      "El pleno municipal votó el martes a favor de reconstruir el viejo puente de piedra sobre el río, poniendo fin a una larga disputa entre vecinos y la provincia.",
      "Las obras comenzarán previsiblemente en primavera y durarán unos dieciocho meses.", "© EL DIARIO DEL SUR 2026"],
    want: { title: "El ayuntamiento aprueba reconstruir el puente viejo", language: "es", published_date: "2026-12-03", published_time: "14:05", outlet: "EL DIARIO DEL SUR", bodyStarts: "El pleno municipal" } },
  {
    name: "English live blog: the page's date above, entry stamps in the body",
    lines: ["Live: council debates bridge plan", "Published 3 December 2026", "Updates",
      "16:40 The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute between residents and the county.",
      "15:10 Residents gathered outside the town hall before the vote, holding banners about the bridge and the traffic on the river road.",
      "14:05 The debate opened with a statement from the mayor, who said the bridge had served the town for two centuries."],
    want: { title: "Live: council debates bridge plan", language: "en", published_date: "2026-12-03", bodyStarts: "16:40 The council" } },
  {
    name: "German: an agency credit after the dateline, a common noun capitalised alone under the headline",
    lines: ["Zahl der Todesopfer nach Unwetter gestiegen", "Todesopfer", "03.12.2026",
      "Berlin (dpa) - Nach den schweren Unwettern im Süden des Landes ist die Zahl der Todesopfer weiter gestiegen. Die Rettungskräfte sind weiter im Einsatz.",
      "Die Behörden rechnen mit weiteren Schäden in den kommenden Tagen."],
    want: { title: "Zahl der Todesopfer nach Unwetter gestiegen", language: "de", published_date: "2026-12-03", authors: [], outlet: "dpa", dateline: "Berlin", bodyStarts: "Nach den schweren Unwettern" } },
  {
    name: "Ukrainian: agency credit line and the date with a genitive month",
    lines: ["Рада ухвалила план відновлення мосту", "3 грудня 2026, 14:05", "Інтерфакс-Україна",
      "Міська рада у вівторок проголосувала за відновлення старого кам'яного мосту через річку, поклавши край тривалій суперечці між мешканцями та областю.",
      "Роботи мають розпочатися навесні й тривати близько вісімнадцяти місяців."],
    want: { title: "Рада ухвалила план відновлення мосту", language: "uk", published_date: "2026-12-03", published_time: "14:05", bodyStarts: "Міська рада" } },
  {
    name: "Turkish: published and updated labels",
    lines: ["Meclis köprünün yeniden yapımını onayladı", "Güncelleme: 04.12.2026 09:00", "Yayınlanma: 03.12.2026 14:05", "Ayşe Demir",
      "Belediye meclisi salı günü nehir üzerindeki eski taş köprünün yeniden yapılmasına karar vererek sakinler ile il arasındaki uzun anlaşmazlığı sona erdirdi.",
      "Çalışmaların ilkbaharda başlaması ve yaklaşık on sekiz ay sürmesi bekleniyor."],
    want: { title: "Meclis köprünün yeniden yapımını onayladı", language: "tr", published_date: "2026-12-03", published_time: "14:05", authors: ["Ayşe Demir"], bodyStarts: "Belediye meclisi" } },
  {
    name: "Hindi: updated stamp with a Devanagari month and a byline with 'द्वारा'",
    lines: ["नगर परिषद ने पुराने पुल के पुनर्निर्माण को मंजूरी दी", "अपडेटेड: 4 दिसंबर 2026, 09:00 IST", "प्रकाशित: 3 दिसंबर 2026, 14:05 IST",
      "नगर परिषद ने मंगलवार को नदी पर बने पुराने पत्थर के पुल को फिर से बनाने के पक्ष में मतदान किया, जिससे निवासियों और जिले के बीच लंबा विवाद खत्म हो गया।",
      "काम वसंत में शुरू होने और लगभग अठारह महीने चलने की उम्मीद है।"],
    want: { title: "नगर परिषद ने पुराने पुल के पुनर्निर्माण को मंजूरी दी", language: "hi", published_date: "2026-12-03", published_time: "14:05", bodyStarts: "नगर परिषद ने मंगलवार" } },
  {
    name: "French: a caption with its credit between headline and story",
    lines: ["Le conseil vote la reconstruction du vieux pont", "Le vieux pont de pierre, mardi. Photo : Jean Dupont / AFP", "3 décembre 2026",
      "Le conseil municipal a voté mardi la reconstruction du vieux pont de pierre sur la rivière, mettant fin à un long différend entre les habitants et le département.",
      "Les travaux devraient commencer au printemps et durer environ dix-huit mois."],
    want: { title: "Le conseil vote la reconstruction du vieux pont", language: "fr", published_date: "2026-12-03", authors: [], image_credits: ["Jean Dupont / AFP"], bodyStarts: "Le conseil municipal" } },
  {
    name: "Portuguese: ticker line above the headline",
    lines: ["Últimas notícias: chuva forte no litoral", "Câmara aprova reconstrução da ponte antiga", "Por Ana Souza", "3 de dezembro de 2026 às 14:05",
      "A câmara municipal votou na terça-feira pela reconstrução da velha ponte de pedra sobre o rio, encerrando uma longa disputa entre moradores e o estado.",
      "As obras devem começar na primavera e durar cerca de dezoito meses."],
    want: { title: "Câmara aprova reconstrução da ponte antiga", language: "pt", published_date: "2026-12-03", published_time: "14:05", authors: ["Ana Souza"], bodyStarts: "A câmara municipal" } },
];

describe("hand-written pages in other languages and scripts, end to end", () => {
  for (const page of PAGES) {
    it(page.name, () => {
      const a = article(page);
      const { bodyStarts, ...fields } = page.want;
      for (const [field, value] of Object.entries(fields)) expect(a[field as keyof Article], field).toEqual(value);
      expect(a.body.startsWith(bodyStarts), `body starts: ${a.body.slice(0, 60)}`).toBe(true);
    });
  }
});
