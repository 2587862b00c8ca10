import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { cjkDispatch, dateline } from "../../pipeline/extract/rules/dateline.ts";
import { profileFor } from "../../pipeline/extract/rules/outlet/host.ts";
import { outlet } from "../../pipeline/extract/rules/outlet/index.ts";

const datelineOf = (text: string) => runRules(toWorkingDoc("t.txt", text), [dateline], "extract").captured.dateline;

describe("dateline", () => {
  it("reads the place before the dash, with region, wire-style day and agency", () => {
    expect(datelineOf("OSLO — The harbour wall will be repaired before winter, the council said.")).toBe("OSLO");
    expect(datelineOf("BERGEN, Norway (Gazette) - The harbour wall will be repaired.")).toBe("BERGEN");
    expect(datelineOf("OSLO, March 9 (Gazette) - The harbour wall will be repaired.")).toBe("OSLO");
    expect(datelineOf("OSLO, 9 mars (Gazette) – Le mur du port sera réparé.")).toBe("OSLO");
  });
  it("reads a place in ordinary case only before a news agency in brackets", () => {
    expect(datelineOf("Berlin (dpa) - Die Hafenmauer wird vor dem Winter repariert.")).toBe("Berlin");
    expect(datelineOf("Frankfurt am Main (dpa/lhe) – Die Hafenmauer wird repariert.")).toBe("Frankfurt am Main");
    expect(datelineOf("Hamburg/Kiel (AFP) - Die Hafenmauer wird repariert.")).toBe("Hamburg/Kiel");
    expect(datelineOf("Wien (APA) - Die Hafenmauer wird repariert.")).toBe("Wien");
    expect(datelineOf("Merkel (CDU) - die Kanzlerin sprach von einem guten Tag.")).toBeNull();
    expect(datelineOf("Berlin - die Hauptstadt feiert.")).toBeNull();
  });
  it("leaves ordinary openings alone", () => {
    expect(datelineOf("The council - after a long debate - voted to repair the wall.")).toBeNull();
  });
});

describe("outlet", () => {
  it("names a known site (and its subdomains) from the profile table, else the host", () => {
    expect(profileFor("edition.cnn.com")?.outlet).toBe("CNN");
    const doc = toWorkingDoc("t.txt", "x");
    doc.captured.url = "https://www.gazette.test/2021/03/09/wall";
    expect(runRules(doc, [outlet], "extract").captured.outlet).toBe("gazette.test");
  });
});

describe("dateline off the body", () => {
  const bodyOf = (text: string) => {
    const doc = runRules(toWorkingDoc("t.txt", text), [dateline], "extract");
    return { dateline: doc.captured.dateline, first: doc.lines.find((l) => !l.removedBy && l.text.trim())?.text ?? "" };
  };
  it("takes the place, its region, day, agency and dash off the first paragraph", () => {
    expect(bodyOf("SANTA FE, N.M. (AP) — The harbour wall will be repaired before winter, the council said.")).toEqual({
      dateline: "SANTA FE",
      first: "The harbour wall will be repaired before winter, the council said.",
    });
    expect(bodyOf("Berlin (dpa) - Die Hafenmauer wird vor dem Winter repariert.").first).toBe("Die Hafenmauer wird vor dem Winter repariert.");
  });
  it("takes an agency credited right after the dash off too", () => {
    expect(bodyOf("МОСКВА, 4 дек — РИА Новости. Городской совет во вторник утвердил план.")).toEqual({ dateline: "МОСКВА", first: "Городской совет во вторник утвердил план." });
  });
  it("takes a CJK wire's dispatch header off, its place the dateline", () => {
    expect(bodyOf("新华社北京12月9日电（记者王磊）市议会周二决定修复港口旧堤。")).toEqual({ dateline: "北京", first: "市议会周二决定修复港口旧堤。" });
    expect(bodyOf("(부산=연합뉴스) 김민수 기자 = 시의회는 화요일 방파제 보수 계획을 승인했다.")).toEqual({ dateline: "부산", first: "시의회는 화요일 방파제 보수 계획을 승인했다." });
    expect(bodyOf("【ワシントン共同】市議会は３日、港の古い堤防を修理することを決めた。")).toEqual({ dateline: "ワシントン", first: "市議会は３日、港の古い堤防を修理することを決めた。" });
    // A paper's own "本报讯" names no place; a bracketed source lead ("【环球网报道】") and ordinary sentences are no dispatch header.
    expect(cjkDispatch("本报讯（记者 王明）市政府昨日宣布")).toEqual({ place: null, prefix: "本报讯（记者 王明）" });
    for (const t of ["【环球网报道】近日，多个城市出台措施", "电视台今天播出了新闻", "北京是中国的首都", "新华社记者张伟摄"]) expect(cjkDispatch(t), t).toBeNull();
  });
  it("leaves ordinary openings as they are", () => {
    expect(bodyOf("The council - after a long debate - voted to repair the wall.").first).toBe("The council - after a long debate - voted to repair the wall.");
  });
});
