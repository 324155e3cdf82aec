// Brute force against the closed forms of RNN, GRU and LSTM: a small stack is run for real, step by
// step, layer by layer, direction by direction, sequence by sequence, executing PyTorch's equations
// on numbers, and every operation it performs is counted by kind. The count must equal `exact`.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition as rnn } from '../rnn/index.ts';
import { definition as gru } from '../gru/index.ts';
import { definition as lstm } from '../lstm/index.ts';
import type { AnyModule } from '../core/define.ts';

interface Tally { macs: number; multiplications: number; additions: number; sigmoids: number; tanhs: number; comparisons: number; divisions: number }

function runStack(mode: 'RNN_TANH' | 'RNN_RELU' | 'GRU' | 'LSTM', c: { I: number; H: number; L: number; D: number; P: number; bias: boolean; T: number; N: number; dropout: number; training: boolean }): Tally {
  const t: Tally = { macs: 0, multiplications: 0, additions: 0, sigmoids: 0, tanhs: 0, comparisons: 0, divisions: 0 };
  const rnd = () => Math.random() - 0.5;
  const mul = (a: number, b: number) => (t.multiplications++, a * b);
  const add = (a: number, b: number) => (t.additions++, a + b);
  const sig = (a: number) => (t.sigmoids++, 1 / (1 + Math.exp(-a)));
  const th = (a: number) => (t.tanhs++, Math.tanh(a));
  // W·v (+ b): one multiplication per term (a MAC), additions between terms and for the bias.
  const affine = (rows: number, v: number[], bias: boolean): number[] =>
    Array.from({ length: rows }, () => {
      let acc: number | null = null;
      for (const x of v) {
        t.macs++;
        const p = mul(rnd(), x);
        acc = acc === null ? p : add(acc, p);
      }
      if (bias) acc = acc === null ? rnd() : add(acc, rnd());
      return acc ?? 0;
    });
  const G = mode === 'LSTM' ? 4 : mode === 'GRU' ? 3 : 1;
  const H = c.H;
  const out = c.P > 0 ? c.P : H;
  // seq[n][t] = the features of step t of sequence n
  let seq: number[][][] = Array.from({ length: c.N }, () => Array.from({ length: c.T }, () => Array.from({ length: c.I }, rnd)));
  for (let layer = 0; layer < c.L; layer++) {
    const next: number[][][] = Array.from({ length: c.N }, () => Array.from({ length: c.T }, () => [] as number[]));
    for (let d = 0; d < c.D; d++) {
      for (let n = 0; n < c.N; n++) {
        let h = Array.from({ length: out }, () => 0);
        let cs = Array.from({ length: H }, () => 0);
        for (let s = 0; s < c.T; s++) {
          const step = d === 0 ? s : c.T - 1 - s;
          const gi = affine(G * H, seq[n][step], c.bias);
          const gh = affine(G * H, h, c.bias);
          if (mode === 'RNN_TANH' || mode === 'RNN_RELU') {
            h = gi.map((a, k) => {
              const z = add(a, gh[k]);
              if (mode === 'RNN_TANH') return th(z);
              t.comparisons++;
              return z > 0 ? z : 0;
            });
          } else if (mode === 'GRU') {
            h = Array.from({ length: H }, (_, k) => {
              const r = sig(add(gi[k], gh[k]));
              const z = sig(add(gi[H + k], gh[H + k]));
              const nn = th(add(gi[2 * H + k], mul(r, gh[2 * H + k])));
              return add(mul(add(1, -z), nn), mul(z, h[k]));
            });
          } else {
            const m = Array.from({ length: H }, (_, k) => {
              const i = sig(add(gi[k], gh[k]));
              const f = sig(add(gi[H + k], gh[H + k]));
              const g = th(add(gi[2 * H + k], gh[2 * H + k]));
              const o = sig(add(gi[3 * H + k], gh[3 * H + k]));
              cs[k] = add(mul(f, cs[k]), mul(i, g));
              return mul(o, th(cs[k]));
            });
            cs = [...cs];
            h = c.P > 0 ? affine(c.P, m, false) : m;
          }
          next[n][step].push(...h);
        }
      }
    }
    if (c.training && c.dropout > 0 && layer < c.L - 1) {
      for (const sq of next) for (const v of sq) for (let k = 0; k < v.length; k++) {
        const scale = c.dropout < 1 ? (t.divisions++, 1 / (1 - c.dropout)) : 0;
        v[k] = mul(v[k], Math.random() < c.dropout ? 0 : scale);
      }
    }
    seq = next;
  }
  return t;
}

const modes = [
  ['rnn tanh', rnn, 'RNN_TANH'],
  ['rnn relu', rnn, 'RNN_RELU'],
  ['gru', gru, 'GRU'],
  ['lstm', lstm, 'LSTM'],
] as const;

describe.each(modes)('%s: the closed form equals a step-by-step run', (_name, def, mode) => {
  test('on random small stacks', () => {
    fc.assert(
      fc.property(
        fc.record({ I: fc.integer({ min: 0, max: 3 }), H: fc.integer({ min: 1, max: 3 }), L: fc.integer({ min: 1, max: 3 }), D: fc.integer({ min: 1, max: 2 }), P: fc.integer({ min: 0, max: 2 }), bias: fc.boolean(), T: fc.integer({ min: 1, max: 3 }), N: fc.integer({ min: 0, max: 2 }), unbatched: fc.boolean(), batchFirst: fc.boolean(), dropout: fc.constantFrom(0, 0.5, 1), training: fc.boolean() }),
        (c) => {
          const P = mode === 'LSTM' && c.P < c.H ? c.P : 0;
          const N = c.unbatched ? 1 : c.N;
          const shape = c.unbatched ? [c.T, c.I] : c.batchFirst ? [N, c.T, c.I] : [c.T, N, c.I];
          const raw: Record<string, unknown> = { input_size: c.I, hidden_size: c.H, num_layers: c.L, bias: c.bias, batch_first: c.batchFirst, dropout: c.dropout, bidirectional: c.D === 2, training: c.training, input_shape: shape, h0_shape: null };
          if (mode === 'RNN_RELU' || mode === 'RNN_TANH') raw.nonlinearity = mode === 'RNN_RELU' ? 'relu' : 'tanh';
          if (mode !== 'LSTM') raw.proj_size = null;
          if (mode === 'LSTM') Object.assign(raw, { proj_size: P, c0_shape: null });
          const r = (def as AnyModule).estimate((def as AnyModule).fromValues(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, typeof v === 'number' && k !== 'dropout' ? BigInt(v) : Array.isArray(v) ? v.map(BigInt) : v])) as never));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const got = runStack(mode, { ...c, N, P });
          const exact = r.exact as Record<string, bigint>;
          for (const k of Object.keys(got) as (keyof Tally)[]) expect(exact[k], k).toBe(BigInt(got[k]));
          const total = got.multiplications + got.additions + got.sigmoids + got.tanhs + got.comparisons + got.divisions;
          expect(exact.total_ops).toBe(BigInt(total));
        },
      ),
      { numRuns: 60 },
    );
  });
});
