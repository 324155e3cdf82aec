// The normalisation family's shared arithmetic (LayerNorm, GroupNorm): one reference algorithm,
// applied to R independent rows of n elements each, in closed form. A "row" is what one mean and
// one variance are taken over: the trailing normalized_shape block of LayerNorm, one group of one
// sample for GroupNorm. No index.ts here: this folder is family code, not a module.

/** The exact count by kind of operation of the stated reference algorithm. */
export interface NormCounts {
  additions: bigint;
  multiplications: bigint;
  divisions: bigint;
  square_roots: bigint;
  /** The squares summed into the variance: one multiply–accumulate per element. */
  macs: bigint;
  total_ops: bigint;
}

/**
 * The reference algorithm, per row of n ≥ 1 elements:
 *   mean       n − 1 additions, 1 division
 *   variance   n subtractions (x − μ), n multiplications (squares), n − 1 additions, 1 division (biased: by n)
 *   scale      1 addition (+ eps), 1 square root, 1 division (the reciprocal 1/σ)
 *   normalise  n subtractions (x − μ again), n multiplications (by 1/σ)
 *   affine     n multiplications (γ) and n additions (β), when the module has them
 * A row of no elements costs nothing (PyTorch returns an empty output).
 */
export function normCounts(rows: bigint, n: bigint, affine: boolean): NormCounts {
  if (n <= 0n || rows <= 0n) return { additions: 0n, multiplications: 0n, divisions: 0n, square_roots: 0n, macs: 0n, total_ops: 0n };
  const a = affine ? 1n : 0n;
  const additions = rows * (4n * n - 1n + a * n);
  const multiplications = rows * (2n + a) * n;
  const divisions = 3n * rows;
  const square_roots = rows;
  return { additions, multiplications, divisions, square_roots, macs: rows * n, total_ops: additions + multiplications + divisions + square_roots };
}
