import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { byline, cleanByline, isBylineLine, looksLikePersonName, namesIn } from "../../pipeline/extract/rules/byline.ts";
import { bareNames } from "../../pipeline/extract/rules/byline/bare-name-line.ts";

const PROSE = "The council met on a wet evening and voted to repair the old harbour wall before the winter storms arrive in force.";

function run(lines: string[], title = 0, date?: number) {
  const doc = toWorkingDoc("t.txt", lines.join("\n"));
  doc.lines[title].usedFor = "title";
  if (date !== undefined) doc.lines[date].usedFor = "published_date";
  return runRules(doc, [byline], "extract");
}

describe("names in bylines", () => {
  it("splits several names and drops roles, outlets and credentials", () => {
    expect(namesIn("Ann Lee and Bo Park")).toEqual(["Ann Lee", "Bo Park"]);
    expect(namesIn("Ann Lee, Bo Park, Cy Dunn")).toEqual(["Ann Lee", "Bo Park", "Cy Dunn"]);
    expect(namesIn("Ann Lee, Harbour Gazette Business")).toEqual(["Ann Lee"]);
    expect(namesIn("Ann Lee, MS, RDN")).toEqual(["Ann Lee"]);
    expect(namesIn("Ann Lee - Staff Writer")).toEqual(["Ann Lee"]);
    expect(namesIn("Ann Lee on March 9, 2021")).toEqual(["Ann Lee"]);
    expect(namesIn("Hans Peter Müller publiziert am 3. März")).toEqual(["Hans Peter Müller"]);
  });
  it("keeps a single name after an explicit lead but not an outlet or a month", () => {
    expect(namesIn("Regan")).toEqual(["Regan"]);
    expect(namesIn("Reuters")).toEqual([]);
    expect(namesIn("March")).toEqual([]);
  });
  it("cleans e-mails, handles, phone numbers and words glued by text browsers", () => {
    expect(cleanByline("Ann Lee ann@gazette.test (555) 123-4567")).toBe("Ann Lee");
    expect(cleanByline("Ann Lee@annlee")).toBe("Ann Lee");
    expect(cleanByline("By Ann MorrisBusiness Columnist")).toBe("By Ann Morris | Business Columnist");
    expect(cleanByline("By Ann McDonald")).toBe("By Ann McDonald");
  });
  it("splits glued words alike in ASCII and Unicode text", () => {
    expect(cleanByline("Von Jörg MüllerWirtschaft Redakteur")).toBe("Von Jörg Müller | Wirtschaft Redakteur");
    expect(cleanByline("Por Ana PérezEconomía")).toBe("Por Ana Pérez | Economía");
    expect(cleanByline("  By   Ann Lee  ")).toBe("By Ann Lee");
    expect(cleanByline("Visit www.gazette.test/ann or https://gazette.test today")).toBe("Visit or today");
  });
  it("finds a lead only split off by cleaning, a multi-word lead, and none in look-alike words", () => {
    // The lead "By" is a word of its own only once the glued label is split off.
    expect(isBylineLine("Sports NewsBy Ann Lee")).toBe(true);
    expect(isBylineLine("A cura di Mario Rossi")).toBe(true);
    expect(isBylineLine("WRITTEN BY ANN LEE")).toBe(true);
    expect(isBylineLine("记者 王小明")).toBe(true);
    expect(isBylineLine("A man stood by the river")).toBe(false);
    expect(isBylineLine("Bygone days at the Harbour")).toBe(false);
    expect(isBylineLine("A cure for Mario Rossi")).toBe(false);
  });
  it("tells person names from organisations and phrases", () => {
    expect(looksLikePersonName("Ann-Marie O'Neil")).toBe(true);
    expect(looksLikePersonName("Ludwig van Beethoven")).toBe(true);
    expect(looksLikePersonName("TOM KRISHER")).toBe(true);
    expect(looksLikePersonName("CNN Business")).toBe(false);
    expect(looksLikePersonName("Associated Press")).toBe(false);
    expect(looksLikePersonName("Zhao Lijian. Roman Pilipey")).toBe(false);
  });
  it("recognises byline lines in several languages and not sentences or credits", () => {
    for (const t of ["By Ann Lee", "Von Hans Müller", "Par Jeanne Roux", "Por María López", "Oleh Budi Santoso", "Автор: Иван Петров", "March 9, 2021 | BY: Ann Lee", "Posted by Ann Lee on March 9"])
      expect(isBylineLine(t), t).toBe(true);
    for (const t of ["By the time the storm came, the wall was gone.", "Photo by Ann Lee/Getty Images", "Data provided by Harbour Data", "BLACK DEATH FEARS"])
      expect(isBylineLine(t), t).toBe(false);
  });
});

describe("byline rule", () => {
  it("reads a byline under the headline, joined over lines, and uses the lines", () => {
    const out = run(["Harbour wall to be repaired", "By", "", "Ann Lee and", "", "Bo Park", "", PROSE]);
    expect(out.captured.authors).toEqual(["Ann Lee", "Bo Park"]);
    expect([1, 3, 5].every((i) => out.lines[i].usedFor === "authors")).toBe(true);
    expect(out.log.some((e) => e.action === "captured" && e.field === "authors" && /lead/.test(e.reason))).toBe(true);
  });
  it("reads an author-page link", () => {
    const out = run(["Harbour wall to be repaired", "[Ann Lee](https://gazette.test/author/ann-lee)", PROSE]);
    expect(out.captured.authors).toEqual(["Ann Lee"]);
  });
  it("ignores topic links when a byline is printed", () => {
    const out = run(["Harbour wall to be repaired", "By Ann Lee", "March 9, 2021", "Share", "Topics:", "[Bo Park](/people/bo-park)", PROSE, PROSE]);
    expect(out.captured.authors).toEqual(["Ann Lee"]);
  });
  it("takes a name printed alone beside the date only when it starts with a given name", () => {
    const named = run(["Harbour wall to be repaired", "Michael Turner, Gazette Staff Writer", "March 9, 2021", PROSE], 0, 2);
    expect(named.captured.authors).toEqual(["Michael Turner"]);
    const phrase = run(["Harbour wall to be repaired", "Picture Day", "March 9, 2021", PROSE], 0, 2);
    expect(phrase.captured.authors).toEqual([]);
  });
  it("knows Cyrillic given names by their Latin spellings (Ukrainian г as h, й as y or i)", () => {
    const uk = "Міська рада у вівторок ухвалила новий житловий план, який набуде чинності наступного місяця після тижнів переговорів.";
    expect(run(["Рада ухвалила новий план", "Олег Коваленко", "03 грудня 2026, 14:05", uk], 0, 2).captured.authors).toEqual(["Олег Коваленко"]);
    expect(run(["Совет утвердил новый план", "Дмитрий Соколов", "3 декабря 2026", uk], 0, 2).captured.authors).toEqual(["Дмитрий Соколов"]);
    // A capitalised phrase that starts with no given name stays out.
    expect(run(["Совет утвердил новый план", "Новости Москвы", "3 декабря 2026", uk], 0, 2).captured.authors).toEqual([]);
  });
  it("finds 'Posted by X' just after the article, but no names in the running text", () => {
    const out = run(["Harbour wall to be repaired", PROSE, "Mayor Ann Lee said by Friday the work would start.", PROSE, "Posted by Bo Park on March 9, 2021"]);
    expect(out.captured.authors).toEqual(["Bo Park"]);
  });
});

describe("bylines in many languages and scripts", () => {
  it("reads the lead-ins of the languages most used by news sites", () => {
    const cases: [string, string[]][] = [
      ["Автор: Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]],
      ["Текст: Олена Коваль", ["Олена Коваль"]],
      ["Autor: Jan Kowalski i Anna Nowak", ["Jan Kowalski", "Anna Nowak"]],
      ["Napsal: Jan Novák", ["Jan Novák"]],
      ["Yazar: Ayşe Yılmaz", ["Ayşe Yılmaz"]],
      ["Haber: Ahmet Yılmaz", ["Ahmet Yılmaz"]],
      ["Του Γιώργου Παπαδόπουλου", ["Γιώργου Παπαδόπουλου"]],
      ["Της Μαρίας Κωνσταντίνου", ["Μαρίας Κωνσταντίνου"]],
      ["Tác giả: Nguyễn Thị Hương", ["Nguyễn Thị Hương"]],
      ["Av Anna Lund och Erik Berg", ["Anna Lund", "Erik Berg"]],
      ["Af Mette Holm", ["Mette Holm"]],
      ["Door Jan de Vries", ["Jan de Vries"]],
      ["Di Mario Rossi e Giulia Bianchi", ["Mario Rossi", "Giulia Bianchi"]],
      ["Por María López y Juan Pérez", ["María López", "Juan Pérez"]],
      ["Oleh Budi Santoso", ["Budi Santoso"]],
      ["Author: Hanna Berger", ["Hanna Berger"]],
      ["بقلم: محمد أحمد", ["محمد أحمد"]],
      ["نویسنده: علی رضایی", ["علی رضایی"]],
      ["लेखक: राहुल शर्मा", ["राहुल शर्मा"]],
      ["מאת דנה לוי", ["דנה לוי"]],
      ["โดย สมชาย ใจดี", ["สมชาย ใจดี"]],
    ];
    for (const [line, names] of cases) {
      const out = run(["Harbour wall to be repaired", line, PROSE]);
      expect(out.captured.authors, line).toEqual(names);
    }
    expect(run(["Harbour wall to be repaired", "Text: Anna Schmidt; Fotos: Peter Müller", PROSE]).captured.authors).toEqual(["Anna Schmidt"]);
    expect(run(["Harbour wall to be repaired", "Bericht: Anna Schmidt und Peter Müller", PROSE]).captured.authors).toEqual(["Anna Schmidt", "Peter Müller"]);
    // A newspaper named after a lead is no person: "Le Monde", "El País".
    expect(run(["Harbour wall to be repaired", "Par Le Monde avec AFP", PROSE]).captured.authors).toEqual([]);
    expect(run(["Harbour wall to be repaired", "Por El País", PROSE]).captured.authors).toEqual([]);
    // A Turkish news desk ("Haber Merkezi": news centre) is no person.
    expect(run(["Harbour wall to be repaired", "Haber Merkezi", PROSE]).captured.authors).toEqual([]);
  });
  it("reads Chinese, Japanese and Korean bylines, and no photo credit", () => {
    expect(run(["港口防波堤将修复", "记者 王小明 李华 报道", PROSE]).captured.authors).toEqual(["王小明", "李华"]);
    expect(run(["港口防波堤将修复", "文/王小明", PROSE]).captured.authors).toEqual(["王小明"]);
    expect(run(["港口の防波堤を修復", "記者 山田太郎", PROSE]).captured.authors).toEqual(["山田太郎"]);
    expect(run(["항구 방파제 보수", "홍길동·김철수 기자", PROSE]).captured.authors).toEqual(["홍길동", "김철수"]);
    expect(run(["항구 방파제 보수", "서울=이영희 특파원", PROSE]).captured.authors).toEqual(["이영희"]);
    expect(namesIn("王小明 摄")).toEqual([]);
    // A paper's or agency's reporter ("本报记者"), and a credit in brackets opening the first paragraph,
    // which stays in the body.
    expect(run(["港口防波堤将修复", "本报记者 王小明", PROSE]).captured.authors).toEqual(["王小明"]);
    const wire = "新华社北京12月3日电（记者 王小明、李华）国务院常务会议今天召开，部署进一步稳定经济运行的各项措施。";
    const out = run(["港口防波堤将修复", wire, "会议指出，要加大对中小企业的支持力度，稳定就业，保障民生。"]);
    expect(out.captured.authors).toEqual(["王小明", "李华"]);
    expect(out.lines[1].usedFor).toBeUndefined();
    expect(namesIn("新华社记者 王小明 摄")).toEqual([]);
    // Korean wire bylines open the first paragraph and list reporters with spaces; the paragraph stays.
    const ko = "(서울=연합뉴스) 김민수 이영희 기자 = 정부가 내년도 예산안을 확정해 국회에 제출했다. 총지출 규모는 올해보다 늘어난 수준이다.";
    const kout = run(["예산안 국회 제출", ko, "국회는 이달 중 예산안 심사에 들어갈 예정이다."]);
    expect(kout.captured.authors).toEqual(["김민수", "이영희"]);
    expect(kout.lines[1].usedFor).toBeUndefined();
    // A Japanese article signs off with its reporter's name in brackets; an agency in brackets is no name.
    const ja = "政府は３日、今冬の電力需給対策を閣議決定した。全国の家庭や企業に対して節電を要請する。";
    expect(run(["電力対策を決定", ja, ja, "（山田太郎）"]).captured.authors).toEqual(["山田太郎"]);
    expect(run(["電力対策を決定", ja, ja, "（共同通信）"]).captured.authors).toEqual([]);
    expect(run(["電力対策を決定", "【記者：山田太郎】", ja]).captured.authors).toEqual(["山田太郎"]);
  });
  it("reads plural and role-phrase leads, a dash after the lead, Hebrew's prefixed 'and', and cuts a Chinese picture credit", () => {
    expect(namesIn("Jan Kowalski, Anna Nowak")).toEqual(["Jan Kowalski", "Anna Nowak"]);
    expect(run(["Rada miasta zdecydowała", "Autorzy: Jan Kowalski, Anna Nowak", PROSE]).captured.authors).toEqual(["Jan Kowalski", "Anna Nowak"]);
    expect(run(["Meclis onayladı", "Muhabir: Ahmet Yılmaz", PROSE]).captured.authors).toEqual(["Ahmet Yılmaz"]);
    expect(run(["Gemeenteraad stemt in", "Door onze redacteur Jan de Vries", PROSE]).captured.authors).toEqual(["Jan de Vries"]);
    expect(run(["Le conseil vote", "De notre envoyé spécial Paul Durand", PROSE]).captured.authors).toEqual(["Paul Durand"]);
    expect(run(["المجلس البلدي يقر", "كتب - محمد حسن", PROSE]).captured.authors).toEqual(["محمد حسن"]);
    expect(run(["מועצת העיר אישרה", "מאת: דנה כהן ויוסי לוי", PROSE]).captured.authors).toEqual(["דנה כהן", "יוסי לוי"]);
    // A family name starting with the same letter is no "and".
    expect(run(["מועצת העיר אישרה", "מאת: יוסי וולך", PROSE]).captured.authors).toEqual(["יוסי וולך"]);
    expect(run(["市议会批准重建老桥", "文/王明 图/李华", PROSE]).captured.authors).toEqual(["王明"]);
  });
  it("reads a lead glued to its dash, Vietnamese leads, and a Taiwanese reporter before the place that 'reports'", () => {
    expect(run(["Harbour wall to be repaired", "كتب- محمد علي", PROSE]).captured.authors).toEqual(["محمد علي"]);
    expect(run(["Harbour wall to be repaired", "Bài và ảnh: Trần Minh Tuấn", PROSE]).captured.authors).toEqual(["Trần Minh Tuấn"]);
    expect(run(["Harbour wall to be repaired", "Phóng viên Lê Thu Hà", PROSE]).captured.authors).toEqual(["Lê Thu Hà"]);
    expect(run(["港口防波堤将修复", "記者王小明／台北報導", PROSE]).captured.authors).toEqual(["王小明"]);
    expect(run(["港口防波堤将修复", "記者王小明、李華／台北報導", PROSE]).captured.authors).toEqual(["王小明", "李華"]);
    expect(namesIn("王小明／李華")).toEqual(["王小明", "李華"]);
  });
  it("takes a Vietnamese name printed alone beside the date, its family name vouching for it", () => {
    expect(run(["Harbour wall to be repaired", "Phạm Thu Trang", "03/12/2026 14:05", PROSE], 0, 2).captured.authors).toEqual(["Phạm Thu Trang"]);
    // Not a capitalised phrase that opens with no Vietnamese family name ("Economy Society": a section).
    expect(run(["Harbour wall to be repaired", "Kinh Tế Xã Hội", "03/12/2026 14:05", PROSE], 0, 2).captured.authors).toEqual([]);
  });
  it("takes a name after a dash signing the article just after its end, not a quotation's source nor a list", () => {
    const P2 = "Work on the wall is due to start in the spring and to last about eighteen months, the council said in a statement.";
    // (Far enough under the headline that no name line under it is read.)
    const story = [PROSE, PROSE, PROSE, PROSE, PROSE];
    expect(run(["Harbour wall to be repaired", ...story, P2, "3 December 2026", "\\- Nadia Rossi", "Share:"]).captured.authors).toEqual(["Nadia Rossi"]);
    expect(run(["Harbour wall to be repaired", ...story, P2, "— Nadia Rossi"]).captured.authors).toEqual(["Nadia Rossi"]);
    expect(run(["Harbour wall to be repaired", ...story, `“${P2}”`, "— Nadia Rossi"]).captured.authors).toEqual([]);
    expect(run(["Harbour wall to be repaired", ...story, P2, "- Nadia Rossi", "- Peter Brown"]).captured.authors).toEqual([]);
    // Not a phrase that opens with no given name.
    expect(run(["Harbour wall to be repaired", ...story, P2, "— Harbour Gazette"]).captured.authors).toEqual([]);
  });
  it("drops a byline after the article's end when the header prints one, and a translator's author link", () => {
    const story = [PROSE, PROSE, PROSE, PROSE, PROSE];
    const out = run(["Harbour wall to be repaired", "By Jane Roe", ...story, "Related", "Ferry fares to rise", "By Peter Brown"]);
    expect(out.captured.authors).toEqual(["Jane Roe"]);
    expect(out.log.some((e) => e.action === "decided" && /after the article's end \(Peter Brown\)/.test(e.reason))).toBe(true);
    expect(run(["Harbour wall to be repaired", "By Jane Roe", "Übersetzt von: [Hans Berg](/team/hans-berg)", PROSE]).captured.authors).toEqual(["Jane Roe"]);
    expect(run(["Harbour wall to be repaired", "[Jane Roe](/author/jane-roe) · Photos by [Hans Berg](/author/hans-berg)", PROSE]).captured.authors).toEqual(["Jane Roe"]);
  });
  it("takes no word of an e-mail address or a handle on the page for the page's lower-case word", () => {
    const lines = ["Harbour wall to be repaired", "3 December 2026 - Markus Reuter", PROSE, "Write to markus.reuter | example.org or @reuter_m"];
    expect(run(lines, 0, 1).captured.authors).toEqual(["Markus Reuter"]);
    // A lower-case use of the word in the text still marks it as a word ("Will Power" / "the power").
    expect(run(["Harbour wall to be repaired", "3 December 2026 - Will Power", `${PROSE} The power went out.`], 0, 1).captured.authors).toEqual([]);
  });
  it("takes a name with its outlet on the line next to the date line when the page prints it again, not a lone masthead nor a ranked list line", () => {
    const bio = "Zyrwen Corrowe writes about the coast and its towns for the paper.";
    const out = run(["Harbour wall to be repaired", "Zyrwen Corrowe, Harbour Gazette", "13.11.2026, 23:06", PROSE, bio], 0, 2);
    expect(out.captured.authors).toEqual(["Zyrwen Corrowe"]);
    expect(run(["Harbour wall to be repaired", "Zyrwen Corrowe", "13.11.2026, 23:06", PROSE, bio], 0, 2).captured.authors).toEqual([]);
    expect(run(["Harbour wall to be repaired", "13.11.2026, 23:06", "30. Lisa Rossi (ITA), +4.11", PROSE], 0, 1).captured.authors).toEqual([]);
  });
  it("reads a name glued to a repeat of itself once", () => {
    expect(namesIn("Ann O'HaraAnn O'Hara")).toEqual(["Ann O'Hara"]);
  });
  it("reads a lead after a few words of a script with vowel signs", () => {
    // "दिल्ली" is one word, not the three its vowel signs would split it into.
    expect(isBylineLine("नई दिल्ली Written by Amit Kumar")).toBe(true);
    expect(run(["Harbour wall to be repaired", "नई दिल्ली Written by Amit Kumar", PROSE]).captured.authors).toEqual(["Amit Kumar"]);
  });
  it("never takes a licence notice for a name", () => {
    expect(looksLikePersonName("Creative Commons Attribution")).toBe(false);
    expect(namesIn("Creative Commons Attribution 4.0")).toEqual([]);
    expect(looksLikePersonName("Jane Doe")).toBe(true);
  });
  it("never takes a news agency named after a lead as a person", () => {
    const out = run(["Câmara aprova reconstrução", "Por Agência Brasil", PROSE]);
    expect(out.captured.authors).toEqual([]);
    expect(out.log.some((a) => /news agency/.test(a.reason ?? ""))).toBe(true);
  });
  it("takes a Vietnamese reporter's name signing the story after its last paragraph, and no other name line there", () => {
    const vi = "Hội đồng thành phố hôm thứ ba đã bỏ phiếu xây dựng lại cây cầu đá cũ bắc qua sông, chấm dứt tranh cãi kéo dài.";
    expect(run(["Cầu cũ sẽ được xây lại", vi, vi, "Trần Thị Mai"]).captured.authors).toEqual(["Trần Thị Mai"]);
    expect(run(["Cầu cũ sẽ được xây lại", vi, vi, "Nguyễn Văn An"]).captured.authors).toEqual(["Nguyễn Văn An"]);
    // Not a sentence, not lower-case syllables, not a name that opens with no Vietnamese family name.
    expect(run(["Cầu cũ sẽ được xây lại", vi, vi, "Nguyễn Văn An cho biết thêm"]).captured.authors).toEqual([]);
    // After a lead too, a given name that is an English function word stays in the name.
    expect(namesIn("Nguyễn Văn An")).toEqual(["Nguyễn Văn An"]);
    expect(namesIn("Jane Doe On")).toEqual(["Jane Doe"]);
    const story = Array(8).fill(PROSE);
    expect(run(["Bridge to be rebuilt", ...story, "Trust Project"]).captured.authors).toEqual([]);
    expect(run(["Bridge to be rebuilt", ...story, "Jane Doe"]).captured.authors).toEqual([]);
  });
  it("joins names across a slash or a middle dot only when a given name follows", () => {
    expect(namesIn("Anna Berg / Maria Lund")).toEqual(["Anna Berg", "Maria Lund"]);
    expect(namesIn("Anna Berg/Getty Images")).toEqual(["Anna Berg"]);
  });
  it("keeps particles, initials and titles, and cuts labels, function words and dates after a name", () => {
    expect(namesIn("Dr. Hanna Berger")).toEqual(["Dr. Hanna Berger"]);
    expect(namesIn("Klaus von Bergen")).toEqual(["Klaus von Bergen"]);
    expect(namesIn("Samir al-Khatib and Omar bin Laden")).toEqual(["Samir al-Khatib", "Omar bin Laden"]);
    expect(namesIn("Anne d'Aubigny")).toEqual(["Anne d'Aubigny"]);
    expect(namesIn("Pierre Martin C. le 14.09.2020 à 11h46")).toEqual(["Pierre Martin C."]);
    expect(namesIn("Lena Vogt Lesezeit: 4 Min.")).toEqual(["Lena Vogt"]);
    expect(namesIn("Lena Vogt Erstellt am 01.01.23 um 08:35")).toEqual(["Lena Vogt"]);
    expect(namesIn("Lena Vogt On 12. Dezember 2022")).toEqual(["Lena Vogt"]);
    expect(namesIn("Ann Lee's Most Recent Stories")).toEqual([]);
    expect(namesIn("Ann Lee's Most Recent Stories", false)).toEqual([]);
  });
  it("reads a lead that is a name particle after a given name as part of the name", () => {
    const out = run(["Harbour wall to be repaired", "Klaus von Bergen, 24. April 2020", PROSE], 0, 1);
    expect(out.captured.authors).toEqual(["Klaus von Bergen"]);
  });
  it("takes no ordinary noun or sentence after a lead for a name", () => {
    for (const t of [
      "Von Todesopfern war zunächst nichts bekannt, sagte die Polizei",
      "expresiones de José Ruiz relacionadas al aborto",
      "Die Ökobilanz von Elektroautos wird vor allem durch die Batterien bestimmt",
      "Search by Keyword",
      "Art by Koichi",
    ])
      expect(isBylineLine(t), t).toBe(false);
  });
});

describe("names printed without a lead", () => {
  it("reads a name beside the date, before or after it, with a clock time and a count between", () => {
    for (const line of ["04.02.2022 | 15:33 Uhr | Hanna Berger", "Hanna Berger, 03.11.2023 15:32 Uhr", "19.6.2007 9:40 Uhr Hanna Berger 71 Kommentare", "1. Februar 2022 , Hanna Berger"])
      expect(run(["Harbour wall to be repaired", line, PROSE], 0, 1).captured.authors, line).toEqual(["Hanna Berger"]);
  });
  it("takes a name no given-name list knows beside a date only when the page prints it again", () => {
    const once = run(["Harbour wall to be repaired", "Harbour Presse 1. November 2023", PROSE], 0, 1);
    expect(once.captured.authors).toEqual([]);
    const again = run(["Harbour wall to be repaired", "Ruwaida Amer, 1. November 2023", PROSE, PROSE, "Ruwaida Amer"], 0, 1);
    expect(again.captured.authors).toEqual(["Ruwaida Amer"]);
    expect(run(["Harbour wall to be repaired", "Abril de 2022", PROSE], 0, 1).captured.authors).toEqual([]);
  });
  it("cuts a section label the page prints as a menu item after the name", () => {
    const out = run(["Kultur", "Sport", "Harbour wall to be repaired", "30. Oktober 2023 Hanna Berger Kultur", PROSE], 2, 3);
    expect(out.captured.authors).toEqual(["Hanna Berger"]);
  });
  it("reads names listed one per line or after a comma, and no label with a colon", () => {
    expect(run(["Harbour wall to be repaired", "Hanna Berger", "Ruwaida Amer", "March 9, 2021", PROSE], 0, 3).captured.authors).toEqual(["Hanna Berger", "Ruwaida Amer"]);
    expect(run(["Harbour wall to be repaired", "Hanna Berger, Ruwaida Amer", "March 9, 2021", PROSE], 0, 2).captured.authors).toEqual(["Hanna Berger", "Ruwaida Amer"]);
    expect(run(["Harbour wall to be repaired", "Story Code : 929471", "March 9, 2021", PROSE], 0, 2).captured.authors).toEqual([]);
  });
  it("names a personal site's owner from its footer when no byline is printed, never an outlet", () => {
    expect(run(["Harbour wall to be repaired", PROSE, PROSE, "© 2004 - 2020 Hanna Berger"]).captured.authors).toEqual(["Hanna Berger"]);
    expect(run(["Harbour wall to be repaired", PROSE, PROSE, "© 2021 Harbour Gazette"]).captured.authors).toEqual([]);
  });
  it("reads no byline off a story-number line nor across a breadcrumb the clean stage removed", () => {
    // "Haber Kodu : 482913" opens with the Turkish lead "Haber"; "In bài" (print article) ends on the Vietnamese lead "bài".
    const tr = toWorkingDoc("t.txt", ["Hükümet asgari ücrete ara zam yapmayacak", "Haber Kodu : 482913", PROSE].join("\n"));
    tr.lines[0].usedFor = "title";
    tr.lines[1].removedBy = "article-number";
    expect(runRules(tr, [byline], "extract").captured.authors).toEqual([]);
    const vi = toWorkingDoc("t.txt", ["In bài", "", "KINH TẾ > Tài chính", "", "Ngân hàng Nhà nước giữ nguyên lãi suất", PROSE].join("\n"));
    vi.lines[4].usedFor = "title";
    vi.lines[2].removedBy = "breadcrumb";
    expect(runRules(vi, [byline], "extract").captured.authors).toEqual([]);
    // (the same lines, not removed, read as bylines: the removal is what tells)
    const kept = toWorkingDoc("t.txt", ["Hükümet asgari ücrete ara zam yapmayacak", "Haber Kodu : 482913", PROSE].join("\n"));
    kept.lines[0].usedFor = "title";
    expect(runRules(kept, [byline], "extract").captured.authors).toEqual(["Kodu"]);
  });
});

describe("bylines of the unseen page shapes", () => {
  it("reads a colon-only lead ('Laporan: X') and not the same word opening a heading", () => {
    expect(run(["Harga cabai naik", "Pasar Induk Cipinang", "Laporan: Budi Santoso", "Senin, 9 Februari 2026", PROSE], 0, 3).captured.authors).toEqual(["Budi Santoso"]);
    expect(isBylineLine("Laporan: Budi Santoso")).toBe(true);
    expect(isBylineLine("Laporan Keuangan Tahunan")).toBe(false);
  });
  it("takes no Korean photographer credited after a caption's sentence ('사진=X 기자')", () => {
    const doc = run(["서울 지하철 요금 인상", "김민수 기자", "시민들이 개찰구를 지나고 있다. 사진=박지훈 기자", "2026.03.12", PROSE], 0, 3);
    expect(doc.captured.authors).toEqual(["김민수"]);
  });
  it("keeps a Korean wire byline's short first sentence in the body", () => {
    const doc = run(["올해 벚꽃 축제 일정", "(서울=연합뉴스) 이수진 기자 = 전국 주요 벚꽃 축제 일정이 확정됐다.", PROSE]);
    expect(doc.captured.authors).toEqual(["이수진"]);
    expect(doc.lines[1].removedBy).toBeUndefined();
  });
  it("cuts a photo credit after the writer's name on a name line ('Ana Ruiz (EFE) / Fotos: Carlos Gil')", () => {
    expect(run(["La Liga: la clasificación", "Ana Ruiz (EFE) / Fotos: Carlos Gil", "Madrid, 23 de marzo de 2026", PROSE], 0, 2).captured.authors).toEqual(["Ana Ruiz"]);
    expect(run(["La Liga: la clasificación", "Fotos: Carlos Gil", "Madrid, 23 de marzo de 2026", PROSE], 0, 2).captured.authors).toEqual([]);
  });
  it("reads a name printed family name first next to the date, not a capitalised phrase elsewhere", () => {
    expect(run(["Újra jár a villamos", "Kovács Péter", "2026. május 4.", PROSE], 0, 2).captured.authors).toEqual(["Kovács Péter"]);
    expect(run(["Újra jár a villamos", "Kovács Péter", "", "Egy hír", "", "2026. május 4.", PROSE], 0, 5).captured.authors).toEqual([]);
  });
  it("reads a Hebrew, Arabic or Greek name alone next to the date when the page prints its words nowhere else", () => {
    const he = ["הרכבת הקלה תפעל גם בסופי שבוע", "דנה כהן", "12.03.2026", "הרכבת הקלה בעיר תפעל החל מהחודש הבא גם בימי שישי ושבת, כך הודיע היום משרד התחבורה."];
    expect(run(he, 0, 2).captured.authors).toEqual(["דנה כהן"]);
    const two = ["מחירי הדירות ירדו", "יוסי לוי ומיכל אברהם", "05.05.26", "מחירי הדירות ירדו בחודשים האחרונים לראשונה מזה שנתיים, כך עולה מהנתונים."];
    expect(run(two, 0, 2).captured.authors).toEqual(["יוסי לוי", "מיכל אברהם"]);
    const el = ["Νέο μετρό στη Θεσσαλονίκη", "Γιώργος Παπαδόπουλος", "18/03/2026 10:15", "Σε λειτουργία τίθεται από τον Απρίλιο η επέκταση του μετρό, ανακοίνωσε το υπουργείο."];
    expect(run(el, 0, 2).captured.authors).toEqual(["Γιώργος Παπαδόπουλος"]);
    // A section label beside the date is a word the page prints elsewhere (its menu).
    const section = ["الرئيسية  أخبار  اقتصاد", "افتتاح محطة لتحلية المياه", "أخبار محلية", "الجمعة 20 نوفمبر 2026", "افتتحت وزارة المياه يوم الأربعاء أكبر محطة لتحلية مياه البحر في المنطقة."];
    expect(run(section, 1, 3).captured.authors).toEqual([]);
    expect(bareNames("Αθλητικά νέα")).toBeNull();
    expect(bareNames("الرياض - سارة العتيبي (واس)")).toEqual(["سارة العتيبي"]);
    expect(bareNames("דנה כהן: עדכון")).toBeNull();
  });
});

