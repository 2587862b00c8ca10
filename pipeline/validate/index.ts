// Validate: every record goes through the Zod schema. A record that fails becomes a reject carrying
// each issue as "path: message", and the build goes on with the next file.
import { ArticleSchema, type Article } from "../../schemas/article.ts";
import type { Reject } from "../../schemas/reject.ts";
import type { ExtractedArticle } from "../extract/index.ts";

export type ValidateOutcome = { ok: true; value: ExtractedArticle } | { ok: false; reject: Reject };

export function validate(input: ExtractedArticle): ValidateOutcome {
  const result = ArticleSchema.safeParse(input.article);
  if (result.success) return { ok: true, value: { ...input, article: result.data as Article } };
  const detail = result.error.issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`).join("; ");
  return {
    ok: false,
    reject: { source_file: input.article.source_file, source_sha256: input.article.source_sha256, stage: "validate", reason: "schema validation failed", detail },
  };
}
