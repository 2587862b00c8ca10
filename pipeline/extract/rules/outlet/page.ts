// The page as the outlet rule's evidence sources read it: its raw lines and their visible text, the
// site's host, where its header ends and its footer starts, and the candidate table they add names to.
import type { WorkingDoc } from "../../../document.ts";
import type { Candidate } from "./signals.ts";

export interface OutletPage {
  doc: WorkingDoc;
  raws: readonly string[];
  n: number;
  /** The article's host, else the host the page's links or printed addresses name most; null when none is known. */
  host: string | null;
  /** A line's visible text, made once when asked ("" for a line too long to be a name's). */
  seen: (i: number) => string;
  /** Adds a signal's support to a name (each signal counts once per name). */
  add: (name: string, weight: number, signal: string, line: number) => void;
  byKey: Map<string, Candidate>;
  /** The first line past the header: EDGE_LINES at most, and never into the article. */
  headerEnd: number;
  /** The first line of the footer: past the article, the last EDGE_LINES lines at most. */
  footerStart: number;
}
