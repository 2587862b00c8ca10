import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { CLEAN_RULES, toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegion, LEAD_MIN_PROB, leadSentence, opensBody } from "../../pipeline/clean/rules/article-region.ts";
import { densestRegion, runSummary } from "../../pipeline/clean/block-scoring.ts";
import { articleEnd, articleStart, paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";

const nav = [
  "Home", "World", "Business", "Sport", "Culture", "Weather", "Video", "Opinion", "Travel", "Science", "Health", "Money", "Cars",
  "Jobs", "Games", "Music", "Film", "Books", "Food", "Style", "Tech", "Education", "Property", "Puzzles", "Obituaries", "Podcasts", "Shop",
].map((s) => `-   [${s}](https://example.org/${s.toLowerCase()})`);
const prose = [
  "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted for almost ten years.",
  "Engineers told the council that the bridge, which was built in the eighteenth century, could no longer carry the weight of modern delivery lorries.",
  "Residents who had opposed the plan said they were worried about the cost, which is expected to be paid partly by a grant from the regional government.",
  "The mayor said that work would start in the spring and that a temporary footbridge would be put up so that people could still cross the river.",
  "A spokesman for the shopkeepers on the high street said they welcomed the decision but hoped the work would be finished before the summer season.",
];
const footer = [
  "## Most read",
  ...["Storm closes schools", "Prices rise again", "Team wins the cup", "New park opens"].map((s) => `-   [${s}](https://example.org/${s.length})`),
  "Follow us on Twitter and Facebook",
  "© 2024 Example News. All rights reserved. Privacy policy | Terms of use",
];
const page = [...nav, "", "# Council votes to rebuild the old bridge", "", ...prose.flatMap((p) => [p, ""]), ...footer.flatMap((l) => [l, ""])].join("\n");

describe("article-region", () => {
  it("keeps the article's paragraphs and removes menus, lists and the footer, with reasons", () => {
    const doc = runRules(toWorkingDoc("t.txt", page), CLEAN_RULES, "clean");
    const body = paragraphs(doc).map((p) => p.text);
    for (const p of prose) expect(body).toContain(p);
    const after = paragraphs(doc).filter((p) => p.lines[0] >= articleStart(doc)).map((p) => p.text).join(" ");
    expect(after).not.toMatch(/Most read|Storm closes|All rights reserved|Follow us|Home/);
    expect(body.join(" ")).not.toMatch(/Business/);
    // What is left above the article is the header zone, for the extract rules (then header-leftovers).
    const start = articleStart(doc);
    expect(doc.lines.slice(0, start).some((l) => !l.removedBy && /Podcasts|Shop/.test(l.text))).toBe(true);
    const reasons = doc.log.filter((e) => e.rule === "article-region" && e.action === "removed").map((e) => e.reason);
    expect(reasons.some((r) => r.startsWith("after the article region"))).toBe(true);
    expect(reasons.some((r) => r.startsWith("before the article region") || r.startsWith("boilerplate block"))).toBe(true);
  });

  it("logs the blocks after the region as one run with their count and probability range", () => {
    // Enough menu in front that part of it falls before the header zone.
    const longNav = [...nav, ...nav.map((l) => l.replace(/\]\(/, " news]("))];
    const text = [...longNav, "", "# Council votes to rebuild the old bridge", "", ...prose.flatMap((p) => [p, ""]), ...footer.flatMap((l) => [l, ""])].join("\n");
    const doc = runRules(toWorkingDoc("t.txt", text), [articleRegion], "clean");
    const rows = doc.log.filter((e) => e.rule === "article-region" && e.action === "removed");
    const before = rows.filter((e) => e.reason!.startsWith("before the article region"));
    const after = rows.filter((e) => e.reason!.startsWith("after the article region"));
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(after[0].reason).toMatch(/^after the article region \(7 blocks, p \d\.\d\d–\d\.\d\d\)$/);
    expect(before[0].reason).toMatch(/^before the article region \(\d+ blocks, p \d\.\d\d–\d\.\d\d\)$/);
    // The run covers every footer line, from the heading to the copyright line.
    expect(doc.lines[doc.lines.findIndex((l) => l.text === "## Most read")].n).toBe(after[0].first_line);
    expect(doc.lines.filter((l) => l.text.startsWith("©"))[0].n).toBe(after[0].last_line);
    for (const l of doc.lines) if (/Most read|Follow us|©/.test(l.text)) expect(l.removedBy).toBe("article-region");
  });

  it("summarises a run's probabilities", () => {
    expect(runSummary([0.5, 0.01, 0.17, 0.09], 1, 3)).toBe("3 blocks, p 0.01–0.17");
    expect(runSummary([0.5, 0.01], 0, 0)).toBe("1 block, p 0.50");
  });

  it("marks where the article starts and ends", () => {
    const doc = runRules(toWorkingDoc("t.txt", page), [articleRegion], "clean");
    expect(doc.article).toBeDefined();
    expect(doc.lines[articleStart(doc)].text).toBe(prose[0]);
    expect(doc.lines[articleEnd(doc)].text).toBe(prose[prose.length - 1]);
    // The headline above the article stays for the extract rules.
    expect(doc.lines.find((l) => l.text.startsWith("# Council"))!.removedBy).toBeUndefined();
  });

  it("re-joins wrapped lines into blocks in a text-browser dump", () => {
    const text = ["Menu", "", "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm", "nnnn oooo.", "", "Short line", "Another short line"].join("\n");
    const doc = { ...toWorkingDoc("t.txt", text), wrapWidth: 64 };
    const blocks = buildBlocks(doc).map((b) => b.text);
    expect(blocks).toEqual(["Menu", "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo.", "Short line", "Another short line"]);
  });

  it("picks the densest run of likely blocks", () => {
    const blocks = ["a", "b", "c", "d", "e"].map((t, i) => ({ lines: [i], raw: t, text: t }));
    expect(densestRegion(blocks, [0.1, 0.9, 0.3, 0.8, 0.05], 0.4)).toEqual([1, 3]);
    expect(densestRegion(blocks, [0.1, 0.1, 0.1, 0.1, 0.1], 0.4)).toBeNull();
  });
});

describe("article-region: lines with no visible text", () => {
  const withImages = [
    ...nav, "", "# Council votes to rebuild the old bridge", "",
    prose[0], "", "[![The old bridge at dusk, seen from the north bank (Photo agency)](https://img.example.org/b.jpg)](https://example.org/gallery/7)", "",
    ...prose.slice(1).flatMap((p) => [p, ""]), ...footer.flatMap((l) => [l, ""]),
  ].join("\n");

  it("are not blocks, and are removed with a reason while the paragraphs around them stay", () => {
    const doc = runRules(toWorkingDoc("t.txt", withImages), CLEAN_RULES, "clean");
    expect(buildBlocks(toWorkingDoc("t.txt", withImages)).some((b) => b.raw.includes("img.example.org"))).toBe(false);
    const img = doc.lines.find((l) => l.raw.includes("img.example.org"))!;
    expect(img.removedBy).toBe("article-region");
    expect(doc.log.some((e) => e.rule === "article-region" && /no visible text/.test(e.reason ?? ""))).toBe(true);
    const body = paragraphs(doc).map((p) => p.text).join("\n");
    expect(body).toContain(prose[0]);
    expect(body).toContain(prose[1]);
    expect(body).not.toContain("Photo agency");
  });
});

describe("article-region: where the article starts", () => {
  it("counts a list item or a lead-in ending in a colon as article text above the first paragraph", () => {
    expect(opensBody("-   200 g Zucker", "200 g Zucker")).toBe(true);
    expect(opensBody("1. Preheat the oven", "1. Preheat the oven")).toBe(true);
    expect(opensBody("Voici les cinq choses à savoir avant de partir en vacances :", "Voici les cinq choses à savoir avant de partir en vacances :")).toBe(true);
    expect(opensBody("Some of my personal favourites that are not on the list:", "Some of my personal favourites that are not on the list:")).toBe(true);
    // headline, byline, date line, a short label
    expect(opensBody("# Council votes to rebuild the old bridge", "Council votes to rebuild the old bridge")).toBe(false);
    expect(opensBody("By Jane Doe, Reuters", "By Jane Doe, Reuters")).toBe(false);
    expect(opensBody("Aktualisiert: 12. März 2024, 10:15 Uhr", "Aktualisiert: 12. März 2024, 10:15 Uhr")).toBe(false);
    expect(opensBody("Zutaten:", "Zutaten:")).toBe(false);
  });
});

describe("article-region: a short lead sentence above the first paragraph", () => {
  it("reads a sentence of five or more words as a lead, not a headline, heading, byline or label", () => {
    expect(leadSentence("Nope. Nobody died of it.", "Nope. Nobody died of it.")).toBe(true);
    expect(leadSentence("« Il faut agir maintenant », a dit le maire.", "« Il faut agir maintenant », a dit le maire.")).toBe(true);
    // (a script written without spaces counts a word per two letters: a sentence, not one word)
    expect(leadSentence("这座城市的人口在过去十年里增长了一倍。", "这座城市的人口在过去十年里增长了一倍。")).toBe(true);
    expect(leadSentence("好的。", "好的。")).toBe(false);
    expect(leadSentence("# The council has voted to rebuild the bridge.", "The council has voted to rebuild the bridge.")).toBe(false);
    expect(leadSentence("Council votes to rebuild the old bridge", "Council votes to rebuild the old bridge")).toBe(false);
    expect(leadSentence("By Jane Doe, Reuters", "By Jane Doe, Reuters")).toBe(false);
    expect(leadSentence("Welcome back!", "Welcome back!")).toBe(false);
  });

  it("starts the article at such a lead the model is sure of, and says so in the log", () => {
    // (a short opening line under the headline: too short for isProse, kept with high probability)
    const lead = "Nobody in the town, it seems, had expected this.";
    const text = [...nav, "", "# Council votes to rebuild the old bridge", "", lead, "", ...prose.flatMap((p) => [p, ""]), ...footer.flatMap((l) => [l, ""])].join("\n");
    const doc = runRules(toWorkingDoc("t.txt", text), [articleRegion], "clean");
    expect(articleStart(doc)).toBe(doc.lines.findIndex((l) => l.text === lead));
    const decided = doc.log.find((e) => e.rule === "article-region" && e.action === "decided")!.reason!;
    expect(decided).toMatch(/starts 1 blocks above its first paragraph, at a list, a lead-in or 1 lead sentence \(p≥0\.5\)/);
    // The headline stays above the start, in the header zone.
    expect(articleStart(doc)).toBeGreaterThan(doc.lines.findIndex((l) => l.text.startsWith("# Council")));
  });
});

describe("article-region: a brief and a list article", () => {
  // Pages written for this test: a one-sentence brief under its headline, a list with its lead-in.
  const clean = (lines: string[]) => runRules(toWorkingDoc("t.txt", lines.join("\n\n") + "\n"), CLEAN_RULES, "clean");
  const keptText = (doc: ReturnType<typeof clean>) => paragraphs(doc).filter((p) => p.lines[0] >= articleStart(doc)).map((p) => p.text);

  it("keeps a one-sentence brief the model scores under its thresholds as the article, and says so", () => {
    // (Whether the model finds a region whose blocks all fall under the keep threshold, or no region at
    // all, the brief's sentence is the article: its best block, or the run of sentences around it.)
    for (const lines of [
      ["뉴스 스포츠", "서울 첫눈", "2026.12.03 14:05", "서울에 3일 첫눈이 내렸다. 평년보다 일주일 빠르다."],
      ["होम | देश", "दिल्ली में पहली बर्फबारी", "3 दिसंबर 2026", "मौसम विभाग ने कहा कि अगले दो दिनों तक ठंड बढ़ेगी।"],
    ]) {
      const doc = clean(lines);
      expect(keptText(doc)).toEqual([lines[3]]);
      expect(doc.article).toEqual({ start: 6, end: 6 });
      expect(doc.log.some((e) => e.rule === "article-region" && /(its best block \(line 7, p=0\.\d\d\) kept|the run of sentence blocks around the best one taken) as the article/.test(e.reason))).toBe(true);
    }
  });

  it("keeps every line of a short page with no sentence block at all", () => {
    const doc = clean(["Home | News", "Weather", "Contact us"]);
    expect(doc.lines.filter((l) => l.removedBy)).toEqual([]);
    expect(doc.log.some((e) => e.rule === "article-region" && e.reason === "no article region found: nothing removed")).toBe(true);
  });

  it("opens a region that starts with a list at the lead-in sentence just above it", () => {
    const items = ["- Visit the winter market in the old square", "- See the new exhibition at the national gallery", "- Take a walk along the river path", "- Try the new ramen place on King Street"];
    const doc = clean(["Ten things to do this weekend", "December 3, 2026", "Here is our pick of what to do in the city this weekend:", ...items]);
    expect(keptText(doc)).toEqual(["Here is our pick of what to do in the city this weekend:", ...items]);
  });
});
