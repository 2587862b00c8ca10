// Weekdays written in several words ("Thứ Ba", "Chủ Nhật", "segunda-feira") are date filler word by
// word: a name line beside a date reads them as the date's, not as a person's name.
import { describe, expect, it } from "vitest";
import { WEEKDAY_NAMES } from "../../pipeline/text/date-lexicon.ts";
import { wordsBesideDates, findDates } from "../../pipeline/text/dates.ts";

describe("weekday names of several words", () => {
  it("holds each word of Vietnamese and Portuguese weekdays", () => {
    for (const w of ["thứ", "ba", "chủ", "nhật", "segunda", "feira"]) expect(WEEKDAY_NAMES.has(w), w).toBe(true);
  });
  it("leaves no word beside the date of 'Thứ Ba, 19/03/2024 - 16:20'", () => {
    const line = "Thứ Ba, 19/03/2024 - 16:20";
    expect(wordsBesideDates(line, findDates(line))).toEqual([]);
  });
  it("keeps a reporter's name beside a weekday and a date", () => {
    const line = "Chủ Nhật, 17/03/2024 - Nguyễn Văn Hùng";
    expect(wordsBesideDates(line, findDates(line))).toEqual(["nguyễn", "văn", "hùng"]);
  });
});
