// The dataset.json config: what a published version is called and under which terms. Its fields end
// up in datapackage.json and DATA_DICTIONARY.md, so it is validated before anything is written.
import { z } from "zod";

/**
 * How much of the article text a release carries. "full": everything. "metadata-only": for texts
 * that may not be redistributed — no article body (the field stays, as ""), quotations and logged
 * text cut to their opening words; every other field (headline, date, byline, counts, ...) is kept.
 */
export const RELEASE_MODES = ["full", "metadata-only"] as const;
export type ReleaseMode = (typeof RELEASE_MODES)[number];

export const ReleaseConfigSchema = z
  .object({ mode: z.enum(RELEASE_MODES).default("full") })
  .strict();

/** Records left out on request (e.g. a publisher's takedown): by record id or by the article's url. */
export const ExcludeConfigSchema = z
  .object({
    ids: z.array(z.string().min(1)).default([]),
    urls: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** What applies when dataset.json says nothing: a full release, nothing excluded. */
export const RELEASE_DEFAULTS = { release: { mode: "full" as ReleaseMode }, exclude: { ids: [] as string[], urls: [] as string[] } };

export const DatasetConfigSchema = z
  .object({
    // Frictionless requires package names to be lower-case URL-safe identifiers.
    name: z.string().regex(/^[a-z0-9][-a-z0-9._]*$/, "lower-case letters, digits, '-', '.', '_' only"),
    title: z.string().min(1),
    // Folder names are v<version>; bump it whenever the published bytes change.
    version: z.string().regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, "expected semver x.y.z"),
    // An SPDX identifier (e.g. CC-BY-4.0), a LicenseRef-*, or "other" explained in `description`.
    license: z.string().regex(/^(other|LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.+-]*)$/, "expected an SPDX license id or \"other\""),
    description: z.string().min(1),
    homepage: z.url().optional(),
    sources: z
      .array(z.object({ title: z.string().min(1), path: z.string().min(1).optional(), description: z.string().optional() }).strict())
      .optional(),
    // Credited in CITATION.cff and the dataset card; people or organisations.
    authors: z.array(z.object({ name: z.string().min(1), orcid: z.url().optional() }).strict()).optional(),
    release: ReleaseConfigSchema.optional(),
    exclude: ExcludeConfigSchema.optional(),
  })
  .strict();

export type DatasetConfig = z.infer<typeof DatasetConfigSchema>;

/** The release policy of a config, defaults filled in. */
export function releasePolicyOf(config: DatasetConfig): { mode: ReleaseMode; exclude: { ids: string[]; urls: string[] } } {
  return {
    mode: config.release?.mode ?? RELEASE_DEFAULTS.release.mode,
    exclude: { ids: config.exclude?.ids ?? [], urls: config.exclude?.urls ?? [] },
  };
}
