import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { countLetters, detectLanguage, language, languageByScript, NO_LISTED_SCRIPT, rivalOf } from "../../pipeline/extract/rules/language.ts";

describe("language", () => {
  it("tells Chinese, Japanese and Korean by script", () => {
    expect(languageByScript("市议会周二晚间投票决定在冬季风暴到来之前修复旧港口的防波堤。")).toBe("zh");
    expect(languageByScript("市議会は火曜日の夜、冬の嵐が来る前に古い港の防波堤を修理することを決めました。")).toBe("ja");
    expect(languageByScript("시의회는 화요일 저녁 겨울 폭풍이 오기 전에 오래된 항구 방파제를 수리하기로 결정했다.")).toBe("ko");
    expect(languageByScript("The council voted on Tuesday.")).toBeNull();
  });
  it("tells a short story in a script of one language from fewer letters, but not a Latin one", () => {
    expect(detectLanguage("国务院常务会议批准了修缮旧桥的预算。")).toBe("zh");
    expect(detectLanguage("政府は旧橋の改修予算を承認した。")).toBe("ja");
    expect(detectLanguage("정부는 옛 다리 보수 예산을 승인했다.")).toBe("ko");
    expect(detectLanguage("Η κυβέρνηση ενέκρινε τον προϋπολογισμό.")).toBe("el");
    expect(detectLanguage("Cabinet approves the budget.")).toBeNull();
    expect(detectLanguage("新华社")).toBeNull();
  });
  it("maps franc's individual-language codes and separates Indonesian from Malay", () => {
    expect(detectLanguage("Dewan kota memutuskan pada hari Selasa malam untuk memperbaiki tembok pelabuhan lama karena badai musim dingin akan segera datang, kata pemerintah setempat, dan warga bisa melihat pekerjaan itu setelah bulan depan.")).toBe("id");
    expect(detectLanguage("Der Stadtrat hat am Dienstagabend beschlossen, die alte Hafenmauer vor den Winterstürmen zu reparieren, wie die Verwaltung mitteilte.")).toBe("de");
    expect(detectLanguage("too short")).toBeNull();
  });
  it("judges the body, not a short English menu left in it", () => {
    const text = ["Home", "News", "Sport", "Le conseil municipal a voté mardi soir la réparation du vieux mur du port avant les tempêtes de l'hiver, a indiqué la mairie dans un communiqué publié mercredi."].join("\n\n");
    const out = runRules(toWorkingDoc("t.txt", text), [language], "extract");
    expect(out.captured.language).toBe("fr");
    expect(out.log.find((e) => e.field === "language")?.reason).toMatch(/franc/);
  });
  it("skips the script scans only for text with no letter of a listed script", () => {
    const scripts = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Greek}\p{sc=Hebrew}\p{sc=Georgian}\p{sc=Armenian}\p{sc=Khmer}\p{sc=Lao}\p{sc=Myanmar}\p{sc=Sinhala}]/u;
    const clash: string[] = [];
    for (let cp = 0; cp < 0x10000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (NO_LISTED_SCRIPT.test(ch) && scripts.test(ch)) clash.push(cp.toString(16));
    }
    expect(clash).toEqual([]);
    expect(NO_LISTED_SCRIPT.test("Plain Latin, Ünïcödé — “quotes” and кириллица.")).toBe(true);
    expect(NO_LISTED_SCRIPT.test("Ω omega")).toBe(false);
    expect(languageByScript("Αθήνα: το δημοτικό συμβούλιο αποφάσισε την Τρίτη.")).toBe("el");
  });
});

describe("countLetters", () => {
  it("counts letters as the Unicode pattern does, astral letters as two code units and lone surrogates as none", () => {
    const ref = (t: string) => t.replace(/[^\p{L}]/gu, "").length;
    const samples = [
      "", "The council voted, 12–3.", "Ünïcödé — “quotes” and кириллица", "市议会周二晚间投票", "𠀀𠀁 two astral Han letters",
      "emoji 🙂 is no letter", "lone \ud800 high and \udc00 low surrogates", "\ud835\udc00 mathematical A", "ﬁ ligature ª º",
    ];
    for (const s of samples) expect(countLetters(s), s).toBe(ref(s));
    expect(countLetters("𠀀a")).toBe(3);
    expect(countLetters("a\ud800b")).toBe(2);
  });
});

/** The same news sentence (a council, a harbour wall, winter storms) written in each language. */
const SENTENCES: [string, string][] = [
  ["no", "Bystyret vedtok tirsdag kveld å reparere den gamle havnemuren før vinterstormene kommer. Ordføreren sier at arbeidet skal være ferdig etter nyttår, og at det ble enighet om pengene etter en lang debatt."],
  ["da", "Byrådet besluttede tirsdag aften at reparere den gamle havnemur, før vinterstormene kommer. Borgmesteren siger, at arbejdet skal være færdigt efter nytår, og at der blev enighed om pengene efter en lang debat."],
  ["sv", "Kommunfullmäktige beslutade på tisdagskvällen att reparera den gamla hamnmuren innan vinterstormarna kommer. Kommunalrådet sade att arbetet ska vara klart efter nyår och att det inte blev någon strid om pengarna."],
  ["uk", "Міська рада у вівторок увечері ухвалила рішення відремонтувати стару стіну гавані до початку зимових штормів. Мер повідомив, що роботи триватимуть три місяці, а гроші вже є в бюджеті."],
  ["ru", "Городской совет во вторник вечером решил отремонтировать старую стену гавани до начала зимних штормов. Мэр сообщил, что работы продлятся три месяца, а деньги уже есть в бюджете."],
  ["bg", "Общинският съвет реши във вторник вечерта да ремонтира старата стена на пристанището преди зимните бури. Кметът каза, че работата ще продължи три месеца, а парите вече са в бюджета."],
  ["be", "Гарадскі савет у аўторак увечары вырашыў адрамантаваць старую сцяну гавані да пачатку зімовых штормаў. Мэр паведаміў, што работы працягнуцца тры месяцы."],
  ["sr", "Градско веће је у уторак увече одлучило да поправи стари зид луке пре зимских олуја. Градоначелник је рекао да ће радови трајати три месеца и да је новац већ обезбеђен."],
  ["fa", "شورای شهر روز سه‌شنبه تصمیم گرفت دیوار قدیمی بندر را پیش از رسیدن طوفان‌های زمستانی تعمیر کند. شهردار گفت که کار سه ماه طول می‌کشد و پول آن در بودجه پیش‌بینی شده است."],
  ["ar", "قرر مجلس المدينة مساء الثلاثاء إصلاح جدار الميناء القديم قبل وصول عواصف الشتاء. وقال رئيس البلدية إن العمل سيستغرق ثلاثة أشهر وإن الأموال متوفرة في الميزانية."],
  ["ur", "شہر کی کونسل نے منگل کی شام فیصلہ کیا کہ سردیوں کے طوفان سے پہلے بندرگاہ کی پرانی دیوار کی مرمت کی جائے۔ میئر نے کہا کہ کام تین مہینے جاری رہے گا۔"],
  ["hi", "नगर परिषद ने मंगलवार शाम को फैसला किया कि सर्दियों के तूफानों से पहले बंदरगाह की पुरानी दीवार की मरम्मत की जाएगी। महापौर ने कहा कि काम तीन महीने तक चलेगा और पैसा बजट में है।"],
  ["mr", "नगर परिषदेने मंगळवारी संध्याकाळी हिवाळ्यातील वादळांपूर्वी बंदराची जुनी भिंत दुरुस्त करण्याचा निर्णय घेतला. महापौरांनी सांगितले की काम तीन महिने चालेल आणि पैसे अर्थसंकल्पात आहेत."],
  ["ne", "नगर परिषदले मंगलबार साँझ जाडोको आँधी आउनुअघि बन्दरगाहको पुरानो पर्खाल मर्मत गर्ने निर्णय गरेको छ। मेयरले काम तीन महिनासम्म चल्ने र पैसा बजेटमा भएको बताए।"],
  ["vi", "Hội đồng thành phố đã quyết định vào tối thứ Ba sửa chữa bức tường cảng cũ trước khi những cơn bão mùa đông đến. Thị trưởng cho biết công việc sẽ kéo dài ba tháng."],
  ["cs", "Městská rada v úterý večer rozhodla opravit starou přístavní zeď ještě před příchodem zimních bouří. Starosta řekl, že práce potrvají tři měsíce a peníze už jsou v rozpočtu."],
  ["sk", "Mestská rada v utorok večer rozhodla opraviť starý prístavný múr ešte pred príchodom zimných búrok. Starosta povedal, že práce potrvajú tri mesiace a peniaze už sú v rozpočte."],
  ["hr", "Gradsko vijeće u utorak je navečer odlučilo popraviti stari lučki zid prije zimskih oluja. Gradonačelnik je rekao da će radovi trajati tri mjeseca, a tko želi može pratiti radove svaki tjedan."],
  ["sr", "Gradsko veće je u utorak uveče odlučilo da popravi stari zid luke pre zimskih oluja. Gradonačelnik je rekao da će radovi trajati tri meseca i da je novac već obezbeđen, pa će grad uvek znati šta se radi."],
  ["bs", "Gradsko vijeće je u utorak navečer odlučilo da popravi stari zid luke prije zimskih oluja. Načelnik je rekao da će radovi trajati tri mjeseca, a ko želi može svake sedmice pitati šta se radi."],
  ["pt", "A câmara municipal decidiu na terça-feira à noite reparar o velho muro do porto antes das tempestades de inverno. O presidente disse que a obra vai durar três meses e que o dinheiro já está no orçamento."],
  ["gl", "O concello decidiu o martes pola noite arranxar o vello muro do porto antes das treboadas do inverno. O alcalde dixo que a obra vai durar tres meses e que os cartos xa están no orzamento, pero non deu máis detalles."],
  ["es", "El ayuntamiento decidió el martes por la noche reparar el viejo muro del puerto antes de las tormentas de invierno. El alcalde dijo que la obra durará tres meses y que el dinero ya está en el presupuesto."],
  ["ca", "L'ajuntament va decidir dimarts a la nit reparar el vell mur del port abans de les tempestes d'hivern. L'alcalde va dir que l'obra durarà tres mesos i que els diners ja són al pressupost."],
  ["id", "Dewan kota memutuskan pada Selasa malam untuk memperbaiki tembok pelabuhan lama sebelum badai musim dingin datang. Wali kota mengatakan pekerjaan itu akan berlangsung tiga bulan karena uangnya sudah ada di anggaran."],
  ["ms", "Majlis bandaraya memutuskan pada malam Selasa untuk membaiki tembok pelabuhan lama sebelum ribut musim sejuk tiba. Datuk Bandar berkata kerja itu akan mengambil masa tiga bulan kerana wang sudah ada dalam bajet dan kerajaan bersetuju."],
  ["fi", "Kaupunginvaltuusto päätti tiistai-iltana korjata vanhan satamamuurin ennen talvimyrskyjä. Pormestari kertoi, että työ kestää kolme kuukautta ja että rahat ovat jo budjetissa."],
  ["tr", "Belediye meclisi salı akşamı eski liman duvarını kış fırtınalarından önce onarma kararı aldı. Belediye başkanı çalışmanın üç ay süreceğini ve paranın bütçede olduğunu söyledi."],
  ["pl", "Rada miasta postanowiła we wtorek wieczorem naprawić stary mur portowy przed zimowymi sztormami. Burmistrz powiedział, że prace potrwają trzy miesiące, a pieniądze są już w budżecie."],
  ["nl", "De gemeenteraad besloot dinsdagavond de oude havenmuur te herstellen voordat de winterstormen komen. De burgemeester zei dat het werk drie maanden zal duren en dat het geld al in de begroting staat."],
  ["it", "Il consiglio comunale ha deciso martedì sera di riparare il vecchio muro del porto prima delle tempeste invernali. Il sindaco ha detto che i lavori dureranno tre mesi e che i soldi sono già nel bilancio."],
  ["ro", "Consiliul local a decis marți seara să repare vechiul zid al portului înainte de furtunile de iarnă. Primarul a spus că lucrările vor dura trei luni și că banii sunt deja în buget."],
  ["hu", "A városi tanács kedd este úgy döntött, hogy a téli viharok előtt megjavítja a régi kikötőfalat. A polgármester szerint a munka három hónapig tart, és a pénz már benne van a költségvetésben."],
  ["el", "Το δημοτικό συμβούλιο αποφάσισε την Τρίτη το βράδυ να επισκευάσει το παλιό τείχος του λιμανιού πριν από τις χειμερινές καταιγίδες."],
  ["he", "מועצת העיר החליטה ביום שלישי בערב לתקן את חומת הנמל הישנה לפני סופות החורף. ראש העיר אמר שהעבודה תימשך שלושה חודשים."],
  ["th", "สภาเมืองมีมติเมื่อเย็นวันอังคารให้ซ่อมแซมกำแพงท่าเรือเก่าก่อนที่พายุฤดูหนาวจะมาถึง นายกเทศมนตรีกล่าวว่างานจะใช้เวลาสามเดือน"],
  ["en", "The council voted on Tuesday evening to repair the old harbour wall before the winter storms arrive. The mayor said the work would take three months and that the money was already in the budget."],
  ["de", "Der Stadtrat hat am Dienstagabend beschlossen, die alte Hafenmauer vor den Winterstürmen zu reparieren. Der Bürgermeister sagte, die Arbeiten würden drei Monate dauern und das Geld sei bereits im Haushalt."],
  ["fr", "Le conseil municipal a décidé mardi soir de réparer le vieux mur du port avant les tempêtes de l'hiver. Le maire a déclaré que les travaux dureraient trois mois et que l'argent était déjà au budget."],
];

describe("language of news text in 39 languages", () => {
  it("names each one, neighbours included (Norwegian/Danish/Swedish, Ukrainian/Russian, Persian/Arabic/Urdu, Hindi/Marathi/Nepali, Czech/Slovak, Croatian/Serbian/Bosnian, Portuguese/Galician, Spanish/Catalan)", () => {
    for (const [want, text] of SENTENCES) expect(detectLanguage(text), text).toBe(want);
  });
  it("reads Romanian dense with ă as Romanian, not Vietnamese (Vietnamese is told by ơ, ư, đ and its stacked tone marks)", () => {
    expect(detectLanguage("Săptămâna trecută, după căderea prețurilor, băncile mari au anunțat că vor scădea dobânzile pentru clienții care plătesc la timp rata lunară. Măsura se aplică până în martie.")).toBe("ro");
  });
  it("tells a short text by letters one language alone writes, whatever franc's neighbour guess", () => {
    // (franc's trigrams read these as Croatian and Haitian Creole)
    expect(detectLanguage("Nové parkoviště pro 400 aut otevře Ostrava u Fakultní nemocnice v dubnu. Pacienti i návštěvy budou první hodinu parkovat zdarma. Stavba stála 60 milionů korun a platilo ji město.")).toBe("cs");
    expect(detectLanguage("Most přes řeku otevřou v září. Stavba stála dvě stě milionů korun, platí ji kraj i město. Řidiči ušetří deset minut.")).toBe("cs");
    // A foreign name's letters are too few to count.
    expect(detectLanguage("The composer Antonín Dvořák wrote his ninth symphony in New York, and the orchestra will play it on Friday night in the city hall.")).toBe("en");
  });
  it("lets a neighbour's own letters and words overrule franc only when they are clear", () => {
    // Ukrainian letters in a Russian guess, Persian letters in an Arabic guess.
    expect(rivalOf("Міська рада ухвалила рішення відремонтувати стару стіну, і мер повідомив про це їм.", "rus")).toBe("ukr");
    expect(rivalOf("شورای شهر تصمیم گرفت دیوار قدیمی بندر را تعمیر کند و پول آن در بودجه پیش‌بینی شده است.", "arb")).toBe("pes");
    // Ekavian Serbian in Latin letters, ijekavian Croatian with its own words.
    expect(rivalOf("Gradsko veće je odlučilo pre zime, jer je uvek lepo vreme za to, a deo novca je već tu.", "hrv")).toBe("srp");
    expect(rivalOf("Tko želi, može svaki tjedan pratiti radove; stiglo je tisuću pisama i vlak je kasnio.", "srp")).toBe("hrv");
    // A budget story: Norwegian "fram", "sier", "neste", "blir"; Croatian "proračun", "tijekom", "financija".
    expect(rivalOf("Regjeringen la fram budsjettet for neste år. Finansministeren sier at det blir stramt.", "dan")).toBe("nob");
    expect(rivalOf("Vlada je usvojila proračun za iduću godinu; tijekom rasprave ministar financija branio je rezove.", "bos")).toBe("hrv");
    // Norwegian "å" (Danish "at"), "hundre", "ferdig"; Danish "hundrede", "færdig", "end".
    expect(rivalOf("Kommunestyret vedtok torsdag å bygge en ny skole til fire hundre elever, og den skal stå ferdig i 2029.", "dan")).toBe("nob");
    expect(rivalOf("Byrådet vedtog torsdag at bygge en ny skole til fire hundrede elever, og den skal stå færdig tidligere end ventet.", "nob")).toBe("dan");
    // Too little evidence: franc's guess stands.
    expect(rivalOf("The council met.", "eng")).toBeNull();
    expect(rivalOf("Городской совет решил.", "rus")).toBeNull();
  });
  it("tells one-sentence neighbours apart that franc's trigrams mix up", () => {
    // Each of these single sentences was named as its neighbour by the trigrams alone.
    expect(detectLanguage("A câmara municipal aprovou na terça-feira o novo orçamento depois de um longo debate sobre as escolas.")).toBe("pt");
    expect(detectLanguage("O goberno galego presentou onte os orzamentos para o ano que vén, cunha subida do gasto en sanidade e educación.")).toBe("gl");
    expect(detectLanguage("Kommunfullmäktige godkände på tisdagen den nya budgeten efter en lång debatt om skolorna.")).toBe("sv");
    expect(detectLanguage("Miesto taryba antradienį po ilgų diskusijų dėl mokyklų finansavimo patvirtino naują biudžetą.")).toBe("lt");
    expect(detectLanguage("Valdība otrdien apstiprināja nākamā gada budžetu, kurā paredzēts palielināt izdevumus veselības aprūpei.")).toBe("lv");
    expect(detectLanguage("Inaprubahan ng konseho ng lungsod ang bagong badyet noong Martes matapos ang mahabang debate tungkol sa pondo ng mga paaralan.")).toBe("tl");
    // Two telling words settle a one-sentence text: Russian "что"/ы over Bulgarian, Bulgarian "че"/"ще"
    // over Macedonian, Danish "efter"/"aften" over Norwegian, Indonesian "polisi"/"Senin" over Malay,
    // Slovenian "v"/"in" and Croatian "uhitila"/"središtu" over Bosnian, Serbian "sledeće nedelje".
    expect(detectLanguage("Полиция задержала двух подозреваемых после ограбления банка в центре Москвы в субботу.")).toBe("ru");
    expect(detectLanguage("Премьер-министр заявил, что правительство на следующей неделе представит новый законопроект о налогах.")).toBe("ru");
    expect(detectLanguage("Премиерът заяви, че правителството ще представи нов законопроект за данъците следващата седмица.")).toBe("bg");
    expect(detectLanguage("Politiet anholdt to mistænkte efter et bankrøveri i det centrale København lørdag aften.")).toBe("da");
    expect(detectLanguage("Polisi menangkap dua orang tersangka pencurian sepeda motor di kawasan Jakarta Selatan pada Senin malam.")).toBe("id");
    expect(detectLanguage("Kerajaan akan memperkenalkan dasar baharu bagi membantu golongan berpendapatan rendah tahun hadapan.")).toBe("ms");
    expect(detectLanguage("Policija je v soboto prijela dva osumljenca po ropu banke v središču Ljubljane.")).toBe("sl");
    expect(detectLanguage("Policija je u subotu uhitila dvojicu osumnjičenih nakon pljačke banke u središtu Zagreba.")).toBe("hr");
    expect(detectLanguage("Premijer je rekao da će vlada sledeće nedelje predstaviti novi predlog poreskog zakona.")).toBe("sr");
    // Tosk, the Albanian franc knows, is reported as Albanian.
    expect(detectLanguage("Policia arrestoi të shtunën dy të dyshuar pas grabitjes së një banke në qendër të qytetit.")).toBe("sq");
    // Norwegian and Danish keep being told apart by their spellings.
    expect(detectLanguage("Regjeringen la fram statsbudsjettet tirsdag. Finansministeren sier at det blir stramt neste år, og at kommunene må kutte.")).toBe("no");
    expect(detectLanguage("Regeringen fremlagde tirsdag finansloven. Finansministeren siger, at det bliver stramt næste år, og at kommunerne skal spare.")).toBe("da");
  });
  it("counts Devanagari vowel signs toward a short sentence's length", () => {
    // 39 letters and 28 vowel signs: under the 40-letter minimum by letters alone.
    expect(detectLanguage("पुलिस ने शनिवार को शहर के बीच में एक बैंक डकैती के बाद दो संदिग्धों को गिरफ्तार किया।")).toBe("hi");
    expect(detectLanguage("प्रधानमंत्री ने कहा कि सरकार अगले सप्ताह नया कर विधेयक पेश करेगी।")).toBe("hi");
  });
  it("reads Vietnamese from its letters, even in a short text", () => {
    expect(detectLanguage("Thị trưởng cho biết công việc sẽ kéo dài ba tháng tới đây.")).toBe("vi");
  });
});
