// Fixtures for the masthead signals of the outlet rule: the first name line above the headline (past
// skip links, menus, log-in bars and language switches, in several languages) when the page prints
// that name again inside other text, and the spelling the page prints most (article, domain ending).
// The pages are made up, shaped like text-browser dumps (no links) and HTML→Markdown conversions.
import { describe, expect, it } from "vitest";
import { copyrightNotice } from "../../pipeline/extract/rules/outlet/copyright.ts";
import { withArticle, withDomainEnding } from "../../pipeline/extract/rules/outlet/name-form.ts";
import { navigationLine } from "../../pipeline/extract/rules/outlet/navigation.ts";
import { selfReference } from "../../pipeline/extract/rules/outlet/self-reference.ts";
import { body, outletOf, runPage } from "../helpers/outlet-page.ts";


const run = runPage;

describe("outlet: the masthead above the headline", () => {
  it("takes the first name line past skip links and menus when the page names it again (text dump)", () => {
    const page = `Skip to main content\nMenu   Search\n\nHarbour Courier\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nAbout Harbour Courier · Contact · Jobs\n`;
    expect(outletOf(page)).toBe("Harbour Courier");
    const doc = run(page);
    const entry = doc.log.find((e) => e.rule === "outlet" && e.field === "outlet");
    expect(entry?.reason).toContain("first name line above the headline");
  });

  it("never takes a menu entry alone on its line ('News') for the site, even when the notice holds the word", () => {
    const page = `News

Sport

Weather

Harbour wall to be repaired before winter

${body()}

Copyright © 2026 Harbour News. All rights reserved.
`;
    expect(outletOf(page)).not.toBe("News");
  });

  it("does so in German, French and Russian headers", () => {
    const de = `Zum Inhalt springen\nMenü\n\nKüstenbote\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nDer Küstenbote auf Instagram\n`;
    expect(outletOf(de)).toBe("Küstenbote");
    const fr = `Aller au contenu principal\nSe connecter   S'abonner\n\nL'Écho du Port\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nNewsletter de L'Écho du Port\n`;
    expect(outletOf(fr)).toBe("L'Écho du Port");
    const ru = `Перейти к содержимому\nПоиск\n\nВечерний Порт\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nРедакция «Вечерний Порт», 2021\n`;
    expect(outletOf(ru)).toBe("Вечерний Порт");
  });

  it("keeps the name and drops a tagline or a menu word run into the line", () => {
    const tagline = `Skip to content\n\nHarbour Courier - News from the coast\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nFollow Harbour Courier on social media\n`;
    expect(outletOf(tagline)).toBe("Harbour Courier");
    const menuWord = `Harbour Courier Menu\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nWrite to Harbour Courier\n`;
    expect(outletOf(menuWord)).toBe("Harbour Courier");
  });

  it("takes a first name line that the footer prints again as a line of its own", () => {
    const page = `Zum Inhalt springen\n\nKüstenbote\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nKüstenbote\n\nImpressum\n`;
    expect(outletOf(page)).toBe("Küstenbote");
  });

  it("takes no logo whose alt text is an image's file name", () => {
    const page = `[![header-logo.png](/img/header-logo.png)](/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n`;
    expect(outletOf(page)).toBeNull();
  });

  it("names nothing from a first line the page never prints again, or from navigation alone", () => {
    // (a name without a newspaper's noun: "Harbour Courier" printed once names the outlet, see
    // outlet-publication-word.test.ts)
    const once = `Skip to content\n\nHarbour Lights\n\n# Harbour wall to be repaired before winter\n\n${body()}\n`;
    expect(outletOf(once)).toBeNull();
    const nav = `Skip to content\nSearch\nLog in   Subscribe\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nLog in to comment\n`;
    expect(outletOf(nav)).toBeNull();
  });

  it("tells navigation lines from names in several languages", () => {
    for (const line of ["Skip to main content", "Zum Inhalt springen", "Direkt zum Inhalt", "Aller au contenu", "Saltar al contenido", "Przejdź do treści", "Hoppa till innehåll", "Spring til indhold", "Hopp til innhold", "Siirry sisältöön", "Перейти к содержимому", "Menü schließen", "DE EN", "Deutsch", "English", "Español", "Se connecter S'abonner", "Navigation und Service", "검색", "メニュー"])
      expect(navigationLine(line), line).toBe(true);
    for (const line of ["Harbour Courier", "The Balance", "Le Monde des Ports", "Küstenbote", "Вечерний Порт", "东方晨报"]) expect(navigationLine(line), line).toBe(false);
  });

  it("takes edition switches (a country's name) and navigation words run into compounds for navigation", () => {
    for (const line of ["Deutschland", "Sweden", "España", "Bereichsnavigation", "Servicenavigation", "Schnellsuche"]) expect(navigationLine(line), line).toBe(true);
    for (const line of ["Harbour Courier Germany", "Küstenbote Schweden", "Kurier"]) expect(navigationLine(line), line).toBe(false);
    // A compound needs three letters of its own before the navigation word, whatever their script (a
    // digit, a mark or a symbol is none); the suffix is looked up by the word's end.
    for (const line of ["Zzzsuche", "Ωμέγαnavigation", "𐐀𐐁𐐂navigation"]) expect(navigationLine(line), line).toBe(true);
    for (const line of ["Xysuchen", "Ab1navigation", "Ab😀navigation", "Suchenx"]) expect(navigationLine(line), line).toBe(false);
    // The masthead keeps its country ("… Germany") and loses a link's wording after it.
    const page = `Skip to content\n\nHarbour Courier Germany logo\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nAbout Harbour Courier Germany\n`;
    expect(outletOf(page)).toBe("Harbour Courier Germany");
    const linked = `Zum Inhalt springen\n\nLogo Küstenbote (Link zur Startseite)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nÜber den Küstenbote\n`;
    expect(outletOf(linked)).toBe("Küstenbote");
  });
});

describe("outlet: the spelling the page prints most", () => {
  it("adds an article the page prints with a capital before the name", () => {
    const raws = ["The Harbour Courier reported on Monday.", "Subscribe to The Harbour Courier", "© 2021 Harbour Courier"];
    expect(withArticle("Harbour Courier", raws)).toBe("The Harbour Courier");
    expect(withArticle("Harbour Courier", ["the Harbour Courier said", "Harbour Courier", "Harbour Courier staff"])).toBe("Harbour Courier");
    expect(withArticle("Küstenbote", ["Die Küstenbote-App", "Abo: Die Küstenbote", "Die Küstenbote im Netz"])).toBe("Die Küstenbote");
  });

  it("adds a domain ending the page prints after the name as a brand, not in addresses", () => {
    expect(withDomainEnding("Kuestenbote", ["Kuestenbote.de auf Instagram", "Mediadaten Kuestenbote.de", "© Kuestenbote"])).toBe("Kuestenbote.de");
    expect(withDomainEnding("Kuestenbote", ["www.Kuestenbote.de", "info@Kuestenbote.de", "https://Kuestenbote.de/a", "Kuestenbote"])).toBe("Kuestenbote");
    expect(withDomainEnding("Kuestenbote", ["Kuestenbote.de", "Kuestenbote", "Kuestenbote heute", "Kuestenbote"])).toBe("Kuestenbote");
    // A brand printed with its ending three times or more is written so, however often the bare name shows.
    const printed = ["Weiterlesen auf Kuestenbote.de", "Werben auf Kuestenbote.de", "Kuestenbote.de bei Instagram", ...Array(5).fill("Kuestenbote Kultur")];
    expect(withDomainEnding("Kuestenbote", printed)).toBe("Kuestenbote.de");
  });
});

describe("outlet: the site speaking of itself in its header and footer", () => {
  it("reads the name from about lines, network accounts and 'X is a' lines in several languages", () => {
    expect(selfReference("About Harbour Courier")).toBe("Harbour Courier");
    expect(selfReference("Über Küstenbote")).toBe("Küstenbote");
    expect(selfReference("Más información sobre El Faro")).toBe("El Faro");
    expect(selfReference("Harbour Courier on Instagram")).toBe("Harbour Courier");
    expect(selfReference("Küstenbote auf Facebook")).toBe("Küstenbote");
    expect(selfReference("Küstenbote ist ein Online-Magazin für Nachrichten von der Küste.")).toBe("Küstenbote");
    expect(selfReference("El Faro es un diario digital independiente.")).toBe("El Faro");
  });

  it("takes no person's note, no 'about us' and no sentence's subject", () => {
    expect(selfReference("Jane Harlow is a reporter covering the harbour.")).toBeNull();
    expect(selfReference("Über uns")).toBeNull();
    expect(selfReference("About us")).toBeNull();
    expect(selfReference("this site is a project of volunteers")).toBeNull();
    expect(selfReference("The council met on Tuesday, and the mayor is a sailor.")).toBeNull();
  });

  it("names the outlet from a footer that speaks of the site and a header that prints its name (text dump)", () => {
    const page = `Skip to content\nHarbour Courier   News from the coast\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n- Imprint\n- Privacy\n- Harbour Courier on Instagram\n- Jobs\n`;
    const doc = run(page);
    expect(doc.captured.outlet).toBe("Harbour Courier");
    expect(doc.log.find((e) => e.rule === "outlet" && e.field === "outlet")?.reason).toContain("the site speaks of itself by this name");
  });
});

describe("outlet: a publishing group's notice", () => {
  it("reads a group's name in a notice as an owner's", () => {
    expect(copyrightNotice("© 2021 Coast Media Group. All rights reserved.")).toEqual({ name: "Coast Media Group", company: true });
    expect(copyrightNotice("© 2021 Nordküste Mediengruppe")).toEqual({ name: "Nordküste Mediengruppe", company: true });
    expect(copyrightNotice("© 2021 Grupo Costa")).toEqual({ name: "Grupo Costa", company: true });
    expect(copyrightNotice("© 2021 Harbour Courier")).toEqual({ name: "Harbour Courier", company: false });
    // Pieces of a notice's wording are no names.
    expect(copyrightNotice("Copyright © 2021 & Permissions")).toBeNull();
    expect(copyrightNotice("© 2021 All content")).toBeNull();
  });

  it("names no outlet from a group's notice alone, and lets the masthead win over it", () => {
    expect(outletOf(`# Harbour wall to be repaired before winter\n\n${body(8)}\n\n© 2021 Coast Media Group\n`)).toBeNull();
    const page = `Skip to content\n\nHarbour Courier\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nAbout Harbour Courier\n\n© 2021 Coast Media Group\n`;
    expect(outletOf(page)).toBe("Harbour Courier");
  });
});

describe("outlet: a wire agency named alone above the headline, or after the dateline's city", () => {
  it("takes, as the page spells it, 'ANSA' or 'Интерфакс-Украина' alone on a header line, and 'City - Agency' datelines", () => {
    expect(outletOf(`Home Cronaca Politica Economia Sport\n\nANSA\n\nManovra, via libera del Consiglio dei ministri\n\nRoma, 3 dicembre 2026\n\n${body()}\n`)).toBe("ANSA");
    expect(outletOf(`Интерфакс-Украина\n\nПравительство утвердило план восстановления энергосистемы\n\n3 декабря 2026\n\n${body()}\n`)).toBe("Интерфакс-Украина");
    const ar = [
      "أعلنت الحكومة اليوم عن خطة جديدة لدعم الصادرات تهدف إلى زيادة حجم التجارة الخارجية خلال العامين المقبلين.",
      "وقال وزير التجارة في مؤتمر صحفي إن الخطة تشمل حوافز ضريبية للشركات المصدرة وتسهيلات في الإجراءات الجمركية.",
      "ومن المتوقع أن تبدأ الحكومة تنفيذ الخطة مطلع العام المقبل بعد موافقة البرلمان عليها.",
    ].join("\n\n");
    expect(outletOf(`الحكومة تعلن خطة جديدة لدعم الصادرات\n\nالقاهرة - رويترز\n\n${ar}\n`)).toBe("رويترز");
  });
  it("reads an agency in capitals, after an upper-case place, day and dash, and on a source line", () => {
    expect(outletOf(`Harbour wall to be repaired before winter\n\n3 December 2026\n\nMADRID, 3 Dic. (EUROPA PRESS) - ${body()}\n`)).toBe("Europa Press");
    const ru = [
      "МОСКВА, 3 дек — РИА Новости. Городской совет во вторник проголосовал за восстановление старого каменного моста через реку.",
      "Работы должны начаться весной и продлиться около восемнадцати месяцев, сообщили в мэрии города.",
      "Жители окрестных домов давно добивались ремонта моста, который закрыт для движения уже третий год.",
    ].join("\n\n");
    expect(outletOf(`Горсовет одобрил восстановление моста\n\n3 декабря 2026\n\n${ru}\n`)).toBe("РИА Новости");
    expect(outletOf(`Harbour wall to be repaired before winter\n\n3 December 2026\n\n${body()}\n\nŹródło: PAP\n`)).toBe("PAP");
    expect(outletOf(`Harbour wall to be repaired before winter\n\n2026-12-03 14:05 来源：新华社\n\n${body()}\n`)).toBe("新华社");
    // A source label before a word that is no agency, or an agency inside a sentence, names nothing.
    expect(outletOf(`Harbour wall to be repaired before winter\n\n3 December 2026\n\n${body()}\n\nSource: council minutes\n`)).toBeNull();
  });
  it("leaves an agency named inside a menu list", () => {
    expect(outletOf(`* Reuters\n* AFP\n* Sport\n\nHarbour wall to be repaired before winter\n\n${body()}\n`)).toBeNull();
  });
});
