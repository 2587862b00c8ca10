import { describe, expect, it } from "vitest";
import { replaceDates, findDate, findDates, isDateLine, labelLine, wordsBesideDates } from "../../pipeline/text/dates.ts";

const day = (t: string, monthFirst = false) => findDate(t, { monthFirst })?.date ?? null;

describe("findDate", () => {
  it("reads month-name dates in many languages", () => {
    expect(day("March 3, 2021")).toBe("2021-03-03");
    expect(day("Nov. 9th 2020 at 8:03 am ET")).toBe("2020-11-09");
    expect(day("Dienstag, 9. März 2021")).toBe("2021-03-09");
    expect(day("mardi 9 mars 2021")).toBe("2021-03-09");
    expect(day("9 de marzo de 2021")).toBe("2021-03-09");
    expect(day("terça-feira, 9 de março de 2021 às 10:15")).toBe("2021-03-09");
    expect(day("9 marzo 2021")).toBe("2021-03-09");
    expect(day("9 марта 2021 г.")).toBe("2021-03-09");
    expect(day("Selasa, 9 Maret 2021 10:15 WIB")).toBe("2021-03-09");
    expect(day("Maret 9, 2021")).toBe("2021-03-09");
    expect(day("09-Mar-2021")).toBe("2021-03-09");
  });
  it("reads CJK, ISO and numeric dates", () => {
    expect(day("2021年3月9日 10:15")).toBe("2021-03-09");
    expect(day("2021년 3월 9일")).toBe("2021-03-09");
    expect(day("2021-03-09T10:15:00Z")).toBe("2021-03-09");
    expect(day("09.03.2021")).toBe("2021-03-09");
    expect(day("25/03/2021")).toBe("2021-03-25");
  });
  it("reads ambiguous d/m/y month first only when asked (US English)", () => {
    expect(day("03/09/2021", true)).toBe("2021-03-09");
    expect(day("03/09/2021", false)).toBe("2021-09-03");
    expect(findDate("03/09/21 10:00 AM", { monthFirst: true })).toMatchObject({ date: "2021-03-09", time: "10:00", shortYear: true, ambiguous: true });
  });
  it("takes the clock time beside the date, in 12- or 24-hour form, before or after", () => {
    expect(findDate("March 3, 2021 5:07 PM")?.time).toBe("17:07");
    expect(findDate("10:48, Wed, Mar 3, 2021")?.time).toBe("10:48");
    expect(findDate("2021-03-09T07:05:30Z")?.time).toBe("07:05");
    expect(findDate("Published Wed, Mar 3 20214:29 AM EST")).toMatchObject({ date: "2021-03-03", time: "04:29" });
  });
  it("reads Thai abbreviated months with dots inside and Japanese era years", () => {
    expect(findDate("3 ธ.ค. 2569 14:05 น.")).toMatchObject({ date: "2026-12-03", time: "14:05" });
    expect(findDate("15 ม.ค. 2024")?.date).toBe("2024-01-15");
    expect(findDate("令和8年12月3日 14時05分")?.date).toBe("2026-12-03");
    expect(findDate("平成31年4月30日")?.date).toBe("2019-04-30");
    expect(findDate("令和元年5月1日")?.date).toBe("2019-05-01");
    expect(findDate("令和8年13月3日")).toBeNull();
  });
  it("takes a dotted clock time only after a clock word or before Uhr or a time zone", () => {
    expect(findDate("3 december 2026 kl. 14.05")?.time).toBe("14:05");
    expect(findDate("3.12.2026 klo 9.30")?.time).toBe("09:30");
    expect(findDate("03.12.2026, 14.05 Uhr")?.time).toBe("14:05");
    expect(findDate("Thu 3 Dec 2026 14.05 GMT")?.time).toBe("14:05");
    // A bare dotted pair is a decimal or a day and month, not a time.
    expect(findDate("3 December 2026 12.5 per cent")?.time).toBeNull();
    expect(findDate("3 December 2026 14.05")?.time).toBeNull();
  });
  it("reads CJK clock times with half-day words and hour/minute characters, and Indonesian zones", () => {
    expect(findDate("2026年12月3日 午後2時05分")?.time).toBe("14:05");
    expect(findDate("2026年12月3日 午前9時30分")?.time).toBe("09:30");
    expect(findDate("2026年12月3日 下午2点05分")?.time).toBe("14:05");
    expect(findDate("2026年12月3日 14时05分")?.time).toBe("14:05");
    expect(findDate("기사입력 2026.12.03. 오후 2:05")?.time).toBe("14:05");
    expect(findDate("2026년 12월 3일 14시 05분")?.time).toBe("14:05");
    expect(isDateLine("2026년 12월 3일 14시 05분")?.date).toBe("2026-12-03");
    expect(findDate("3 Desember 2026 | 14.05 WIB")?.time).toBe("14:05");
  });
  it("reads day-first dates spaced after dots (Czech) and spelled with Vietnamese day/month/year words", () => {
    expect(day("3. 12. 2026 14:05")).toBe("2026-12-03");
    expect(day("středa 31. 1. 2024")).toBe("2024-01-31");
    expect(day("Thứ Tư, ngày 3 tháng 12 năm 2026")).toBe("2026-12-03");
    expect(day("3 tháng 12, 2026")).toBe("2026-12-03");
    // Not a list of numbers, not an impossible day.
    expect(day("Kontonummer 3. 12. 20261")).toBeNull();
    expect(day("31. 2. 2026")).toBeNull();
  });
  it("rejects impossible days and bare numbers", () => {
    expect(day("February 30, 2021")).toBeNull();
    expect(day("Room 12 and 2021 plans")).toBeNull();
    expect(day("version 1.2.2021.5")).toBeNull();
  });
});

describe("findDates", () => {
  it("labels each date with the word before it", () => {
    const found = findDates("Updated: March 4, 2021 | First published on March 3, 2021");
    expect(found.map((f) => [f.date, f.label])).toEqual([
      ["2021-03-04", "updated"],
      ["2021-03-03", "published"],
    ]);
    expect(findDates("Veröffentlicht am 3. März 2021, aktualisiert am 4. März 2021").map((f) => f.label)).toEqual(["published", "updated"]);
  });
});

describe("isDateLine", () => {
  it("accepts a date with filler words and rejects a sentence", () => {
    expect(isDateLine("Posted on Tuesday, March 9, 2021 at 10:15 am")).not.toBeNull();
    expect(isDateLine("The mayor said on March 9, 2021 that the bridge would close.")).toBeNull();
  });
});

describe("findDates without a four-digit year", () => {
  it("still reads two-digit years and skips the patterns that need a full year", () => {
    expect(findDates("Posted 11/19/19 06:56 AM").map((d) => [d.date, d.time, d.shortYear])).toEqual([["2019-11-19", "06:56", true]]);
    expect(findDates("19.11.19")[0]?.date).toBe("2019-11-19");
    expect(findDates("Room 1920, floor 3")).toEqual([]);
    expect(findDates("2019年11月19日 10:30")[0]).toMatchObject({ date: "2019-11-19", time: "10:30" });
    expect(findDates("19 November 2019 and 2019-11-20").map((d) => d.date)).toEqual(["2019-11-19", "2019-11-20"]);
  });
  it("reads a dash-separated two-digit year, day first, only with a clock time after it", () => {
    // The stamp of Dutch and Belgian news sites: "03-12-26, 14:05", "Gepubliceerd 03-12-26 om 14:05".
    expect(findDates("03-12-26, 14:05 Laatste update: 16:20").map((d) => [d.date, d.time, d.shortYear])).toEqual([["2026-12-03", "14:05", true]]);
    expect(findDates("Gepubliceerd 03-12-26 om 14:05").map((d) => [d.date, d.time])).toEqual([["2026-12-03", "14:05"]]);
    // Alone it could be a score, a range or a code: no date.
    expect(findDates("03-12-26")).toEqual([]);
    expect(findDates("Artikel 3-12-26 van de wet")).toEqual([]);
  });
});

describe("replaceDates", () => {
  it("replaces every found date in one pass, keeping the text between", () => {
    const text = "Posted 12 March 2024, updated 14 March 2024 at noon";
    const found = findDates(text);
    expect(found).toHaveLength(2);
    expect(replaceDates(text, found, "<d>")).toBe("Posted <d>, updated <d> at noon");
    expect(replaceDates(text, [], "<d>")).toBe(text);
  });
});

describe("findDates on a line of thousands of dates", () => {
  // Each pattern's matches are checked against the hits of the patterns before it (a binary search over
  // spans sorted by start): overlapping later readings are dropped, and hits of different patterns
  // come out interleaved in text order.
  const unit = "Published 2019-11-20, 19 Nov 2019 Nov 21; 2014年4月28日 and 11/19/19; ";
  it("reads one unit, dropping the reading that overlaps an earlier one", () => {
    const found = findDates(unit);
    // "2019 Nov 21" (year-month-day) overlaps "19 Nov 2019" (day-month-year, read first): dropped.
    expect(found.map((f) => [f.date, f.start, f.label])).toEqual([
      ["2019-11-20", 10, "published"],
      ["2019-11-19", 22, null],
      ["2014-04-28", 42, null],
      ["2019-11-19", 57, null],
    ]);
  });
  it("reads the unit repeated 3000 times as 3000 shifted copies", () => {
    const one = findDates(unit);
    const found = findDates(unit.repeat(3000));
    expect(found).toHaveLength(3000 * one.length);
    found.forEach((f, i) => {
      const k = Math.floor(i / one.length);
      const u = one[i % one.length];
      expect([f.date, f.start, f.end, f.label]).toEqual([u.date, u.start + k * unit.length, u.end + k * unit.length, u.label]);
    });
  });
});

describe("dates in more scripts and calendars (month names from CLDR through Intl)", () => {
  it("reads month names of Arabic, Persian, Hindi, Hebrew, Greek, Czech, Turkish and Thai pages", () => {
    expect(day("الاثنين 6 نوفمبر 2023")).toBe("2023-11-06");
    expect(day("٦ تشرين الثاني ٢٠٢٣")).toBe("2023-11-06");
    expect(day("۶ نوامبر ۲۰۲۳")).toBe("2023-11-06");
    expect(day("सोमवार, 6 नवंबर 2023")).toBe("2023-11-06");
    expect(day("६ नवंबर २०२३")).toBe("2023-11-06");
    expect(day("יום שני, 6 בנובמבר 2023")).toBe("2023-11-06");
    expect(day("Δευτέρα 6 Νοεμβρίου 2023")).toBe("2023-11-06");
    expect(day("pondělí 6. listopadu 2023")).toBe("2023-11-06");
    expect(day("6 Kasım 2023 Pazartesi")).toBe("2023-11-06");
    // A Thai page prints the Buddhist-era year (2566 = 2023); beside a Latin month name such a year is no date.
    expect(day("6 พฤศจิกายน 2566")).toBe("2023-11-06");
    expect(day("6 November 2566")).toBeNull();
  });
  it("reads month names of scripts of their own: Tamil, Georgian, Armenian, Nepali, Macedonian", () => {
    expect(day("3 டிசம்பர் 2026 14:05")).toBe("2026-12-03");
    expect(day("3 დეკემბერი 2026, 14:05")).toBe("2026-12-03");
    expect(day("3 դեկտեմբերի 2026")).toBe("2026-12-03");
    expect(day("3 डिसेम्बर 2026")).toBe("2026-12-03");
    expect(day("3 декември 2026")).toBe("2026-12-03");
  });
  it("converts Persian (solar hijri) and Islamic (hijri) dates to the Gregorian day", () => {
    expect(day("۱۵ آبان ۱۴۰۲")).toBe("2023-11-06");
    expect(day("تاریخ انتشار: ۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰")).toBe("2023-11-06");
    expect(day("1 فروردین 1403")).toBe("2024-03-20");
    expect(day("22 ربيع الآخر 1445 هـ")).toBe("2023-11-06");
    expect(day("5 Ramadan 1445")).toBe("2024-03-15");
    expect(day("32 آبان 1402")).toBeNull();
  });
  it("labels publication and update stamps in many languages", () => {
    const label = (t: string) => findDate(t)?.label ?? null;
    expect(label("تاریخ انتشار: ۱۵ آبان ۱۴۰۲")).toBe("published");
    expect(label("نشر في 6 نوفمبر 2023")).toBe("published");
    expect(label("प्रकाशित: 6 नवंबर 2023")).toBe("published");
    expect(label("Опубликовано 6 ноября 2023")).toBe("published");
    expect(label("发布时间：2023年11月6日")).toBe("published");
    expect(label("Ngày đăng: 06/11/2023")).toBe("published");
    expect(label("آخر تحديث: 7 نوفمبر 2023")).toBe("updated");
    expect(label("עודכן 7 בנובמבר 2023")).toBe("updated");
  });
  it("reads the first of a published and a modified date glued together, and no glued number", () => {
    expect(day("22. Dezember 201923. Dezember 2019 von Ann Lee")).toBe("2019-12-22");
    expect(day("17/11/201918/11/2019")).toBe("2019-11-17");
    expect(day("20 janvier 202021 janvier 2020")).toBe("2020-01-20");
    expect(day("Order of 1 March 202012 items")).toBeNull();
  });
});

describe("labelLine", () => {
  it("tells a line that is only a date label", () => {
    expect(labelLine("Published:")).toBe("published");
    expect(labelLine("تاریخ انتشار")).toBe("published");
    expect(labelLine("Last updated")).toBe("updated");
    expect(labelLine("Published in the Harbour Gazette")).toBeNull();
  });
});

describe("date lines of more shapes", () => {
  it("reads an Arabic evening or morning mark after the time", () => {
    expect(findDate("الأربعاء، 03 ديسمبر 2026 02:05 م")?.time).toBe("14:05");
    expect(findDate("الأربعاء، 03 ديسمبر 2026 09:30 ص")?.time).toBe("09:30");
    expect(findDate("03 ديسمبر 2026 02:05")?.time).toBe("02:05");
  });
  it("reads a two-digit Buddhist-era year beside a Thai month", () => {
    expect(findDate("3 ธ.ค. 69 14:05 น.")).toMatchObject({ date: "2026-12-03", time: "14:05" });
    expect(findDate("เผยแพร่: 15 ม.ค. 68")).toMatchObject({ date: "2025-01-15", label: "published" });
    expect(findDate("3 ธ.ค. 6914")).toBeNull();
  });
  it("reads a Thai date with the era named before the year", () => {
    expect(findDate("วันที่ 3 ธันวาคม พ.ศ. 2569 - 14:05 น.")).toMatchObject({ date: "2026-12-03", time: "14:05" });
  });
  it("takes no time from a bracketed note after the date, but a bracketed time", () => {
    expect(findDate("14:05 03.12.2026 (обновлено: 09:00 04.12.2026)")).toMatchObject({ date: "2026-12-03", time: "14:05" });
    expect(findDate("3 dicembre 2026 (modifica il 4 dicembre 2026 | 09:00)")?.time).toBeNull();
    expect(findDate("03.12.2026 (14:05)")?.time).toBe("14:05");
  });
  it("counts a word of a script with vowel signs (Devanagari, Thai) as one word", () => {
    expect(wordsBesideDates("न्यूज डेस्क, नई दिल्ली 03 Dec 2026", findDates("न्यूज डेस्क, नई दिल्ली 03 Dec 2026"))).toEqual(["न्यूज", "डेस्क", "नई", "दिल्ली"]);
  });
});
