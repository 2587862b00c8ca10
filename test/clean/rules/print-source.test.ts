// Pins print-source: a "Paper, p. 7" credit (bare or as a bullet; page abbreviations in English and
// Scandinavian languages) names the outlet, captured once, and the line is removed as metadata.
// Lines where the page number is followed by more words, or the name is lower-case or has digits, stay.
import { describe, expect, it } from "vitest";
import { printSource } from "../../../pipeline/clean/rules/print-source.ts";
import { kept, logOf, removed, run } from "./run.ts";

describe("print-source", () => {
  const page = [
    "• , Yomiuri , p. 7", // 1
    "The government will expand support for working parents from April, the minister said on Monday.", // 2
    "Dagens Nyheter, s. 12", // 3 Swedish 'sida'; a second credit is removed but not captured
    "The Japan News, page 12", // 4
    "Mainichi, p. 12, evening edition", // 5 words after the page
    "the Yomiuri, p. 7", // 6 lower case
    "In 2021, page 7 of the contract was changed.", // 7 digits in the name
  ];
  const doc = run(page, [printSource]);

  it("takes the first paper named with a page number as the outlet", () => {
    expect(doc.captured.outlet).toBe("Yomiuri");
    expect(logOf(doc, "print-source").filter((e) => e.action === "captured")).toEqual([
      { action: "captured", field: "outlet", first_line: 1, last_line: 1, reason: "newspaper named with a page number", text: "Yomiuri" },
    ]);
  });

  it("removes every print-source credit as metadata", () => {
    expect(removed(doc)).toEqual([1, 3, 4].map((n) => [n, "print-source", "metadata"]));
    expect(logOf(doc, "print-source").filter((e) => e.action === "removed").map((e) => [e.first_line, e.reason, e.text])).toEqual([
      [1, "print-source credit", "• , Yomiuri , p. 7"],
      [3, "print-source credit", "Dagens Nyheter, s. 12"],
      [4, "print-source credit", "The Japan News, page 12"],
    ]);
  });

  it("keeps the article text and near-miss page references", () => {
    expect(kept(doc)).toEqual([page[1], ...page.slice(4)]);
  });
});
