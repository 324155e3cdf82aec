// Hand-checkable values of the n-d estimate (every expectation derived in the comments),
// exactness at 2^62, and never throwing on any input.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { documentedCounts } from './documented.ts';
import { estimateNd, type NdResult } from './estimate.ts';
import { layout2d, layout3d } from './layout.ts';
import { outputSizes, seedSizes } from './outputSize.ts';
import type { ConvTranspose2dParams, ConvTranspose3dParams } from './params.ts';
import { coveredPerAxis } from './coveredPositions.ts';
import { productsPerAxis } from './products.ts';
import { axesOf } from './tuples.ts';

type P2 = ConvTranspose2dParams;
type P3 = ConvTranspose3dParams;

const ok2 = (p: P2) => {
  const e = estimateNd(p, layout2d, true);
  if (!e.ok) throw new Error(e.error.message);
  return e as NdResult<P2>;
};
const ok3 = (p: P3, documented = false) => {
  const e = estimateNd(p, layout3d, documented);
  if (!e.ok) throw new Error(e.error.message);
  return e as NdResult<P3>;
};

/**
 * The worked example, DCGAN's ConvTranspose2d(1, 1, 4, stride=2, padding=1) on an unbatched 3×3 input.
 * Per axis the targets are t = 2i + k − 1: i = 0 reaches t = 0..2, i = 1 reaches 1..4, i = 2
 * reaches 3..5 (its last tap, t = 6, is cropped, as is i = 0's first, t = −1). Output
 * (3 − 1)·2 − 2 + 3 + 1 = 6, y = 1 2 2 2 2 1: M_i = 10, P_i = 6.
 * 2-d: M = 100, P = 36, additions per filter 64. Exact: 100 multiplications, 100 − 36 + 36 = 100
 * additions (bias), 200 in all. Documented (seed = output, no output_padding): A = 100 − 36 = 64,
 * λ = 36·16 + 64 = 640, γ = 1·36·(0 + 1) = 36, total 676. Dense: 9 inputs · 16 taps = 144 MACs.
 */
const worked2: P2 = {
  batch: null, in_channels: 1n, out_channels: 1n, height_in: 3n, width_in: 3n,
  kernel_size: 4n, stride: 2n, padding: 1n, output_padding: 0n, dilation: 1n, groups: 1n, bias: true, padding_mode: 'zeros',
};

/**
 * The 3-d worked example, ConvTranspose3d(1, 1, 3, stride=2, padding=1, output_padding=1) on 2×2×2.
 * Per axis: t = 2i + k − 1 for i ∈ {0, 1}, k ∈ {0, 1, 2}: t = −1, 0, 1 and 1, 2, 3; output
 * (2 − 1)·2 − 2 + 2 + 1 + 1 = 4, y = 1 2 1 1: M_i = 5, P_i = 4. 3-d: M = 125, P = 64.
 * Exact: 125 multiplications, 125 − 64 + 64 = 125 additions. Dense: 8 inputs · 27 taps = 216.
 * The documented formula, had it a page: seed 3 per axis, y = 1 2 1, so A = 4³ − 3³ = 37,
 * λ = 64·27 + 37 = 1765, γ = 64·1 = 64, total 1829.
 */
const worked3: P3 = {
  batch: null, in_channels: 1n, out_channels: 1n, depth_in: 2n, height_in: 2n, width_in: 2n,
  kernel_size: 3n, stride: 2n, padding: 1n, output_padding: 1n, dilation: 1n, groups: 1n, bias: true, padding_mode: 'zeros',
};

describe('worked examples', () => {
  test('ConvTranspose2d(1, 1, 4, 2, 1) on 3×3', () => {
    const axes = axesOf(worked2, layout2d);
    expect(outputSizes(axes)).toEqual([6n, 6n]);
    expect(productsPerAxis(axes, [6n, 6n])).toEqual([10n, 10n]);
    expect(coveredPerAxis(axes, [6n, 6n])).toEqual([6n, 6n]);
    const r = ok2(worked2);
    expect(r.output_shapes).toEqual([[1n, 6n, 6n]]);
    expect([r.height_out, r.width_out]).toEqual([6n, 6n]);
    expect(r.exact).toEqual({ products_per_filter: 100n, covered_positions: 36n, additions_per_filter: 64n, multiplications: 100n, additions: 100n, total_ops: 200n, macs: 100n });
    expect(r.documented).toEqual({ filters: 1n, additions_per_filter: 64n, ops_per_filter: 640n, aggregation_ops: 36n, total_ops: 676n });
    expect(r.documented_unavailable).toBeNull();
    expect(r.dense).toEqual({ macs: 144n, multiplications: 144n, additions: 144n, total_ops: 288n });
  });

  test('ConvTranspose3d(1, 1, 3, 2, 1, output_padding=1) on 2×2×2', () => {
    const r = ok3(worked3);
    expect(r.output_shapes).toEqual([[1n, 4n, 4n, 4n]]);
    expect([r.depth_out, r.height_out, r.width_out]).toEqual([4n, 4n, 4n]);
    expect(r.exact).toEqual({ products_per_filter: 125n, covered_positions: 64n, additions_per_filter: 61n, multiplications: 125n, additions: 125n, total_ops: 250n, macs: 125n });
    expect(r.documented).toBeNull();
    expect(r.dense.macs).toBe(216n);
    const axes = axesOf(worked3, layout3d);
    expect(seedSizes(axes)).toEqual([3n, 3n, 3n]);
    expect(documentedCounts(worked3, axes, outputSizes(axes))).toEqual({ filters: 1n, additions_per_filter: 37n, ops_per_filter: 1765n, aggregation_ops: 64n, total_ops: 1829n });
    // Asked for, the 3-d documented method gives the same numbers.
    expect(ok3(worked3, true).documented?.total_ops).toBe(1829n);
  });

  test('DCGAN ConvTranspose2d(512, 256, 4, 2, 1, bias=False) on 4×4, batch 21 (conv-family.md)', () => {
    // Per axis: output 8, 16 products of which t = −1 and t = 8 are cropped: M_i = 14, P_i = 8.
    // M = 196, P = 64, G = 512. Exact: 21·256·512·196 = 539 492 352 multiplications and
    // 21·256·(512·196 − 64) = 539 148 288 additions: 1 078 640 640.
    // Documented: A = 196 − 64 = 132, λ = 64·16 + 132 = 1156, ψ = 131 072, γ = 256·64·511 = 8 372 224,
    // total = 21·(131 072·1156 + 8 372 224) = 3 357 720 576.
    const r = ok2({ ...worked2, batch: 21n, in_channels: 512n, out_channels: 256n, height_in: 4n, width_in: 4n, bias: false });
    expect(r.exact.products_per_filter).toBe(196n);
    expect(r.exact.multiplications).toBe(539_492_352n);
    expect(r.exact.additions).toBe(539_148_288n);
    expect(r.exact.total_ops).toBe(1_078_640_640n);
    expect(r.documented?.total_ops).toBe(3_357_720_576n);
  });

  test('holes and negative documented additions: k (4, 3), stride 3, padding 1, dilation (2, 1) on 2×3 (conv-family.md)', () => {
    // Height: in 2, k 4, d 2, s 3, p 1: output 3 − 2 + 6 + 1 = 8, targets 3i + 2k − 1: i = 0 → −1, 1, 3, 5;
    // i = 1 → 2, 4, 6, 8: M_h = 6 (−1 and 8 cropped), all distinct. Width: in 3, k 3, s 3, p 1:
    // output 6 − 2 + 2 + 1 = 7, targets 3i + k − 1 = −1..7 minus cropped −1 and 7: M_w = 7.
    // M = 42 = P: no additions. Documented: O = 56, A = 42 − 56 = −14, λ = 56·12 − 14 = 658, γ = 0.
    const r = ok2({ ...worked2, height_in: 2n, width_in: 3n, kernel_size: [4n, 3n], stride: 3n, padding: 1n, dilation: [2n, 1n], bias: false });
    expect(r.output_shapes).toEqual([[1n, 8n, 7n]]);
    expect(r.exact.products_per_filter).toBe(42n);
    expect(r.exact.covered_positions).toBe(42n);
    expect(r.exact.total_ops).toBe(42n);
    expect(r.documented?.additions_per_filter).toBe(-14n);
    expect(r.documented?.total_ops).toBe(658n);
  });

  test('groups: ψ = C_in·C_out/groups filters and G = C_in/groups products per output', () => {
    // Worked geometry, C_in 8, C_out 12, groups 4, batch 3: G = 2, ψ = 24. Exact: 3·12·2·100 = 7200
    // multiplications, 3·12·(2·100 − 36 + 36) = 7200 additions. Documented: λ = 640, γ = 12·36·(2 − 1 + 1) = 864,
    // total 3·(24·640 + 864) = 48 672. Dense: 3·9·24·16 = 10 368.
    const r = ok2({ ...worked2, batch: 3n, in_channels: 8n, out_channels: 12n, groups: 4n });
    expect(r.exact.multiplications).toBe(7200n);
    expect(r.exact.additions).toBe(7200n);
    expect(r.documented?.filters).toBe(24n);
    expect(r.documented?.total_ops).toBe(48_672n);
    expect(r.dense.macs).toBe(10_368n);
    expect(r.output_shapes).toEqual([[3n, 12n, 6n, 6n]]);
  });
});

describe('exact at 2^62', () => {
  test('no two products meet (stride 4 > the kernel’s span 2, no padding): M = P = ∏ in_i·k_i', () => {
    // Per axis: in 2^60, k 3, s 4: output (2^60 − 1)·4 + 2 + 1 = 2^62 − 1; every product lands inside, alone.
    const n = 1n << 60n, big = 1n << 62n;
    const p: P2 = { ...worked2, batch: big, in_channels: big, out_channels: big, height_in: n, width_in: n, kernel_size: 3n, stride: 4n, padding: 0n, output_padding: 0n };
    const r = ok2(p);
    const O = (big - 1n) ** 2n, M = (3n * n) ** 2n;
    expect(r.output_shapes).toEqual([[big, big, big - 1n, big - 1n]]);
    expect(r.exact.products_per_filter).toBe(M);
    expect(r.exact.covered_positions).toBe(M);
    expect(r.exact.multiplications).toBe(big * big * big * M);
    expect(r.exact.additions).toBe(big * big * (big * M - M + M));
    expect(r.documented?.additions_per_filter).toBe(M - O);
    expect(r.documented?.total_ops).toBe(big * (big * big * (O * 9n + M - O) + big * O * big));
    expect(r.dense.macs).toBe(big * n * n * big * big * 9n);
  });

  test('3-d: a 2^62-tap kernel cropped to 2^61 outputs, a small cropped axis, and a 2^40 axis', () => {
    // Depth: one input, k 2^62, padding 2^60: output −2·2^60 + 2^62 = 2^61; targets t = k − 2^60 land
    // inside for k ∈ [2^60, 2^60 + 2^61): M_d = P_d = 2^61.
    // Height: in 3, k 5, s 2, p 1: output 4 − 2 + 4 + 1 = 7; targets 2i + k − 1 cover −1..7, with −1 and 7
    // cropped: M_h = 15 − 2 = 13, P_h = 7. Width: in 2^40, k 3, s 3: no overlap, no crop: M_w = P_w = 3·2^40.
    // Batch 7, one channel, bias: multiplications = 7·M, additions = 7·(M − P + P) = 7·M.
    const r = ok3({ ...worked3, batch: 7n, depth_in: 1n, height_in: 3n, width_in: 1n << 40n, kernel_size: [1n << 62n, 5n, 3n], stride: [1n, 2n, 3n], padding: [1n << 60n, 1n, 0n], output_padding: 0n });
    const M = (1n << 61n) * 13n * 3n * (1n << 40n);
    const P = (1n << 61n) * 7n * 3n * (1n << 40n);
    expect(r.output_shapes).toEqual([[7n, 1n, 1n << 61n, 7n, 3n << 40n]]);
    expect(r.exact.products_per_filter).toBe(M);
    expect(r.exact.covered_positions).toBe(P);
    expect(r.exact.multiplications).toBe(7n * M);
    expect(r.exact.additions).toBe(7n * M);
  });
});

/** Any integer PyTorch's int64 can hold, with small values more likely. */
const int64 = fc.oneof(fc.bigInt({ min: -3n, max: 9n }), fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n }), fc.bigInt({ min: 1n, max: 1n << 62n }));
const tupleOf = (n: number) => fc.oneof(int64, fc.array(int64, { minLength: 1, maxLength: n + 1 }));

describe('invariants on large valid layers', () => {
  const big = (max: bigint) => fc.oneof(fc.bigInt({ min: 1n, max: 6n }), fc.bigInt({ min: 1n, max }));
  const axis = fc.record({ length_in: big(1n << 30n), kernel_size: big(1n << 30n), stride: big(1n << 30n), dilation: big(1n << 30n), padding: fc.oneof(fc.bigInt({ min: 0n, max: 4n }), fc.bigInt({ min: 0n, max: 1n << 40n })), op: fc.bigInt({ min: 0n, max: 1n << 30n }) });
  test('0 ≤ P ≤ M ≤ ∏in·∏k, P ≤ ∏out, and the documented total is N·(ψ·λ + γ)', () => {
    fc.assert(
      fc.property(fc.array(axis, { minLength: 3, maxLength: 3 }), big(1n << 62n), fc.bigInt({ min: 1n, max: 1n << 20n }), fc.boolean(), (a, batch, channels, bias) => {
        const p: P3 = {
          ...worked3, batch, in_channels: channels, out_channels: channels, bias,
          depth_in: a[0].length_in, height_in: a[1].length_in, width_in: a[2].length_in,
          kernel_size: a.map((x) => x.kernel_size), stride: a.map((x) => x.stride), dilation: a.map((x) => x.dilation), padding: a.map((x) => x.padding),
          output_padding: a.map((x) => x.op % (x.stride > x.dilation ? x.stride : x.dilation)),
        };
        const e = estimateNd(p, layout3d, true);
        if (!e.ok) {
          expect(['output_too_small', 'output_too_large']).toContain(e.error.rule);
          return;
        }
        const r = e as NdResult<P3>;
        const { products_per_filter: M, covered_positions: P } = r.exact;
        const outs = r.output_shapes[0].slice(2);
        expect(P).toBeGreaterThanOrEqual(0n);
        expect(P).toBeLessThanOrEqual(M);
        expect(M).toBeLessThanOrEqual(a.reduce((acc, x) => acc * x.length_in * x.kernel_size, 1n));
        expect(P).toBeLessThanOrEqual(outs.reduce((x, y) => x * y, 1n));
        expect(r.exact.multiplications).toBe(batch * channels * channels * M);
        if (r.documented) {
          const O = outs.reduce((x, y) => x * y, 1n);
          const K = a.reduce((acc, x) => acc * x.kernel_size, 1n);
          expect(r.documented.total_ops).toBe(batch * (channels * channels * (O * K + r.documented.additions_per_filter) + channels * O * (channels - 1n + (bias ? 1n : 0n))));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('never throws, never negative', () => {
  test('on any integers, tuples, paddings and modes, in 2-d and 3-d', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(layout2d, layout3d),
        fc.record({
          batch: fc.oneof(fc.constant(null), int64),
          in_channels: int64,
          out_channels: int64,
          s0: int64,
          s1: int64,
          s2: int64,
          kernel_size: tupleOf(3),
          stride: tupleOf(3),
          padding: fc.oneof(tupleOf(3), fc.constantFrom('same', 'valid', 'x')),
          output_padding: tupleOf(3),
          dilation: tupleOf(3),
          groups: int64,
          bias: fc.boolean(),
          padding_mode: fc.constantFrom('zeros', 'zeros', 'reflect'),
        }),
        (layout, { s0, s1, s2, ...rest }) => {
          const sizes = Object.fromEntries(layout.spatialIn.map((name, i) => [name, [s0, s1, s2][i]]));
          const e = estimateNd({ ...rest, ...sizes } as unknown as P3, layout, true);
          if (!e.ok) {
            expect(e.error.message.length).toBeGreaterThan(0);
            return;
          }
          const r = e as NdResult<P3>;
          for (const method of [r.exact, r.dense, r.documented ?? {}]) {
            for (const [key, v] of Object.entries(method)) {
              expect(typeof v, key).toBe('bigint');
              if (key !== 'additions_per_filter' || method !== r.documented) expect(v as bigint, key).toBeGreaterThanOrEqual(0n);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
