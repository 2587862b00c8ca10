// The dataset.json config: what a published version is called and under which terms. Its fields end
// up in datapackage.json and DATA_DICTIONARY.md, so it is validated before anything is written.
import { z } from "zod";

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
  })
  .strict();

export type DatasetConfig = z.infer<typeof DatasetConfigSchema>;
