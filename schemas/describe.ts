// Turns a Zod object schema into a flat list of column specs, via Zod's own JSON Schema export.
// Every derived artefact (Arrow schema, CSV header, datapackage.json, data dictionary) reads these
// specs, so none of them restates a field.
import { z } from "zod";

export type ColumnKind = "string" | "integer" | "number" | "boolean" | "date" | "string_list";

export interface ColumnSpec {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  description: string;
  derivation: string;
  example: unknown;
  pattern?: string;
  minimum?: number;
  minLength?: number;
}

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
  format?: string;
  pattern?: string;
  minimum?: number;
  minLength?: number;
  description?: string;
  derivation?: string;
  examples?: unknown[];
};

function kindOf(s: JsonSchema, name: string): ColumnKind {
  if (s.type === "array") {
    if (s.items?.type === "string") return "string_list";
    throw new Error(`column ${name}: only lists of strings are supported`);
  }
  if (s.type === "string") return s.format === "date" ? "date" : "string";
  if (s.type === "integer") return "integer";
  if (s.type === "number") return "number";
  if (s.type === "boolean") return "boolean";
  throw new Error(`column ${name}: unsupported JSON Schema type ${JSON.stringify(s.type)}`);
}

export function describeColumns(schema: z.ZodObject): ColumnSpec[] {
  const json = z.toJSONSchema(schema, { io: "output" }) as { properties: Record<string, JsonSchema> };
  return Object.entries(json.properties).map(([name, prop]) => {
    const variants = prop.anyOf ?? [prop];
    const nonNull = variants.filter((v) => v.type !== "null");
    if (nonNull.length !== 1) throw new Error(`column ${name}: expected one non-null type`);
    const base = nonNull[0];
    if (!prop.description || !prop.derivation || !prop.examples?.length)
      throw new Error(`column ${name}: every field needs description, derivation and examples in .meta()`);
    return {
      name,
      kind: kindOf(base, name),
      nullable: variants.length > 1,
      description: prop.description,
      derivation: prop.derivation,
      example: prop.examples[0],
      ...(base.pattern && base.format !== "date" ? { pattern: base.pattern } : {}),
      ...(base.minimum !== undefined ? { minimum: base.minimum } : {}),
      ...(base.minLength !== undefined ? { minLength: base.minLength } : {}),
    };
  });
}
