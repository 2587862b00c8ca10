// Pins menu-line: a one-line section menu (pipes, bullets or plain spaces between entries; in spaced and
// unspaced scripts) is removed with its entry count in the audit trail; headlines, bylines and date lines
// made of short parts are kept because they carry digits, punctuation or too few section names.
import { describe, expect, it } from "vitest";
import { menuLine } from "../../../pipeline/clean/rules/menu-line.ts";
import { kept, logOf, removed, run } from "./run.ts";

const page = [
  "Home | World | Business | Sport | Culture", // 1 pipes
  "Startseite Politik Wirtschaft Sport Kultur", // 2 spaces, German
  "Главная Новости Политика Экономика Спорт", // 3 Cyrillic
  "首页 新闻 财经 体育 娱乐", // 4 Chinese, no spaces between words otherwise
  "หน้าแรก ข่าว กีฬา บันเทิง", // 5 Thai
  "Trang chủ Thời sự Kinh tế Thể thao", // 6 Vietnamese two-syllable entries
  "[होम](https://news.example.in/) • [देश](/desh) • [विदेश](/videsh) • [खेल](/khel)", // 7 bullets, link markup
  "# Home Secretary resigns over leaked memo", // 8 a headline opening with a menu word
  "Home News Sport defends its new stadium plan", // 9 mostly not section names
  "John Smith | Reuters | Business desk", // 10 a byline with pipes: one section name only
  "Politics | 3 March 2026 | 5 min read", // 11 digits: a date line
  "World news: markets slide, sport cancelled", // 12 punctuation: a sentence
  "| Politics | Economy | Sport |", // 13 a Markdown table row
  "ホーム ニュース 経済 政治 国際", // 14 Japanese
];

describe("menu-line", () => {
  const doc = run(page, [menuLine]);

  it("removes section menus in every script and separator, citing the entry count", () => {
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3, 4, 5, 6, 7, 14]);
    expect(logOf(doc, "menu-line").map((e) => [e.first_line, e.reason])).toEqual([
      [1, "section menu of 5 entries"],
      [2, "section menu of 5 entries"],
      [3, "section menu of 5 entries"],
      [4, "section menu of 5 entries"],
      [5, "section menu of 4 entries"],
      [6, "section menu of 4 entries"],
      [7, "section menu of 4 entries"],
      [14, "section menu of 5 entries"],
    ]);
  });

  it("keeps headlines, bylines, date lines, sentences and table rows", () => {
    expect(kept(doc)).toEqual([page[7], page[8], page[9], page[10], page[11], page[12]]);
  });
});

describe("menu-line: a text browser's menu bar, cells set apart by runs of spaces", () => {
  const cells = [
    "Címlap  Belföld  Külföld  Gazdaság  Sport", // 1 Hungarian, a home entry the lexicon lacks
    "Acasă  Actualitate  Politică  Economie  Sport", // 2 Romanian, two sections the lexicon lacks
    "Harbour  Lights  Festival  Opens  Tonight", // 3 a headline set in spaced cells: no section names
    "Sport  Brücke über den Fluss wird gesperrt  Kultur", // 4 a cell too long for a menu entry
  ];
  const doc = run(cells, [menuLine]);
  it("removes it when half its cells are section names, each cell a short label", () => {
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2]);
    expect(logOf(doc, "menu-line").map((e) => e.reason)).toEqual(["section menu of 5 entries", "section menu of 5 entries"]);
  });
  it("keeps spaced cells that are no section names or too long for entries", () => {
    expect(kept(doc)).toEqual([cells[2], cells[3]]);
  });
});
