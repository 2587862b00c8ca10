// Pins reading-time: a reading-time note alone on a line ("5 min read", "Lesezeit: 3 Min.", "Время
// чтения: 4 минуты", "阅读时间 3 分钟") is removed in any language; minutes in a sentence, a bare "5 min"
// and a live blog's "5 min ago" stay.
import { describe, expect, it } from "vitest";
import { readingTime } from "../../../pipeline/clean/rules/reading-time.ts";
import { isReadingTime } from "../../../pipeline/text/reading-time.ts";
import { kept, logOf, run } from "./run.ts";

describe("reading-time", () => {
  it("tells reading-time notes in many languages from minutes that are none", () => {
    for (const t of ["5 min read", "Lesezeit: 3 Min.", "Temps de lecture 2 min.", "Tempo di lettura: 4 minuti", "Czas czytania: 5 min", "Reading time: 7 minutes",
      "Leestijd 3 minuten", "⏱ 6 min Lesedauer", "Время чтения: 4 минуты", "Okuma süresi: 4 dk.", "زمان مطالعه: ۵ دقیقه", "阅读时间 3 分钟", "読了時間 3分", "**3 minute read**"])
      expect(isReadingTime(t), t).toBe(true);
    for (const t of ["The council read the plan for 5 minutes.", "5 min", "Read more", "Updated 5 min ago", "Reading, 5 May 2026", "Er las 20 Minuten lang aus seinem neuen Buch vor."])
      expect(isReadingTime(t), t).toBe(false);
  });

  it("removes the note under the byline, logging it", () => {
    const doc = run(["By Ann Lee", "Tempo di lettura: 4 minuti", "", "The market reopened on Thursday."], [readingTime]);
    expect(kept(doc)).toEqual(["By Ann Lee", "The market reopened on Thursday."]);
    expect(logOf(doc, "reading-time").map((e) => [e.first_line, e.reason])).toEqual([[2, "reading-time note"]]);
  });
});
