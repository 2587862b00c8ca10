// The CSV encoder must write exactly what papaparse's unparse writes (the format the CSV files have
// always had): quoting only where needed, doubled quotes, "\n" between rows.
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "../../pipeline/write/csv.ts";

const UNPARSE = { newline: "\n", quotes: false, escapeFormulae: false } as const;
const CELLS = ["", "plain", "a,b", 'say "hi"', '"', "line\nbreak", "cr\rhere", " lead", "trail ", " ", "\uFEFFbom", "=1+2", "tab\there", "Grüße, 東京", "[\"a\",\"b\"]", "-3.5", "'quote'"];

describe("csv encoding", () => {
  it("quotes each cell as papaparse does", () => {
    for (const c of CELLS) expect(csvCell(c), JSON.stringify(c)).toBe(Papa.unparse([[c]], UNPARSE));
  });
  it("joins rows as papaparse does", () => {
    const rows = [CELLS, CELLS.slice().reverse(), ["only"], ["", ""]];
    expect(rows.map(csvLine).join("")).toBe(Papa.unparse(rows, UNPARSE) + "\n");
  });
  it("quotes what would break a row", () => {
    expect(csvLine(["a", "b,c", 'd"e'])).toBe('a,"b,c","d""e"\n');
  });
});
