// Pins breadcrumb: a short section path joined by '>', '›', '»' or '→' (links unwrapped first) is
// removed as boilerplate; sentences that happen to contain '>' are kept because a part is long or
// ends like a sentence, and long lines are never breadcrumbs.
import { describe, expect, it } from "vitest";
import { breadcrumb } from "../../../pipeline/clean/rules/breadcrumb.ts";
import { kept, logOf, removed, run } from "./run.ts";

const long = "World > Europe > Germany > Berlin > Politics > Elections > Results > Analysis > Opinion > Letters > Archive > 2024 > Page 2";
const page = [
  "INTERNATIONAL > East Asia & Pacific", // 1
  "[Home](https://news.example.org/) › [World](https://news.example.org/world) › [Asia](https://news.example.org/world/asia)", // 2
  "Startseite » Politik » Ausland", // 3
  "Главная → Новости → Экономика", // 4
  "# Rail strike halts trains across the region", // 5
  "Profits rose 12% > forecasts as sales beat expectations in every single region.", // 6 long part
  "Temperatures > 40C expected.", // 7 last part ends a sentence
  "Home>World>Asia", // 8 separators without spaces
  long, // 9 over 120 characters
];

describe("breadcrumb", () => {
  const doc = run(page, [breadcrumb]);

  it("removes section paths in any of the four separators, links unwrapped", () => {
    expect(removed(doc)).toEqual([
      [1, "breadcrumb", "boilerplate"],
      [2, "breadcrumb", "boilerplate"],
      [3, "breadcrumb", "boilerplate"],
      [4, "breadcrumb", "boilerplate"],
    ]);
    expect(logOf(doc, "breadcrumb").map((e) => [e.first_line, e.reason])).toEqual([
      [1, "breadcrumb with 2 parts"],
      [2, "breadcrumb with 3 parts"],
      [3, "breadcrumb with 3 parts"],
      [4, "breadcrumb with 3 parts"],
    ]);
    // The audit keeps the line as it was, links and all.
    expect(logOf(doc, "breadcrumb")[1].text).toBe(page[1]);
  });

  it("keeps the headline and sentences or long lines that contain a separator", () => {
    expect(long.length).toBeGreaterThan(120);
    expect(kept(doc)).toEqual(page.slice(4));
  });
});
