// Renders the README's generated field section: one table per dataset table, from the Zod schemas.
import { fieldTableMarkdown } from "../schemas/derive/dictionary.ts";
import { TABLES } from "../schemas/tables.ts";

const START = "<!-- fields:start -->";
const END = "<!-- fields:end -->";

export function renderReadmeFields(readme: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error("README.md lacks the fields:start / fields:end markers");
  const body = Object.values(TABLES)
    .map((t) => `### ${t.title} (\`${t.name}\`)\n\n${t.description} Row order: ${t.order}.\n\n${fieldTableMarkdown(t)}`)
    .join("\n\n");
  return `${readme.slice(0, a + START.length)}\n<!-- generated from schemas/ by scripts/readme-fields.ts — do not edit -->\n\n${body}\n\n${readme.slice(b)}`;
}
