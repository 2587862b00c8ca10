// CHANGES.md between versions, and semantic versioning of the schema: building twice, then changing one
// raw file and building a new version names exactly that record and field; a schema-breaking change
// under a minor version is refused.
import { readFileSync, writeFileSync, existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diffRecords } from "../../pipeline/release/changes.ts";
import { bumpLevel, checkVersionBump, compareSchemas, schemaSnapshot, snapshotFromDataPackage, type SchemaSnapshot } from "../../pipeline/release/semver.ts";
import { writeVersion } from "../../pipeline/write/version.ts";
import { dataPackageFor } from "../../schemas/derive/datapackage.ts";
import { TABLES } from "../../schemas/tables.ts";
import { BASE_CONFIG, buildWith, copySeeds, readJsonlSync, tempDir } from "./helpers.ts";

const SNAP: SchemaSnapshot = {
  articles: [
    { name: "id", type: "string", nullable: false },
    { name: "title", type: "string", nullable: true },
    { name: "word_count", type: "integer", nullable: false },
  ],
};

describe("schema comparison and version bumps", () => {
  it("grades removed, retyped, newly nullable fields as major; added ones as minor", () => {
    const next: SchemaSnapshot = {
      articles: [
        { name: "id", type: "string", nullable: true },
        { name: "word_count", type: "number", nullable: false },
        { name: "people", type: "string_list", nullable: false },
      ],
      quotes: [{ name: "quote_id", type: "string", nullable: false }],
    };
    const changes = compareSchemas(SNAP, next);
    expect(changes.map((c) => `${c.level}: ${c.text}`)).toEqual([
      "major: `articles.title` removed",
      "major: `articles.id` may now be null",
      "major: `articles.word_count` type changed: integer → number",
      "minor: `articles.people` added (string_list)",
      "minor: table `quotes` added (1 fields)",
    ]);
    expect(compareSchemas(SNAP, SNAP)).toEqual([]);
  });

  it("refuses a breaking change under a minor or patch bump, accepts a major one", () => {
    const breaking = compareSchemas(SNAP, { articles: SNAP.articles.slice(0, 2) });
    expect(() => checkVersionBump("1.2.3", "1.3.0", breaking)).toThrow(/needs a major version bump.*articles\.word_count removed.*2\.0\.0/);
    expect(() => checkVersionBump("1.2.3", "1.2.4", breaking)).toThrow(/major/);
    expect(() => checkVersionBump("1.2.3", "2.0.0", breaking)).not.toThrow();
    // below 1.0.0 a breaking change needs a minor bump
    expect(() => checkVersionBump("0.3.1", "0.3.2", breaking)).toThrow(/0\.4\.0/);
    expect(() => checkVersionBump("0.3.1", "0.4.0", breaking)).not.toThrow();
    const additive = compareSchemas(SNAP, { articles: [...SNAP.articles, { name: "x", type: "boolean", nullable: false }] });
    expect(() => checkVersionBump("1.0.0", "1.0.1", additive)).toThrow(/minor/);
    expect(() => checkVersionBump("1.0.0", "1.1.0", additive)).not.toThrow();
    expect(() => checkVersionBump("1.0.0", "1.0.1", [])).not.toThrow();
    expect(bumpLevel("1.9.9", "1.10.0")).toBe("minor");
  });

  it("recovers a schema from a datapackage.json written without a snapshot", () => {
    const pkg = dataPackageFor({ ...BASE_CONFIG });
    const snap = snapshotFromDataPackage(pkg);
    expect(compareSchemas(snap, schemaSnapshot(Object.values(TABLES)))).toEqual([]);
  });
});

describe("diffRecords", () => {
  it("merges sorted files and falls back to an index when they are not sorted", async () => {
    const t = tempDir("diff");
    try {
      const row = (f: string, title: string, extra = {}) => JSON.stringify({ id: `id-${f}`, source_file: f, title, ...extra });
      writeFileSync(join(t.dir, "a.jsonl"), [row("a", "A"), row("b", "B"), row("c", "C")].join("\n") + "\n");
      writeFileSync(join(t.dir, "b.jsonl"), [row("b", "B2"), row("c", "C"), row("d", "D")].join("\n") + "\n");
      writeFileSync(join(t.dir, "u.jsonl"), [row("d", "D"), row("c", "C"), row("b", "B2")].join("\n") + "\n");
      for (const next of ["b.jsonl", "u.jsonl"]) {
        const d = await diffRecords(join(t.dir, "a.jsonl"), join(t.dir, next));
        expect(d.added.map((r) => r.id), next).toEqual(["id-d"]);
        expect(d.removed.map((r) => r.id)).toEqual(["id-a"]);
        expect(d.changed).toEqual([{ id: "id-b", source_file: "b", fields: ["title"] }]);
        expect(d.unchanged).toBe(1);
      }
    } finally {
      t.done();
    }
  });
});

describe("CHANGES.md across builds", () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    tmp = tempDir("changes");
  });
  afterAll(() => tmp.done());

  it("names exactly the record and fields a raw edit changed", async () => {
    const raw = copySeeds(tmp.dir);
    const out = join(tmp.dir, "out");
    const first = await buildWith(raw, out, BASE_CONFIG);
    expect(first.status).toBe("written");
    expect(readFileSync(join(first.dir, "CHANGES.md"), "utf8")).toContain("First version");
    const again = await buildWith(raw, out, BASE_CONFIG);
    expect(again.status).toBe("unchanged");

    // Edit one word of one headline.
    const file = "000_be0e2b62b7d7ea5b.txt";
    const text = readFileSync(join(raw, file), "utf8");
    expect(text).toContain("# China Refuses to Budge on Anti-Russia Sanctions");
    writeFileSync(join(raw, file), text.replace("Refuses to Budge", "Refuses to Bend"));
    const id = (readJsonlSync(join(first.dir, "articles.jsonl")).find((a) => a.source_file === file) as { id: string }).id;

    // Same version with different content is refused; a patch version is written.
    await expect(buildWith(raw, out, BASE_CONFIG)).rejects.toThrow(/immutable|--force/);
    const next = await buildWith(raw, out, { ...BASE_CONFIG, version: "1.0.1" });
    expect(next.status).toBe("written");
    const changes = readFileSync(join(next.dir, "CHANGES.md"), "utf8");
    expect(changes).toContain("Compared with version 1.0.0");
    expect(changes).toContain("No schema changes.");
    expect(changes).toContain("| 0 | 0 | 1 | 4 |");
    const changed = changes.split("### Changed\n\n")[1].split("\n\n")[0].split("\n");
    expect(changed).toEqual([`- \`${id}\` \`${file}\`: \`source_sha256\`, \`title\``]);
    expect(changes).not.toMatch(/### (Added|Removed)/);
    const card = readFileSync(join(next.dir, "README.md"), "utf8");
    expect(card).toContain("Previous version: `1.0.0`");
  }, 180_000);

  it("refuses to publish a schema-breaking change under a minor version", async () => {
    const out = join(tmp.dir, "semver");
    const empty = () => Object.fromEntries(Object.keys(TABLES).map((n) => [n, []])) as never;
    const v1 = await writeVersion({ outDir: out, config: BASE_CONFIG, tables: empty() });
    // Pretend v1.0.0 had one more article field, so this build removes it.
    const pkgPath = join(v1.dir, "datapackage.json");
    const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
    pkg["clippings:schema"].articles.push({ name: "legacy_field", type: "string", nullable: true });
    writeFileSync(pkgPath, JSON.stringify(pkg));
    await expect(writeVersion({ outDir: out, config: { ...BASE_CONFIG, version: "1.1.0" }, tables: empty() })).rejects.toThrow(
      /cannot follow 1\.0\.0.*major.*articles\.legacy_field removed/,
    );
    expect(existsSync(join(out, "v1.1.0"))).toBe(false);
    expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
    const v2 = await writeVersion({ outDir: out, config: { ...BASE_CONFIG, version: "2.0.0" }, tables: empty() });
    const changes = readFileSync(join(v2.dir, "CHANGES.md"), "utf8");
    expect(changes).toContain("| `articles.legacy_field` removed | major |");
    expect(changes).toContain("Version bump: major (1.0.0 → 2.0.0)");
  });
});
