import { describe, expect, it } from "vitest";
import { buildBlocks } from "../../pipeline/clean/blocks.ts";
import { blockFeatures, codeLines, FEATURES, isAppeal } from "../../pipeline/clean/block-features.ts";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";

const feature = (text: string, name: (typeof FEATURES)[number]) => {
  const doc = toWorkingDoc("t.md", text);
  return blockFeatures(buildBlocks(doc), doc).map((r) => r[FEATURES.indexOf(name)]);
};

describe("leadInList: list and code blocks that a lead-in of prose opens", () => {
  it("marks the steps after a sentence ending in a colon, not the list after a heading", () => {
    const text = [
      "The recipe takes about forty minutes and serves four people as a main course.",
      "",
      "You will need the following for the dough:",
      "",
      "1. 250 g flour",
      "2. two eggs",
      "3. a pinch of salt",
      "",
      "## More from the kitchen",
      "",
      "- Soups",
      "- Desserts",
    ].join("\n");
    expect(feature(text, "leadInList")).toEqual([0, 0, 1, 1, 1, 0, 0, 0]);
  });

  it("marks the lines of a Markdown code block after its lead-in", () => {
    const text = ["The tool is a small command-line program.", "", "You can install it through the package manager:", "", "```bash", "pkg install tool", "```", "", "Then run it once."].join("\n");
    const doc = toWorkingDoc("t.md", text);
    expect(Array.from(codeLines(doc) ?? [])).toEqual([0, 0, 0, 0, 1, 1, 1, 0, 0]);
    // (the closing fence is a block of its own)
    expect(feature(text, "leadInList")).toEqual([0, 0, 1, 1, 1, 0]);
  });

  it("does not count a lead-in that is a boilerplate cue ('Share this article:') or too short", () => {
    const f = feature(["Share this article with friends:", "", "- Mail", "- Print", "", "Ingredients:", "", "- salt"].join("\n"), "leadInList");
    expect(f.length).toBeGreaterThan(3);
    expect(f.every((v) => v === 0)).toBe(true);
  });

  it("stops after forty items", () => {
    const items = Array.from({ length: 45 }, (_, i) => `- item number ${i + 1}`);
    const f = feature(["These are all the entries we received this year:", ...items].join("\n\n"), "leadInList");
    expect(f.slice(1, 41).every((v) => v === 1)).toBe(true);
    expect(f.slice(41)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe("appeal: a block that asks the reader to subscribe, donate, join or sign up", () => {
  it("needs both an appeal word and an address to the reader, in several languages", () => {
    expect(isAppeal("If you value our reporting, please donate today.", "if you value our reporting, please donate today.")).toBe(true);
    expect(isAppeal("The council said donations to the shelter had doubled.", "the council said donations to the shelter had doubled.")).toBe(false);
    // the publisher speaking for itself, with no "you"
    expect(isAppeal("Support our journalism: become a member.", "support our journalism: become a member.")).toBe(true);
    const de = "Gefällt Ihnen unsere Arbeit? Dann unterstützen Sie uns mit einer Spende.";
    expect(isAppeal(de, de.toLowerCase())).toBe(true);
    // "Sie" opening a sentence is "they" as often as "you"; lower-cased "sie" is "she" or "they"
    const de3 = "Sie wollen unterstützen, sagte die Ministerin.";
    expect(isAppeal(de3, de3.toLowerCase())).toBe(false);
    const fr = "Abonnez-vous pour lire la suite de votre article.";
    expect(isAppeal(fr, fr.toLowerCase())).toBe(true);
    const es = "Apóyanos: tu aporte hace posible este periodismo.";
    expect(isAppeal(es, es.toLowerCase())).toBe(true);
  });

  it("is a block feature", () => {
    const text = ["The bridge reopened on Monday after two years of repairs, the city said.", "", "Enjoyed this story? Subscribe to our newsletter and never miss one."].join("\n");
    expect(feature(text, "appeal")).toEqual([0, 1]);
  });
});
