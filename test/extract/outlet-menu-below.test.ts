// Fixtures for the masthead-over-its-menu signal of the outlet rule: a page that opens with a name line
// and the site's section menu under it, one entry a line, names its outlet even when nothing else on
// the page prints the name. The pages are made up, shaped like scraped text (no links).
import { describe, expect, it } from "vitest";
import { mastheadOverMenu, menuBelow } from "../../pipeline/extract/rules/outlet/menu-below.ts";
import { body, outletOf } from "../helpers/outlet-page.ts";

const headline = "Harbour wall to be repaired before winter";

describe("outlet: a masthead over its section menu", () => {
  it("takes the name line the section menu follows, in Latin, Greek and Arabic script", () => {
    expect(outletOf(`Kestrel Point\nNews\nPolitics\nSport\nCulture\n\n${headline}\n\n${body()}\n`)).toBe("Kestrel Point");
    expect(outletOf(`Λιμενικός Ταχυδρόμος\nΠολιτική\nΟικονομία\nΚόσμος\nΑθλητισμός\n\n${headline}\n\n${body()}\n`)).toBe("Λιμενικός Ταχυδρόμος");
    expect(outletOf(`بريد الميناء\nالرئيسية\nأخبار\nسياسة\nاقتصاد\n\n${headline}\n\n${body()}\n`)).toBe("بريد الميناء");
  });

  it("reads past a menu button among the entries and keeps a capitals masthead as printed", () => {
    expect(outletOf(`EL FARO\nMenú\nEspaña\nInternacional\nEconomía\nDeportes\n\n${headline}\n\n${body()}\n`)).toBe("EL FARO");
  });

  it("names nothing from a first line with no menu under it and nothing else naming it", () => {
    expect(outletOf(`Kestrel Point\n\n${headline}\n\n${body()}\n`)).toBeNull();
    // Two entries are a kicker's neighbours, not a menu.
    expect(outletOf(`Kestrel Point\nNews\nSport\n\n${headline}\n\n${body()}\n`)).toBeNull();
  });

  it("takes no entry inside a menu for a masthead (a menu entry stands right above it)", () => {
    expect(mastheadOverMenu(["Politics", "Harbourside", "News", "Sport", "Culture"], 1)).toBe(false);
    expect(mastheadOverMenu(["Kestrel Point", "News", "Sport", "Culture"], 0)).toBe(true);
  });

  it("counts menu entries only, one a line, blank lines aside", () => {
    expect(menuBelow(["Gazette", "", "News", "", "Sport", "Culture"], 0)).toBe(true);
    expect(menuBelow(["Gazette", "News", "The council met on Tuesday", "Sport", "Culture"], 0)).toBe(false);
    // An entry the lists lack stands among known ones; a run mostly of unknown words is no menu.
    expect(menuBelow(["Gazette", "News", "Harbourside", "Sport", "Culture"], 0)).toBe(true);
    expect(menuBelow(["Gazette", "News", "Harbourside", "Quayside", "Dockland", "Seafront", "Sport", "Culture"], 0)).toBe(false);
    expect(menuBelow(["Gazette", "News   Sport   Culture"], 0)).toBe(false);
  });
});

describe("outlet: a news agency's masthead keeps its whole name", () => {
  it("keeps a menu word that is part of an agency's name ('РИА Новости')", () => {
    expect(outletOf(`РИА Новости\nПолитика\nЭкономика\nВ мире\n\n${headline}\n\n${body()}\n`)).toBe("РИА Новости");
  });
});

describe("outlet: a blog's header menu is navigation, not its name", () => {
  it("looks past 'Home About Archive Contact' to the blog's title on a page a blog platform credits", () => {
    const page = `Home About Archive Contact\n\nKestrel Point\n\n${headline}\n\n${body()}\n\nKestrel Point · Powered by WordPress\n`;
    expect(outletOf(page)).toBe("Kestrel Point");
  });
});
