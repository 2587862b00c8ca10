// Pins original-url: a "Original url:"-style line (word list in several languages) whose address sits
// alone on the same or the next non-blank line gives the record's `url` (the first one wins) and both
// lines are removed as metadata. A lead with no address, or an address with other words around it,
// is article text and stays.
import { describe, expect, it } from "vitest";
import { originalUrl } from "../../../pipeline/clean/rules/original-url.ts";
import { kept, logOf, removed, run } from "./run.ts";

const prose = "The council voted on Tuesday to rebuild the old stone bridge over the river, ending a long dispute.";

describe("original-url", () => {
  it("captures the address on the same line, angle brackets dropped, and removes the line", () => {
    const doc = run([prose, "", "Original url: <https://news.example.org/2024/03/bridge-vote?ref=rss>"], [originalUrl]);
    expect(doc.captured.url).toBe("https://news.example.org/2024/03/bridge-vote?ref=rss");
    expect(removed(doc)).toEqual([[3, "original-url", "metadata"]]);
    expect(logOf(doc, "original-url")).toEqual([
      { action: "captured", field: "url", first_line: 3, last_line: 3, reason: "address after 'Original url:'", text: "https://news.example.org/2024/03/bridge-vote?ref=rss" },
      { action: "removed", field: null, first_line: 3, last_line: 3, reason: "original-address line", text: "Original url: <https://news.example.org/2024/03/bridge-vote?ref=rss>" },
    ]);
  });

  it("takes the address from the next non-blank line, with a bold lead, and removes the lines between", () => {
    const doc = run([prose, "**Quelle**:", "", "https://www.example.de/politik/brueckenstreit-100.html"], [originalUrl]);
    expect(doc.captured.url).toBe("https://www.example.de/politik/brueckenstreit-100.html");
    expect(removed(doc)).toEqual([
      [2, "original-url", "metadata"],
      [3, "original-url", "metadata"],
      [4, "original-url", "metadata"],
    ]);
    expect(logOf(doc, "original-url")[0]).toMatchObject({ first_line: 2, last_line: 4, reason: "address after '**Quelle**:'" });
  });

  it("keeps the first address and still removes a second source line", () => {
    const doc = run(["Источник: https://ria.example.ru/20240301/most.html", prose, "Source: https://mirror.example.com/bridge"], [originalUrl]);
    expect(doc.captured.url).toBe("https://ria.example.ru/20240301/most.html");
    expect(removed(doc).map(([n]) => n)).toEqual([1, 3]);
    expect(logOf(doc, "original-url").filter((e) => e.action === "captured")).toHaveLength(1);
  });

  it("keeps leads without an address, addresses inside sentences, and a lead at the end of the text", () => {
    const page = [
      "Source: Reuters", // no address
      "Source:", // next line is prose, not an address
      prose,
      "Fuente: https://example.es/informe y datos propios del ministerio", // words after the address
      "Read the report at https://example.org/report", // no lead
      "Link:", // nothing after it
    ];
    const doc = run(page, [originalUrl]);
    expect(doc.captured.url).toBeNull();
    expect(removed(doc)).toEqual([]);
    expect(kept(doc)).toEqual(page);
  });
});
