// Load a clippings release in TypeScript with apache-arrow, using nothing from the clippings code:
// the tables and their columns are read from the release's own datapackage.json.
//
//   npx tsx examples/load-arrow.ts [VERSION_FOLDER]      (default: the newest output/v*)
//
// Prints each table's row count and column types, then a few things a user would look at first.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC, type Table } from "apache-arrow";

function newestVersion(out: string): string {
  const semver = (v: string) => v.slice(1).split(".").map(Number);
  const versions = readdirSync(out)
    .filter((d) => /^v\d+\.\d+\.\d+$/.test(d))
    .sort((a, b) => {
      const [x, y] = [semver(a), semver(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  if (!versions.length) throw new Error(`no version folder under ${out}: run \`make dataset\` first`);
  return join(out, versions[versions.length - 1]);
}

const dir = process.argv[2] ?? newestVersion("output");
if (!existsSync(join(dir, "datapackage.json"))) throw new Error(`${dir} has no datapackage.json`);

// The data package lists every table; the Arrow file of a table is `<name>.arrow`.
const pkg = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as {
  name: string;
  version: string;
  resources: { name: string }[];
};
console.log(`dataset ${pkg.name} ${pkg.version} (${dir})`);

const tables: Record<string, Table> = {};
for (const { name } of pkg.resources) {
  const table = tableFromIPC(readFileSync(join(dir, `${name}.arrow`)));
  tables[name] = table;
  console.log(`${name}: ${table.numRows} rows`);
  console.log(`  ${table.schema.fields.map((f) => `${f.name}: ${f.type}`).join(", ")}`);
}

const articles = tables.articles;
if (articles && articles.numRows) {
  // Dates are Arrow date32 values: apache-arrow gives them as milliseconds since the epoch.
  const dates = articles.getChild("published_date")!;
  const first = articles.get(0)!;
  const day = (ms: number | null) => (ms === null ? "no date" : new Date(ms).toISOString().slice(0, 10));
  console.log(`first article: ${first.title ?? "(no title)"} — ${day(dates.get(0))}, by ${[...(first.authors ?? [])].join(", ") || "nobody named"}`);

  const perLanguage = new Map<string, number>();
  for (const lang of articles.getChild("language")!) perLanguage.set(lang ?? "(unknown)", (perLanguage.get(lang ?? "(unknown)") ?? 0) + 1);
  console.log(`articles per language: ${[...perLanguage].map(([l, n]) => `${l} ${n}`).join(", ")}`);

  const words = [...articles.getChild("word_count")!].map(Number).sort((a, b) => a - b);
  console.log(`median body length: ${words[Math.floor((words.length - 1) / 2)]} words`);
}
