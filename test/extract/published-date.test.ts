import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { publishedDate } from "../../pipeline/extract/rules/published-date.ts";

const PROSE = "The council met on a wet evening and voted to repair the old harbour wall before the winter storms arrive in force.";

/** Builds a document; the line given as `title` is marked as the headline, as the title rule would. */
function run(lines: string[], title?: number) {
  const doc = toWorkingDoc("t.txt", lines.join("\n"));
  if (title !== undefined) doc.lines[title].usedFor = "title";
  return runRules(doc, [publishedDate], "extract");
}

describe("published-date", () => {
  it("takes the date on a byline line under the headline, with its time, and logs why", () => {
    const out = run(["Menu", "Harbour wall to be repaired", "By Ann Lee | March 9, 2021 10:30 AM", "", PROSE], 1);
    expect(out.captured.published_date).toBe("2021-03-09");
    expect(out.captured.published_time).toBe("10:30");
    expect(out.lines[2].usedFor).toBe("published_date");
    expect(out.log.some((e) => e.action === "captured" && e.field === "published_date" && /headline/.test(e.reason))).toBe(true);
  });
  it("prefers the published stamp over the updated one", () => {
    const out = run(["Harbour wall to be repaired", "Updated: March 10, 2021 9:00", "Published: March 9, 2021 8:00", PROSE], 0);
    expect(out.captured.published_date).toBe("2021-03-09");
    expect(out.captured.published_time).toBe("08:00");
  });
  it("prefers the date under the headline to a site header's date just above it", () => {
    const out = run(["Monday, 7 December 2026", "", "Harbour wall to be repaired", "", "By Ann Lee", "", "3 December 2026", "", PROSE], 2);
    expect(out.captured.published_date).toBe("2026-12-03");
  });
  it("never takes the date of a related article's block", () => {
    const doc = toWorkingDoc("t.txt", ["Harbour wall to be repaired", PROSE, "Related", "Mayor defends budget", "28 November 2026"].join("\n"));
    doc.lines[0].usedFor = "title";
    for (const k of [2, 3, 4]) doc.lines[k].removedBy = "related-links";
    expect(runRules(doc, [publishedDate], "extract").captured.published_date).toBeNull();
  });
  it("prefers a date beside the headline over today's date at the top of the page", () => {
    const top = ["Thursday, March 11, 2021", ...Array.from({ length: 30 }, (_, i) => `Section ${i}`)];
    const out = run([...top, "Harbour wall to be repaired", "9 March 2021", PROSE], top.length);
    expect(out.captured.published_date).toBe("2021-03-09");
  });
  it("never takes dates from prose, embedded posts, comment stamps or the copyright line", () => {
    const out = run([
      "Harbour wall to be repaired",
      PROSE,
      "The wall was first built on March 2, 1921 by the town's masons, who worked through the whole summer.",
      "— Ann Lee (@annlee) March 8, 2021",
      "March 9, 2021 at 3:17 pm",
      "Nice article!",
      "March 9, 2021 at 4:02 pm",
      "Agreed.",
      "March 9, 2021 at 5:40 pm",
      "© 2021 Harbour Gazette",
    ], 0);
    expect(out.captured.published_date).toBeNull();
    expect(out.warnings.some((w) => /no publication date/.test(w))).toBe(true);
  });
  it("ignores dates in image captions and link targets", () => {
    const out = run(["Harbour wall to be repaired", "![The wall on March 1, 2019](https://x.test/2019/03/01/a.jpg)", PROSE], 0);
    expect(out.captured.published_date).toBeNull();
  });
  it("reads ambiguous d/m/y by the page's language", () => {
    const fr = "Le conseil municipal a voté mardi soir la réparation du vieux mur du port avant les tempêtes de l'hiver prochain.";
    const outFr = run(["Le mur du port sera réparé", "Publié le 03/09/2021", fr], 0);
    expect(outFr.captured.published_date).toBe("2021-09-03");
    const outEn = run(["Harbour wall to be repaired", "Published 03/09/2021", PROSE], 0);
    expect(outEn.captured.published_date).toBe("2021-03-09");
  });
  it("finds a closing 'Posted by X on <date>' just after the article", () => {
    const out = run(["Harbour wall to be repaired", PROSE, PROSE, "Posted by Ann Lee on March 9, 2021", "Related posts"], 0);
    expect(out.captured.published_date).toBe("2021-03-09");
  });
  it("takes a date beside the author's name under a standfirst, counting Markdown blank lines as none", () => {
    const md = ["# Harbour wall to be repaired", "", "The town will repair its harbour wall before winter.", "", "by", "", "Ann Lee, 21 June 2018", "", PROSE, "", PROSE];
    expect(run(md, 0).captured.published_date).toBe("2018-06-21");
  });
  it("keeps a header date line whose shape repeats only in a list below the article", () => {
    const related = ["Related", "Harbour fees rise", "3 March 2021", "Ferry timetable", "4 March 2021", "Beach cleaned", "5 March 2021", "Lighthouse open", "6 March 2021"];
    const out = run(["Harbour wall to be repaired", "Ann Lee", "", "9 March 2021", "", PROSE, PROSE, PROSE, "", ...related], 0);
    expect(out.captured.published_date).toBe("2021-03-09");
  });
  it("reads a label printed alone on the line above the date", () => {
    const out = run(["Harbour wall to be repaired", "Updated", "10 March 2021", "Published", "9 March 2021", PROSE], 0);
    expect(out.captured.published_date).toBe("2021-03-09");
  });
  it("reads a Persian page's solar date and an Arabic page's labelled date", () => {
    const fa = "شورای شهر سه‌شنبه شب به بازسازی دیوار قدیمی بندر پیش از رسیدن توفان‌های زمستانی رأی داد و کار از هفته آینده آغاز می‌شود.";
    expect(run(["دیوار بندر بازسازی می‌شود", "تاریخ انتشار: ۱۵ آبان ۱۴۰۲ - ۱۰:۳۰", fa], 0).captured.published_date).toBe("2023-11-06");
    const ar = "صوّت المجلس البلدي مساء الثلاثاء على إصلاح جدار الميناء القديم قبل وصول عواصف الشتاء، ويبدأ العمل الأسبوع المقبل.";
    const out = run(["إصلاح جدار الميناء", "آخر تحديث: 7 نوفمبر 2023", "نشر في: 6 نوفمبر 2023", ar], 0);
    expect(out.captured.published_date).toBe("2023-11-06");
  });
});
