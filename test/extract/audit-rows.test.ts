// Audit rows: a run of removals by one rule for one reason is one row over the run's lines; anything
// else (another reason, a kept line in between, a capture) starts a new row.
import { describe, expect, it } from "vitest";
import { toWorkingDoc } from "../../pipeline/clean/index.ts";
import { auditRows } from "../../pipeline/extract/audit-rows.ts";
import { runRules, type Rule } from "../../pipeline/rules.ts";

const TEXT = ["Home", "", "World", "Sport", "A kept line of the story.", "Weather", "", "Contact", "Jobs", "Ads"].join("\n");

/** Removes lines one by one (as a block classifier would, block after block), the last with another reason. */
const menu: Rule = {
  id: "menu",
  description: "test rule",
  apply(ctx) {
    for (const i of [0, 2, 3, 5, 7, 8]) ctx.remove(i, i, "navigation menu");
    ctx.remove(9, 9, "advertising label");
    ctx.capture("title", "A kept line of the story.", "test capture", [4]);
  },
};

describe("auditRows", () => {
  const doc = runRules(toWorkingDoc("t.txt", TEXT), [menu], "clean");
  const rows = auditRows("a1", doc);

  it("merges a run of removals across blank lines, not across a kept line", () => {
    const removed = rows.filter((r) => r.action === "removed");
    expect(removed.map((r) => [r.first_line, r.last_line, r.reason])).toEqual([
      [1, 4, "navigation menu"],
      [6, 9, "navigation menu"],
      [10, 10, "advertising label"],
    ]);
    expect(removed[0].text).toBe("Home / World / Sport");
    expect(removed[1].text).toBe("Weather / Contact / Jobs");
  });

  it("keeps other entries and numbers the rows in order", () => {
    expect(rows.map((r) => r.seq)).toEqual([0, 1, 2, 3]);
    expect(rows[3]).toMatchObject({ article_id: "a1", action: "captured", field: "title", rule: "menu" });
    // The rule log itself keeps one entry per call.
    expect(doc.log.filter((e) => e.action === "removed")).toHaveLength(7);
  });

  it("merges rewrites of one rule for one reason across blank lines only", () => {
    const text = ["A [link](x) here.", "", "Another [link](y).", "Plain kept line.", "Third [link](z)."].join("\n");
    const unlink: Rule = {
      id: "unlink",
      description: "test rule",
      apply(ctx) {
        for (const i of [0, 2, 4]) ctx.rewrite(i, ctx.doc.lines[i].text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"), "link markup unwrapped");
      },
    };
    const r = auditRows("a1", runRules(toWorkingDoc("t.txt", text), [unlink], "clean"));
    expect(r.map((x) => [x.action, x.first_line, x.last_line, x.text])).toEqual([
      ["rewrote", 1, 3, "A [link](x) here. / Another [link](y)."],
      ["rewrote", 5, 5, "Third [link](z)."],
    ]);
  });

  it("cuts a merged text like any entry's text", () => {
    const long = runRules(toWorkingDoc("t.txt", Array.from({ length: 30 }, (_, i) => `Menu item number ${i}`).join("\n")), [
      { id: "menu", description: "test rule", apply: (ctx) => ctx.doc.lines.forEach((_, i) => ctx.remove(i, i, "navigation menu")) },
    ], "clean");
    const [row] = auditRows("a1", long);
    expect([row.first_line, row.last_line]).toEqual([1, 30]);
    expect(row.text).toHaveLength(200);
    expect(row.text!.endsWith("…")).toBe(true);
    expect(row.text!.startsWith("Menu item number 0 / Menu item number 1 / ")).toBe(true);
  });
});
