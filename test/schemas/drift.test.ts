// Every derived artefact must list exactly the Zod fields, in schema order, so none can drift.
import { describe, expect, it } from "vitest";
import { arrowSchemaFor } from "../../schemas/derive/arrow.ts";
import { csvColumns } from "../../schemas/derive/csv.ts";
import { dataPackageFor } from "../../schemas/derive/datapackage.ts";
import { fieldTableMarkdown, renderDataDictionary } from "../../schemas/derive/dictionary.ts";
import { DatasetConfigSchema } from "../../schemas/dataset-config.ts";
import { TABLES } from "../../schemas/tables.ts";
import { CONFIG } from "../write/fixtures.ts";

type Resource = {
  name: string;
  schema: { fields: { name: string; type: string; constraints: { required: boolean } }[]; primaryKey?: string[]; foreignKeys?: unknown[] };
};

describe.each(Object.values(TABLES))("schema drift: $name", (table) => {
  const keys = Object.keys(table.schema.shape);

  it("CSV columns are the Zod keys in order", () => {
    expect(csvColumns(table)).toEqual(keys);
  });

  it("Arrow schema fields are the Zod keys in order", () => {
    expect(arrowSchemaFor(table).fields.map((f) => f.name)).toEqual(keys);
  });

  it("datapackage.json fields are the Zod keys in order", () => {
    const pkg = dataPackageFor(CONFIG) as { resources: Resource[] };
    const res = pkg.resources.find((r) => r.name === table.name)!;
    expect(res.schema.fields.map((f) => f.name)).toEqual(keys);
  });

  it("the dictionary field table lists the Zod keys in order", () => {
    const names = [...fieldTableMarkdown(table).matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
    expect(names).toEqual(keys);
    const doc = renderDataDictionary(CONFIG);
    const positions = keys.map((k) => doc.indexOf(`| \`${k}\` |`, doc.indexOf(`(\`${table.name}\`)`)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe("derived metadata", () => {
  it("marks the dictionary as generated", () => {
    expect(renderDataDictionary(CONFIG)).toContain("generated from schemas/ — do not edit");
  });

  it("maps kinds and keys into the Frictionless descriptor", () => {
    const pkg = dataPackageFor(CONFIG) as Record<string, unknown> & { resources: (Resource & Record<string, any>)[] };
    expect(pkg.profile).toBe("tabular-data-package");
    const art = pkg.resources.find((r) => r.name === "articles")!;
    const f = (n: string) => art.schema.fields.find((x) => x.name === n)!;
    expect(f("authors").type).toBe("array");
    expect(f("published_date").type).toBe("date");
    expect(f("word_count").type).toBe("integer");
    expect(f("title").constraints.required).toBe(false);
    expect(f("id").constraints.required).toBe(true);
    expect(f("body").constraints.required).toBe(false); // "" is a valid body but reads as missing
    expect(art.schema.primaryKey).toEqual(["id"]);
    const audit = pkg.resources.find((r) => r.name === "audit")!;
    expect(audit.schema.foreignKeys).toEqual(TABLES.audit.foreignKeys);
    expect(JSON.stringify(pkg)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no timestamps
  });

  it("validates dataset configs", () => {
    expect(DatasetConfigSchema.safeParse(CONFIG).success).toBe(true);
    expect(DatasetConfigSchema.safeParse({ ...CONFIG, version: "1.0" }).success).toBe(false);
    expect(DatasetConfigSchema.safeParse({ ...CONFIG, name: "Has Spaces" }).success).toBe(false);
  });
});
