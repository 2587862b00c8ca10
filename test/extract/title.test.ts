import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { runRules } from "../../pipeline/rules.ts";
import { stripSiteName, title } from "../../pipeline/extract/rules/title.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute.";
const run = (text: string, start: number) => {
  const doc = toWorkingDoc("t.txt", text);
  doc.article = { start, end: start };
  return runRules(doc, [title], "extract");
};

describe("title", () => {
  it("prefers a Markdown heading to menu lines, and cuts the site name", () => {
    const lines = ["-   [Home](/)", "-   [World news](/world)", "", "# Council votes to rebuild the bridge | Example News", "", prose];
    const doc = run(lines.join("\n"), 5);
    expect(doc.captured.title).toBe("Council votes to rebuild the bridge");
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
});
