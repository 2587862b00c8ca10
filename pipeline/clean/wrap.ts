// Tells whether a text was hard-wrapped by a text browser (w3m, lynx: every long paragraph broken at
// a fixed width), so that consecutive lines are re-joined into paragraphs rather than kept apart.
const MIN_WRAPPED_LINES = 5;

/** The wrap width, or null when lines are whole paragraphs. */
export function detectWrapWidth(lines: string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n >= 40);
  if (lengths.length < MIN_WRAPPED_LINES) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)];
  const max = sorted[sorted.length - 1];
  // Wrapped text: no line much longer than the width, and many lines close to it.
  if (p95 > 160) return null;
  const nearMax = lengths.filter((n) => n >= p95 - 20).length;
  return nearMax >= MIN_WRAPPED_LINES && max <= p95 + 40 ? p95 : null;
}
