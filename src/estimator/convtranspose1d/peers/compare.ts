// Exact comparisons between counts: rounding a quotient and ratios as text (scaling a reported
// number and parsing one quoted in a paper are in convert.ts). Integer arithmetic only: no
// count ever becomes a float.

/** round(a / b) for b ≠ 0, halves away from zero. */
export function roundDiv(a: bigint, b: bigint): bigint {
  if (b < 0n) return roundDiv(-a, -b);
  const neg = a < 0n;
  const m = neg ? -a : a;
  const q = (2n * m + b) / (2n * b);
  return neg ? -q : q;
}

/**
 * a / b as text: "3×" when b divides a, otherwise "≈ 2.004×" (rounded to `decimals` places),
 * "—" when both are 0 and "∞" when only b is.
 */
export function ratioText(a: bigint, b: bigint, decimals = 3): string {
  if (b === 0n) return a === 0n ? '—' : a > 0n ? '∞' : '−∞';
  if (a % b === 0n) {
    const q = a / b;
    return `${q < 0n ? '−' : ''}${q < 0n ? -q : q}×`;
  }
  const scale = 10n ** BigInt(decimals);
  const r = roundDiv(a * scale, b);
  const neg = r < 0n;
  const m = neg ? -r : r;
  const int = m / scale;
  const frac = (m % scale).toString().padStart(decimals, '0');
  return `≈ ${neg ? '−' : ''}${int}.${frac}×`;
}
