// Fixtures for each outlet signal, in several scripts. The pages are made up: a masthead, a headline,
// a few sentences of running text and a footer, shaped the way HTML→Markdown and text-browser dumps
// lay out a news page.
import { describe, expect, it } from "vitest";
import { agencyCredit } from "../../pipeline/extract/rules/outlet/agency.ts";
import { copyrightName, copyrightNotice } from "../../pipeline/extract/rules/outlet/copyright.ts";
import { dominantHost, matchesHost, registrableLabel, siteLabelMatcher } from "../../pipeline/extract/rules/outlet/host.ts";
import { titleSiteName } from "../../pipeline/extract/rules/outlet/title-site.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";



describe("outlet signals", () => {
  it("takes a logo linked to the site's home page (Latin and Cyrillic)", () => {
    const latin = `[![Gazeta Nadmorska](/static/logo.svg)](https://www.gazetanadmorska.test/)\n\n- [Kraj](https://www.gazetanadmorska.test/kraj/)\n- [Sport](https://www.gazetanadmorska.test/sport/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n[Kontakt](https://www.gazetanadmorska.test/kontakt/)\n`;
    expect(outletOf(latin)).toBe("Gazeta Nadmorska");
    const cyrillic = `[![Логотип Вечерний Город](/img/logo.png)](https://vecherniy.test/)\n\n- [Новости](https://vecherniy.test/news/)\n- [Спорт](https://vecherniy.test/sport/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n`;
    expect(outletOf(cyrillic)).toBe("Вечерний Город");
  });

  it("takes a masthead that the copyright notice repeats (CJK and Arabic)", () => {
    const cjk = `东方晨报\n\n首页\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n© 2020 东方晨报 版权所有\n`;
    expect(outletOf(cjk)).toBe("东方晨报");
    const arabic = `صحيفة الفجر\n\nالرئيسية\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n© 2023 صحيفة الفجر. جميع الحقوق محفوظة\n`;
    expect(outletOf(arabic)).toBe("صحيفة الفجر");
  });

  it("takes the site half of a 'Headline | Site' line when the footer names it too", () => {
    const page = `# Harbour wall to be repaired before winter | Nordlys Avis\n\n${body()}\n\nNordlys Avis – utgitt i Tromsø\n`;
    expect(outletOf(page)).toBe("Nordlys Avis");
  });

  it("takes the words that spell the host of the page's address ('El Faro' on elfaro.test)", () => {
    const page = `# Harbour wall to be repaired before winter\n\n${body()}\n\nSuscríbete a El Faro y recibe cada mañana las noticias.\n\nOriginal url:\n\n<https://www.elfaro.test/2021/03/09/muro>\n`;
    expect(outletOf(page)).toBe("El Faro");
  });

  it("falls back on a news agency's credit at the start of the article", () => {
    expect(outletOf(`# Harbour wall to be repaired before winter\n\nMADRID (EFE) — ${body(3)}\n`)).toBe("EFE");
    expect(outletOf(`# 港口防波堤将在冬季前修复\n\n新华社北京3月5日电 市政府周二表示，港口防波堤将在冬季风暴到来之前完成修复工作，工程预计持续三个月。市长说，资金已经到位，施工队伍下周进场。\n`)).toBe("新华社");
    expect(outletOf(`# Стену гавани отремонтируют до зимы\n\nМОСКВА, 5 марта. /ТАСС/. Городской совет во вторник утвердил план ремонта стены гавани до начала зимних штормов, сообщил мэр города. Работы продлятся три месяца.\n`)).toBe("ТАСС");
  });

  it("names nothing when nothing names the outlet, and takes no menu word repeated in header and footer", () => {
    expect(outletOf(`# Harbour wall to be repaired before winter\n\n${body()}\n`)).toBeNull();
    const menus = `- Home\n- Politics\n- Sport\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n- Home\n- Politics\n- Sport\n`;
    expect(outletOf(menus)).toBeNull();
  });
});

describe("outlet helpers", () => {
  it("reads the name in a copyright notice in several languages", () => {
    expect(copyrightName("© 2019 Rīta Ziņas. All rights reserved.")).toBe("Rīta Ziņas");
    expect(copyrightName("Copyright © 2011-2023 Gazette Media Inc. | Impressum")).toBe("Gazette Media");
    expect(copyrightName("© Le Petit Courrier 2021 - Tous droits réservés")).toBe("Le Petit Courrier");
    expect(copyrightName("© 1996-2020 Le Petit Courrier")).toBe("Le Petit Courrier");
    expect(copyrightNotice("© 2021 Nordküste Verlag GmbH & Co. KG")).toEqual({ name: "Nordküste Verlag", company: true });
    expect(copyrightNotice("Copyright 2020 Rīta Ziņas | Impressum")).toEqual({ name: "Rīta Ziņas", company: false });
    expect(copyrightName("Nordlys Avis © 2020")).toBe("Nordlys Avis");
    expect(copyrightName("© 2022 Все права защищены")).toBeNull();
    // The sign and the word both, then the years: the name after them, not the words before the sign.
    expect(copyrightName("All content © Copyright 2001 - 2023 Harbour-TV. Harbour-TV broadcasts news.")).toBe("Harbour-TV");
    // A photo's credit after the sign: the caption before it is no name.
    expect(copyrightName("A woodpecker on a branch | © Jane Doe (picture archive)")).toBeNull();
    // A menu's item holding the word, nothing after it: no name.
    expect(copyrightName("Infos zum Copyright")).toBeNull();
    expect(copyrightName("Nordlys Avis Copyright 2020")).toBe("Nordlys Avis");
  });

  it("cuts the site name from a title line, never a part of the headline", () => {
    expect(titleSiteName("Harbour wall to be repaired before winter | Nordlys Avis", "Harbour wall to be repaired before winter")).toBe("Nordlys Avis");
    expect(titleSiteName("Nordlys Avis - Harbour wall to be repaired before winter", "Harbour wall to be repaired before winter")).toBe("Nordlys Avis");
    expect(titleSiteName("Gaza – the talks resume in Cairo", "Gaza – the talks resume in Cairo")).toBeNull();
    // The title rule kept the whole line: its short last part is still the candidate.
    const whole = "Harbour wall to be repaired before winter | Nordlys Avis";
    expect(titleSiteName(whole, whole)).toBe("Nordlys Avis");
  });

  it("matches names to hosts by their registrable label", () => {
    expect(registrableLabel("news.gazette.co.uk")).toBe("gazette");
    expect(registrableLabel("www.elfaro.test")).toBe("elfaro");
    expect(matchesHost("El Faro", "elfaro.test")).toBe(true);
    expect(matchesHost("Klänge des Meeres", "klaenge-des-meeres.de")).toBe(true);
    expect(matchesHost("Le Petit Courrier", "petit-courrier.fr")).toBe(true);
    expect(matchesHost("Sport", "elfaro.test")).toBe(false);
  });

  it("finds the site's host from its links, else from addresses it prints", () => {
    const links = ["[a](https://gazette.test/a)", "[b](https://gazette.test/b)", "[c](https://gazette.test/c) [f](https://facebook.com/x)"];
    expect(dominantHost(links)).toBe("gazette.test");
    expect(dominantHost(["Kontakt: redaktion@gazette.test", "www.gazette.test"])).toBe("gazette.test");
    expect(dominantHost(["nothing here"])).toBeNull();
  });

  it("reads agency credits only where wire credits stand", () => {
    expect(agencyCredit("WASHINGTON (Reuters) - The council voted on Tuesday.")).toBe("Reuters");
    expect(agencyCredit("Berlin (dpa) - Der Rat hat am Dienstag abgestimmt.")).toBe("dpa");
    expect(agencyCredit("LONDRES, 3 dic (REUTERS) - El consejo votó el martes.")).toBe("Reuters");
    expect(agencyCredit("МОСКВА, 3 дек — РИА Новости. Совет проголосовал во вторник.")).toBe("РИА Новости");
    expect(agencyCredit("(서울=연합뉴스) 홍길동 기자 = 시의회는 화요일 방파제 보수 계획을 승인했다.")).toBe("연합뉴스");
    // The agency as the page spells it: a Ukrainian page's "Інтерфакс-Україна", a Russian one's "Интерфакс-Украина".
    expect(agencyCredit("Київ. 5 березня. /Інтерфакс-Україна/ Міська рада у вівторок ухвалила план.")).toBe("Інтерфакс-Україна");
    expect(agencyCredit("Киев. 5 марта. /Интерфакс-Украина/ Городской совет во вторник утвердил план.")).toBe("Интерфакс-Украина");
    // Interfax's own form: place, day, the agency in capitals, a dash; capitals in the list's letter case.
    expect(agencyCredit("Київ. 5 березня. ІНТЕРФАКС-УКРАЇНА – Міська рада у вівторок ухвалила план.")).toBe("Інтерфакс-Україна");
    expect(agencyCredit("新華社台北3月5日電 市議會週二通過了防波堤修復計畫。")).toBe("新華社");
    expect(agencyCredit("Москва. 5 марта. ИНТЕРФАКС - Городской совет во вторник утвердил план.")).toBe("Интерфакс");
    expect(agencyCredit("Москва. 5 марта. Городской совет во вторник утвердил план - ТАСС сообщил.")).toBeNull();
    const long = `${"The council voted on the plan after a long debate about the costs, ".repeat(3)}as the agency (AP) reported later that week in its survey of cities.`;
    expect(agencyCredit(long)).toBeNull();
  });
  it("reads the label before a network's domain as the site's own", () => {
    const spells = siteLabelMatcher("harbourtimes.newsgroup.test");
    expect(spells("The Harbour Times")).toBe(true);
    expect(spells("Harbour Times")).toBe(true);
    expect(spells("Newsgroup")).toBe(false);
    expect(siteLabelMatcher("fischerhuette.angelkarte.test")("Fischerhütte")).toBe(true);
    // A service's label or a short one names no site.
    expect(siteLabelMatcher("forum.gazette.test")("Forum")).toBe(false);
    expect(siteLabelMatcher("abc.gazette.test")("ABC")).toBe(false);
    expect(siteLabelMatcher("gazette.test")("Gazette")).toBe(false);
    expect(siteLabelMatcher(null)("Gazette")).toBe(false);
  });

  it("names the site by its own label over the network's", () => {
    const page = `[![The Harbour Times](https://harbourtimes.newsgroup.test/logo.png)](https://harbourtimes.newsgroup.test/)\n\n[Markets](https://harbourtimes.newsgroup.test/markets) [Ports](https://harbourtimes.newsgroup.test/ports)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n[About](https://harbourtimes.newsgroup.test/about) [Newsgroup](https://www.newsgroup.test/)\n\nNewsgroup: more sites of the network.\n`;
    expect(outletOf(page)).toBe("The Harbour Times");
  });
});
