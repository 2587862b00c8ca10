// Pins markdown-inline: live lines are rewritten to the words a reader sees (links to their text,
// images dropped, emphasis, escapes, heading marks and '&nbsp;' gone, runs of spaces collapsed), each
// rewrite logged with the old text. Plain lines, arithmetic stars and snake_case are left alone, and
// so are lines an earlier rule removed.
import { describe, expect, it } from "vitest";
import { markdownInline } from "../../../pipeline/clean/rules/markdown-inline.ts";
import { uiLabels } from "../../../pipeline/clean/rules/ui-labels.ts";
import { logOf, run } from "./run.ts";

const cases: [string, string][] = [
  ["## Council approves **new** budget", "Council approves new budget"],
  ["[Reuters](https://www.reuters.example/world) reported *strong* growth in exports.", "Reuters reported strong growth in exports."],
  ["![Flooded street](https://img.example.org/f.jpg) Residents wade through the water.", "Residents wade through the water."],
  ["[![Map of the route](https://img.example.org/m.png)](https://example.org/map) The route runs north.", "The route runs north."],
  ["Prices rose by 3\\.5 per cent \\- the highest since 2008\\.", "Prices rose by 3.5 per cent - the highest since 2008."],
  ["Tickets&nbsp;cost  €12\tat the door.", "Tickets cost €12 at the door."],
  ["Лавров заявил **в четверг**, что [переговоры](https://example.ru/n/1) продолжатся.", "Лавров заявил в четверг, что переговоры продолжатся."],
  ["[新华社](https://example.cn/xinhua)北京电", "新华社北京电"],
  ["See <https://example.org/report> for the full report.", "See https://example.org/report for the full report."],
];
const untouched = [
  "The answer is 2 * 3 * 4 = 24, the teacher said.",
  "The variable snake_case_name is set by the script.",
  "   An indented plain line.",
];

describe("markdown-inline", () => {
  const doc = run([...cases.map(([from]) => from), ...untouched], [markdownInline]);

  it("rewrites each marked-up line to its plain text", () => {
    expect(doc.lines.slice(0, cases.length).map((l) => l.text)).toEqual(cases.map(([, to]) => to));
    // Rewrites change the text, never the raw line the signals read.
    expect(doc.lines[0].raw).toBe(cases[0][0]);
  });

  it("leaves plain lines as they are, leading spaces included", () => {
    expect(doc.lines.slice(cases.length).map((l) => l.text)).toEqual(untouched);
  });

  it("logs one rewrite per changed line with the text before the change", () => {
    expect(logOf(doc, "markdown-inline")).toEqual(
      cases.map(([from], i) => ({ action: "rewrote", field: null, first_line: i + 1, last_line: i + 1, reason: "inline Markdown to plain text", text: from })),
    );
  });

  it("does not rewrite a line an earlier rule removed", () => {
    // ui-labels runs before markdown-inline in CLEAN_RULES; the share bar it removed keeps its markup.
    const d = run(["**Share**", "Rain is **expected** later."], [uiLabels, markdownInline]);
    expect(d.lines.map((l) => [l.text, l.removedBy])).toEqual([
      ["**Share**", "ui-labels"],
      ["Rain is expected later.", undefined],
    ]);
    expect(logOf(d, "markdown-inline").map((e) => e.first_line)).toEqual([2]);
  });

  // Escaped markers ("\*asterisk\*", as HTML-to-Markdown converters write a literal '*') are literal
  // text, never emphasis, links or headings (they once came out as "an \asterisk\ have").
  it("keeps escaped emphasis markers as literal characters", () => {
    const d = run(["Names marked with an \\*asterisk\\* have been changed.", "The \\_index\\_ column was empty.", "\\# 1 is not a heading, \\[nor\\](a link)."], [markdownInline]);
    expect(d.lines.map((l) => l.text)).toEqual(["Names marked with an *asterisk* have been changed.", "The _index_ column was empty.", "# 1 is not a heading, [nor](a link)."]);
  });
});
