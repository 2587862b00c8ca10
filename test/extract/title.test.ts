import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { stripSiteName, title, TITLE_FEATURES, titleCandidates } from "../../pipeline/extract/rules/title.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute.";
const run = (text: string, start: number) => {
  const doc = toWorkingDoc("t.txt", text);
  doc.article = { start, end: start };
  return runRules(doc, [title], "extract");
};

describe("title", () => {
  it("prefers a Markdown heading to menu lines, and keeps a subtitle printed after a dash", () => {
    const lines = ["-   [Home](/)", "-   [World news](/world)", "", "# Council votes to rebuild the bridge – ten years on", "", prose];
    const doc = run(lines.join("\n"), 5);
    expect(doc.captured.title).toBe("Council votes to rebuild the bridge – ten years on");
    expect(doc.lines[3].usedFor).toBe("title");
  });

  it("takes the line a text dump prints twice, not a caption or a byline, and removes the copy", () => {
    const lines = [
      "Council votes to rebuild the bridge",
      "  • Sections",
      "By Jane Smith",
      "The old bridge at dusk. Photo: Getty Images",
      "Council votes to rebuild the bridge",
      "",
      prose,
    ];
    const doc = run(lines.join("\n"), 6);
    expect(doc.captured.title).toBe("Council votes to rebuild the bridge");
    expect(doc.lines[0].usedFor).toBe("title");
    expect(doc.lines[4].usedFor).toBe("title");
    expect(doc.lines[2].usedFor).toBeUndefined();
  });

  it("strips only a short site-name tail", () => {
    expect(stripSiteName("Council votes to rebuild the bridge | Example News")).toBe("Council votes to rebuild the bridge");
    expect(stripSiteName("Bridge - a long story about what the council did")).toBe("Bridge - a long story about what the council did");
  });

  it("in a text dump, prefers the headline standing alone above a byline to section names and menu lines", () => {
    const lines = ["  • World", "  • Sport", "", "Example Times", "", "Council votes to rebuild the old bridge", "", "By Jane Smith", "", prose];
    const doc = run(lines.join("\n"), 9);
    expect(doc.captured.title).toBe("Council votes to rebuild the old bridge");
    expect(doc.lines[5].usedFor).toBe("title");
  });

  it("describes candidates: a paragraph of its own, followed by a byline, sharing words with the article", () => {
    const d = toWorkingDoc("t.txt", ["  • Home", "", "Council votes to rebuild the bridge", "", "By Jane Smith", "", prose].join("\n"));
    d.article = { start: 6, end: 6 };
    const c = titleCandidates(d).find((x) => x.text === "Council votes to rebuild the bridge")!;
    const f = (name: (typeof TITLE_FEATURES)[number]) => c.features[TITLE_FEATURES.indexOf(name)];
    expect(f("alone")).toBe(1);
    expect(f("metaAfter")).toBe(1);
    expect(f("leadOverlap")).toBeGreaterThan(0.5);
    expect(f("inArticle")).toBe(0);
  });

  it("counts how often the page repeats a candidate's words, beyond the candidate itself, up to three", () => {
    const head = "Council votes to rebuild the bridge";
    const slug = "[Share](https://news.test/share?u=council%20votes%20to%20rebuild+the+bridge)";
    const d = toWorkingDoc("t.txt", ["  • Home", "", head, "", slug, "", "By Jane Smith", "", prose].join("\n"));
    d.article = { start: 8, end: 8 };
    const cands = titleCandidates(d);
    const echo = (text: string) => cands.find((x) => x.text === text)!.features[TITLE_FEATURES.indexOf("echo")];
    expect(echo(head)).toBe(1);
    const many = toWorkingDoc("t.txt", [head, "", head, "", `${head}. ${head}. ${head}.`, "", prose].join("\n"));
    many.article = { start: 6, end: 6 };
    expect(titleCandidates(many).find((x) => x.text === head)!.features[TITLE_FEATURES.indexOf("echo")]).toBe(3);
    // A longer headline: the first six words and the whole of it are counted apart.
    const long = "Council votes to rebuild the old stone bridge";
    const part = toWorkingDoc("t.txt", [long, "", "Council votes to rebuild the old road", "", prose].join("\n"));
    part.article = { start: 4, end: 4 };
    const c = titleCandidates(part).find((x) => x.text === long)!;
    expect(c.features[TITLE_FEATURES.indexOf("echo")]).toBe(1);
    expect(c.features[TITLE_FEATURES.indexOf("echoFull")]).toBe(0);
  });

  it("moves the article start below a headline found at the top of the article region", () => {
    const next = "Work is to start in the spring, and the crossing will stay open to walkers and cyclists meanwhile.";
    const lines = ["  • Home", "", "Markets in stress and stocks on a high: is it time to be careful now?", "", prose, "", next];
    const d = toWorkingDoc("t.txt", lines.join("\n"));
    d.article = { start: 2, end: 6 };
    const doc = runRules(d, [title], "extract");
    expect(doc.captured.title).toBe("Markets in stress and stocks on a high: is it time to be careful now?");
    expect(doc.article?.start).toBe(4);
    expect(doc.log.some((e) => e.rule === "title" && /article start moved/.test(e.reason))).toBe(true);
  });

  it("never takes the article's only running text as the headline, which would leave no body", () => {
    const only = "Markets in stress and stocks on a high: is it time to be careful now, ask the traders in the city?";
    const d = toWorkingDoc("t.txt", ["  • Home", "", only].join("\n"));
    d.article = { start: 2, end: 2 };
    const doc = runRules(d, [title], "extract");
    expect(doc.captured.title).toBeNull();
    expect(doc.article?.start).toBe(2);
    expect(doc.warnings.some((w) => /only candidate is the article's own text/.test(w))).toBe(true);
  });

  it("leaves the article start where it is when running text sits above a headline-shaped line inside the article", () => {
    const long = `${prose} The work starts in spring, and the road will stay open for walkers and cyclists while the crews are on site.`;
    const lines = [long, "", "How fast the new bridge will go up", "", prose];
    const d = toWorkingDoc("t.txt", lines.join("\n"));
    d.article = { start: 0, end: 4 };
    const doc = runRules(d, [title], "extract");
    expect(doc.captured.title).toBe("How fast the new bridge will go up");
    expect(doc.article?.start).toBe(0);
    expect(doc.log.some((e) => e.rule === "title" && /article start moved/.test(e.reason))).toBe(false);
  });

  it("measures the overlap with the article over at least three words, and not against short lines standing alone", () => {
    const lead = "The harbour team said on Monday that the old stone bridge would close for repairs next year, ending a long dispute.";
    const d = toWorkingDoc("t.txt", ["Harbour Lights", "", "Evening Team", "", "By Jane Smith", "", lead, "", "Harbour Lights/Example", "", prose].join("\n"));
    d.article = { start: 6, end: 10 };
    const cands = titleCandidates(d);
    const overlap = (text: string) => cands.find((x) => x.text === text)!.features[TITLE_FEATURES.indexOf("leadOverlap")];
    // "team" is the one content word of "Evening Team" found in the lead: one of (at least) three.
    expect(overlap("Evening Team")).toBeCloseTo(1 / 3);
    // The photo credit is a two-word line of its own: it does not count as the article's words.
    expect(overlap("Harbour Lights")).toBeCloseTo(1 / 3);
  });

  it("counts a byline and a date under a candidate, but not the wrapped tail of a caption that starts with \"by\"", () => {
    const caption = "A crew member checks the cables of the old stone bridge over the river on a cold morning. (Photo";
    const lines = [
      "Council votes to rebuild the bridge",
      "",
      "By Jane Smith",
      "November 18, 2019",
      "",
      "Workers start on the harbour road",
      "",
      caption,
      "by JOHN DOE / AFP)",
      "",
      prose,
    ];
    const d = toWorkingDoc("t.txt", lines.join("\n"));
    (d as { wrapWidth: number | null }).wrapWidth = caption.length;
    d.article = { start: 10, end: 10 };
    const cands = titleCandidates(d);
    const f = (text: string, name: (typeof TITLE_FEATURES)[number]) => cands.find((x) => x.text === text)!.features[TITLE_FEATURES.indexOf(name)];
    expect(f("Council votes to rebuild the bridge", "metaAfter")).toBe(1);
    expect(f("Council votes to rebuild the bridge", "metaAfterTwo")).toBe(1);
    expect(f("Workers start on the harbour road", "metaAfter")).toBe(0);
    expect(f("Workers start on the harbour road", "metaAfterTwo")).toBe(0);
  });
});
