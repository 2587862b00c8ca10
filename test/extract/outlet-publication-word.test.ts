// Fixtures for a masthead printed once that says it is a publication ("Diario del Sur", "江南日报"): the
// first name line above the headline holding a newspaper's noun names the outlet with nothing repeating
// it; a section label with the same noun ("Latest News") does not; a section menu read by the clean
// stage is no masthead; such a masthead is no author; a rights reservation before "©" names nobody.
// The pages are made up.
import { describe, expect, it } from "vitest";
import { namesAPublication } from "../../pipeline/extract/publication-word.ts";
import { copyrightNotice } from "../../pipeline/extract/rules/outlet/copyright.ts";
import { body, outletOf, runPage } from "../helpers/outlet-page.ts";

const page = (header: string) => `${header}\n\nHarbour wall to be repaired before winter\n\n${body()}\n`;

describe("namesAPublication", () => {
  it("reads a newspaper's noun in many languages and scripts", () => {
    for (const name of ["Diario del Sur", "Jornal do Planalto", "Dagblad van het Noorden", "Moravský deník dnes", "Báo Sông Hồng", "Ege Postası", "Новости Поволжья", "صحيفة الوادي", "भारत समाचार", "The Harbour Times", "Rheinische Tageszeitung", "江南日报", "한빛일보"])
      expect(namesAPublication(name), name).toBe(true);
  });
  it("not a section's label or the noun alone", () => {
    for (const name of ["News", "Latest News", "World News", "Top Stories", "Sport", "Breaking News", "Daily News", "日报", "Courier", "The Times"])
      expect(namesAPublication(name), name).toBe(false);
  });
});

describe("outlet: a masthead printed once that names a publication", () => {
  it("takes it in several languages when nothing else names the site", () => {
    expect(outletOf(page("Inicio | Nacional | Deportes | Opinión\nDiario del Sur\nECONOMÍA"))).toBe("Diario del Sur");
    expect(outletOf(page("Nieuws  Sport  Regio  Economie\nDagblad van het Noorden\nRegio"))).toBe("Dagblad van het Noorden");
    expect(outletOf(page("首页 | 新闻 | 财经 | 体育\n江南日报\n科技"))).toBe("江南日报");
  });
  it("skips a section menu the clean stage read, even when it holds a newspaper's noun", () => {
    const got = outletOf(page("Domů  Zprávy  Domácí  Zahraniční  Ekonomika  Sport\nMoravský deník dnes\nDomácí"));
    expect(got).toBe("Moravský deník dnes");
  });
  it("does not take a section label above the headline", () => {
    expect(outletOf(page("Menu\nLatest News"))).toBeNull();
  });
  it("a masthead beside the date is not the author; the reporter's name under it is", () => {
    const doc = runPage(`Trang chủ | Thời sự | Thế giới | Kinh doanh\nBáo Sông Hồng\nThời sự\nHà Nội thí điểm thu phí xe vào nội đô\nThứ Ba, 19/03/2024 - 16:20\nNguyễn Văn Hùng\n\n${body()}\n`);
    expect(doc.captured.authors).not.toContain("Báo Sông Hồng");
    expect(doc.captured.authors).not.toContain("Thứ Ba");
    expect(doc.captured.outlet).toBe("Báo Sông Hồng");
  });
});

describe("copyright notice: a reservation is no name", () => {
  it("reads no name from the words before the sign when they reserve the rights", () => {
    expect(copyrightNotice("Riproduzione riservata ©")).toBeNull();
    expect(copyrightNotice("Tous droits réservés ©")).toBeNull();
    expect(copyrightNotice("Gazzetta del Porto ©")?.name).toBe("Gazzetta del Porto");
  });
});
