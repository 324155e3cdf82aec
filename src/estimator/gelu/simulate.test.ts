// GELU's closed forms against an instrumented evaluation of the stated algorithms (every
// arithmetic step tallied by kind), PyTorch's rule for `approximate`, and the tools' figures
// (peers-modules.md §2).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition, type GELUParams } from './index.ts';
import { peers } from './peers.ts';

type Tally = { multiplications: bigint; additions: bigint; erf: bigint; tanh: bigint };

/** Arithmetic that counts itself. erf is not in Math: its value is irrelevant to the count, so a stand-in returns 0. */
function counted(t: Tally) {
  return {
    mul: (a: number, b: number) => (t.multiplications++, a * b),
    add: (a: number, b: number) => (t.additions++, a + b),
    erf: (_a: number) => (t.erf++, 0),
    tanh: (a: number) => (t.tanh++, Math.tanh(a)),
  };
}

/** The page's two algorithms, one element at a time. */
function element(form: string, x: number, o: ReturnType<typeof counted>): number {
  if (form === 'tanh') {
    const cube = o.mul(o.mul(x, x), x);
    const inner = o.mul(Math.sqrt(2 / Math.PI), o.add(x, o.mul(0.044715, cube)));
    return o.mul(o.mul(0.5, x), o.add(1, o.tanh(inner)));
  }
  return o.mul(o.mul(0.5, x), o.add(1, o.erf(o.mul(x, Math.SQRT1_2))));
}

function walk(shape: readonly bigint[], form: string): Tally {
  const t: Tally = { multiplications: 0n, additions: 0n, erf: 0n, tanh: 0n };
  const o = counted(t);
  const visit = (dim: number) => {
    if (dim === shape.length) return void element(form, 0.3, o);
    for (let i = 0n; i < shape[dim]; i++) visit(dim + 1);
  };
  visit(0);
  return t;
}

describe('GELU: closed forms = instrumented walk', () => {
  test('both forms, shapes of rank 0 to 4', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 4 }), fc.constantFrom('none', 'tanh'), (dims, approximate) => {
        const shape = dims.map(BigInt);
        const r = definition.estimate({ approximate, input_shape: shape });
        if (!r.ok) throw new Error(r.error.message);
        const w = walk(shape, approximate);
        const exact = r.exact as Record<string, bigint>;
        expect({ multiplications: exact.multiplications, additions: exact.additions, erf: exact.erf, tanh: exact.tanh }).toEqual(w);
        expect(exact.total_ops).toBe(w.multiplications + w.additions + w.erf + w.tanh);
        expect(r.output_shapes).toEqual([shape]);
      }),
      { numRuns: 200 },
    );
  });
  test('the tanh walk computes PyTorch’s tanh approximation', () => {
    const t: Tally = { multiplications: 0n, additions: 0n, erf: 0n, tanh: 0n };
    for (const x of [-3, -0.5, 0, 0.7, 2.5]) {
      const expected = 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3)));
      expect(element('tanh', x, counted(t))).toBeCloseTo(expected, 12);
    }
  });
});

describe('GELU: PyTorch’s rule for approximate', () => {
  const error = (p: GELUParams) => {
    const r = definition.estimate(p);
    return r.ok ? null : r.error;
  };
  test('only the two lower-case strings, refused in the forward pass', () => {
    for (const a of ['Tanh', 'erf', 'exact', 'None']) {
      expect(error({ approximate: a, input_shape: [2n, 3n] })).toMatchObject({ param: 'approximate', torch: { stage: 'forward', type: 'RuntimeError', message: 'approximate argument must be either none or tanh.' } });
    }
    expect(error({ approximate: 'tanh', input_shape: [] })).toBeNull();
  });
  test('the input is created first', () => {
    expect(error({ approximate: 'foo', input_shape: [-2n, 3n] })?.torch).toMatchObject({ stage: 'input', message: 'Trying to create tensor with negative dimension -2: [-2, 3]' });
  });
});

describe('GELU on (8, 64, 32, 32), as executed', () => {
  test('every tool', () => {
    const r = Object.fromEntries(Object.entries(peers({ approximate: 'none', input_shape: [8n, 64n, 32n, 32n] })).map(([k, v]) => [k, v.count]));
    expect(r).toMatchObject({ flopcountermode: 0n, fvcore: 0n, ptflops: 589_824n, thop: 0n, uthop: 0n, calflops_flops: 524_288n, calflops_macs: 0n, torchinfo: 0n, torchprofile: 0n, moduleprofiler: null });
  });
});
