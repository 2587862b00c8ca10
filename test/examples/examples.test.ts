// The examples in examples/ run against a real build: the TypeScript example (apache-arrow only) and,
// with the project's Python environment (.venv/), the Jupyter notebook run in a kernel by nbclient.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "../../pipeline/build.ts";
import { TABLES } from "../../schemas/tables.ts";
import { PYTHON } from "../helpers/python.ts";

let tmp: string;
let dir: string;
const rows: Record<string, number> = {};

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "clippings-examples-"));
  dir = (await build({ raw: "raw", out: join(tmp, "out"), config: "dataset.json", jobs: 1 })).dir;
  for (const t of Object.keys(TABLES)) rows[t] = readFileSync(join(dir, `${t}.jsonl`), "utf8").split("\n").filter(Boolean).length;
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("examples/load-arrow.ts", () => {
  it("loads every table of a built version and reports its rows and typed columns", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "examples/load-arrow.ts", dir], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    for (const [t, n] of Object.entries(rows)) expect(r.stdout).toContain(`\n${t}: ${n} rows\n`);
    expect(rows.articles).toBe(5);
    expect(r.stdout).toContain("published_date: Date32<DAY>");
    expect(r.stdout).toContain("authors: List<Utf8>");
    expect(r.stdout).toMatch(/first article: China Refuses to Budge on Anti-Russia Sanctions — 2014-04-28/);
    expect(r.stdout).toMatch(/articles per language: en 5/);
  });
});

describe("examples/load_clippings.ipynb", () => {
  const nb = JSON.parse(readFileSync("examples/load_clippings.ipynb", "utf8")) as {
    nbformat: number;
    cells: { cell_type: string; source: string[]; outputs?: unknown[] }[];
  };
  const code = nb.cells.filter((c) => c.cell_type === "code").map((c) => c.source.join(""));

  it("is an nbformat 4 notebook without stored outputs that loads Parquet and Arrow three ways", () => {
    expect(nb.nbformat).toBe(4);
    for (const c of nb.cells.filter((c) => c.cell_type === "code")) expect(c.outputs).toEqual([]);
    const all = code.join("\n");
    for (const call of ["pl.read_parquet", "pl.read_ipc", "pq.read_table", "pa.ipc.open_file", "pd.read_parquet", "pd.read_feather"]) expect(all).toContain(call);
  });

  (existsSync(PYTHON) || spawnSync(PYTHON, ["--version"], { stdio: "ignore" }).status === 0 ? it : it.skip)("has code cells that are valid Python", () => {
    const r = spawnSync(PYTHON, ["-c", "import ast, sys; ast.parse(sys.stdin.read())"], { input: code.join("\n\n"), encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });

  const hasPython = spawnSync(PYTHON, ["-c", "import polars, pyarrow, pandas, matplotlib, nbclient, nbformat, ipykernel"], { stdio: "ignore" }).status === 0;
  if (!hasPython)
    console.warn(`[examples.test] ${PYTHON} cannot import polars, pyarrow, pandas, matplotlib, nbclient and ipykernel (no .venv/, made by make test where python3 >= 3.9 exists): SKIPPING the notebook run`);
  (hasPython ? it : it.skip)("runs every code cell in a Jupyter kernel (nbclient) against a built version", () => {
    // The notebook as a user runs it: nbclient starts an ipykernel of this interpreter and executes
    // each cell in order; what the cells printed or displayed as text is printed here.
    const script = [
      "import sys, nbformat",
      "from nbclient import NotebookClient",
      "nb = nbformat.read(sys.argv[1], as_version=4)",
      "NotebookClient(nb, kernel_name='python3', timeout=120).execute()",
      "for cell in nb.cells:",
      "    for o in cell.get('outputs', []):",
      "        if o.get('output_type') == 'stream': print(o['text'], end='')",
      "        elif 'data' in o and 'text/plain' in o['data']: print(o['data']['text/plain'])",
    ].join("\n");
    const chart = join(tmp, "per-language.png");
    const r = spawnSync(PYTHON, ["-c", script, "examples/load_clippings.ipynb"], {
      encoding: "utf8",
      env: { ...process.env, CLIPPINGS_DATA: dir, CLIPPINGS_CHART: chart, MPLBACKEND: "Agg" },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`(${rows.articles}, `);
    expect(r.stdout).toContain("{'en': 5}");
    expect(readFileSync(chart).subarray(1, 4).toString()).toBe("PNG");
  }, 120_000);
});
