/**
 * Σ_{j=0}^{n-1} ⌊(a·j + b) / m⌋ for n ≥ 0, m ≥ 1, a ≥ 0, b ≥ 0, in O(log m) steps
 * (the Euclid-like reduction used by AtCoder Library's floor_sum).
 */
export function floorSum(n: bigint, m: bigint, a: bigint, b: bigint): bigint {
  let sum = 0n;
  for (;;) {
    if (a >= m) {
      sum += ((n * (n - 1n)) / 2n) * (a / m);
      a %= m;
    }
    if (b >= m) {
      sum += n * (b / m);
      b %= m;
    }
    const yMax = a * n + b;
    if (yMax < m) return sum;
    n = yMax / m;
    b = yMax % m;
    [m, a] = [a, m];
  }
}
