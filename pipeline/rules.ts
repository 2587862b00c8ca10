// The tiny rule driver shared by the clean and extract stages (in the spirit of unified/remark-lint):
// a rule is `{ id, description, apply }`; the driver hands it a context whose helpers stamp every
// removal, capture or rewrite with the rule's id, so the audit trail writes itself.
import type { Captured, Line, LogEntry, WorkingDoc } from "./document.ts";
import { cloneDoc } from "./document.ts";

export type Stage = "clean" | "extract";

export interface RuleContext {
  readonly doc: WorkingDoc;
  /** Mark lines [from..to] (indices) as removed. */
  remove(from: number, to: number, reason: string, as?: "metadata" | "boilerplate"): void;
  /** Replace a line's text (e.g. unwrap link markup), logging the change. */
  rewrite(index: number, text: string, reason: string): void;
  /** Set a scalar field, or append to a list field, citing the lines it came from. */
  capture<K extends keyof Captured>(field: K, value: Captured[K] extends (infer E)[] ? E : Captured[K], reason: string, lines?: number[]): void;
  /** Mark lines as consumed by a field (removed from the body, kept as metadata). */
  use(field: keyof Captured, lines: number[], reason: string): void;
  /** Record a decision that changed no line. */
  decide(field: keyof Captured | null, reason: string): void;
  warn(message: string): void;
}

export interface Rule {
  /** Kebab-case id, equal to the rule's file name. */
  id: string;
  /** One sentence: what it removes or finds, and why. */
  description: string;
  apply(ctx: RuleContext): void;
}

/** The lines' texts joined with " / ", cut to 200 characters; built only as far as the cut (removals can span thousands of lines). */
const snippet = (lines: Line[]): string | null => {
  let t = "";
  for (const l of lines) {
    const x = l.text.trim();
    if (!x) continue;
    t = t ? `${t} / ${x}` : x;
    if (t.length > 200) return t.slice(0, 199) + "…";
  }
  return t || null;
};

function contextFor(doc: WorkingDoc, stage: Stage, rule: Rule): RuleContext {
  const entry = (e: Omit<LogEntry, "stage" | "rule">) => doc.log.push({ stage, rule: rule.id, ...e });
  // Loops rather than Math.min(...idx): a rule may cite more lines than the call stack takes arguments.
  const span = (idx: number[]) => {
    if (!idx.length) return { first_line: 0, last_line: 0 };
    let lo = idx[0];
    let hi = idx[0];
    for (const i of idx) {
      if (i < lo) lo = i;
      if (i > hi) hi = i;
    }
    return { first_line: doc.lines[lo].n, last_line: doc.lines[hi].n };
  };
  return {
    doc,
    remove(from, to, reason, as = "boilerplate") {
      const hit: Line[] = [];
      for (let i = from; i <= to; i++) {
        const l = doc.lines[i];
        if (l.removedBy) continue;
        l.removedBy = rule.id;
        l.removedAs = as;
        hit.push(l);
      }
      if (hit.some((l) => l.text.trim()))
        entry({ action: "removed", field: null, first_line: doc.lines[from].n, last_line: doc.lines[to].n, reason, text: snippet(hit) });
    },
    rewrite(index, text, reason) {
      const l = doc.lines[index];
      if (l.text === text) return;
      entry({ action: "rewrote", field: null, first_line: l.n, last_line: l.n, reason, text: snippet([l]) });
      l.text = text;
    },
    capture(field, value, reason, lines = []) {
      const cur = doc.captured[field];
      if (Array.isArray(cur)) (cur as unknown[]).push(value);
      else (doc.captured as unknown as Record<string, unknown>)[field] = value;
      entry({ action: "captured", field, ...span(lines), reason, text: value == null ? null : String(value).slice(0, 200) || null });
    },
    use(field, lines, reason) {
      for (const i of lines) {
        const l = doc.lines[i];
        l.usedFor = field;
        l.removedBy ??= rule.id;
        l.removedAs ??= "metadata";
      }
      entry({ action: "removed", field, ...span(lines), reason, text: snippet(lines.map((i) => doc.lines[i])) });
    },
    decide(field, reason) {
      entry({ action: "decided", field, first_line: 0, last_line: 0, reason, text: null });
    },
    warn(message) {
      doc.warnings.push(`${rule.id}: ${message}`);
    },
  };
}

/** Runs rules in order on a copy of the document; the input is left untouched. */
export function runRules(input: WorkingDoc, rules: readonly Rule[], stage: Stage): WorkingDoc {
  const doc = cloneDoc(input);
  for (const rule of rules) rule.apply(contextFor(doc, stage, rule));
  return doc;
}
