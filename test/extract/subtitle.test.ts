import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { notStandfirst, subtitle } from "../../pipeline/extract/rules/subtitle.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute.";
/** Runs the subtitle rule with line `titleAt` marked as the headline and the article starting at `start`. */
const run = (lines: string[], titleAt: number, start: number, wrapWidth: number | null = null) => {
  const doc = { ...toWorkingDoc("t.txt", lines.join("\n")), wrapWidth };
  doc.lines[titleAt].usedFor = "title";
  doc.lines[titleAt].removedBy = "title";
  doc.article = { start, end: lines.length - 1 };
  return runRules(doc, [subtitle], "extract");
};

describe("subtitle", () => {
  it("takes the sentence under the headline, past a byline", () => {
    const doc = run(["Council votes to rebuild the bridge", "By Jane Smith", "The vote ends a ten-year quarrel over what to do with the crossing", "", prose], 0, 4);
    expect(doc.captured.subtitle).toBe("The vote ends a ten-year quarrel over what to do with the crossing");
    expect(doc.lines[2].usedFor).toBe("subtitle");
  });

  it("finds no standfirst when a caption follows the headline, and does not look further", () => {
    const doc = run(["Council votes to rebuild the bridge", "The old bridge at dusk, left, seen from the quay (AP)", "The vote ends a ten-year quarrel over what to do", "", prose], 0, 4);
    expect(doc.captured.subtitle).toBeNull();
    expect(doc.lines[2].usedFor).toBeUndefined();
  });

  it("stops at a removed line (a picture or share bar) between headline and text", () => {
    const doc = run(["Council votes to rebuild the bridge", "Share on social media", "The vote ends a ten-year quarrel over what to do with it", "", prose], 0, 4);
    doc.lines[1].removedBy = "ui-labels";
    const again = runRules(doc, [subtitle], "extract");
    expect(again.captured.subtitle).toBeNull();
  });

  it("joins a standfirst a text browser wrapped", () => {
    const first = "The vote ends a ten-year quarrel over what to do with the crossing, which";
    const doc = run(["Council votes to rebuild the bridge", "", first, "engineers closed in spring", "", prose], 0, 5, first.length + 2);
    expect(doc.captured.subtitle).toBe(`${first} engineers closed in spring`);
    expect(doc.lines[3].usedFor).toBe("subtitle");
  });

  it("says why a text is not a standfirst", () => {
    expect(notStandfirst("Updated Nov 19, 6:55 AM; posted earlier that morning by staff")).toBe("a date or time stamp");
    expect(notStandfirst("• Sections and more of the news you like to read")).toBe("a list item");
    expect(notStandfirst("SUBSCRIBE TO OUR NEWSLETTER FOR THE WEEKLY DIGEST NOW")).toBe("all capitals");
    expect(notStandfirst("The vote ends a ten-year quarrel over the crossing.")).toBeNull();
  });

  it("takes the region's first paragraph as the standfirst when the date and byline follow it, and starts the region after them", () => {
    const lines = ["Flood waters keep rising along the river", "", "Several towns prepare for floods after days of rain; firefighters hand out sandbags.", "", "Updated 14 March 2026", "", "By Julia Becker", "", prose, "", "More follows."];
    const doc = run(lines, 0, 2);
    doc.lines[6].usedFor = "authors";
    doc.lines[6].removedBy = "byline";
    const out = runRules(doc, [subtitle], "extract");
    expect(out.captured.subtitle).toBe("Several towns prepare for floods after days of rain; firefighters hand out sandbags.");
    expect(out.article).toEqual({ start: 8, end: 10 });
    expect(out.log.some((e) => e.rule === "subtitle" && e.reason.startsWith("article region starts after the standfirst"))).toBe(true);
  });

  it("leaves the region's first paragraph in the body when the story goes on right under it", () => {
    const lines = ["Flood waters keep rising along the river", "", "Several towns prepare for floods after days of rain; firefighters hand out sandbags.", "", prose];
    const out = run(lines, 0, 2);
    expect(out.captured.subtitle).toBeNull();
    expect(out.article).toEqual({ start: 2, end: 4 });
  });

  it("does not count an embed's removed chrome as a header line under the region's first paragraph", () => {
    const lines = ["Volcano erupts again", "", "The volcano erupted again on Thursday morning with a column of ash two kilometres high.", "", "A post shared by Local News (@localnews)", "", prose];
    const doc = run(lines, 0, 2);
    doc.lines[4].removedBy = "embedded-post";
    const out = runRules(doc, [subtitle], "extract");
    expect(out.captured.subtitle).toBeNull();
  });

  it("takes no standfirst when only a live blog's entry stamp (a date line no field took) follows the first paragraph", () => {
    const lines = ["Ceasefire talks live", "", "Negotiators met behind closed doors for a third day on Tuesday, mediators said.", "", "23 March 2026, 21:15 GMT", "", prose];
    const out = run(lines, 0, 2);
    expect(out.captured.subtitle).toBeNull();
    expect(out.article).toEqual({ start: 2, end: 6 });
  });
});


describe("subtitle: a deck the region opens with, under the header's date line", () => {
  it("takes the perex between the date the region starts at and the byline, and starts the article after them", () => {
    const lines = [
      "Rada schválila opravu starého mostu",
      "10. prosince 2026 14:35",
      "Zastupitelé po deseti letech sporů rozhodli, že most přes řeku bude opraven ještě před zimou.",
      "Petr Novák",
      "Městské zastupitelstvo v úterý večer schválilo opravu starého kamenného mostu přes řeku.",
      "Práce mají trvat tři měsíce a peníze jsou už v rozpočtu města na letošní rok.",
    ];
    const doc = { ...toWorkingDoc("t.txt", lines.join("\n")), wrapWidth: null };
    doc.lines[0].usedFor = "title";
    doc.lines[0].removedBy = "title";
    doc.lines[1].usedFor = "published_date";
    doc.lines[1].removedBy = "published-date";
    doc.lines[3].usedFor = "authors";
    doc.lines[3].removedBy = "byline";
    doc.article = { start: 1, end: lines.length - 1 };
    const out = runRules(doc, [subtitle], "extract");
    expect(out.captured.subtitle).toBe(lines[2]);
    expect(out.article?.start).toBe(4);
  });
});
