// The record's audit rows, from its rule log. Consecutive removals by one rule for one reason — a
// rule dropping a navigation menu block after block, line after line — become one row covering the
// whole range, and so do consecutive rewrites (link markup unwrapped paragraph after paragraph) (first_line of the first, last_line of the last, their texts joined and cut like any
// entry's text). Only removals that follow each other in the log are merged, and only when every line
// between them is blank or was removed by that same rule, so a merged range never spans a line that
// was kept or taken by another rule. This keeps the audit table a fraction of the size it would have
// with one row per block (it was ~215 rows per page on the bench, half of them such runs) while
// saying the same thing. `seq` numbers the rows after merging.
import type { AuditEntry } from "../../schemas/audit.ts";
import type { LogEntry, WorkingDoc } from "../document.ts";

/** Longest audit text, as the rule driver cuts it (pipeline/rules.ts). */
const MAX_TEXT = 200;

const cut = (t: string): string => (t.length > MAX_TEXT ? t.slice(0, MAX_TEXT - 1) + "…" : t);

function mergeable(a: LogEntry, b: LogEntry): boolean {
  return (
    (a.action === "removed" || a.action === "rewrote") &&
    b.action === a.action &&
    a.field === null &&
    b.field === null &&
    a.stage === b.stage &&
    a.rule === b.rule &&
    a.reason === b.reason &&
    b.first_line > a.last_line
  );
}

export function auditRows(articleId: string, doc: WorkingDoc): AuditEntry[] {
  // Lines are numbered from 1 in order (see toWorkingDoc), so line n sits at index n - 1; a map from
  // number to index is built only for a document numbered otherwise.
  let byNumber: Map<number, number> | null = null;
  const indexOf = (n: number): number | undefined => {
    if (doc.lines[n - 1]?.n === n) return n - 1;
    if (!byNumber) {
      const map = new Map<number, number>();
      doc.lines.forEach((l, i) => map.set(l.n, i));
      byNumber = map;
    }
    return byNumber.get(n);
  };
  /** Every line strictly between two line numbers is blank or removed by `rule`. */
  const gapClear = (from: number, to: number, rule: string): boolean => {
    for (let n = from + 1; n < to; n++) {
      const i = indexOf(n);
      if (i === undefined) return false;
      const l = doc.lines[i];
      if (l.removedBy !== rule && l.text.trim() !== "") return false;
    }
    return true;
  };
  const out: AuditEntry[] = [];
  let last: AuditEntry | null = null;
  // The merged texts joined so far, kept just past MAX_TEXT so the final cut is the one of the whole.
  let joined: string | null = null;
  for (const e of doc.log) {
    if (last && mergeable(last, e) && gapClear(last.last_line, e.first_line, e.rule)) {
      last.last_line = e.last_line;
      if (e.text !== null) joined = (joined === null ? e.text : `${joined} / ${e.text}`).slice(0, MAX_TEXT + 1);
      last.text = joined === null ? null : cut(joined);
      continue;
    }
    last = { article_id: articleId, seq: out.length, ...e };
    joined = e.text;
    out.push(last);
  }
  return out;
}
