// Outlet shapes of small sites and blogs (rules/outlet/): a site title linked to the home page, a
// blog on a hosting platform's subdomain, a home link's alt text ("Gazette homepage"), a copyright
// notice with the sign after the year, and a notice that reserves the rights above the footer. The
// pages are made up, shaped the way HTML→Markdown and text-browser dumps lay such pages out.
import { describe, expect, it } from "vitest";
import { copyrightName } from "../../pipeline/extract/rules/outlet/copyright.ts";
import { registrableLabel } from "../../pipeline/extract/rules/outlet/host.ts";
import { logoAltName } from "../../pipeline/extract/rules/outlet/logo.ts";
import { selfReference } from "../../pipeline/extract/rules/outlet/self-reference.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";


describe("a blog's subdomain on a hosting platform", () => {
  it("is the blog's label, not the platform's", () => {
    expect(registrableLabel("gartenzwerg.wordpress.com")).toBe("gartenzwerg");
    expect(registrableLabel("mireille.blogspot.fr")).toBe("mireille");
    expect(registrableLabel("notes.substack.com")).toBe("notes");
    expect(registrableLabel("news.bbc.co.uk")).toBe("bbc");
  });

  it("keeps the platform where the subdomain is a language or the platform's own blog", () => {
    expect(registrableLabel("en.blog.wordpress.com")).toBe("wordpress");
    expect(registrableLabel("fr.wordpress.com")).toBe("wordpress");
    expect(registrableLabel("wordpress.com")).toBe("wordpress");
  });
});

describe("a site title linked to the home page", () => {
  it("names the outlet from a heading that is only a link home (Latin, Cyrillic)", () => {
    const de = `[Zum Inhalt springen](#content)\n\n# [Grünes Gartenjournal](https://gartenjournal.wordpress.com/)\n\nNotizen aus dem Schrebergarten\n\n## [Harbour wall to be repaired before winter](https://gartenjournal.wordpress.com/2019/03/05/harbour/)\n\n${body()}\n\n[Bloggen auf WordPress.com.](https://wordpress.com/)\n`;
    expect(outletOf(de)).toBe("Grünes Gartenjournal");
    const ru = `[Записки садовника](https://zapiski-sadovnika.test/ "Записки садовника")\n\n-   [Главная](https://zapiski-sadovnika.test/)\n-   [Об авторе](https://zapiski-sadovnika.test/about/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n`;
    expect(outletOf(ru)).toBe("Записки садовника");
  });

  it("takes no menu word linked home and no language switch", () => {
    const home = `# [Startseite](https://gazette.test/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n`;
    expect(outletOf(home)).toBeNull();
    const lang = `[Rumantsch](https://gazette.test/rm/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n`;
    expect(outletOf(lang)).toBeNull();
  });
});

describe("a home link's alt text printed in the header", () => {
  it("reads the name before 'homepage' or 'Startseite'", () => {
    expect(logoAltName("Harbour Herald homepage")).toBe("Harbour Herald");
    expect(logoAltName("KÜSTENBOTE.DE - zur Startseite")).toBe("KÜSTENBOTE.DE");
    expect(logoAltName("El Faro página de inicio")).toBe("El Faro");
  });

  it("takes no words about the site and no bare home word", () => {
    expect(logoAltName("Le nostre homepage")).toBeNull();
    expect(logoAltName("Zur Startseite")).toBeNull();
    expect(logoAltName("Zurück zur Startseite")).toBeNull();
  });

  it("names the outlet from such a line in a text browser's header", () => {
    const page = `Skip to main content\n\nHarbour Herald homepage\n\n  • News\n  • Sport\n\nHarbour wall to be repaired before winter\n\n${body()}\n\nTerms of use\n`;
    expect(outletOf(page)).toBe("Harbour Herald");
  });
});

describe("copyright notices", () => {
  it("reads a sign after the year ('Copyright 2020 © X')", () => {
    expect(copyrightName("Copyright 2020 © The Harbour Herald. All rights reserved.")).toBe("The Harbour Herald");
    expect(copyrightName("Copyright 2019 © Küstenbote")).toBe("Küstenbote");
  });

  it("cuts an owner's credit and a maker's credit after the name", () => {
    expect(copyrightName("© 2005-2020 Harbour Herald a Seaside Ventures Company. All rights reserved.")).toBe("Harbour Herald");
    expect(copyrightName("© 2023 Küstenbote | Contentmanagement by ExampleCMS")).toBe("Küstenbote");
  });

  it("reads an Arabic notice reserving the rights to a name ('محفوظة لـ X'), quotes off", () => {
    expect(copyrightName('جميع الحقوق © محفوظة لـ "دار الفجر" - ويحظر النشر دون إذن')).toBe("دار الفجر");
    expect(copyrightName("© 2023 جميع الحقوق محفوظة لـ «الفجر»")).toBe("الفجر");
    expect(copyrightName("© 2021 صحيفة الفجر. جميع الحقوق محفوظة")).toBe("صحيفة الفجر");
  });

  it("takes a notice that reserves the rights as the site's own, even above the footer's last lines", () => {
    const footer = Array.from({ length: 45 }, (_, k) => `- [Rubrik ${k + 1}](/rubrik-${k + 1}/)`).join("\n");
    const page = `Menü\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n© 2021 GRÜNER ALLTAG MAGAZIN    Alle Rechte vorbehalten.\n\n${footer}\n`;
    expect(outletOf(page)).toBe("GRÜNER ALLTAG MAGAZIN");
  });

  it("leaves a wire agency's notice closing its story to the site's own notice in the footer", () => {
    const footer = Array.from({ length: 45 }, (_, k) => `- [Section ${k + 1}](/section-${k + 1}/)`).join("\n");
    const page = `Menu\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nCopyright 2019 The Associated Press. All rights reserved.\n\n${footer}\n\n© 2019 Harbour Herald\n`;
    expect(outletOf(page)).toBe("Harbour Herald");
  });
});

describe("the site speaking of itself outside the article", () => {
  it("reads more leads: 'More from X', 'Weiterlesen auf X', 'New to X?'", () => {
    expect(selfReference("More from The Harbour Herald")).toBe("The Harbour Herald");
    expect(selfReference("Weiterlesen auf Küstenbote.de:")).toBe("Küstenbote.de");
    expect(selfReference("Exklusiv bei GRÜNER ALLTAG")).toBe("GRÜNER ALLTAG");
    expect(selfReference("New to The Harbour Herald?")).toBe("The Harbour Herald");
    expect(selfReference("Leia mais no Correio do Porto")).toBe("Correio do Porto");
    expect(selfReference("Search Harbour Herald")).toBe("Harbour Herald");
    expect(selfReference("Search Jobs")).toBeNull();
  });

  it("takes no embedded post's caption and no 'follow us' as a name", () => {
    expect(selfReference("View this post on Instagram")).toBeNull();
    expect(selfReference("Ver esta publicación en Instagram")).toBeNull();
    expect(selfReference("Síguenos en Facebook")).toBeNull();
    expect(selfReference("Suivez-nous sur Twitter")).toBeNull();
    expect(selfReference("La Gazette du Port on Facebook")).toBe("La Gazette du Port");
  });

  it("takes no copula sentence from a sidebar (a person's note), only a lead or a network", () => {
    expect(selfReference("Jane Doe is a reporter covering the harbour.", false)).toBeNull();
    expect(selfReference("Harbour Herald on Instagram", false)).toBe("Harbour Herald");
  });

  it("names the outlet from a sidebar between the article and the footer's last 40 lines", () => {
    const links = Array.from({ length: 45 }, (_, k) => `- [Beitrag ${k + 1}](https://www.gartenpost.test/beitrag-${k + 1}/)`).join("\n");
    const page = `[Menü](#menu)\n\n# Harbour wall to be repaired before winter\n\n${body(24)}\n\n## Gartenpost auf Instagram\n\n${links}\n`;
    expect(outletOf(page)).toBe("Gartenpost");
  });
});

describe("a blog's first name line", () => {
  const wp = (top: string, credit: string) =>
    `${top}\n\nHarbour wall to be repaired before winter\n\n12. März 2019 at 20:51 (Allgemein)\n\n${body()}\n\nTeilen mit:\n\n  • Twitter\n  • Facebook\n\n${credit}\n`;

  it("names the outlet when the footer credits a blog platform (German, French, English)", () => {
    expect(outletOf(wp("Zum Inhalt springen\n\nGartenzwergs Notizbuch", "Bloggen auf WordPress.com."))).toBe("Gartenzwergs Notizbuch");
    expect(outletOf(wp("Carnets de Mireille", "Fièrement propulsé par WordPress"))).toBe("Carnets de Mireille");
    expect(outletOf(wp("Harbour Notes", "Proudly powered by WordPress | Theme: Sydney"))).toBe("Harbour Notes");
  });

  it("takes nothing from the first line without such a credit, nor a weather or archive calendar line", () => {
    expect(outletOf(wp("Harbour Notes", "Impressum"))).toBeNull();
    expect(outletOf(wp("33°F", "Powered by WordPress"))).toBeNull();
    expect(outletOf(wp("Dec JAN Apr", "Powered by WordPress"))).toBeNull();
  });
});

describe("a name line with its tagline further down the header", () => {
  it("takes the name before the tagline when the footer prints it as an address", () => {
    const menu = Array.from({ length: 15 }, (_, k) => `  • Rubrik ${k + 1}`).join("\n");
    const page = `Zum Inhalt springen\n\nMenü\n\n${menu}\n\nkuestenbote.de - Das Online-Magazin für die ganze Küste\n\nHarbour wall to be repaired before winter\n\n${body()}\n\nKontakt: redaktion@kuestenbote.de\n`;
    expect(outletOf(page)).toBe("kuestenbote.de");
  });
});

describe("what a name is not", () => {
  it("takes no weather reading from the header and keeps no copyright sign before a name", () => {
    const page = `**1°C**\n\nHARBOUR HERALD\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n© HARBOUR HERALD\n`;
    expect(outletOf(page)).toBe("HARBOUR HERALD");
  });

  it("keeps a short brand's '!' and takes no call to action", () => {
    const brand = `![SHE rocks!](/logo.png)\n\nSHE rocks!\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n© 2022 SHE rocks! Alle Rechte vorbehalten.\n`;
    expect(outletOf(brand)).toBe("SHE rocks!");
    const cta = `Hier klicken! Hier klicken!\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nHier klicken!\n`;
    expect(outletOf(cta)).toBeNull();
  });

  it("keeps a name printed twice in a row when the host spells it so, and reads a logo's double print once", () => {
    const twice = `[Menu](https://www.tamtam.test/menu/)\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\nGET THE TAM TAM NEWSLETTER\n\n[Contact](https://www.tamtam.test/contact/)\n`;
    expect(outletOf(twice)).toBe("TAM TAM");
    const logo = `Harbour Herald Harbour Herald\n\n# Harbour wall to be repaired before winter\n\n${body()}\n\n© 2020 Harbour Herald\n`;
    expect(outletOf(logo)).toBe("Harbour Herald");
  });
});
