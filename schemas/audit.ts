// The audit table: one row per decision a cleaning or extraction rule made about a record, so
// "why did this line vanish?" has an answer in the published data. Consecutive removals by one rule
// for one reason are one row covering their lines (pipeline/extract/audit-rows.ts).
import { z } from "zod";
import { count, optionalText, text } from "./fields.ts";

export const AUDIT_ACTIONS = ["removed", "captured", "rewrote", "joined", "decided"] as const;

export const AuditSchema = z
  .object({
    article_id: text({
      description: "`id` of the article this entry belongs to (join key).",
      derivation: "Copied from the article.",
      examples: ["4f1c2e8a9b0d3f57"],
    }),
    seq: count({
      description: "Order of the entry within its article (0-based).",
      derivation: "Position in the record's log, once runs of removals (and of rewrites) are merged (pipeline/extract/audit-rows.ts).",
      examples: [0],
    }),
    stage: text({
      description: "Stage of the rule: clean or extract.",
      derivation: "Set by the rule driver.",
      examples: ["clean"],
    }),
    rule: text({
      description: "Id of the rule (file name under pipeline/<stage>/rules/); `quote-<how>` for a quotation's speaker decision (`quote-cue-after`, `quote-carry-over`, `quote-colon-label`, … or `quote-none`).",
      derivation: "Set by the rule driver.",
      examples: ["related-links"],
    }),
    action: text({
      description: `What the rule did: ${AUDIT_ACTIONS.join(", ")}.`,
      derivation: "Set by the rule.",
      examples: ["removed"],
    }),
    field: optionalText({
      description: "Article field the rule filled, when it captured or decided a value (`speaker` for a quotation's speaker, the quote named at the start of `text`).",
      derivation: "Set by the rule.",
      examples: ["related_headlines"],
    }),
    first_line: count({
      description: "First raw line (1-based) the entry is about; 0 when it concerns no line.",
      derivation: "Line numbers of the decoded raw text.",
      examples: [34],
    }),
    last_line: count({
      description: "Last raw line (1-based) the entry is about; 0 when it concerns no line.",
      derivation: "Line numbers of the decoded raw text; for a merged run, the run's last line.",
      examples: [36],
    }),
    reason: text({
      description: "Why the rule did it, in words.",
      derivation: "Set by the rule.",
      examples: ["'See also' link to another article"],
    }),
    text: optionalText({
      description: "The text concerned (first 200 characters), or null.",
      derivation: "Copied from the line(s).",
      examples: ["Russia, China Block UN Sanctions Against Central African Republic"],
    }),
  })
  .strict();

export type AuditEntry = z.infer<typeof AuditSchema>;
