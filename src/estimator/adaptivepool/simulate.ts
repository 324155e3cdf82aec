// A brute-force walk of the adaptive pools' stated algorithm, for the tests: every window of
// every plane, element by element. It loops over everything the closed forms must not.

/** PyTorch's windows along one axis, as [start, end) pairs. */
export function windowsOf(L: number, O: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < O; i++) out.push([Math.floor((i * L) / O), Math.ceil(((i + 1) * L) / O)]);
  return out;
}

/**
 * Walks every plane and window: a running maximum (n − 1 comparisons per window of n elements)
 * or a sum (n − 1 additions) and one division; `axes` are the pooled axes' [input size, output size].
 */
export function walkCounts(kind: 'avg' | 'max', planes: number, axes: readonly [number, number][]) {
  const per = axes.map(([L, O]) => windowsOf(L, O));
  const cells = per.length === 1 ? per[0].map((w) => [w]) : per[0].flatMap((a) => per[1].map((b) => [a, b]));
  const t = { comparisons: 0n, additions: 0n, divisions: 0n };
  for (let p = 0; p < planes; p++) {
    for (const cell of cells) {
      const n = cell.reduce((a, [s, e]) => a * (e - s), 1);
      for (let k = 1; k < n; k++) {
        if (kind === 'max') t.comparisons++;
        else t.additions++;
      }
      if (kind === 'avg') t.divisions++;
    }
  }
  return t;
}
