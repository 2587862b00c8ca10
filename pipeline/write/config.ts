// Loads dataset.json and fails with a message that names the file and each bad field.
import { readFile } from "node:fs/promises";
import { DatasetConfigSchema, type DatasetConfig } from "../../schemas/dataset-config.ts";

export async function loadDatasetConfig(path: string): Promise<DatasetConfig> {
  let raw: string;
  try {
    raw = await readFile(path, "utf8");
  } catch (e) {
    throw new Error(`cannot read dataset config ${path}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new Error(`dataset config ${path} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = DatasetConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
    throw new Error(`invalid dataset config ${path}:\n${issues}`);
  }
  return parsed.data;
}
