// stepCounts against a brute-force counter that executes each cell's equations on real numbers,
// scalar by scalar, counting every operation it performs (no formula shared with step.ts).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { stepCounts, type CellKind, type StepSizes } from './step.ts';

type Tally = { mul: number; add: number; sig: number; tanh: number; cmp: number; macs: number };

function runCell(s: StepSizes, rnd: () => number): Tally {
  const t: Tally = { mul: 0, add: 0, sig: 0, tanh: 0, cmp: 0, macs: 0 };
  const I = Number(s.input_size);
  const H = Number(s.hidden_size);
  const P = s.kind === 'LSTM' ? Number(s.proj_size) : 0;
  const K = P > 0 ? P : H;
  const G = s.kind === 'GRU' ? 3 : s.kind === 'LSTM' ? 4 : 1;
  const vec = (n: number) => Array.from({ length: n }, rnd);
  const mat = (r: number, c: number) => Array.from({ length: r }, () => vec(c));
  const mul = (a: number, b: number) => (t.mul++, a * b);
  const add = (a: number, b: number) => (t.add++, a + b);
  const sub = (a: number, b: number) => (t.add++, a - b);
  const sig = (a: number) => (t.sig++, 1 / (1 + Math.exp(-a)));
  const tanh = (a: number) => (t.tanh++, Math.tanh(a));
  const relu = (a: number) => (t.cmp++, a > 0 ? a : 0);
  // y = W·v (+ b): each row a running sum; the first term costs no addition, nor does a bias onto nothing.
  const affine = (W: number[][], v: number[], b: number[] | null) =>
    W.map((row, r) => {
      let acc: number | null = null;
      for (let k = 0; k < row.length; k++) {
        const p = mul(row[k], v[k]);
        t.macs++;
        acc = acc === null ? p : add(acc, p);
      }
      if (b) acc = acc === null ? b[r] : add(acc, b[r]);
      return acc ?? 0;
    });
  const x = vec(I);
  const h = vec(K); // h_0 (zeros when omitted: PyTorch still multiplies them)
  const c = vec(H);
  const gi = affine(mat(G * H, I), x, s.bias ? vec(G * H) : null);
  const gh = affine(mat(G * H, K), h, s.bias ? vec(G * H) : null);
  const chunk = (v: number[], j: number) => v.slice(j * H, (j + 1) * H);
  if (s.kind === 'RNN_TANH' || s.kind === 'RNN_RELU') {
    gi.map((a, e) => add(a, gh[e])).map(s.kind === 'RNN_TANH' ? tanh : relu);
  } else if (s.kind === 'GRU') {
    const r = chunk(gi, 0).map((a, e) => sig(add(a, chunk(gh, 0)[e])));
    const z = chunk(gi, 1).map((a, e) => sig(add(a, chunk(gh, 1)[e])));
    const n = chunk(gi, 2).map((a, e) => tanh(add(a, mul(r[e], chunk(gh, 2)[e]))));
    n.map((ne, e) => add(mul(sub(1, z[e]), ne), mul(z[e], h[e])));
  } else {
    const g4 = gi.map((a, e) => add(a, gh[e]));
    const [i, f, g, o] = [sig, sig, tanh, sig].map((fn, j) => chunk(g4, j).map(fn));
    const c1 = c.map((ce, e) => add(mul(f[e], ce), mul(i[e], g[e])));
    const m = c1.map((ce, e) => mul(o[e], tanh(ce)));
    if (P > 0) affine(mat(P, H), m, null);
  }
  return t;
}

const kinds: CellKind[] = ['RNN_TANH', 'RNN_RELU', 'GRU', 'LSTM'];

describe('recurrent step: closed forms = brute force', () => {
  test('every small cell of every kind', () => {
    const cell = fc
      .record({
        kind: fc.constantFrom(...kinds),
        input_size: fc.integer({ min: 0, max: 5 }),
        hidden_size: fc.integer({ min: 0, max: 5 }),
        bias: fc.boolean(),
        proj: fc.integer({ min: 0, max: 4 }),
      })
      .map(({ kind, input_size, hidden_size, bias, proj }) => ({
        kind,
        input_size: BigInt(input_size),
        hidden_size: BigInt(hidden_size),
        bias,
        proj_size: kind === 'LSTM' && proj < hidden_size ? BigInt(proj) : 0n,
      }));
    fc.assert(
      fc.property(cell, (s) => {
        const w = runCell(s, Math.random);
        const c = stepCounts(s);
        expect(c.macs).toBe(BigInt(w.macs));
        expect(c.multiplications).toBe(BigInt(w.mul));
        expect(c.additions).toBe(BigInt(w.add));
        expect(c.sigmoids).toBe(BigInt(w.sig));
        expect(c.tanhs).toBe(BigInt(w.tanh));
        expect(c.comparisons).toBe(BigInt(w.cmp));
        expect(c.total_ops).toBe(BigInt(w.mul + w.add + w.sig + w.tanh + w.cmp));
      }),
      { numRuns: 400 },
    );
  });

  test('by hand: LSTMCell(3, 2) with bias', () => {
    // 8 rows × (3 + 2) products = 40 MACs; additions 8·3 + 8·2 + 8 + 2 = 50; products 40 + 6 = 46.
    expect(stepCounts({ kind: 'LSTM', input_size: 3n, hidden_size: 2n, bias: true, proj_size: 0n })).toEqual({
      macs: 40n, multiplications: 46n, additions: 50n, sigmoids: 6n, tanhs: 4n, comparisons: 0n, total_ops: 106n,
    });
  });

  test('by hand: GRUCell(3, 2) without bias', () => {
    // 6 rows × (3 + 2) = 30 MACs; additions 6·2 + 6·1 + 6 + 4 = 28; products 30 + 2 + 4 = 36.
    expect(stepCounts({ kind: 'GRU', input_size: 3n, hidden_size: 2n, bias: false, proj_size: 0n })).toEqual({
      macs: 30n, multiplications: 36n, additions: 28n, sigmoids: 4n, tanhs: 2n, comparisons: 0n, total_ops: 70n,
    });
  });
});
