// Shared by the per-rule clean tests: runs rules through the real driver on a hand-written fixture
// and reads back what they did, so each test can state removals, captures and log rows exactly.
import { toWorkingDoc } from "../../../pipeline/clean/index.ts";
import type { LogEntry, WorkingDoc } from "../../../pipeline/document.ts";
import { runRules, type Rule } from "../../../pipeline/rules.ts";

/** The fixture's lines joined into one text and cleaned by `rules`, in the order given. */
export const run = (lines: readonly string[], rules: readonly Rule[]): WorkingDoc =>
  runRules(toWorkingDoc("fixture.txt", lines.join("\n")), rules, "clean");

/** Removed lines as [1-based line number, rule id, removedAs]. */
export const removed = (doc: WorkingDoc): [number, string, string | undefined][] =>
  doc.lines.filter((l) => l.removedBy).map((l) => [l.n, l.removedBy!, l.removedAs]);

/** Texts of the non-blank lines no rule removed. */
export const kept = (doc: WorkingDoc): string[] => doc.lines.filter((l) => !l.removedBy && l.text.trim()).map((l) => l.text);

/** The audit rows one rule wrote, without the stage (always "clean" here). */
export const logOf = (doc: WorkingDoc, rule: string): Omit<LogEntry, "stage" | "rule">[] =>
  doc.log.filter((e) => e.rule === rule).map(({ stage: _s, rule: _r, ...rest }) => rest);

/** Marks the whole fixture as the article region (the article-region rule's job in the pipeline). */
export const wholeRegion: Rule = {
  id: "test-region",
  description: "test: the whole document is the region",
  apply(ctx) {
    ctx.doc.article = { start: 0, end: ctx.doc.lines.length - 1 };
  },
};
