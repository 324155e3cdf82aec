// A brute-force walk of the family's reference algorithm (counts.ts), one operation at a time,
// for the tests only: it loops over every element, which estimate never does.
import type { NormCounts } from './counts.ts';

/** Walks `rows` rows of `n` elements: two-pass mean and biased variance, eps, square root, reciprocal, normalise, affine. */
export function walkNorm(rows: number, n: number, affine: boolean): NormCounts {
  const t = { additions: 0n, multiplications: 0n, divisions: 0n, square_roots: 0n, macs: 0n };
  for (let r = 0; r < rows; r++) {
    if (n === 0) continue; // nothing to normalise
    // Mean: a running sum started from the first element, then one division by n.
    for (let j = 1; j < n; j++) t.additions++;
    t.divisions++;
    // Biased variance: difference, square, running sum of the squares, one division by n.
    for (let j = 0; j < n; j++) {
      t.additions++; // x_j − μ
      t.multiplications++; // (x_j − μ)²
      t.macs++;
      if (j > 0) t.additions++; // accumulate
    }
    t.divisions++;
    // σ = sqrt(var + eps), then 1/σ.
    t.additions++;
    t.square_roots++;
    t.divisions++;
    for (let j = 0; j < n; j++) {
      t.additions++; // x_j − μ
      t.multiplications++; // · 1/σ
      if (affine) {
        t.multiplications++; // · γ
        t.additions++; // + β
      }
    }
  }
  return { ...t, total_ops: t.additions + t.multiplications + t.divisions + t.square_roots };
}
