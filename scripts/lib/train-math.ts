// Small numeric helpers shared by the model trainers (scripts/train-*.ts): dense linear solves for
// Newton steps, means, and page-grouped cross-validation folds (never score a page a model saw).

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and dense). */
export function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[piv][c])) piv = r;
    [M[c], M[piv]] = [M[piv], M[c]];
    const d = M[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / d;
      if (f) for (let j = c; j <= n; j++) M[r][j] -= f * M[c][j];
    }
  }
  return M.map((row, i) => row[n] / (M[i][i] || 1e-12));
}

export const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** A Newton step with backtracking: the step halved until the loss goes down (or the step is tiny). */
export function backtrackStep(beta: readonly number[], step: readonly number[], loss: (b: number[]) => number): number[] {
  const before = loss([...beta]);
  let t = 1;
  let next = beta.map((b, j) => b - step[j]);
  while (loss(next) > before && t > 1e-4) {
    t /= 2;
    next = beta.map((b, j) => b - t * step[j]);
  }
  return next;
}

/**
 * The benches' scorers' text normalisation (../shared/tools: NFKC, straight quotes, '-' for every dash,
 * one space), so trainers label text as the scorers will read it.
 */
export const scorerNorm = (s: string | null | undefined): string =>
  String(s ?? "")
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
