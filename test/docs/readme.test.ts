// The README's field tables are generated from the Zod schemas; this fails when they drift.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderReadmeFields } from "../../scripts/readme-fields-lib.ts";
import { ArticleSchema } from "../../schemas/article.ts";

describe("README", () => {
  const readme = readFileSync("README.md", "utf8");
  it("has field tables that match the schemas (run scripts/readme-fields.ts)", () => {
    expect(renderReadmeFields(readme)).toBe(readme);
  });
  it("documents every article field", () => {
    for (const name of Object.keys(ArticleSchema.shape)) expect(readme).toContain(`| \`${name}\` |`);
  });
  it("shows the two commands and no absolute machine paths", () => {
    expect(readme).toContain("make dataset");
    expect(readme).toContain("make test");
    expect(readme).not.toMatch(/\/(?:work|home|root|Users|tmp)\//);
  });
});
