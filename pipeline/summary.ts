// The run summary printed on stdout at the end of a build (`make dataset` and `make dataset-ray`).
import type { BuildSummary } from "./build.ts";

export function summaryLines(s: BuildSummary): string[] {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([r, n]) => `${r}: ${n}`)
      .join(", ") || "none";
  const reasons = list(s.rejectsByReason);
  return [
    `files read: ${s.filesSeen} (records ${s.records} + rejects ${s.rejects} + skipped ${s.skipped})`,
    `rejects by reason: ${reasons}`,
    `skipped: ${list(s.skippedByReason)}`,
    `near-duplicates flagged: ${s.nearDuplicates}`,
    `processed: ${s.processed}, from cache: ${s.cached} (jobs: ${s.jobs})` +
      (s.unchangedFiles ? `; ${s.unchangedFiles} unchanged files not re-read` : "") +
      (s.retriedInline ? `; ${s.retriedInline} re-run on the main thread after a worker thread ran out of memory` : ""),
    `output: ${s.dir} (${s.status})`,
    `time: ${s.seconds.toFixed(2)} s`,
  ];
}
