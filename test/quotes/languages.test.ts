// Cue and name patterns per language, on hand-written sentences shaped like news text in each language
// (not taken from any bench page): who is quoted, with which cue, and what is never taken for a name.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../pipeline/quotes/index.ts";
import { findDashSpans } from "../../pipeline/quotes/dashes.ts";
import { cjkAttribution } from "../../pipeline/quotes/cjk.ts";

const quotes = (body: string, language: string) => extractQuotes({ id: "t", body, language });
const who = (body: string, language: string) => quotes(body, language).map((q) => q.speaker);

describe("reporting cues and speakers, per language", () => {
  it.each([
    ["en", '"We will not raise taxes on working families this year," Treasury Secretary Janet Miller told reporters.', "Janet Miller", "told reporters"],
    ["de", "„Wir werden die Schulen im Herbst wieder vollständig öffnen“, sagte Kultusministerin Anna Becker am Montag.", "Anna Becker", "sagte"],
    ["de", "„Die Ermittlungen dauern noch mindestens zwei Wochen an“, erklärte Oberstaatsanwalt Hauke Brandt.", "Hauke Brandt", "erklärte"],
    ["fr", "« Nous ne céderons pas sur la réforme des retraites », a déclaré Élisabeth Moreau devant les députés.", "Élisabeth Moreau", "a déclaré"],
    ["fr", "« Le dialogue reste ouvert avec tous les syndicats du secteur », a-t-il ajouté. Ce matin, Paul Girard a reçu les délégués.", null, "ajouté"],
    ["es", "“No vamos a subir los impuestos a las familias trabajadoras”, afirmó la ministra de Hacienda, Carmen Ortega.", "Carmen Ortega", "afirmó"],
    ["pt", "“Vamos investir mais em saúde e educação a partir do próximo ano”, disse o governador Paulo Ribeiro.", "Paulo Ribeiro", "disse"],
    ["it", "«Il governo non aumenterà le tasse sulle famiglie quest'anno», ha dichiarato il ministro Marco Bianchi.", "Marco Bianchi", "ha dichiarato"],
    ["nl", "“We gaan de belastingen voor gezinnen dit jaar niet verhogen”, zei minister Pieter de Vries.", "Pieter de Vries", "zei"],
    ["no", "– Vi kommer ikke til å øke skattene for familiene i år, sier finansminister Kari Nordmann.", "Kari Nordmann", "sier"],
    ["pl", "„Nie podniesiemy podatków dla rodzin w tym roku” – powiedział minister finansów Jan Kowalski.", "Jan Kowalski", "powiedział"],
    ["ru", "«Мы не будем повышать налоги для семей в этом году», — заявил министр финансов Антон Петров.", "Антон Петров", "заявил"],
    ["uk", "«Ми не будемо підвищувати податки для родин цього року», — заявив міністр фінансів Сергій Марченко.", "Сергій Марченко", "заявив"],
    ["id", "“Pemerintah tidak akan menaikkan pajak untuk keluarga tahun ini,” kata Menteri Keuangan Sri Wahyuni.", "Sri Wahyuni", "kata"],
    ["tr", "“Bu yıl ailelere yönelik vergileri artırmayacağız,” dedi Maliye Bakanı Mehmet Yılmaz.", "Mehmet Yılmaz", "dedi"],
    ["vi", "“Chúng tôi sẽ không tăng thuế đối với các hộ gia đình trong năm nay,” Bộ trưởng Nguyễn Văn Minh cho biết.", "Nguyễn Văn Minh", "cho biết"],
    ["sv", "”Vi kommer inte att höja skatterna för familjerna i år”, säger finansminister Anna Lindqvist.", "Anna Lindqvist", "säger"],
    ["cs", "„Daně pro rodiny letos zvyšovat nebudeme,“ řekl ministr financí Petr Novák.", "Petr Novák", "řekl"],
  ])("%s: %s", (lang, body, speaker, cue) => {
    const [q] = quotes(body, lang);
    expect(q?.speaker ?? null).toBe(speaker);
    expect(q?.cue).toBe(cue);
  });
});

describe("pro-drop: a verb without a subject speaks for the person the paragraph is about", () => {
  it.each([
    ["es", "La alcaldesa Lucía Fernández visitó ayer el hospital. “Vamos a reforzar la plantilla de enfermería antes del verano”, dijo.", "Lucía Fernández"],
    ["pt", "O prefeito João Almeida visitou o hospital nesta terça. “Vamos reforçar a equipe de enfermagem antes do verão”, afirmou.", "João Almeida"],
    ["pl", "Burmistrz Anna Nowak odwiedziła wczoraj szpital. – Wzmocnimy zespół pielęgniarek jeszcze przed latem – zapowiedziała.", "Anna Nowak"],
    ["it", "Il sindaco Giulia Romano ha visitato ieri l'ospedale. «Rafforzeremo il personale infermieristico prima dell'estate», ha spiegato.", "Giulia Romano"],
  ])("%s", (lang, body, speaker) => {
    expect(who(body, lang)).toEqual([speaker]);
  });
});

describe("dash-introduced speech", () => {
  it("finds Polish, Russian and Spanish dash quotations and their attribution", () => {
    expect(quotes("– Nie zgadzamy się na takie zmiany w ustawie o szkolnictwie – powiedział poseł Adam Wiśniewski.", "pl").map((q) => [q.speaker, q.text])).toEqual([
      ["Adam Wiśniewski", "Nie zgadzamy się na takie zmiany w ustawie o szkolnictwie"],
    ]);
    expect(quotes("— Мы готовы продолжить переговоры в любое удобное время, — заявил Дмитрий Орлов.", "ru").map((q) => [q.speaker, q.text])).toEqual([
      ["Дмитрий Орлов", "Мы готовы продолжить переговоры в любое удобное время"],
    ]);
    expect(quotes("—No vamos a parar hasta que se apruebe la ley de vivienda —dijo Marta Gil—. Seguiremos en la calle todas las semanas.", "es").map((q) => q.speaker)).toEqual([
      "Marta Gil",
      "Marta Gil",
    ]);
  });

  it("takes speech that continues after a sentence end, and leaves dashed lists and asides alone", () => {
    const p = "– Trzeba działać szybko i zdecydowanie – mówi Ewa Zielińska. – Każdy tydzień zwłoki kosztuje nas miliony złotych.";
    expect(findDashSpans(p).map((s) => p.slice(s.contentStart, s.contentEnd))).toEqual([
      "Trzeba działać szybko i zdecydowanie",
      "Każdy tydzień zwłoki kosztuje nas miliony złotych.",
    ]);
    expect(findDashSpans("– 3,2 mld euro na zieloną transformację w miastach")).toEqual([]);
    expect(findDashSpans("Rząd – jak co roku – przedstawił projekt budżetu w Sejmie.")).toEqual([]);
  });
});

describe("Chinese, Japanese and Korean", () => {
  it.each([
    ["“今年的粮食产量预计将比去年增长百分之五以上。”农业农村部部长唐仁健说。", "唐仁健", "说"],
    ["外交部发言人汪文斌表示：“中方一贯主张通过对话协商解决分歧。”", "汪文斌", "表示"],
    ["“我们会继续扩大对外开放的力度和范围。”王毅指出。", "王毅", "指出"],
    ["西村康稔経済産業相は記者会見で「電力の安定供給に万全を期したい」と述べた。", "西村康稔", "と述べた"],
    ["「来年度の予算案は過去最大の規模になる見通しだ」と鈴木財務相は話した。", "鈴木", "と話した"],
    ["이종섭 국방부 장관은 “북한의 도발에 단호하게 대응하겠다”라고 말했다.", "이종섭", "말했다"],
    ["“이번 앨범은 팬들을 위해 준비한 선물 같은 작품이다”라고 엘제이가 밝혔다.", "엘제이", "밝혔다"],
  ])("%s", (body, speaker, cue) => {
    const [q] = quotes(body, "zh");
    expect(q.speaker).toBe(speaker);
    expect(q.cue).toBe(cue);
  });

  it("keeps the title as the role and gives 他说 to the last speaker", () => {
    expect(cjkAttribution("", "南县南洲镇长胜村治安主任袁永红说，这多亏了")).toEqual({ cue: "说", name: "袁永红", role: "南县南洲镇长胜村治安主任", pronoun: false });
    const qs = quotes("“今年的出口增长超出了我们的预期。”商务部部长王文涛说。“明年我们还要继续努力，让更多企业走出去。”他说。", "zh");
    expect(qs.map((q) => q.speaker)).toEqual(["王文涛", "王文涛"]);
  });

  it("gives no speaker for a long phrase it cannot cut into a name", () => {
    expect(cjkAttribution("", "这个地区的很多农民和商户都说")?.name).toBeNull();
  });
});

describe("Arabic, Hebrew and Hindi (no capital letters)", () => {
  it.each([
    ["ar", "وقال وزير الخارجية المصري سامح شكري إن “الحل السياسي هو الطريق الوحيد لإنهاء الأزمة في البلاد”.", "سامح شكري", "وزير الخارجية المصري"],
    ["ar", "“لن نسمح بأي تهديد لأمننا القومي تحت أي ظرف من الظروف”، قال الرئيس عبد الفتاح السيسي.", "عبد الفتاح السيسي", "الرئيس"],
    ["he", '"אנחנו נמשיך לפעול בכל הכוח נגד הטרור בכל מקום", אמר ראש הממשלה יאיר לפיד.', "יאיר לפיד", "ראש הממשלה"],
    ["hi", "प्रधानमंत्री नरेंद्र मोदी ने कहा, “हम देश के हर गांव तक बिजली पहुंचाने के लिए प्रतिबद्ध हैं।”", "नरेंद्र मोदी", "प्रधानमंत्री"],
  ])("%s: %s", (lang, body, speaker, role) => {
    const [q] = quotes(body, lang);
    expect([q.speaker, q.speaker_role]).toEqual([speaker, role]);
  });
});

describe("continuation", () => {
  it("does not carry the previous speaker over to a quotation whose paragraph names a new one", () => {
    const body = [
      "“We will open the new store in March and hire two hundred people,” Steve Jobs said.",
      "Marc Benioff, the chief executive of Salesforce, was less sure. “Nobody knows yet whether customers will come back after the holidays.”",
    ].join("\n\n");
    expect(who(body, "en")).toEqual(["Steve Jobs", "Marc Benioff"]);
  });
});

describe("speaker labels before a colon", () => {
  it("takes a name label on the line before or in the same paragraph", () => {
    const body = [
      "The coach was asked about the defeat after the game.",
      "Bruce Boudreau:",
      '"We did not play our game tonight and the effort was simply not there."',
      'Premier Pravind Jugnauth: "We will rebuild the harbour before the end of the year."',
    ].join("\n\n");
    expect(quotes(body, "en").map((q) => [q.speaker, q.speaker_role])).toEqual([
      ["Bruce Boudreau", null],
      ["Pravind Jugnauth", "Premier"],
    ]);
  });

  it("does not take a sentence ending with a colon for a label", () => {
    expect(who('The statement from the club ended with these words:\n\n"We thank every supporter for standing with us all season."', "en")).toEqual([null]);
  });
});

describe("a name is a name", () => {
  it("never takes a German noun after its article for a person", () => {
    const body = "Die Präsidentin Irme Hartmann sprach lange. Allerdings setze einem die Kirche „mit ihrer Beharrlichkeit gehörig zu, jeden Tag aufs Neue“, sagte sie.";
    expect(who(body, "de")).toEqual(["Irme Hartmann"]);
  });

  it("never takes a sentence-opening adverb, month or preposition for a speaker", () => {
    const body = [
      "Сегодня министр Олег Иванов провёл встречу с губернаторами. Сегодня же он встретился с журналистами.",
      "«Мы выделим дополнительные средства на ремонт дорог в регионах», — сказал он.",
    ].join("\n\n");
    expect(who(body, "ru")).toEqual(["Олег Иванов"]);
    expect(who("Zugleich kündigte sie an, dass es weitergeht. Zugleich „werden wir die Mittel für die Schulen deutlich erhöhen“, sagte sie.", "de")).toEqual([null]);
    expect(who("Marzec był trudny. Marzec: „Nie zgadzamy się na takie zmiany w ustawie”, powiedział.", "pl")).toEqual([null]);
  });

  it("strips a title glued to the name and resolves the title alone to its holder", () => {
    const body = [
      "„Wir prüfen alle Hinweise aus der Bevölkerung sehr genau“, sagte Oberstaatsanwalt Hauke Brandt.",
      "„Mit einer Anklage ist frühestens im Sommer zu rechnen“, sagte der Oberstaatsanwalt.",
    ].join("\n\n");
    expect(quotes(body, "de").map((q) => [q.speaker, q.speaker_role])).toEqual([
      ["Hauke Brandt", "Oberstaatsanwalt"],
      ["Hauke Brandt", "Oberstaatsanwalt"],
    ]);
    expect(who("„Wir werden die Maut noch in diesem Jahr einführen“, sagte Bundesverkehrsminister Scheuer.", "de")).toEqual(["Scheuer"]);
  });
});

describe("cue and name patterns in languages without development data", () => {
  // Each language: the cue before and after the quotation, a pronoun or a surname for someone named
  // before, "according to", and an unnamed source that stays null.
  it.each([
    ["ru", "Министр обороны Андрей Белов заявил: «Мы продолжим модернизацию армии в следующем году».", ["Андрей Белов"]],
    ["ru", "Губернатор Иван Смирнов посетил новую больницу. «Здесь будут лечить детей со всей области», — сказал он.", ["Иван Смирнов"]],
    ["ru", "Мэр Ольга Козлова открыла парк. «Мы ждали этого парка целых пять долгих лет», — отметила Козлова.", ["Ольга Козлова"]],
    ["ru", "По словам министра Сергея Лаврова, «переговоры зашли в тупик из-за позиции Запада».", ["Сергея Лаврова"]],
    ["ru", "«Все ремонтные работы на мосту завершатся к концу года», — сообщили в пресс-службе мэрии.", [null]],
    ["uk", "Міністр закордонних справ Дмитро Кулеба заявив: «Україна не піде на жодні територіальні поступки».", ["Дмитро Кулеба"]],
    ["uk", "«Ми отримали нову партію допомоги від партнерів», — повідомив прем'єр-міністр Денис Шмигаль.", ["Денис Шмигаль"]],
    ["uk", "Мер Києва Віталій Кличко відвідав укриття. «Усі школи мають бути готові до зими», — наголосив він.", ["Віталій Кличко"]],
    ["uk", "Мер Віталій Кличко провів нараду. «Усі школи мають бути готові до зими», — сказав Кличко.", ["Віталій Кличко"]],
    ["it", "Il presidente della Regione Luca Zaia ha detto: «Apriremo tre nuovi ospedali entro il 2025».", ["Luca Zaia"]],
    ["it", "«Non ci sono fondi per tutti i comuni», ha spiegato l'assessore Paolo Verdi ai giornalisti.", ["Paolo Verdi"]],
    ["it", "Il ministro Carlo Rossi ha incontrato i sindacati. «Troveremo un accordo entro la fine del mese», ha aggiunto Rossi.", ["Carlo Rossi"]],
    ["it", "Secondo il sindaco Beppe Sala, «la città ha bisogno di più trasporto pubblico».", ["Beppe Sala"]],
    ["nl", "Premier Mark de Boer zei: “We gaan de belastingen niet verhogen voor gezinnen.”", ["Mark de Boer"]],
    ["nl", "“Het water staat nog steeds erg hoog in de rivieren”, aldus burgemeester Femke Jansen.", ["Femke Jansen"]],
    ["nl", "Minister Sanne Bakker bezocht woensdag de dijk. “We blijven de situatie scherp in de gaten houden”, zegt Bakker.", ["Sanne Bakker"]],
    ["nl", "Volgens wethouder Pieter Smit is het plan “een grote stap vooruit voor de hele stad”.", ["Pieter Smit"]],
    ["no", "– Vi må bygge flere boliger i byene, sa statsminister Jonas Berg til NRK.", ["Jonas Berg"]],
    ["no", "Helseminister Ingrid Dahl sier at «sykehusene må få mer penger neste år».", ["Ingrid Dahl"]],
    ["no", "Ordfører Lars Hansen besøkte skolen. – Dette er en viktig dag for hele kommunen, sier Hansen.", ["Lars Hansen"]],
    ["pl", "Premier Donald Nowak powiedział: „Nie zgodzimy się na podwyżki cen energii”.", ["Donald Nowak"]],
    ["pl", "„Nowy szpital powiatowy zostanie otwarty już tej jesieni” – zapowiedziała minister zdrowia Izabela Lis.", ["Izabela Lis"]],
    ["pl", "Prezydent miasta Jacek Wójcik odwiedził szkołę. – Remont całej szkoły zakończymy jeszcze przed letnimi wakacjami – powiedział Wójcik.", ["Jacek Wójcik"]],
    ["pl", "Według ministra Piotra Kowala „reforma wejdzie w życie od stycznia przyszłego roku”.", ["Piotra Kowala"]],
    ["tr", "Cumhurbaşkanı Recep Demir, “Enflasyonu bu yıl içinde mutlaka tek haneye düşüreceğiz” dedi.", ["Recep Demir"]],
    ["tr", "Sağlık Bakanı Fahrettin Kaya, “Hastanelerimizde yeterli yatak kapasitesi bulunuyor” açıklamasında bulundu.", ["Fahrettin Kaya"]],
    ["tr", "“Yeni okullar eylül ayında açılacak,” diye konuştu Milli Eğitim Bakanı Yusuf Tekin.", ["Yusuf Tekin"]],
    ["tr", "Belediye Başkanı Ekrem Aksoy, “Metro hattı gelecek yıl tamamlanacak” ifadelerini kullandı.", ["Ekrem Aksoy"]],
    ["id", "Presiden Joko Santoso mengatakan, “Kita harus menjaga persatuan bangsa di tengah perbedaan.”", ["Joko Santoso"]],
    ["id", "“Harga beras akan turun bulan depan,” ujar Menteri Perdagangan Budi Hartono di Jakarta.", ["Budi Hartono"]],
    ["id", "Gubernur Anies Pratama meninjau lokasi banjir. “Kami akan membangun tanggul baru tahun ini,” katanya.", ["Anies Pratama"]],
    ["id", "Menurut Kepala BMKG Dwikorita Sari, “cuaca ekstrem masih akan terjadi hingga akhir bulan”.", ["Dwikorita Sari"]],
    ["vi", "Thủ tướng Phạm Minh Chính nhấn mạnh: “Chúng ta phải đẩy nhanh tiến độ các dự án giao thông trọng điểm.”", ["Phạm Minh Chính"]],
    ["vi", "“Giá xăng sẽ được điều chỉnh vào tuần tới,” ông Trần Văn Nam, đại diện Bộ Công Thương, cho biết.", ["Trần Văn Nam"]],
    ["vi", "Theo bà Lê Thị Hoa, Giám đốc Sở Y tế, “các bệnh viện đã sẵn sàng tiếp nhận bệnh nhân”.", ["Lê Thị Hoa"]],
    ["ar", "قال رئيس الوزراء محمد مصطفى: “سنواصل العمل من أجل إعادة إعمار المدن المدمرة”.", ["محمد مصطفى"]],
    ["ar", "وأضاف وزير الصحة خالد عبد الغفار أن “جميع المستشفيات الحكومية مستعدة تماما لاستقبال المرضى”.", ["خالد عبد الغفار"]],
    ["ar", "“لن نقبل بأي حل لا يحترم حقوق شعبنا”، أكد الرئيس محمود عباس.", ["محمود عباس"]],
    ["he", "שר האוצר משה כהן אמר: \"לא נעלה את המסים על משפחות עובדות השנה\".", ["משה כהן"]],
    ["he", "\"בית החולים החדש בעיר ייפתח לציבור בחודש הבא\", הודיעה ראש העירייה מירי לוי.", ["מירי לוי"]],
    ["hi", "मुख्यमंत्री योगी आदित्यनाथ ने कहा कि “राज्य में कानून व्यवस्था पूरी तरह नियंत्रण में है।”", ["योगी आदित्यनाथ"]],
    ["hi", "“हम किसानों की आय दोगुनी करने के लिए काम कर रहे हैं,” कृषि मंत्री शिवराज सिंह चौहान ने कहा।", ["शिवराज सिंह चौहान"]],
    ["ja", "岸田文雄首相は「物価高対策に全力で取り組む」と強調した。", ["岸田文雄"]],
    ["ja", "「新しい校舎は来年春に完成する予定だ」と市の担当者は説明した。", [null]],
    ["ja", "河野太郎デジタル相は会見で「マイナンバーカードの普及を急ぎたい」と語った。", ["河野太郎"]],
    ["ko", "윤석열 대통령은 “경제 회복에 모든 역량을 집중하겠다”고 말했다.", ["윤석열"]],
    ["ko", "“내년에는 신규 채용을 두 배로 늘릴 계획이다”라고 회사 관계자는 전했다.", [null]],
    ["ko", "한덕수 국무총리는 이날 회의에서 “물가 안정이 최우선 과제”라고 강조했다.", ["한덕수"]],
    ["zh", "国家发改委主任郑栅洁在发布会上表示：“今年经济增长目标有望实现。”", ["郑栅洁"]],
    ["zh", "“我们将继续推进改革开放。”李强总理说。", ["李强"]],
    ["zh", "据新华社报道，外交部发言人毛宁说：“中方坚决反对任何形式的单边制裁。”", ["毛宁"]],
  ] as [string, string, (string | null)[]][])("%s: %s", (lang, body, speakers) => {
    expect(who(body, lang)).toEqual(speakers);
  });

  it.each([
    ["ar", "قال وزير الصحة خالد عبد الغفار إن “جميع المستشفيات الحكومية مستعدة تماما لاستقبال المرضى”. وأضاف أن “الوزارة سترسل فرقا طبية إضافية إلى المحافظات”."],
    ["ar", "وزير الصحة خالد عبد الغفار قال إن “جميع المستشفيات الحكومية مستعدة تماما لاستقبال المرضى”. وأكد: “الوزارة سترسل فرقا طبية إضافية إلى المحافظات”."],
    ["he", 'שר האוצר משה כהן אמר: "לא נעלה את המסים על משפחות עובדות השנה". הוא הוסיף: "נפעל להורדת יוקר המחיה כבר בחודשים הקרובים".'],
    ["hi", "स्वास्थ्य मंत्री जगत प्रकाश नड्डा ने कहा कि “देश के हर जिले में आधुनिक अस्पताल बनाए जाएंगे।” उन्होंने कहा कि “डॉक्टरों की भर्ती इसी साल पूरी कर ली जाएगी।”"],
  ])("%s: a verb whose subject is a pronoun or unwritten speaks for the last speaker", (lang, body) => {
    const qs = quotes(body, lang);
    expect(qs).toHaveLength(2);
    expect(qs[0].speaker).not.toBeNull();
    expect(qs[1].speaker).toBe(qs[0].speaker);
  });

  it("gives no speaker to an Arabic verb without a subject when nobody spoke before", () => {
    expect(who("وأضاف أن “الوزارة سترسل فرقا طبية إضافية إلى جميع المحافظات”.", "ar")).toEqual([null]);
  });
});

describe("a role, a surname or a new name after someone named before, per language", () => {
  // "the minister said" after "Health Minister X" (with or without an article, "menteri itu"), a surname
  // alone after the full name, a new speaker named in the narration, an organisation, a pronoun.
  const P = (...xs: string[]) => xs.join("\n\n");
  it.each([
    ["en", P("Health Minister Sarah Collins visited the new clinic on Monday.", '"We will hire five hundred nurses before the winter starts," the minister said.'), ["Sarah Collins"]],
    ["ru", P("Министр здравоохранения Михаил Мурашко посетил новую клинику в понедельник.", "«Мы наймём ещё пятьсот медсестёр до начала зимы», — сказал министр."), ["Михаил Мурашко"]],
    ["uk", P("Міністр охорони здоров'я Віктор Ляшко відвідав нову лікарню в понеділок.", "«Ми наймемо ще п'ятсот медсестер до початку зими», — сказав міністр."), ["Віктор Ляшко"]],
    ["it", P("Il ministro della Salute Orazio Schillaci ha visitato la nuova clinica lunedì.", "«Assumeremo cinquecento infermieri prima dell'inizio dell'inverno», ha detto il ministro."), ["Orazio Schillaci"]],
    ["pl", P("Minister zdrowia Adam Niedzielski odwiedził w poniedziałek nową klinikę.", "– Zatrudnimy jeszcze pięćset pielęgniarek przed początkiem zimy – powiedział minister."), ["Adam Niedzielski"]],
    ["nl", P("Minister van Volksgezondheid Ernst Kuipers bezocht maandag de nieuwe kliniek.", "“We nemen nog vijfhonderd verpleegkundigen aan voor de winter begint”, zei de minister."), ["Ernst Kuipers"]],
    ["id", P("Menteri Kesehatan Budi Gunadi Sadikin mengunjungi klinik baru pada Senin.", "“Kami akan merekrut lima ratus perawat sebelum musim hujan tiba,” kata menteri itu."), ["Budi Gunadi Sadikin"]],
    ["pt", P("O ministro da Saúde, Alexandre Padilha, visitou a nova clínica na segunda-feira.", "“Vamos contratar quinhentos enfermeiros antes do início do inverno”, disse o ministro."), ["Alexandre Padilha"]],
    ["de", P("Gesundheitsminister Karl Lauterbach besuchte am Montag die neue Klinik.", "„Wir stellen noch vor dem Winter fünfhundert Pflegekräfte ein“, sagte der Minister."), ["Karl Lauterbach"]],
    ["fr", P("Le ministre de la Santé, François Braun, a visité lundi la nouvelle clinique.", "« Nous embaucherons cinq cents infirmiers avant le début de l'hiver », a déclaré le ministre."), ["François Braun"]],
    ["en", P("Prime Minister Jacinda Ardern met farmers in Waikato on Tuesday.", '"The drought has hit this region harder than any other in decades," Ardern said.'), ["Jacinda Ardern"]],
    ["it", P("Il premier Giorgia Meloni ha incontrato gli agricoltori martedì.", "«La siccità ha colpito questa regione più di ogni altra negli ultimi anni», ha detto Meloni."), ["Giorgia Meloni"]],
    ["id", P("Presiden Prabowo Subianto bertemu para petani di Jawa Tengah pada Selasa.", "“Kekeringan tahun ini sangat berat bagi para petani kita di desa,” kata Prabowo."), ["Prabowo Subianto"]],
    ["no", P("Statsminister Jonas Gahr Støre møtte bøndene i Trøndelag tirsdag.", "– Tørken har rammet denne regionen hardere enn noen annen på flere tiår, sa Støre."), ["Jonas Gahr Støre"]],
    ["vi", P("Thủ tướng Phạm Minh Chính đã gặp gỡ nông dân tại Đồng Tháp vào thứ Ba.", "“Hạn hán năm nay đã ảnh hưởng nặng nề đến vùng này hơn bất kỳ nơi nào khác,” ông Chính nói."), ["Phạm Minh Chính"]],
    ["ru", P("«Мы готовы к переговорам в любое удобное для партнёров время», — сказал Дмитрий Песков.", "Глава МИД Сергей Лавров был менее оптимистичен. «Никаких переговоров не будет без выполнения наших условий»."), ["Дмитрий Песков", "Сергей Лавров"]],
    ["uk", "«Ми отримали нові системи протиповітряної оборони від партнерів», — заявив у понеділок президент Володимир Зеленський.", ["Володимир Зеленський"]],
    ["ru", "«Экономика страны выросла на три процента за первый квартал», — заявила во вторник глава ЦБ Эльвира Набиуллина.", ["Эльвира Набиуллина"]],
    ["en", '"The company will cut two thousand jobs across its European plants next year," Siemens said in a statement.', ["Siemens"]],
    ["de", "„Die Lage an den Grenzen bleibt weiterhin angespannt und unübersichtlich“, teilte das Innenministerium am Montag mit.", ["Innenministerium"]],
    ["es", "“La inflación seguirá bajando durante el segundo semestre del año”, señaló el Banco Central en un comunicado.", ["Banco Central"]],
    ["ko", "이재명 대표는 “민생 경제를 살리는 데 모든 힘을 쏟겠다”고 말했다. 그는 “정부는 서민들의 목소리를 들어야 한다”고 강조했다.", ["이재명", "이재명"]],
    ["ja", "石破茂首相は「地方の活性化に全力を尽くす考えだ」と述べた。その上で「来年度予算で必要な措置を講じたい」と語った。", ["石破茂", "石破茂"]],
    ["zh", "国务院总理李强表示：“中国经济长期向好的基本面没有改变。”他还指出：“我们将继续扩大高水平对外开放。”", ["李强", "李强"]],
  ] as [string, string, (string | null)[]][])("%s: %s", (lang, body, speakers) => {
    expect(who(body, lang)).toEqual(speakers);
  });

  it("reads the holder of an office written with its complement and no comma", () => {
    const body = P("El ministro de Salud Orazio Schillaci visitó la nueva clínica el lunes.", "«Contrataremos quinientos enfermeros antes del comienzo del invierno», dijo el ministro.");
    expect(quotes(body, "es").map((q) => [q.speaker, q.speaker_role])).toEqual([["Orazio Schillaci", "ministro de Salud"]]);
  });

  it("keeps an unnamed source unnamed in a language without articles", () => {
    expect(who("«Все ремонтные работы на мосту завершатся к концу года», — сообщил источник в мэрии.", "ru")).toEqual([null]);
  });
});

describe("a pronoun after a one-word subject of its paragraph", () => {
  it("takes the surname that opens the paragraph's sentence, not a full name named in passing before", () => {
    const body = [
      "The case drew attention after radio host Martha Keene mocked Alvarez on air.",
      'Alvarez asked the court for mercy in a letter published on Tuesday. She added, "Nobody is helped by a longer sentence in this case."',
    ].join("\n\n");
    expect(who(body, "en")).toEqual(["Alvarez"]);
  });
});

describe("a gendered pronoun skips a person of the other gender", () => {
  it.each([
    ["fr", "Marie Lefèvre a fondé l'association de quartier en 2015.", "« Nous continuerons à distribuer des repas chaque semaine », assure Pierre Moreau, son trésorier.", "« Sans les bénévoles, rien de tout cela ne serait possible », souligne-t-elle.", ["Pierre Moreau", "Marie Lefèvre"]],
    ["en", "Pierre Dumont opened the bakery on Main Street in 1998.", '"We sell out of bread by ten every morning," said Giulia Conti, who runs the shop.', '"People still queue round the block on Saturdays," he said.', ["Giulia Conti", "Pierre Dumont"]],
  ])("%s", (lang, p1, p2, p3, speakers) => {
    expect(who([p1, p2, p3].join("\n\n"), lang)).toEqual(speakers);
  });

  it("does not judge a one-word name by gender (it may be a surname)", () => {
    const body = ["Senator Omar spoke first at the hearing.", '"We need these funds before the winter comes," she said.'].join("\n\n");
    expect(who(body, "en")).toEqual(["Omar"]);
  });
});

describe("news-agency addressees, honorifics, headline verbs and office words, per language", () => {
  // "— рассказал ТАСС X", "对记者表示", "と強調。", "と…さんは話している", "Ông X, Chủ tịch …, cho biết",
  // "قال محافظ البنك المركزي X", "ujarnya", "so die Ministerin X" and the like.
  it.each([
    ["ko", "“올해 안에 새로운 공장을 완공할 계획입니다”라고 김민수 사장은 말했다.", ["김민수"]],
    ["ja", "田中一郎社長は「来期は売上高を二割伸ばしたい」と強調。", ["田中一郎"]],
    ["ja", "「地域の皆さんに愛される店にしたい」と店主の佐藤花子さんは話している。", ["佐藤花子"]],
    ["zh", "“我们今年的销售额增长了三成以上。”公司总经理张伟对记者表示。", ["张伟"]],
    ["zh", "据市教育局局长王芳介绍，“全市新建的十所学校将在九月投入使用”。", ["王芳"]],
    ["vi", "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, cho biết: “Tỉnh sẽ hoàn thành dự án trước cuối năm nay.” “Chúng tôi đã chuẩn bị đủ vốn cho công trình này,” ông nói thêm.", ["Nguyễn Văn An", "Nguyễn Văn An"]],
    ["vi", "“Người dân rất phấn khởi khi con đường mới được khánh thành,” bà Trần Thị Mai, một người dân địa phương, nói.", ["Trần Thị Mai"]],
    ["id", "Kepala Dinas Kesehatan Rina Susanti meninjau puskesmas. “Kami sudah menyiapkan obat-obatan untuk tiga bulan ke depan,” ujarnya.", ["Rina Susanti"]],
    ["id", "“Program ini akan menjangkau seluruh desa di provinsi ini,” kata dia.", [null]],
    ["pt", "“Não vamos aceitar nenhum corte no orçamento da educação”, afirmou o ministro da Educação, Camilo Santana.", ["Camilo Santana"]],
    ["de", "„Wir werden die Ausbildung der Pflegekräfte deutlich verbessern müssen“, so die Ministerin Petra Köpping.", ["Petra Köpping"]],
    ["de", "Innenministerin Nancy Faeser besuchte am Dienstag die Grenze. „Die Kontrollen werden bis zum Sommer verlängert“, sagte sie.", ["Nancy Faeser"]],
    ["nl", "Burgemeester Sharon Dijksma opende dinsdag de nieuwe brug. “Dit is een historisch moment voor de hele stad”, zegt zij.", ["Sharon Dijksma"]],
    ["nl", "“We hebben de hele nacht doorgewerkt om de schade te herstellen”, aldus een woordvoerder van de gemeente.", [null]],
    ["no", "Helseminister Jan Christian Vestre besøkte sykehuset. – Vi trenger flere sykepleiere i hele landet, sier han.", ["Jan Christian Vestre"]],
    ["no", "– Vi har aldri sett så mange turister i byen før, sier ordfører Marit Solberg til NRK.", ["Marit Solberg"]],
    ["pl", "– Nie ma zgody na dalsze podwyżki cen biletów – mówi nam Anna Zielińska, radna miasta.", ["Anna Zielińska"]],
    ["pl", "„Rząd przygotował pakiet pomocy dla rolników” – powiedział PAP wiceminister rolnictwa Jacek Czerniak.", ["Jacek Czerniak"]],
    ["ru", "«Поставки газа в Европу сократятся уже этой зимой», — рассказал ТАСС глава компании Алексей Миллер.", ["Алексей Миллер"]],
    ["ru", "Глава компании Алексей Миллер провёл совещание. «Поставки газа в Европу сократятся уже этой зимой», — отметил он.", ["Алексей Миллер"]],
    ["uk", "«Ми відновимо всі зруйновані мости до кінця року», — сказав РБК-Україна міністр інфраструктури Олександр Кубраков.", ["Олександр Кубраков"]],
    ["tr", "Bakan Mehmet Şimşek bugün yatırımcılarla görüştü. “Enflasyonla mücadelede kararlıyız ve programdan taviz vermeyeceğiz” dedi.", ["Mehmet Şimşek"]],
    ["ar", "وقال المتحدث باسم وزارة الخارجية أحمد أبو زيد إن “مصر ترفض أي محاولة لتهجير الفلسطينيين من أرضهم”.", ["أحمد أبو زيد"]],
    ["ar", "“سنواصل دعم الاقتصاد الوطني بكل الوسائل المتاحة”، قال محافظ البنك المركزي حسن عبد الله.", ["حسن عبد الله"]],
    ["he", "לדברי ראש העיר רון חולדאי, \"העבודות על הקו החדש יסתיימו עד סוף השנה הבאה\".", ["רון חולדאי"]],
    ["hi", "गृह मंत्री अमित शाह ने कहा, “सीमा पर सुरक्षा को और मजबूत किया जाएगा और घुसपैठ पूरी तरह रोकी जाएगी।”", ["अमित शाह"]],
    ["it", "«Non possiamo più aspettare, servono risorse subito per le scuole», ha detto il governatore della Campania Vincenzo De Luca.", ["Vincenzo De Luca"]],
    ["it", "Il sindaco Roberto Gualtieri ha visitato il cantiere. «I lavori saranno conclusi entro il Giubileo», ha assicurato.", ["Roberto Gualtieri"]],
  ] as [string, string, (string | null)[]][])("%s: %s", (lang, body, speakers) => {
    expect(who(body, lang)).toEqual(speakers);
  });

  it("keeps an agency that is the only one named after the verb as the speaker", () => {
    expect(who("«Поставки газа в Европу сократятся уже этой зимой», — сообщает ТАСС.", "ru")).toEqual(["ТАСС"]);
  });
});

describe("a quotation paragraph after narration that names a new person", () => {
  // The person the narration paragraph is about speaks the quotation after it, not the previous speaker
  // (nor is a woman skipped there because the stand-in pronoun was "he").
  const P = (...xs: string[]) => xs.join("\n\n");
  it.each([
    ["en", P('"The harvest was the worst in twenty years," said farmer Tom Hale.', "Agriculture economist Linda Price sees a wider problem across the region and expects prices to rise.", '"Every farm in the valley lost at least a third of its crop this summer."'), ["Tom Hale", "Linda Price"]],
    ["de", P("„Die Ernte war die schlechteste seit zwanzig Jahren“, sagte Landwirt Thomas Hahn.", "Die Agrarökonomin Linda Preis sieht ein größeres Problem in der ganzen Region.", "„Jeder Hof im Tal hat in diesem Sommer mindestens ein Drittel seiner Ernte verloren.“"), ["Thomas Hahn", "Linda Preis"]],
    ["es", P("“La cosecha fue la peor en veinte años”, dijo el agricultor Tomás Gil.", "La economista agraria Lucía Prado ve un problema más amplio en toda la región.", "“Cada granja del valle perdió al menos un tercio de su cosecha este verano”."), ["Tomás Gil", "Lucía Prado"]],
    ["it", P("«Il raccolto è stato il peggiore degli ultimi vent'anni», ha detto l'agricoltore Tommaso Galli.", "L'economista agraria Lucia Prati vede un problema più ampio in tutta la regione.", "«Ogni azienda della valle ha perso almeno un terzo del raccolto quest'estate»."), ["Tommaso Galli", "Lucia Prati"]],
    ["ru", P("«Урожай был худшим за двадцать лет», — сказал фермер Пётр Иванов.", "Экономист Анна Смирнова видит более широкую проблему во всём регионе.", "«Каждое хозяйство в долине потеряло этим летом не меньше трети урожая»."), ["Пётр Иванов", "Анна Смирнова"]],
    ["pl", P("„Zbiory były najgorsze od dwudziestu lat” – powiedział rolnik Tomasz Gajewski.", "Ekonomistka Anna Pawlak widzi szerszy problem w całym regionie.", "„Każde gospodarstwo w dolinie straciło tego lata co najmniej jedną trzecią plonów”."), ["Tomasz Gajewski", "Anna Pawlak"]],
    ["pt", P("“A colheita foi a pior em vinte anos”, disse o agricultor Tomás Gama.", "A economista Luísa Prado vê um problema mais amplo em toda a região.", "“Cada fazenda do vale perdeu pelo menos um terço da colheita neste verão”."), ["Tomás Gama", "Luísa Prado"]],
    ["fr", P("« La récolte a été la pire depuis vingt ans », a déclaré l'agriculteur Thomas Haller.", "L'économiste Lucie Prévost voit un problème plus large dans toute la région.", "« Chaque exploitation de la vallée a perdu au moins un tiers de sa récolte cet été. »"), ["Thomas Haller", "Lucie Prévost"]],
    ["nl", P("“De oogst was de slechtste in twintig jaar”, zei boer Tom Hendriks.", "Landbouweconoom Linda de Wit ziet een breder probleem in de hele regio.", "“Elk bedrijf in het dal is deze zomer minstens een derde van de oogst kwijtgeraakt.”"), ["Tom Hendriks", "Linda de Wit"]],
    ["id", P("“Panen tahun ini adalah yang terburuk dalam dua puluh tahun,” kata petani Tono Hadi.", "Ekonom pertanian Lina Pratiwi melihat masalah yang lebih luas di seluruh wilayah.", "“Setiap kebun di lembah kehilangan sedikitnya sepertiga hasil panen musim ini.”"), ["Tono Hadi", "Lina Pratiwi"]],
  ] as [string, string, (string | null)[]][])("%s", (lang, body, speakers) => {
    expect(who(body, lang)).toEqual(speakers);
  });

  it("gives a Korean quotation joined by 며 to the next one the sentence's subject", () => {
    expect(who("박지영 교수는 “기후 변화에 대한 대응이 너무 늦었다”며 “정부가 더 적극적으로 나서야 한다”고 지적했다.", "ko")).toEqual(["박지영", "박지영"]);
    expect(who("“기후 변화에 대한 대응이 너무 늦었다”며 시민단체 회원들이 거리로 나섰다.", "ko")).toEqual([null]);
  });
});

describe("the gender check never leaves a pronoun without its only antecedent", () => {
  it("keeps a family-name-first name whose first word a register lists as a woman's", () => {
    const body = [
      "Ministry spokesman Qin Gang said China had kept in touch with all sides since the crisis began.",
      '"China has consistently opposed threatening or imposing sanctions on anyone," he told a daily news briefing.',
    ].join("\n\n");
    expect(who(body, "en")).toEqual(["Qin Gang"]);
  });
});

describe("whom it was said to, between the verb and the speaker, per language", () => {
  // "в интервью РБК министр X", "mówi w rozmowie z PAP prezes X", "sagte X der Zeitung", "dijo a EFE X",
  // "sier X til E24"; and organisations that speak for themselves.
  it.each([
    ["ru", "«Мы не планируем повышать ключевую ставку до конца года», — заявил в интервью РБК министр финансов Антон Силуанов.", ["Антон Силуанов"]],
    ["pl", "– Nie planujemy podnosić stóp procentowych do końca roku – mówi w rozmowie z PAP prezes NBP Adam Glapiński.", ["Adam Glapiński"]],
    ["de", "„Wir planen keine weitere Zinserhöhung bis zum Jahresende“, sagte Bundesbankpräsident Joachim Nagel der Süddeutschen Zeitung.", ["Joachim Nagel"]],
    ["fr", "« Nous ne prévoyons pas de hausse des taux d'ici la fin de l'année », a déclaré au Monde le gouverneur de la Banque de France, François Villeroy de Galhau.", ["François Villeroy de Galhau"]],
    ["it", "«Non prevediamo nuovi aumenti dei tassi entro la fine dell'anno», ha detto al Corriere della Sera il governatore Fabio Panetta.", ["Fabio Panetta"]],
    ["nl", "“We verwachten geen nieuwe renteverhoging voor het einde van het jaar”, zei DNB-president Klaas Knot tegen de NOS.", ["Klaas Knot"]],
    ["es", "“No prevemos nuevas subidas de tipos antes de fin de año”, dijo a EFE el gobernador del Banco de España, José Luis Escrivá.", ["José Luis Escrivá"]],
    ["pt", "“Não prevemos novas altas de juros até o fim do ano”, disse ao Valor o presidente do Banco Central, Gabriel Galípolo.", ["Gabriel Galípolo"]],
    ["id", "“Kami tidak berencana menaikkan suku bunga hingga akhir tahun,” kata Gubernur Bank Indonesia Perry Warjiyo kepada wartawan.", ["Perry Warjiyo"]],
    ["no", "– Vi planlegger ingen ny renteheving før nyttår, sier sentralbanksjef Ida Wolden Bache til E24.", ["Ida Wolden Bache"]],
    ["en", '"We do not expect another rate rise before the end of the year," Bank of England Governor Andrew Bailey told the BBC.', ["Andrew Bailey"]],
    ["tr", "Merkez Bankası Başkanı Fatih Karahan, “Yıl sonuna kadar yeni bir faiz artışı beklemiyoruz” dedi.", ["Fatih Karahan"]],
    ["vi", "Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng cho biết: “Chúng tôi không dự kiến tăng lãi suất đến cuối năm.”", ["Nguyễn Thị Hồng"]],
    ["en", '"The plant will close at the end of March and all staff will be offered new roles," the company said in a statement.', [null]],
    ["pl", "„Wszystkie loty odbędą się zgodnie z rozkładem, nie przewidujemy opóźnień” – poinformowało Lotnisko Chopina.", ["Lotnisko Chopina"]],
    ["fr", "« Tous les vols seront assurés normalement, aucun retard n'est prévu », a indiqué Air France dans un communiqué.", ["Air France"]],
  ] as [string, string, (string | null)[]][])("%s: %s", (lang, body, speakers) => {
    expect(who(body, lang)).toEqual(speakers);
  });

  it("joins two particles after a given name, not after a noun", () => {
    expect(who("„Wir werden die Klimaziele für das Jahr 2030 erreichen“, sagte Kommissionspräsidentin Ursula von der Leyen in Brüssel.", "de")).toEqual(["Ursula von der Leyen"]);
    expect(who("“Vamos a presentar el proyecto de ley la próxima semana en el Congreso”, dijo la ministra Ana de la Fuente.", "es")).toEqual(["Ana de la Fuente"]);
  });
});

describe("a role resolved to its holder named just after", () => {
  it("prefers the person the next paragraph names with that role to the last speaker", () => {
    const body = [
      '"Sales fell by a third in the last quarter alone," said analyst Paul Green.',
      "The company’s chief executive warned that the firm “will not survive another winter without help from the state”.",
      "The company’s chief executive, Mark Stone, later met the minister to ask for a loan.",
    ].join("\n\n");
    expect(who(body, "en")).toEqual(["Paul Green", "Mark Stone"]);
  });
});

describe("an office named by a possessive, its holder named after it", () => {
  it("reads 'X’s envoy to Y … and warned' as that office and resolves it to the holder named next", () => {
    const body = [
      '"Sales fell by a third in the last quarter alone," said analyst Paul Green.',
      "Canada’s envoy to France criticised the delays at the port and warned that the talks “will not go on much longer without an answer”.",
      "Canada’s envoy to France Marie Tremblay met the trade minister on Friday.",
    ].join("\n\n");
    expect(quotes(body, "en").map((q) => [q.speaker, q.speaker_role])).toEqual([
      ["Paul Green", "analyst"],
      ["Marie Tremblay", "envoy to France"],
    ]);
  });
});

describe("a quoted title inside a role phrase", () => {
  it("reads 'the \"Harbour\" singer' as the role 'singer'", () => {
    const body = [
      "The tour came a week after Lena Marlowe announced her third album. The singer shared a video from the studio.",
      '"Every song on this record was written at my kitchen table," the "Harbour" singer told fans on Sunday.',
    ].join("\n\n");
    expect(quotes(body, "en").map((q) => q.speaker)).toEqual(["Lena Marlowe"]);
  });
});
