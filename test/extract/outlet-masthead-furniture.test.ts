// Fixtures for mastheads below interface furniture and for more newspaper nouns: a line of icon-font
// names or a share button above the masthead takes no masthead's place and names no site; "voice",
// "echo", the evening paper and the Nordic and Catalan "daily" name a publication, an elided article
// ("L'Écho") included; menus in Bulgarian and Croatian are menus. The pages and names are made up.
import { describe, expect, it } from "vitest";
import { namesAPublication } from "../../pipeline/extract/publication-word.ts";
import { menuEntries } from "../../pipeline/clean/rules/menu-line.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

const page = (header: string) => `${header}\n\nHarbour wall to be repaired before winter\n\n${body()}\n`;

describe("namesAPublication: more nouns", () => {
  it("reads voice, echo, evening-paper and daily nouns, past an elided article", () => {
    for (const name of ["L'Écho de la Vallée", "La Voz del Valle", "Vestkyst Tidende", "Diari de Vall Avui", "Вечерний Новоград", "Η Φωνή της Πόλης", "Riječki list", "Rannikkolehti", "L'Eco di Collina"])
      expect(namesAPublication(name), name).toBe(true);
  });
  it("the noun alone or with an article only is no name", () => {
    for (const name of ["L'Écho", "La Voz", "Tidende", "Lehti"]) expect(namesAPublication(name), name).toBe(false);
  });
});

describe("outlet: a masthead whose noun is also a menu's word", () => {
  it("keeps the noun in the name", () => {
    expect(outletOf(page("Новости Заречья\n\n# Мост через реку откроют в июне\n\n14 мая 2024"))).toBe("Новости Заречья");
  });
  it("reads the Thai 'daily' and the Greek 'press'", () => {
    expect(outletOf(page("หน้าแรก  ข่าว  การเมือง  กีฬา\n\nข่าวภาคใต้รายวัน"))).toBe("ข่าวภาคใต้รายวัน");
    expect(outletOf(page("Αρχική | Ειδήσεις | Πολιτική | Αθλητισμός\n\nΕλεύθερος Τύπος Κρήτης"))).toBe("Ελεύθερος Τύπος Κρήτης");
  });
});

describe("outlet: furniture above the masthead", () => {
  it("skips a line of icon-font names and a skip link", () => {
    expect(outletOf(page("Skip to main content\nmenu search account_circle\nNews  Politics  Business  Sport\n\nThe Valley Gazette"))).toBe("The Valley Gazette");
  });
  it("a share button naming a network is no site speaking of itself", () => {
    const got = outletOf(page("Domů  Zprávy  Sport  Kultura\n\nPodhorský deník\n\nSdílet na Facebooku\nSdílet na X"));
    expect(got).toBe("Podhorský deník");
  });
  it("reads a masthead under a Bulgarian or Croatian menu", () => {
    expect(menuEntries("Начало Новини България Свят Спорт")).toBe(5);
    expect(menuEntries("Naslovnica Vijesti Sport Biznis Kultura")).toBe(5);
    expect(outletOf(page("Начало Новини България Свят Спорт\n\nДобрички вестник"))).toBe("Добрички вестник");
    expect(outletOf(page("Naslovnica Vijesti Sport Biznis Kultura\n\nRiječki list"))).toBe("Riječki list");
  });
});
