// PReLU's closed forms against a brute-force walk of the stated algorithm, PyTorch 1.13's rules
// for the slopes, and every tool's rule against the survey's executed figures (peers-modules.md §2).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { definition, type PReLUParams } from './index.ts';
import { peers } from './peers.ts';

/** Walks every element: where(x ≥ 0, x, a·x), branch-free, so one comparison and one product each. */
function walk(shape: readonly bigint[]) {
  const t = { comparisons: 0n, multiplications: 0n };
  const visit = (dim: number) => {
    if (dim === shape.length) {
      t.comparisons++; // x ≥ 0
      t.multiplications++; // a·x, computed whichever branch is kept
      return;
    }
    for (let i = 0n; i < shape[dim]; i++) visit(dim + 1);
  };
  visit(0);
  return t;
}

const run = (p: PReLUParams) => definition.estimate(p);

describe('PReLU: closed forms = brute force', () => {
  test('one shared slope on any shape, or one per channel', () => {
    const layer = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }).chain((dims) =>
      fc.record({ dims: fc.constant(dims), perChannel: dims.length >= 2 ? fc.boolean() : fc.constant(false) }),
    );
    fc.assert(
      fc.property(layer, ({ dims, perChannel }) => {
        const shape = dims.map(BigInt);
        const r = run({ num_parameters: perChannel ? shape[1] : 1n, init: 0.25, input_shape: shape });
        if (!r.ok) throw new Error(r.error.message);
        const w = walk(shape);
        const exact = r.exact as Record<string, bigint>;
        expect({ comparisons: exact.comparisons, multiplications: exact.multiplications }).toEqual(w);
        expect(exact.total_ops).toBe(w.comparisons + w.multiplications);
        expect(r.output_shapes).toEqual([shape]);
        expect(r.documented).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});

describe('PReLU: PyTorch 1.13’s rules', () => {
  const msg = (p: PReLUParams) => {
    const r = run(p);
    return r.ok ? null : r.error.torch;
  };
  test('the channel size is dim 1, or 1 for a 1-d input (not its length)', () => {
    expect(msg({ num_parameters: 3n, init: 0.25, input_shape: [4n, 2n, 1n] })?.message).toBe('Mismatch of parameter numbers and input channel size. Found parameter numbers = 3 and channel size = 2.');
    expect(msg({ num_parameters: 41n, init: 0.25, input_shape: [41n] })?.message).toBe('Mismatch of parameter numbers and input channel size. Found parameter numbers = 41 and channel size = 1.');
    expect(msg({ num_parameters: 1n, init: 0.25, input_shape: [41n] })).toBeNull();
  });
  test('a 0-d input needs num_parameters 1; 0 slopes fit 0 channels', () => {
    expect(msg({ num_parameters: 2n, init: 0.25, input_shape: [] })).toMatchObject({ stage: 'forward', message: 'Not allow zero-dim input tensor.' });
    expect(msg({ num_parameters: 0n, init: 0.25, input_shape: [] })?.message).toBe('Not allow zero-dim input tensor.');
    expect(msg({ num_parameters: 1n, init: 0.25, input_shape: [] })).toBeNull();
    expect(msg({ num_parameters: 0n, init: 0.25, input_shape: [3n, 0n, 5n] })).toBeNull();
  });
  test('the weight is created before the input', () => {
    expect(msg({ num_parameters: -2n, init: 0.25, input_shape: [-1n, 3n] })).toMatchObject({ stage: 'construct', message: 'Trying to create tensor with negative dimension -2: [-2]' });
    expect(msg({ num_parameters: 3n, init: 0.25, input_shape: [-1n, 3n] })).toMatchObject({ stage: 'input' });
  });
});

describe('PReLU on (8, 64, 32, 32), one slope, as executed', () => {
  test('every tool', () => {
    const r = Object.fromEntries(Object.entries(peers({ num_parameters: 1n, init: 0.25, input_shape: [8n, 64n, 32n, 32n] })).map(([k, v]) => [k, v.count]));
    expect(r).toMatchObject({ flopcountermode: 0n, fvcore: 0n, ptflops: 589_824n, thop: 524_288n, uthop: 524_288n, calflops_flops: 524_288n, calflops_macs: 0n, torchinfo: 8n, torchprofile: 0n, moduleprofiler: 2_097_152n });
  });
  test('torchinfo has no first size to read on a 0-d input', () => {
    expect(peers({ num_parameters: 1n, init: 0.25, input_shape: [] }).torchinfo.count).toBeNull();
  });
});
