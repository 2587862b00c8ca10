// How a pinned floor moves after a measurement, shared by scripts/quality-baseline.ts (the fit) and
// scripts/cv.ts --write-floors (cross-validated figures), so both gates move their floors alike.

/** A new floor sits this far below the measured figure, so run-to-run noise does not fail the gate. */
export const FLOOR_MARGIN = 0.005;

export type FloorMove =
  | { outcome: "set"; floor: number } // first floor, or raised
  | { outcome: "kept"; floor: number } // the figure still meets the floor; the margin never lowers it
  | { outcome: "refused"; floor: number } // the figure fell below the floor and no reason was given
  | { outcome: "lowered"; floor: number; from: number }; // fell below, lowered with the given reason

/** The floor after measuring `score` against the pinned `old` floor (`lowerReason`: --lower "<reason>"). */
export function moveFloor(score: number, old: number | undefined, lowerReason: string | null): FloorMove {
  const proposed = Math.max(0, Math.floor((score - FLOOR_MARGIN) * 1000) / 1000);
  if (old === undefined || proposed >= old) return { outcome: "set", floor: proposed };
  if (score >= old) return { outcome: "kept", floor: old };
  return lowerReason ? { outcome: "lowered", floor: proposed, from: old } : { outcome: "refused", floor: old };
}
