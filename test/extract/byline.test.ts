import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { byline, cleanByline, isBylineLine, looksLikePersonName, namesIn } from "../../pipeline/extract/rules/byline.ts";

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
  it("finds 'Posted by X' just after the article, but no names in the running text", () => {
    const out = run(["Harbour wall to be repaired", PROSE, "Mayor Ann Lee said by Friday the work would start.", PROSE, "Posted by Bo Park on March 9, 2021"]);
    expect(out.captured.authors).toEqual(["Bo Park"]);
  });
});
