// The two views of a transposed convolution (views.ts) against brute force, and the counters'
// numbers for ConvTranspose1d (peers.ts, on src/estimator/peers/conv.ts) against them and
// against moduleprofiler as the PyTorch golden records ran it.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, validate, type ConvTranspose1dParams } from './index.ts';
import { peers } from './peers.ts';
import { inputLengthMacs, ordinaryConvLength, outputLengthMacs, viewExcess, viewsGap } from './views.ts';
import { outputLength } from './outputLength.ts';
import { big, toParams, valid } from '../../../tests/unit/golden.ts';
import { smallLayer as smallLayerOf } from '../../../tests/unit/arbitraries.ts';

type P = ConvTranspose1dParams;
const smallLayer: fc.Arbitrary<P> = smallLayerOf({ length: 30, kernel: 9, stride: 6, dilation: 6, groups: 4, multiple: 4, batch: 5, padding: 20 });
const RUNS = { numRuns: 1000 };

const ok = (p: P) => {
  const e = estimate(p);
  if (!e.ok) throw new Error(e.error.message);
  return e;
};
const count = (p: P, id: string) => peers(p)[id].count;

/** Brute force over one filter: products landing inside the output, and the dense view's real slots. */
function bruteForce(p: P) {
  const [Lin, K, s, d, pad] = [p.length_in, p.kernel_size, p.stride, p.dilation, p.padding].map(Number);
  const Lout = Number(outputLength(p));
  let inside = 0;
  for (let i = 0; i < Lin; i++) for (let k = 0; k < K; k++) {
    const t = i * s + k * d - pad;
    if (t >= 0 && t < Lout) inside++;
  }
  // Zero-insertion view: output t, tap k reads position u = t + pad − k·d of the stride-dilated
  // input, a real sample iff u ≥ 0, u ≡ 0 (mod s) and u/s < L_in; every other slot multiplies a zero.
  let realSlots = 0;
  for (let t = 0; t < Lout; t++) for (let k = 0; k < K; k++) {
    const u = t + pad - k * d;
    if (u >= 0 && u % s === 0 && u / s < Lin) realSlots++;
  }
  return { inside: BigInt(inside), realSlots: BigInt(realSlots), Lout: BigInt(Lout) };
}

describe('the two views', () => {
  test('generated layers are valid', () => {
    for (const p of fc.sample(smallLayer, { numRuns: 300, seed: 7 })) expect(validate(p)).toBeNull();
  });

  test('output-length MACs − stride × input-length MACs = N·(C_in·C_out/g)·K·(d(K−1) + 1 − s − 2p + o), exactly', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const N = p.batch ?? 1n;
        const rhs = N * (p.in_channels * p.out_channels / p.groups) * p.kernel_size *
          (p.dilation * (p.kernel_size - 1n) + 1n - p.stride - 2n * p.padding + p.output_padding);
        expect(outputLengthMacs(p) - p.stride * inputLengthMacs(p)).toBe(rhs);
        expect(viewsGap(p)).toBe(rhs);
        // thop 0.1.x counts the output length, fvcore the input length (a batched input: thop misreads an unbatched one).
        const b = { ...p, batch: N };
        expect(count(b, 'thop')! - p.stride * count(b, 'fvcore')!).toBe(rhs);
      }),
      RUNS,
    );
  });

  test('exact MACs ≤ every input- and output-length count; the gaps are cropped products and zero products', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const e = ok(p);
        const N = p.batch ?? 1n;
        const perFilter = N * p.out_channels * (p.in_channels / p.groups);
        const bf = bruteForce(p);
        expect(e.exact.multiplications).toBe(perFilter * bf.inside);
        expect(bf.realSlots).toBe(bf.inside);
        const exact = e.exact.multiplications;
        const b = { ...p, batch: N };
        for (const id of ['fvcore', 'uthop', 'ptflops_aten', 'deepspeed_pr8323_macs', 'thop', 'torchscan_macs', 'torchinfo', 'pthflops', 'mmengine', 'uthop_old', 'thop_old']) {
          expect(exact <= count(b, id)!, id).toBe(true);
        }
        expect(exact <= count(b, 'flopcountermode')! / 2n).toBe(true);
        expect(viewExcess(e)).toEqual({ cropped: perFilter * (p.length_in * p.kernel_size - bf.inside), zeroProducts: perFilter * (bf.Lout * p.kernel_size - bf.realSlots) });
      }),
      RUNS,
    );
  });

  test('the ordinary-convolution length equals the number of windows when positive, else no window fits', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const span = p.dilation * (p.kernel_size - 1n) + 1n;
        let windows = 0n;
        for (let start = -p.padding; start + span <= p.length_in + p.padding; start += p.stride) windows++;
        const l = ordinaryConvLength(p);
        expect(l > 0n ? l : 0n).toBe(windows);
      }),
      RUNS,
    );
  });
});

describe('moduleprofiler against the PyTorch golden records (the tool run on 400 layers)', () => {
  test('equals reference_total_ops, including C_in× for unbatched inputs', () => {
    let checked = 0, unbatched = 0;
    for (const r of valid) {
      const ref = (r as unknown as { reference_total_ops: number | string | null }).reference_total_ops;
      if (r.formula_total_ops === null || ref === null || r.category === 'huge') continue;
      const p = toParams(r.params);
      expect(peers(p).moduleprofiler.count, JSON.stringify(r.params)).toBe(big(ref));
      checked++;
      if (p.batch === null && p.in_channels > 1n) unbatched++;
    }
    expect(checked).toBeGreaterThan(250);
    expect(unbatched).toBeGreaterThan(20);
  });
});
