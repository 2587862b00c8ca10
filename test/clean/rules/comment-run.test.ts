// Pins comment-run: three or more short date-and-time stamps of one shape after the article's running
// text in the region are reader comments; the region ends after the last paragraph before the first of
// them. Forum threads (no article before the first stamp), two stamps, live-blog clock times without a
// date and digits inside image addresses leave the region as it is.
import { describe, expect, it } from "vitest";
import { commentRun } from "../../../pipeline/clean/rules/comment-run.ts";
import { kept, logOf, run, wholeRegion } from "./run.ts";

const article = [
  "The regional council approved the new tram line on Thursday after a debate that lasted more than six hours.",
  "Construction is due to begin next spring, and the first trams should run along the river by the end of 2027.",
  "Opponents said the money would be better spent on buses, which can serve the villages outside the city.",
  "The mayor said the line would take thousands of cars off the roads every day and cut noise in the old town.",
];
const comments = (stamp: (k: number) => string) =>
  [1, 2, 3, 4].flatMap((k) => [`reader${k} says:`, stamp(k), `Comment number ${k}, an opinion about trams and buses.`]);

describe("comment-run", () => {
  it("cuts English comment stamps off the region, with the count heading and the first name", () => {
    const page = [...article, "12 responses to this story", ...comments((k) => `March ${k}, 2024 at 10:1${k} am`)];
    const doc = run(page, [wholeRegion, commentRun]);
    expect(kept(doc)).toEqual(article);
    expect(doc.article).toEqual({ start: 0, end: 3 });
    const log = logOf(doc, "comment-run");
    expect(log[0]).toMatchObject({ action: "removed", first_line: 5, last_line: page.length });
    expect(log[0].reason).toContain("from line 7");
    expect(log[1]).toMatchObject({ action: "decided", reason: "article region ends at line 4, before the comments" });
  });

  it("reads numeric and CJK stamps the same way (German, Japanese)", () => {
    for (const stamp of [(k: number) => `0${k}.03.2024 um 14:0${k} Uhr`, (k: number) => `2024年3月${k}日 14:0${k}`]) {
      const doc = run([...article, ...comments(stamp)], [wholeRegion, commentRun]);
      expect(kept(doc)).toEqual(article);
    }
  });

  it("leaves a forum thread, two stamps, clock-only live-blog times and image addresses alone", () => {
    const thread = [...comments((k) => `March ${k}, 2024 at 10:1${k} am`), ...article];
    const two = [...article, ...comments((k) => `March ${k}, 2024 at 10:1${k} am`).slice(0, 6)];
    const live = [...article, ...[1, 2, 3, 4].flatMap((k) => [`10:1${k}`, `Update ${k}: the council has voted on the tram line.`])];
    const images = [...article, ...[1, 2, 3].flatMap((k) => [`![](https://img.example.com/2024/0${k}/photo.jpg?w=640&q=0.0${k})`, "A caption"])];
    for (const page of [thread, two, live, images]) {
      const doc = run(page, [wholeRegion, commentRun]);
      expect(logOf(doc, "comment-run")).toEqual([]);
      expect(kept(doc).length).toBe(page.length);
    }
  });
});
