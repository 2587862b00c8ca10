// How a pinned floor moves after a measurement (scripts/lib/floors.ts, used by both floor writers).
import { describe, expect, it } from "vitest";
import { moveFloor } from "../../scripts/lib/floors.ts";

describe("moveFloor", () => {
  it("sets a first floor and raises one, a margin below the figure", () => {
    expect(moveFloor(0.9, undefined, null)).toEqual({ outcome: "set", floor: 0.895 });
    expect(moveFloor(0.95, 0.9, null)).toEqual({ outcome: "set", floor: 0.945 });
  });
  it("keeps a floor the figure still meets, even within the margin", () => {
    expect(moveFloor(0.902, 0.9, null)).toEqual({ outcome: "kept", floor: 0.9 });
  });
  it("refuses to lower without a reason and lowers with one", () => {
    expect(moveFloor(0.88, 0.9, null)).toEqual({ outcome: "refused", floor: 0.9 });
    expect(moveFloor(0.88, 0.9, "why")).toEqual({ outcome: "lowered", floor: 0.875, from: 0.9 });
  });
});
