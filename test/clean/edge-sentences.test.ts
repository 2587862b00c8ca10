// Sentences touching the article region's edges (pipeline/clean/block-edge-sentences.ts): a short
// closing line above the footer, a short opening sentence above the first paragraph. Pages written for
// this test.
import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { EDGE_MIN_PROB, edgeSentences, LAST_MIN_PROB } from "../../pipeline/clean/block-edge-sentences.ts";
import { CLEAN_RULES, toWorkingDoc } from "../../pipeline/clean/index.ts";
import { articleRegionWith, continuesSentence, edgeSentence, lastSentence, pictureLine } from "../../pipeline/clean/rules/article-region.ts";
import { BLOCK_MODEL } from "../../pipeline/clean/block-scoring.ts";
import { articleStart, paragraphs } from "../../pipeline/document.ts";
import { runRules } from "../../pipeline/rules.ts";

const blocksOf = (lines: string[]) => {
  const doc = toWorkingDoc("t.txt", lines.join("\n\n") + "\n");
  return buildBlocks(doc);
};
const sentence = (text: string) => /[.!?]$/.test(text) && text.split(" ").length >= 5;

describe("edgeSentences: sentences touching the densest run", () => {
  const lines = [
    "Home | World | Sport",
    "It was, by all accounts, a long night at the town hall.",
    "The council voted on Tuesday to rebuild the old stone bridge over the river after ten years of dispute.",
    "Engineers said the bridge could no longer carry the weight of modern delivery lorries and buses.",
    "So will the bridge be ready by the summer?",
    "Most read",
    "Storm closes schools",
  ];
  const blocks = blocksOf(lines);
  const tests = (b = blocks) => ({ closing: (i: number) => sentence(b[i].text), opening: (i: number) => sentence(b[i].text) && b[i].text.endsWith("."), last: (i: number) => sentence(b[i].text) && b[i].text.endsWith("."), continues: () => false, bridge: () => null });

  it("takes a closing and an opening sentence the model gives at least EDGE_MIN_PROB", () => {
    const probs = [0.02, EDGE_MIN_PROB, 0.95, 0.93, EDGE_MIN_PROB + 0.05, 0.03, 0.02];
    expect(edgeSentences(blocks, probs, 2, 3, tests())).toEqual({ start: 1, end: 4, taken: [4, 1] });
  });

  it("leaves them under EDGE_MIN_PROB, and never takes a label or a menu entry", () => {
    expect(edgeSentences(blocks, [0.02, 0.1, 0.95, 0.93, 0.1, 0.03, 0.02], 2, 3, tests())).toEqual({ start: 2, end: 3, taken: [] });
    // "Most read" and "Storm closes schools" are no sentences, whatever their probability.
    expect(edgeSentences(blocks, [0.5, 0.5, 0.95, 0.93, 0.5, 0.5, 0.5], 2, 4, tests())).toEqual({ start: 1, end: 4, taken: [1] });
  });

  it("stops at the first block that is no sentence, so it never crosses a footer heading", () => {
    const b = blocksOf(["The council voted on Tuesday to rebuild the old stone bridge over the river after ten years.", "Related", "Thanks for reading our weekly newsletter today!"]);
    expect(edgeSentences(b, [0.95, 0.5, 0.5], 0, 0, tests(b))).toEqual({ start: 0, end: 0, taken: [] });
  });
});

describe("edgeSentences: the article's last paragraph", () => {
  const lines = [
    "Home | World | Sport",
    "The council voted on Tuesday to rebuild the old stone bridge over the river after ten years of dispute.",
    "Engineers said the bridge could no longer carry the weight of modern delivery lorries and buses.",
    "Work is due to begin next spring.",
    "Read also: Storm closes schools",
  ];
  const blocks = blocksOf(lines);
  const tests = { closing: (i: number) => sentence(blocks[i].text), opening: () => false, last: (i: number) => sentence(blocks[i].text) && blocks[i].text.endsWith("."), continues: () => false, bridge: () => null };

  it("takes the one sentence ending in a full stop right after the region from LAST_MIN_PROB", () => {
    expect(edgeSentences(blocks, [0.02, 0.95, 0.93, LAST_MIN_PROB, 0.02], 1, 2, tests)).toEqual({ start: 1, end: 3, taken: [3] });
  });
  it("not under LAST_MIN_PROB, and only one block, after the edge sentences", () => {
    expect(edgeSentences(blocks, [0.02, 0.95, 0.93, LAST_MIN_PROB - 0.01, 0.02], 1, 2, tests)).toEqual({ start: 1, end: 2, taken: [] });
    const more = blocksOf([...lines.slice(0, 4), "The bridge will then be closed for a year."]);
    const t = { ...tests, closing: (i: number) => sentence(more[i].text), last: (i: number) => sentence(more[i].text) };
    expect(edgeSentences(more, [0.02, 0.95, 0.93, 0.1, 0.1], 1, 2, t)).toEqual({ start: 1, end: 3, taken: [3] });
    expect(edgeSentences(more, [0.02, 0.95, 0.93, 0.3, 0.1], 1, 2, t)).toEqual({ start: 1, end: 4, taken: [3, 4] });
  });
});

describe("edgeSentences: paragraphs split mid-sentence", () => {
  // Written as a scraper saves them: a paragraph broken over two lines with no blank line between.
  const text = [
    "Home | World | Sport",
    "",
    "The council voted on Tuesday to rebuild the old stone bridge, a decision that ends ten years of",
    "dispute in the town.",
    "",
    "Engineers said the bridge could no longer carry the weight of modern delivery lorries and buses.",
    "",
    "The new crossing will have two lanes and a wide path for",
    "walkers and cyclists.",
    "",
    "Work is due to begin next spring.",
    "",
    "Read also: Storm closes schools",
  ].join("\n");
  const doc = toWorkingDoc("t.txt", text + "\n");
  const blocks = buildBlocks(doc);
  const unit = (a: number, b: number) => blocks.slice(a, b + 1).map((x) => x.text).join(" ");
  const tests = {
    closing: (a: number, b: number) => edgeSentence(doc.lines[blocks[a].lines[0]].raw, unit(a, b)),
    opening: (a: number, b: number) => edgeSentence(doc.lines[blocks[a].lines[0]].raw, unit(a, b)) && unit(a, b).endsWith("."),
    last: (a: number, b: number) => edgeSentence(doc.lines[blocks[a].lines[0]].raw, unit(a, b)) && unit(a, b).endsWith("."),
    continues: (i: number) => continuesSentence(doc, blocks, i),
    bridge: () => null,
  };

  it("tells the next line of a split paragraph from a new paragraph", () => {
    expect(blocks.map((b) => b.text.slice(0, 12))).toEqual(["Home | World", "The council ", "dispute in t", "Engineers sa", "The new cros", "walkers and ", "Work is due ", "Read also: S"]);
    expect(blocks.map((_, i) => continuesSentence(doc, blocks, i))).toEqual([false, false, true, false, false, true, false, false]);
  });
  it("a region starting on a paragraph's second line takes its first; the rest of a split paragraph is taken at the end", () => {
    // region: blocks 2..4 (starts on "dispute in the town.", ends on the first half of a split paragraph)
    const probs = [0.02, 0.1, 0.9, 0.95, 0.9, 0.1, 0.1, 0.02];
    expect(edgeSentences(blocks, probs, 2, 4, tests)).toEqual({ start: 1, end: 6, taken: [5, 6, 1] });
  });
  it("a split paragraph above the region is one opening unit", () => {
    const probs = [0.02, 0.25, 0.1, 0.95, 0.9, 0.9, 0.1, 0.02];
    expect(edgeSentences(blocks, probs, 3, 5, tests)).toEqual({ start: 1, end: 6, taken: [6, 2, 1] });
  });
});

describe("edgeSentence: which blocks may be taken at the edges", () => {
  it("takes a short sentence, not a link line, a heading, a label, a sign-up line or a cookie note", () => {
    for (const t of ["The book is out now for 14.90 euros.", "Und, hast du es schon gefunden?", "Le livre est paru chez Gallimard, 22 euros."]) expect([t, edgeSentence(t, t)]).toEqual([t, true]);
    for (const t of [
      "- [Read more about the bridge here.](https://example.org/b)",
      "## The bridge will be ready in May.",
      "Council votes to rebuild the bridge",
      "Sign up for our newsletter to get more stories like this!",
      "Thank you for your support of our journalism!",
      "This site uses cookies to improve your experience.",
    ])
      expect([t, edgeSentence(t, t.replace(/^[-#\s[]+/, ""))]).toEqual([t, false]);
  });
});

describe("article-region: a closing sentence above the footer", () => {
  const nav = ["Home", "World", "Business", "Sport", "Culture", "Weather", "Video", "Opinion"].map((s) => `- [${s}](https://example.org/${s.toLowerCase()})`);
  const prose = [
    "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted for almost ten years.",
    "Engineers told the council that the bridge, which was built in the eighteenth century, could no longer carry the weight of modern delivery lorries.",
    "Residents who had opposed the plan said they were worried about the cost, which is expected to be paid partly by a grant from the regional government.",
    "The mayor said that work would start in the spring and that a temporary footbridge would be put up so that people could still cross the river.",
  ];
  // (a publication note under the last paragraph: short and near the footer, the model leaves it out)
  const closing = "The book is out now for 14.90 euros.";
  const footer = ["Related topics", "- Bridges", "- Town council", "## More from Example News", ...["Storm closes schools", "Prices rise again", "Team wins the cup"].map((s) => `- [${s}](https://example.org/${s.length})`), "© 2026 Example News"];
  const page = [...nav, "# Council votes to rebuild the old bridge", ...prose, closing, ...footer];

  it("keeps a short closing sentence the model leaves just outside the region, and logs it", () => {
    const doc = runRules(toWorkingDoc("t.txt", page.join("\n\n") + "\n"), [articleRegionWith(BLOCK_MODEL)], "clean");
    const body = paragraphs(doc).map((p) => p.text);
    expect(body).toContain(closing);
    expect(body.join(" ")).not.toMatch(/Related topics|More from|Storm closes/);
    expect(doc.log.some((e) => e.rule === "article-region" && /^1 sentence block touching the densest run \(p≥0\.\d+\) taken into the article region: line \d+$/.test(e.reason))).toBe(true);
  });
});

describe("article-region: a first paragraph split mid-sentence", () => {
  it("starts the article at the paragraph's first line, not after it", () => {
    // (made up, as a scraper saves a page: share labels over a paragraph broken over two lines)
    const page = [
      "Home | World | Sport", "", "# Tram line to the north to be built next spring", "", "By Jana Nowak", "", "Share on Facebook", "Share on X", "",
      "The city's transport company said on Monday that work on the new tram line to the northern districts will start in April. It will take",
      "about two years.", "",
      "The line is meant to cut the journey from the northern estates to the centre by ten minutes, and the city expects twenty thousand riders a day.", "",
      "\"It is one of the largest transport projects in the city's history,\" the mayor said at the presentation of the plans.", "",
      "Some bus lines will be diverted while the line is being built, the company said.", "",
      "Read also: Parking in the centre to cost more",
    ].join("\n");
    const doc = runRules(toWorkingDoc("t.txt", page + "\n"), CLEAN_RULES, "clean");
    expect(doc.lines[articleStart(doc)].text).toMatch(/^The city's transport company said/);
    expect(paragraphs(doc).filter((p) => p.lines[0] >= articleStart(doc))[0].text).toMatch(/It will take about two years\.$/);
  });
});

describe("edgeSentences: live-blog entries and lists past the region's end", () => {
  const lines = [
    "Home | World | Sport",
    "Polls closed at eight o'clock in the evening, and the count is now under way in every district of the region.",
    "Turnout stood at 58 percent, three points above the last regional election four years ago.",
    "20:00",
    "Counting has started in all districts.",
    "Subscribe to our newsletter",
  ];
  const blocks = blocksOf(lines);
  const tests = {
    closing: (a: number) => sentence(blocks[a].text),
    opening: () => false,
    last: (a: number) => blocks[a].text.split(" ").length >= 3 && blocks[a].text.endsWith("."),
    continues: () => false,
    bridge: (i: number) => (/^\d{1,2}:\d{2}$/.test(blocks[i].text) ? ("stamp" as const) : /^- /.test(blocks[i].text) ? ("list" as const) : null),
  };

  it("crosses an entry time to the entry after it, without keeping the time", () => {
    expect(edgeSentences(blocks, [0.02, 0.95, 0.9, 0.05, 0.1, 0.02], 1, 2, tests)).toEqual({ start: 1, end: 4, taken: [4] });
  });
  it("does not cross when no sentence of the article follows", () => {
    expect(edgeSentences(blocks, [0.02, 0.95, 0.9, 0.05, 0.01, 0.02], 1, 2, tests)).toEqual({ start: 1, end: 2, taken: [] });
  });
  it("crosses pictures in a row to the article's sentence after them, without keeping them", () => {
    const b = blocksOf(["Polls closed at eight o'clock in the evening, and the count is now under way.", "[count-photo-1] Click to enlarge", "[count-photo-2] Click to enlarge", "Results are expected after midnight.", "Related topics"]);
    const t = { ...tests, closing: (a: number) => sentence(b[a].text), last: (a: number) => b[a].text.endsWith("."), bridge: (i: number) => (pictureLine(b[i].text, b[i].text) ? ("picture" as const) : null) };
    expect(edgeSentences(b, [0.95, 0.1, 0.1, 0.3, 0.02], 0, 0, t)).toEqual({ start: 0, end: 3, taken: [3] });
    // (no sentence after the pictures: nothing crossed)
    expect(edgeSentences(b, [0.95, 0.1, 0.1, 0.01, 0.02], 0, 0, t)).toEqual({ start: 0, end: 0, taken: [] });
  });
  it("pictureLine: an image opening the line with at most a short caption", () => {
    for (const t of ["[count-photo-1]", "[imga132_thumb] Click to enlarge", "![Polling station](https://example.org/p.jpg)"]) expect(pictureLine(t, t), t).toBe(true);
    for (const t of ["[ ] Remember me", "[Submit]", "Polls closed [count-photo-1]", "[count-photo-1] Voters queued outside the town hall in the rain for more than an hour before the polls opened on Sunday morning."])
      expect(pictureLine(t, t), t).toBe(false);
  });
  it("crosses and keeps a list with the article's sentence after it", () => {
    const b = blocksOf(["Brokers say three things are driving the fall in rates this spring:", "- lower inflation", "- competition between lenders", "Lenders expect rates to settle until the summer.", "Related topics"]);
    const t = { ...tests, closing: (a: number) => sentence(b[a].text), last: (a: number) => b[a].text.endsWith("."), bridge: (i: number) => (/^- /.test(b[i].text) ? ("list" as const) : null) };
    expect(edgeSentences(b, [0.95, 0.1, 0.1, 0.1, 0.02], 0, 0, t)).toEqual({ start: 0, end: 3, taken: [1, 2, 3] });
  });
});

describe("lastSentence: the article's short last paragraph", () => {
  it("takes a sentence of three or more words closed by a full stop", () => {
    for (const t of ["Rain is not forecast.", "Affaire à suivre.", "Habrá más temporales.", "総事業費は約120億円。"]) expect(lastSentence(t, t), t).toBe(true);
  });
  it("not two words, a question, a link, a list item, a label, a cue or an appeal", () => {
    for (const t of ["Mehr folgt.", "What happens next?", "[Read more](/more).", "- Tickets cost ten euros.", "Photo: Jane Doe.", "All rights reserved.", "Subscribe to our newsletter today."])
      expect(lastSentence(t, t), t).toBe(false);
  });
});
