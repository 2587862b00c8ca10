// The rejects table: one row per raw file that did not become an article, with the reason.
import { z } from "zod";
import { optionalText, text } from "./fields.ts";

export const REJECT_STAGES = ["ingest", "clean", "extract", "validate", "dedupe"] as const;

export const RejectSchema = z
  .object({
    source_file: text({
      description: "Path of the raw file relative to RAW.",
      derivation: "As walked by ingest.",
      examples: ["broken/empty.txt"],
    }),
    source_sha256: optionalText({
      description: "SHA-256 of the raw bytes, or null when the file could not be read.",
      derivation: "Hash of the bytes as read.",
      examples: ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    }),
    stage: text({
      description: `Pipeline stage that rejected the file: one of ${REJECT_STAGES.join(", ")}.`,
      derivation: "Set by the stage that gave up on the file.",
      examples: ["ingest"],
    }),
    reason: text({
      description: "Short, stable reason code-phrase; group rejects by it.",
      derivation: "Fixed phrase per failure kind, e.g. 'empty file', 'binary file', 'no article body found', 'schema validation failed'.",
      examples: ["empty file"],
    }),
    detail: text({
      description: "Human-readable specifics: what was seen, the Zod issues (path: message), the id this duplicates, ...",
      derivation: "Written by the rejecting stage.",
      examples: ["0 bytes"],
    }),
  })
  .strict();

export type Reject = z.infer<typeof RejectSchema>;
