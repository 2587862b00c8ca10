// Hand-written article headers in the shapes news sites print their byline and date lines in, for the
// languages the benches lack: a lead and a name ("Por X", "Автор: X", "X 기자"), a labelled published
// stamp beside an updated one, a date in the local calendar or format, a name alone beside the date.
// Written for the tests from how such pages commonly look, not taken from any site. Each page is a
// headline, its header lines and a two-sentence story (shared per language).
import type { Article } from "../../schemas/article.ts";

export interface HeaderPage {
  name: string;
  lines: string[];
  want: Partial<Pick<Article, "title" | "published_date" | "published_time" | "authors">> & { bodyStarts: string };
}

const STORY: Record<string, [string, string, string]> = {
  ar: ["المجلس يوافق على إعادة بناء الجسر القديم", "صوّت المجلس البلدي يوم الثلاثاء لصالح إعادة بناء الجسر الحجري القديم فوق النهر، منهياً بذلك نزاعاً طويلاً بين السكان والمحافظة حول كلفة المشروع.", "ومن المتوقع أن تبدأ الأعمال في الربيع وأن تستمر نحو ثمانية عشر شهراً."],
  hi: ["परिषद ने पुराने पुल के पुनर्निर्माण को मंजूरी दी", "नगर परिषद ने मंगलवार को नदी पर बने पुराने पत्थर के पुल को फिर से बनाने के पक्ष में मतदान किया, जिससे निवासियों और जिले के बीच लंबा विवाद खत्म हो गया।", "काम वसंत में शुरू होने और लगभग अठारह महीने चलने की उम्मीद है।"],
  fa: ["شورا بازسازی پل قدیمی را تصویب کرد", "شورای شهر روز سه‌شنبه به بازسازی پل سنگی قدیمی روی رودخانه رأی داد و به اختلاف طولانی میان ساکنان و استانداری پایان داد.", "انتظار می‌رود کار در بهار آغاز شود و حدود هجده ماه طول بکشد."],
  vi: ["Hội đồng thông qua việc xây lại cây cầu cũ", "Hội đồng thành phố hôm thứ ba đã bỏ phiếu xây dựng lại cây cầu đá cũ bắc qua sông, chấm dứt tranh cãi kéo dài giữa người dân và tỉnh.", "Công việc dự kiến bắt đầu vào mùa xuân và kéo dài khoảng mười tám tháng."],
  th: ["สภาอนุมัติสร้างสะพานเก่าใหม่", "สภาเมืองลงมติเมื่อวันอังคารให้สร้างสะพานหินเก่าข้ามแม่น้ำขึ้นใหม่ ยุติข้อพิพาทที่ยืดเยื้อระหว่างชาวบ้านกับจังหวัดมาเป็นเวลานาน", "คาดว่างานจะเริ่มในฤดูใบไม้ผลิและใช้เวลาประมาณสิบแปดเดือน"],
  he: ["המועצה אישרה את בנייתו מחדש של הגשר הישן", "מועצת העיר הצביעה ביום שלישי בעד בנייתו מחדש של גשר האבן הישן מעל הנהר, ובכך סיימה מחלוקת ארוכה בין התושבים למחוז.", "העבודות צפויות להתחיל באביב ולהימשך כשמונה עשר חודשים."],
  el: ["Το δημοτικό συμβούλιο ενέκρινε την ανακατασκευή της παλιάς γέφυρας", "Το δημοτικό συμβούλιο ψήφισε την Τρίτη υπέρ της ανακατασκευής της παλιάς πέτρινης γέφυρας πάνω από τον ποταμό, βάζοντας τέλος σε μια μακρά διαμάχη.", "Οι εργασίες αναμένεται να ξεκινήσουν την άνοιξη και να διαρκέσουν περίπου δεκαοκτώ μήνες."],
  sv: ["Fullmäktige godkänner att den gamla bron byggs om", "Kommunfullmäktige röstade på tisdagen för att bygga om den gamla stenbron över älven, vilket avslutar en lång tvist mellan invånarna och länet.", "Arbetet väntas börja i vår och pågå i ungefär arton månader."],
  cs: ["Zastupitelstvo schválilo přestavbu starého mostu", "Městské zastupitelstvo v úterý odhlasovalo přestavbu starého kamenného mostu přes řeku, čímž ukončilo dlouhý spor mezi obyvateli a krajem.", "Práce by měly začít na jaře a trvat přibližně osmnáct měsíců."],
  tr: ["Meclis eski köprünün yeniden yapımını onayladı", "Belediye meclisi salı günü nehir üzerindeki eski taş köprünün yeniden yapılması için oy kullandı ve sakinlerle il arasındaki uzun anlaşmazlığı sona erdirdi.", "Çalışmaların ilkbaharda başlaması ve yaklaşık on sekiz ay sürmesi bekleniyor."],
  id: ["Dewan setujui pembangunan kembali jembatan lama", "Dewan kota pada Selasa memutuskan untuk membangun kembali jembatan batu tua di atas sungai, mengakhiri perselisihan panjang antara warga dan provinsi.", "Pekerjaan diperkirakan dimulai pada musim semi dan berlangsung sekitar delapan belas bulan."],
  ko: ["시의회, 옛 다리 재건축 승인", "시의회는 화요일 강 위의 오래된 돌다리를 다시 짓기로 의결해 주민과 도 사이의 오랜 분쟁을 끝냈다. 공사는 봄에 시작될 예정이다.", "공사 기간은 약 18개월이 걸릴 것으로 예상된다고 시 관계자는 밝혔다."],
  ja: ["市議会、古い橋の建て替えを承認", "市議会は火曜日、川に架かる古い石橋の建て替えを可決し、住民と県の間で長く続いていた対立に終止符を打った。", "工事は春に始まり、約一年半かかる見通しだと市の担当者は説明した。"],
  zh: ["市议会批准重建旧桥", "市议会周二投票决定重建河上的旧石桥，结束了居民与省政府之间旷日持久的争议。工程预计将于明年春季开工。", "市政府有关负责人表示，工程预计持续约十八个月，期间将设置临时便桥。"],
  ru: ["Совет одобрил реконструкцию старого моста", "Городской совет во вторник проголосовал за реконструкцию старого каменного моста через реку, положив конец долгому спору между жителями и областью.", "Работы начнутся весной и продлятся около восемнадцати месяцев."],
  uk: ["Рада схвалила реконструкцію старого мосту", "Міська рада у вівторок проголосувала за реконструкцію старого кам'яного мосту через річку, поклавши край довгій суперечці між мешканцями та областю.", "Роботи розпочнуться навесні й триватимуть близько вісімнадцяти місяців."],
  it: ["Il consiglio approva la ricostruzione del vecchio ponte", "Il consiglio comunale ha votato martedì per la ricostruzione del vecchio ponte di pietra sul fiume, ponendo fine a una lunga disputa tra i residenti e la provincia.", "I lavori dovrebbero iniziare in primavera e durare circa diciotto mesi."],
  nl: ["Gemeenteraad stemt in met herbouw van oude brug", "De gemeenteraad heeft dinsdag ingestemd met de herbouw van de oude stenen brug over de rivier, waarmee een lang conflict tussen bewoners en de provincie eindigt.", "De werkzaamheden beginnen naar verwachting in het voorjaar en duren ongeveer achttien maanden."],
  no: ["Bystyret godkjenner ny bro", "Bystyret stemte tirsdag for å bygge om den gamle steinbroen over elven, noe som avslutter en lang strid mellom innbyggerne og fylket.", "Arbeidet ventes å starte til våren og vare i omtrent atten måneder."],
  pl: ["Rada zatwierdziła przebudowę starego mostu", "Rada miasta zagłosowała we wtorek za przebudową starego kamiennego mostu na rzece, kończąc długi spór między mieszkańcami a województwem.", "Prace mają rozpocząć się wiosną i potrwać około osiemnastu miesięcy."],
  pt: ["Câmara aprova reconstrução da ponte antiga", "A câmara municipal votou na terça-feira pela reconstrução da velha ponte de pedra sobre o rio, encerrando uma longa disputa entre moradores e o distrito.", "As obras devem começar na primavera e durar cerca de dezoito meses."],
  es: ["El consejo aprueba reconstruir el viejo puente", "El concejo municipal votó el martes a favor de reconstruir el viejo puente de piedra sobre el río, poniendo fin a una larga disputa entre vecinos y la provincia.", "Se espera que las obras comiencen en primavera y duren unos dieciocho meses."],
  en: ["Council approves rebuilding of the old bridge", "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute between residents and the county over its cost.", "Work is expected to start in the spring and to last about eighteen months."],
};

/** A page: the language's headline, then `header` lines, then its story; the body should start with the story. */
function page(name: string, lang: string, header: string[], want: Omit<HeaderPage["want"], "bodyStarts" | "title">): HeaderPage {
  const [title, p1, p2] = STORY[lang];
  return { name, lines: [title, ...header, p1, p2], want: { title, ...want, bodyStarts: p1.slice(0, 20) } };
}

export const HEADER_PAGES: HeaderPage[] = [
  page("Arabic: 'بقلم' byline, weekday date with a dash and time", "ar", ["بقلم: أحمد محمود", "الأربعاء 03 ديسمبر 2026 - 14:05"], { published_date: "2026-12-03", authors: ["أحمد محمود"] }),
  page("Arabic: 'كتب-' byline glued to its dash, a numeric published stamp and an updated one", "ar", ["كتب- محمد علي", "نشر في: 03/12/2026 - 14:05", "آخر تحديث: 04/12/2026 - 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["محمد علي"] }),
  page("Arabic: Levantine month name and Arabic-Indic digits", "ar", ["٣ كانون الأول ٢٠٢٦", "بقلم سامر خليل"], { published_date: "2026-12-03", authors: ["سامر خليل"] }),
  page("Hindi: 'द्वारा' byline and a published stamp with IST", "hi", ["द्वारा: अमित कुमार", "प्रकाशित: 03 दिसंबर 2026, 14:05 (IST)"], { published_date: "2026-12-03", published_time: "14:05", authors: ["अमित कुमार"] }),
  page("Hindi site in English furniture: 'Written By … | Updated …'", "hi", ["Written By: Amit Kumar | Updated: December 04, 2026 09:00 IST", "Published: December 03, 2026 14:05 IST"], { published_date: "2026-12-03", authors: ["Amit Kumar"] }),
  page("Persian: 'نویسنده' byline and a solar date with a label", "fa", ["نویسنده: علی رضایی", "تاریخ انتشار: ۱۲ آذر ۱۴۰۵ - ۱۴:۰۵"], { published_date: "2026-12-03", published_time: "14:05", authors: ["علی رضایی"] }),
  page("Persian: a numeric solar date and a news code line", "fa", ["کد خبر: ۱۲۳۴۵۶", "۱۴۰۵/۰۹/۱۲ ۱۴:۰۵"], { published_date: "2026-12-03", authors: [] }),
  page("Vietnamese: weekday date with GMT+7 and a 'Theo' source", "vi", ["Thứ tư, 3/12/2026, 14:05 (GMT+7)", "Bài và ảnh: Trần Minh Tuấn"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Trần Minh Tuấn"] }),
  page("Thai: full month name with the Buddhist era, 'โดย' byline", "th", ["โดย สมศรี มีสุข", "3 ธันวาคม 2569"], { published_date: "2026-12-03", authors: ["สมศรี มีสุข"] }),
  page("Thai: two-digit Buddhist-era year after a label", "th", ["เผยแพร่: 3 ธ.ค. 69 14:05 น."], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Hebrew: 'מאת' byline, published stamp with a two-digit year", "he", ["מאת יוסי כהן", "פורסם: 03.12.26, 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["יוסי כהן"] }),
  page("Greek: genitive byline 'Του', date with a genitive month", "el", ["Του Νίκου Παπαδάκη", "3 Δεκεμβρίου 2026, 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Νίκου Παπαδάκη"] }),
  page("Greek: published and updated labels", "el", ["Ενημέρωση: 04/12/2026 09:00", "Δημοσίευση: 03/12/2026 14:05"], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Swedish: 'Av' byline with the agency, published and updated stamps", "sv", ["Av Anna Lund/TT", "Publicerad 3 december 2026 kl. 14.05", "Uppdaterad 4 december 2026 kl. 09.00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Anna Lund"] }),
  page("Swedish: ISO date after a label", "sv", ["Publicerad: 2026-12-03 14:05", "Erik Berg"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Erik Berg"] }),
  page("Czech: spaced dotted date, 'Autor:' byline", "cs", ["Autor: Petr Dvořák", "3. 12. 2026 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Petr Dvořák"] }),
  page("Czech: genitive month and an updated stamp", "cs", ["Jana Horáková", "3. prosince 2026 14:05", "Aktualizováno 4. prosince 2026 9:00"], { published_date: "2026-12-03", authors: ["Jana Horáková"] }),
  page("Turkish: 'Yayınlanma' and 'Güncelleme' stamps", "tr", ["Güncelleme: 04.12.2026 09:00", "Yayınlanma: 03 Aralık 2026 14:05", "Mehmet Kaya"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Mehmet Kaya"] }),
  page("Indonesian: 'Penulis … | Editor …', day with WIB", "id", ["Penulis: Budi Santoso | Editor: Siti Aminah", "Kamis, 03 Des 2026 14:05 WIB"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Budi Santoso"] }),
  page("Indonesian: 'Oleh' byline, 'Reporter' beside it", "id", ["Oleh: Dewi Lestari", "Rabu, 3 Desember 2026 | 14:05 WIB"], { published_date: "2026-12-03", authors: ["Dewi Lestari"] }),
  page("Korean: reporter, input and modified stamps on one line", "ko", ["김민수 기자 입력 2026.12.03 14:05 수정 2026.12.04 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["김민수"] }),
  page("Korean: stamps with dashes and seconds", "ko", ["이영희 기자", "입력 2026-12-03 14:05:00", "수정 2026-12-04 09:00:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["이영희"] }),
  page("Japanese: slashed date and time", "ja", ["2026/12/03 14:05"], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Japanese: 年月日 date with 時分, a reporter label", "ja", ["2026年12月3日 14時05分", "記者：山田太郎"], { published_date: "2026-12-03", published_time: "14:05", authors: ["山田太郎"] }),
  page("Chinese: date, source and author on one line", "zh", ["2026年12月03日 14:05 来源：新华网 作者：王小明"], { published_date: "2026-12-03", published_time: "14:05", authors: ["王小明"] }),
  page("Chinese: a labelled publishing time", "zh", ["发布时间：2026-12-03 14:05", "来源：人民网"], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Russian: 'Автор:' byline with the date after a comma", "ru", ["Автор: Иван Петров, 03.12.2026 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Иван Петров"] }),
  page("Russian: name alone, genitive month, an updated stamp", "ru", ["Мария Соколова", "3 декабря 2026, 14:05", "Обновлено 4 декабря 2026, 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Мария Соколова"] }),
  page("Ukrainian: 'Автор:' byline and a published label", "uk", ["Автор: Олена Коваль", "Опубліковано: 3 грудня 2026, 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Олена Коваль"] }),
  page("Italian: 'di' byline, published 'il … alle'", "it", ["di Luca Bianchi", "Pubblicato il 03/12/2026 alle 14:05", "Aggiornato il 04/12/2026 alle 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Luca Bianchi"] }),
  page("Italian: date with the modified stamp in brackets", "it", ["Giulia Romano", "3 dicembre 2026 (modifica il 4 dicembre 2026 | 09:00)"], { published_date: "2026-12-03", authors: ["Giulia Romano"] }),
  page("Dutch: 'Door' byline, abbreviated month with 'om'", "nl", ["Door Pieter de Jong", "3 dec 2026 om 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Pieter de Jong"] }),
  page("Dutch: published and updated labels", "nl", ["Bijgewerkt: 4 december 2026, 09:00", "Gepubliceerd: 3 december 2026, 14:05"], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Norwegian: 'Av' byline with a role, published and updated", "no", ["Av Kari Nordmann, journalist", "Publisert 03.12.2026 14:05", "Oppdatert 04.12.2026 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Kari Nordmann"] }),
  page("Polish: 'Autor:' byline, published and updated labels", "pl", ["Autor: Jan Kowalski", "Opublikowano: 3 grudnia 2026, 14:05", "Aktualizacja: 04.12.2026 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Jan Kowalski"] }),
  page("Polish: 'Data publikacji' with a dotted date", "pl", ["Anna Nowak", "Data publikacji: 03.12.2026 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Anna Nowak"] }),
  page("Portuguese: 'Publicado a … às', 'Atualizado'", "pt", ["Por João Silva", "Publicado a 3 de dezembro de 2026 às 14:05", "Atualizado a 4 de dezembro de 2026 às 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["João Silva"] }),
  page("Portuguese: abbreviated month, 'Por … | date'", "pt", ["Por Ana Souza | 3 dez 2026, 14h05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Ana Souza"] }),
  page("Spanish: 'Por X | 3 de diciembre de 2026'", "es", ["Por Carlos Ruiz | 3 de diciembre de 2026"], { published_date: "2026-12-03", authors: ["Carlos Ruiz"] }),
  page("Spanish: updated before published", "es", ["Actualizado: 04/12/2026 09:00", "Publicado: 03/12/2026 14:05", "Por Lucía Fernández"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Lucía Fernández"] }),
  page("Arabic: weekday date with the evening mark 'م'", "ar", ["الأربعاء، 03 ديسمبر 2026 02:05 م", "كتب أحمد محمود"], { published_date: "2026-12-03", published_time: "14:05", authors: ["أحمد محمود"] }),
  page("Persian: slashed solar date with a dash before the time", "fa", ["۱۴۰۵/۰۹/۱۲ - ۱۴:۰۵", "نویسنده: مریم احمدی"], { published_date: "2026-12-03", published_time: "14:05", authors: ["مریم احمدی"] }),
  page("Vietnamese: weekday date with a dash before the time", "vi", ["Thứ tư, 03/12/2026 - 14:05"], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Thai: 'วันที่ … พ.ศ. …' with the era named", "th", ["วันที่ 3 ธันวาคม พ.ศ. 2569 - 14:05 น."], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Hebrew: byline and published stamp on one line", "he", ["מאת יוסי כהן | פורסם: 03.12.26, 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["יוסי כהן"] }),
  page("Greek: 'Συντάκτης' byline, dotted date with a bullet", "el", ["Συντάκτης: Νίκος Παπαδάκης", "03.12.2026 • 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Νίκος Παπαδάκης"] }),
  page("Czech: name and paper, bar, date; an updated stamp without a year", "cs", ["Petr Dvořák, Právo | 3. prosince 2026 14:05, aktualizováno 4. 12. 9:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Petr Dvořák"] }),
  page("Norwegian: published and updated with two-digit years", "no", ["Publisert: 03.12.26 14:05", "Oppdatert: 04.12.26 09:00", "Kari Nordmann"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Kari Nordmann"] }),
  page("Dutch: a date and an 'Aangepast' stamp", "nl", ["3 december 2026, 14:05", "Aangepast 4 december 2026, 09:00"], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Portuguese: a dotted abbreviated month with 'às … h'", "pt", ["3.dez.2026 às 14h05", "Ana Souza"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Ana Souza"] }),
  page("Portuguese: 'Por X, outlet — city', slashed date with 14h05", "pt", ["Por Ana Souza, g1 — São Paulo", "03/12/2026 14h05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Ana Souza"] }),
  page("Ukrainian: name, a dash, weekday date", "uk", ["Олена Коваль — Середа, 3 грудня 2026, 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Олена Коваль"] }),
  page("Russian: time before the date, an updated stamp in brackets", "ru", ["14:05 03.12.2026 (обновлено: 09:00 04.12.2026)"], { published_date: "2026-12-03", published_time: "14:05" }),
  page("Turkish: a date with the weekday after it; entry and update stamps", "tr", ["Mehmet Kaya", "Giriş: 03.12.2026 - 14:05 Güncelleme: 04.12.2026 - 09:00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Mehmet Kaya"] }),
  page("Korean: stamps with 오후 (p.m.)", "ko", ["입력2026.12.03. 오후 2:05 수정2026.12.04. 오전 9:00", "박지훈 기자"], { published_date: "2026-12-03", published_time: "14:05", authors: ["박지훈"] }),
  page("Chinese (Taiwan): reporter and city glued with a full-width slash", "zh", ["2026/12/03 14:05", "記者王小明／台北報導"], { published_date: "2026-12-03", published_time: "14:05", authors: ["王小明"] }),
  page("Indonesian: 'Penulis' and 'Editor' before linked names, outlet dateline with WIB", "id", ["Penulis [Budi Santoso](/penulis/budi-santoso) | Editor [Siti Aminah](/editor/siti-aminah)", "Kompas - 03/12/2026, 14:05 WIB"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Budi Santoso"] }),
  page("Swedish: abbreviated month with a dot and 'kl'", "sv", ["Publicerad 3 dec. 2026 kl 14.05", "Anna Lund", "Reporter"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Anna Lund"] }),
  page("French: 'Par X Publié le … à …, mis à jour le …' on one line", "en", ["Par Jean Dupont Publié le 03 décembre 2026 à 14h05, mis à jour le 04 décembre 2026 à 09h00"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Jean Dupont"] }),
  page("German: 'Von X | date, Uhr'", "en", ["Von Hans Müller | 03.12.2026, 14:05 Uhr"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Hans Müller"] }),
  page("Russian: date, bar and a linked 'Автор'", "ru", ["03.12.2026, 14:05 | Автор: [Иван Петров](/authors/ivan-petrov)"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Иван Петров"] }),
  page("Spanish: linked author after 'Por', city and date with zone", "es", ["Por [Carlos Ruiz](/autor/carlos-ruiz/)", "Madrid - 03 dic 2026 - 14:05 CET"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Carlos Ruiz"] }),
  // A name printed alone under the headline, beside the date (no lead)
  page("Greek: a name alone beside the date (Greek given names read in Latin spelling)", "el", ["Μαρία Παπαδοπούλου", "03.12.2026, 14:05"], { published_date: "2026-12-03", authors: ["Μαρία Παπαδοπούλου"] }),
  page("Vietnamese: a name alone above the date, family name first", "vi", ["Phạm Thu Trang", "03/12/2026 14:05"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Phạm Thu Trang"] }),
  page("Russian: two names on one line above the date", "ru", ["Иван Петров, Мария Соколова", "3 декабря 2026, 14:05"], { published_date: "2026-12-03", authors: ["Иван Петров", "Мария Соколова"] }),
  page("Polish: a name with a Polish letter under the date", "pl", ["03.12.2026, 14:05", "Katarzyna Wiśniewska"], { published_date: "2026-12-03", authors: ["Katarzyna Wiśniewska"] }),
  page("Dutch: a name and a role on two lines", "nl", ["Sanne Visser", "Verslaggever", "3 december 2026, 14:05"], { published_date: "2026-12-03", authors: ["Sanne Visser"] }),
  page("Czech: a name with an accented given name", "cs", ["Tomáš Novotný", "3. prosince 2026 14:05"], { published_date: "2026-12-03", authors: ["Tomáš Novotný"] }),
  page("Turkish: a name with Turkish letters", "tr", ["Zeynep Çelik", "03.12.2026 14:05"], { published_date: "2026-12-03", authors: ["Zeynep Çelik"] }),
  page("Ukrainian: a name alone", "uk", ["Андрій Шевченко", "3 грудня 2026, 14:05"], { published_date: "2026-12-03", authors: ["Андрій Шевченко"] }),
  page("English: an author block with an avatar link, a role and share buttons", "en", ["[![Jane Roe](/img/jr.jpg)](/author/jane-roe)", "[Jane Roe](/author/jane-roe)", "Senior Reporter", "December 3, 2026 at 2:05 pm", "Share on Facebook", "Share on Twitter"], { published_date: "2026-12-03", published_time: "14:05", authors: ["Jane Roe"] }),
  // Live blogs: the page's first-published stamp, not an entry's time or its latest update
  page("English live blog: updated stamp, first published stamp, entry times", "en", ["Wed 3 Dec 2026 09.12 GMT", "First published on Tue 2 Dec 2026 18.30 GMT"], { published_date: "2026-12-02", published_time: "18:30" }),
  page("Italian: agency date and 'Redazione ANSA' (no person)", "it", ["03 dicembre 2026, 14:05", "Redazione ANSA"], { published_date: "2026-12-03", published_time: "14:05", authors: [] }),
];
