// SiLU's closed forms against an instrumented evaluation of x·σ(x), and the tools' rules.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition } from './index.ts';
import { peers } from './peers.ts';

type Tally = { exponentials: bigint; additions: bigint; divisions: bigint; multiplications: bigint };

/** x · (1 / (1 + e^(−x))), each step tallied; the negation is a sign flip, not counted. */
function element(x: number, t: Tally): number {
  t.exponentials++;
  const e = Math.exp(-x);
  t.additions++;
  const d = 1 + e;
  t.divisions++;
  const s = 1 / d;
  t.multiplications++;
  return x * s;
}

function walk(shape: readonly bigint[]): Tally {
  const t: Tally = { exponentials: 0n, additions: 0n, divisions: 0n, multiplications: 0n };
  const visit = (dim: number) => {
    if (dim === shape.length) return void element(0.3, t);
    for (let i = 0n; i < shape[dim]; i++) visit(dim + 1);
  };
  visit(0);
  return t;
}

describe('SiLU: closed forms = instrumented walk', () => {
  test('shapes of rank 0 to 4, inplace or not', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }), fc.boolean(), (dims, inplace) => {
        const shape = dims.map(BigInt);
        const r = definition.estimate({ inplace, input_shape: shape });
        if (!r.ok) throw new Error(r.error.message);
        const w = walk(shape);
        const exact = r.exact as Record<string, bigint>;
        expect({ exponentials: exact.exponentials, additions: exact.additions, divisions: exact.divisions, multiplications: exact.multiplications }).toEqual(w);
        expect(exact.total_ops).toBe(4n * shape.reduce((a, d) => a * d, 1n));
        expect(r.documented).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
  test('the walk computes x·σ(x)', () => {
    const t: Tally = { exponentials: 0n, additions: 0n, divisions: 0n, multiplications: 0n };
    expect(element(2, t)).toBeCloseTo(2 / (1 + Math.exp(-2)), 14);
  });
  test('only the input’s creation can fail', () => {
    const r = definition.estimate({ inplace: false, input_shape: [2n, -3n] });
    expect(!r.ok && r.error.torch?.message).toBe('Trying to create tensor with negative dimension -3: [2, -3]');
  });
});

describe('SiLU: the tools', () => {
  test('ptflops counts the patched F.silu only, undivided; calflops one per element; the rest nothing', () => {
    const r = Object.fromEntries(Object.entries(peers({ inplace: false, input_shape: [8n, 64n, 32n, 32n] })).map(([k, v]) => [k, v.count]));
    expect(r).toMatchObject({ flopcountermode: 0n, fvcore: 0n, ptflops: 524_288n, thop: 0n, uthop: 0n, calflops_flops: 524_288n, calflops_macs: 0n, torchinfo: 0n, torchprofile: 0n, moduleprofiler: null });
    expect(peers({ inplace: false, input_shape: [] }).ptflops.count).toBeNull();
  });
});
