// Pins key-events: a live blog's "Key events" heading and the timed items under it (relative ages or
// clock times), and a run of two or more list items opening with an entry's age, are removed; a timed
// entry of the blog itself, a single aged item and a heading with no timed items stay.
import { describe, expect, it } from "vitest";
import { keyEvents } from "../../../pipeline/clean/rules/key-events.ts";
import { kept, logOf, removed, run } from "./run.ts";

describe("key-events", () => {
  it("removes the heading and its timed items, in several languages", () => {
    const page = [
      "Key events", // 1
      "- 2h ago: Chancellor announces fuel duty freeze", // 2
      "- 3h ago: Budget speech begins", // 3
      "",
      "The chancellor has announced a freeze in fuel duty.", // 5
      "",
      "**Die wichtigsten Ereignisse:**", // 7
      "- 16:40 Uhr: Hochrechnung sieht Union vorn", // 8
      "- vor 2 Std. Wahllokale geschlossen", // 9
      "",
      "Les temps forts", // 11
      "- il y a 3 h : Ouverture des bureaux de vote", // 12
    ];
    const doc = run(page, [keyEvents]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2, 3, 7, 8, 9, 11, 12]);
    expect(kept(doc)).toEqual([page[4]]);
    expect(logOf(doc, "key-events")[0].reason).toBe("live blog's key-events list ('Key events' and 2 timed item(s))");
  });

  it("removes aged list items without the heading when two or more run together", () => {
    const doc = run(["- 45 min ago: Markets open higher", "- 1h ago: Pound steady", "", "Markets opened higher on Monday."], [keyEvents]);
    expect(removed(doc).map(([n]) => n)).toEqual([1, 2]);
    expect(logOf(doc, "key-events")[0].reason).toBe("live blog's key-events list (2 items opening with an entry's age)");
  });

  it("keeps the blog's own timed entries, a single aged item and a heading with no timed items", () => {
    const page = [
      "4.31pm GMT: Opposition leaders have called the budget a missed opportunity.", // an entry, no heading
      "",
      "- 2h ago: Budget speech begins", // one item alone
      "",
      "Key events", // a heading over prose
      "The chancellor spoke for an hour.",
    ];
    expect(removed(run(page, [keyEvents]))).toEqual([]);
  });
});
