// Other counters' numbers for ConvTranspose1d. The expectations in the first block are the
// numbers the peer survey got by running each tool (or, where marked, derived or inferred from
// its source) on two reference layers; they are typed in from that survey, not from this code.
// The property tests check the relations between the formulas against brute force.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, outputLength, validate, withDefaults, type ConvTranspose1dParams } from '../index.ts';
import { valid, toParams, big } from '../../../../tests/unit/golden.ts';
import {
  calflops,
  deepspeed06,
  deepspeed09,
  deepspeedBiasLength,
  deepspeedCurrent,
  deepspeedPr8323,
  exactInUnit,
  flagApplies,
  flopCounterBackward,
  flopCounterForward,
  fvcore,
  inputLengthMacs,
  moduleprofiler,
  ordinaryConvLength,
  outputElements,
  outputLengthMacs,
  parseCount,
  peerById,
  peerCounts,
  peerIds,
  peers,
  peersJSON,
  pthflops,
  ptflops074,
  ptflopsAten,
  ptflopsPytorch,
  ratioText,
  roundDiv,
  scale,
  thopLyken17,
  thopLyken17Old,
  torchinfo,
  torchprofile,
  torchscanFlops,
  torchscanMacs,
  ultralyticsThop,
  viewExcess,
  viewsGap,
} from './index.ts';
import { smallLayer as smallLayerOf } from '../../../../tests/unit/arbitraries.ts';

type P = ConvTranspose1dParams;

/** cfg1: one channel, L_in 2, K 3, everything else default, no bias, batch 1 → L_out 4. */
const cfg1 = withDefaults({ batch: 1n, in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n, bias: false });
/** cfg2: N 8, C_in 16, C_out 32, L_in 100, K 5, s 2, p 1, d 1, op 1, g 4, bias → L_out 202. */
const cfg2 = withDefaults({
  batch: 8n, in_channels: 16n, out_channels: 32n, length_in: 100n, kernel_size: 5n,
  stride: 2n, padding: 1n, dilation: 1n, output_padding: 1n, groups: 4n, bias: true,
});

const ok = (p: P) => {
  const e = estimate(p);
  if (!e.ok) throw new Error(e.error.message);
  return e;
};

describe('the survey’s reference layers', () => {
  test('output lengths and the exact reference', () => {
    expect(outputLength(cfg1)).toBe(4n);
    expect(outputLength(cfg2)).toBe(202n);
    const e1 = ok(cfg1), e2 = ok(cfg2);
    // naive scatter MACs, useful MACs, exact mult + add
    expect(inputLengthMacs(cfg1)).toBe(6n);
    expect(e1.exact.multiplications).toBe(6n);
    expect(e1.exact.additions).toBe(2n);
    expect(e1.exact.total_ops).toBe(8n);
    expect(inputLengthMacs(cfg2)).toBe(512_000n);
    expect(e2.exact.multiplications).toBe(510_976n);
    expect(inputLengthMacs(cfg2) - e2.exact.multiplications).toBe(1_024n); // products on the cropped first position
    expect(viewExcess(e2)).toEqual({ cropped: 1_024n, zeroProducts: 1_034_240n - 510_976n }); // peers.md: views 1,034,240 and 512,000
    expect(e2.exact.additions).toBe(510_976n);
    expect(e2.exact.total_ops).toBe(1_021_952n);
    // useful identities
    expect(outputElements(cfg1)).toBe(4n);
    expect(outputElements(cfg2)).toBe(51_712n);
    expect(outputLengthMacs(cfg1)).toBe(12n);
    expect(outputLengthMacs(cfg2)).toBe(1_034_240n);
  });

  // [id, cfg1, cfg2] as the survey's comparison table gives them.
  const table: [string, bigint | null, bigint | null][] = [
    ['flopcounter', 12n, 1_024_000n],
    ['flopcounter-backward', 24n, 5_120_000n],
    ['torch-profiler', 0n, 0n],
    ['fvcore', 6n, 512_000n],
    ['fvcore-pre-pr80', 12n, 2_068_480n], // derived
    ['mmengine', 6n, 512_000n], // derived: same handle as fvcore
    ['ptflops-pytorch', 6n, 70_464n], // per sample
    ['ptflops-aten', 6n, 563_712n],
    ['ptflops-0.7.4', 12n, 135_744n], // per sample
    ['thop-lyken17', 12n, 1_034_240n],
    ['thop-lyken17-old', 12n, 1_085_952n],
    ['ultralytics-thop', 6n, 512_000n],
    ['calflops', 12n, 259_136n],
    ['calflops-macs', 6n, 128_000n],
    ['deepspeed', 12n, 259_136n],
    ['deepspeed-macs', 6n, 128_000n],
    ['deepspeed-0.9', 12n, 518_272n],
    ['deepspeed-0.9-macs', 6n, 256_000n],
    ['deepspeed-pr8323', 12n, 1_075_712n], // inferred
    ['deepspeed-pr8323-macs', 6n, 512_000n], // inferred
    ['torchinfo', 12n, 1_085_952n],
    ['moduleprofiler', 14n, 1_545_216n],
    ['torchprofile', 12n, 4_136_960n],
    ['torchscan-macs', 16n, 1_034_244n],
    ['torchscan-flops', 28n, 2_068_488n],
    ['pthflops', 12n, 1_085_952n],
    ['mmcv', 0n, 0n], // derived
    ['flopth', 0n, 0n], // derived
    ['torchstat', 0n, 0n], // derived
    ['deepspeed-0.5', null, null], // raises IndexError
  ];
  for (const [id, one, two] of table) {
    test(`${id}: cfg1 ${one}, cfg2 ${two}`, () => {
      const row = peerById(id);
      expect(row, id).toBeDefined();
      expect(row!.count(cfg1)).toBe(one);
      expect(row!.count(cfg2)).toBe(two);
    });
  }

  test('DeepSpeed 0.5.9–0.6.5 on cfg2 (executed on that version’s function); cfg1 by hand', () => {
    expect(deepspeed06(cfg2)).toEqual({ macs: 2_048_000n, flops: 4_102_144n });
    // cfg1: kernel read as (C_out/g, K) = (1, 3): 1·2·1·⌊1/1⌋·1·3 = 6 MACs, no bias.
    expect(deepspeed06(cfg1)).toEqual({ macs: 6n, flops: 12n });
    // its bias length uses a "kernel" of C_out/g = 8 taps: ⌊(100 + 2 − 7 − 1)/2⌋ + 1 = 48
    expect(deepspeedBiasLength(cfg2, 8n)).toBe(48n);
  });

  test('the survey’s decompositions', () => {
    // FlopCounterMode backward: grad_input 1,024,000 + grad_weight 4,096,000; forward + backward for cfg1 = 36.
    expect(flopCounterBackward(cfg2) - flopCounterForward(cfg2)).toBe(4_096_000n);
    expect(flopCounterForward(cfg1) + flopCounterBackward(cfg1)).toBe(36n);
    // ptflops per sample × 8 = the whole batch
    expect(ptflopsPytorch(cfg2) * 8n).toBe(563_712n);
    expect(ptflops074(cfg2) * 8n).toBe(1_085_952n);
    // calflops FLOPs = 256,000 + 8·8·49, with the ordinary-convolution length 49 (not 202)
    expect(deepspeedBiasLength(cfg2)).toBe(49n);
    expect(calflops(cfg2).flops).toBe(256_000n + 8n * 8n * 49n);
    // moduleprofiler's probe sum A = 297 for cfg2; 12 mult-slots + 2 adds for cfg1
    expect(ok(cfg2).documented?.additions_per_filter).toBe(297n);
    expect(moduleprofiler(cfg1)).toBe(12n + 2n);
    // torchprofile on cfg2: groups ignored, so g = 4 times the output-length count 1,034,240
    // (the survey's "8× the input-based value" is a rounding of 4,136,960 / 512,000 ≈ 8.08)
    expect(torchprofile(cfg2)).toBe(4n * 1_034_240n);
  });

  test('the CLI object lists every row, each count a decimal string with its unit', () => {
    const json = peersJSON(ok(cfg2))!;
    expect(Object.keys(json)).toEqual([...peerIds]);
    expect(json.fvcore).toMatchObject({ count: '512000', unit: 'MAC', batch: 'whole batch' });
    expect(json['ptflops-pytorch']).toMatchObject({ count: '70464', unit: 'MAC', batch: 'per sample' });
    expect(json['deepspeed-0.5']).toMatchObject({ count: null, unit: 'none' });
    expect(peersJSON({ ok: false })).toBe(null);
  });
});

describe('registry', () => {
  test('ids are unique and every row names its source', () => {
    expect(new Set(peerIds).size).toBe(peers.length);
    for (const r of peers) {
      expect(r.source.url, r.id).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/(blob\/[\w.]+\/\S+|commit\/[0-9a-f]{7,40}|pull\/\d+)$/);
      expect(r.formula.length, r.id).toBeGreaterThan(0);
      if (r.evidence !== 'executed') expect(['derived', 'inferred']).toContain(r.evidence);
      for (const f of r.flags) for (const ref of f.refs) if (ref.url) expect(ref.url, f.id).toMatch(/^https:\/\/github\.com\//);
    }
    // commits as the survey recorded them
    expect(peerById('fvcore')!.source.url).toContain('/blob/3378afe0d71dc2aa95e358bc78dc9b67cb48825a/fvcore/nn/jit_handles.py');
    expect(peerById('calflops')!.source.url).toContain('/blob/29ca58443fc15252888de377b842fa0308a5cfe8/calflops/pytorch_ops.py');
    expect(peerById('deepspeed')!.source.url).toContain('deepspeedai/DeepSpeed/blob/edaa7221267243c7be7fb49c5d5f5c4fb97b4641/');
    expect(peerById('deepspeed-pr8323')!.evidence).toBe('inferred');
    expect(peerById('fvcore-pre-pr80')!.evidence).toBe('derived');
  });

  test('exact counts in each row’s unit (cfg2)', () => {
    const e = ok(cfg2);
    const x = (id: string) => exactInUnit(peerById(id)!, e)?.value ?? null;
    expect(x('fvcore')).toBe(510_976n);
    expect(x('flopcounter')).toBe(1_021_952n);
    expect(x('ptflops-pytorch')).toBe(510_976n / 8n);
    // 2·510,976 + bias additions at the 8·32·202 covered positions
    expect(x('calflops')).toBe(1_021_952n + 51_712n);
    expect(x('moduleprofiler')).toBe(1_021_952n);
    expect(x('flopcounter-backward')).toBe(4n * 510_976n);
    expect(x('flopth')).toBe(null);
  });

  test('flags that depend on the layer', () => {
    const groupsFlag = peerById('calflops')!.flags.find((f) => f.id === 'deepspeed-double-groups')!;
    expect(flagApplies(groupsFlag, cfg2)).toBe(true);
    expect(flagApplies(groupsFlag, cfg1)).toBe(false);
    const unbatched = peerById('moduleprofiler')!.flags.find((f) => f.id === 'moduleprofiler-unbatched')!;
    expect(flagApplies(unbatched, { ...cfg2, batch: null })).toBe(true);
    expect(flagApplies(unbatched, cfg2)).toBe(false);
  });
});

describe('edge cases, by hand', () => {
  test('calflops/DeepSpeed: depthwise-like layers get 0 MACs when C_out/g < g', () => {
    // C_in = C_out = g = 4: C_out/g = 1, ⌊1/4⌋ = 0.
    const p = withDefaults({ batch: 2n, in_channels: 4n, out_channels: 4n, groups: 4n, length_in: 10n, kernel_size: 3n, bias: false });
    expect(calflops(p)).toEqual({ macs: 0n, flops: 0n });
    expect(fvcore(p)).toBe(2n * 10n * 4n * 1n * 3n);
  });

  test('calflops/DeepSpeed: a non-positive ordinary-convolution length makes the bias term negative', () => {
    // L_in 1, K 5, d 3: ⌊(1 − 12 − 1)/1⌋ + 1 = −11. MACs 1·1·1·⌊1/1⌋·5 = 5; FLOPs 10 + 1·1·(−11) = −1.
    const p = withDefaults({ batch: 1n, in_channels: 1n, out_channels: 1n, length_in: 1n, kernel_size: 5n, dilation: 3n, bias: true });
    expect(validate(p)).toBeNull();
    expect(outputLength(p)).toBe(13n);
    expect(deepspeedBiasLength(p)).toBe(-11n);
    expect(deepspeedCurrent(p)).toEqual({ macs: 5n, flops: -1n });
    // Python floors: (2 − 12 − 1) // 2 = −6, not −5.
    expect(ordinaryConvLength(2n, 0n, 3n, 5n, 2n)).toBe(-5n);
    expect(ordinaryConvLength(100n, 1n, 1n, 5n, 2n)).toBe(49n);
  });

  test('torchprofile’s channel guess: groups ignored when C_in ≠ C_out, right when equal', () => {
    const a = withDefaults({ in_channels: 8n, out_channels: 4n, groups: 2n, length_in: 5n, kernel_size: 2n });
    expect(torchprofile(a)).toBe(1n * 4n * outputLength(a) * 8n * 2n);
    const b = withDefaults({ in_channels: 6n, out_channels: 6n, groups: 3n, length_in: 5n, kernel_size: 2n });
    expect(torchprofile(b)).toBe(thopLyken17(b));
  });

  test('moduleprofiler is null where its probe cannot run', () => {
    // L_out = 0·3 − 2 + 0 + 2 + 1 = 1, probe length −1.
    const p = withDefaults({ in_channels: 1n, out_channels: 1n, length_in: 1n, kernel_size: 1n, padding: 1n, stride: 3n, output_padding: 2n });
    expect(validate(p)).toBeNull();
    expect(moduleprofiler(p)).toBe(null);
    expect(peerCounts(p).moduleprofiler).toBe(null);
  });
});

describe('moduleprofiler against the PyTorch golden records (the tool run on 400 layers)', () => {
  test('equals reference_total_ops, including C_in× for unbatched inputs', () => {
    let checked = 0, unbatched = 0;
    for (const r of valid) {
      const ref = (r as unknown as { reference_total_ops: number | string | null }).reference_total_ops;
      if (r.formula_total_ops === null || ref === null || r.category === 'huge') continue;
      const p = toParams(r.params);
      expect(moduleprofiler(p), JSON.stringify(r.params)).toBe(big(ref));
      checked++;
      if (p.batch === null && p.in_channels > 1n) unbatched++;
    }
    expect(checked).toBeGreaterThan(250);
    expect(unbatched).toBeGreaterThan(20);
  });
});

describe('comparison helpers', () => {
  test('roundDiv rounds halves away from zero', () => {
    expect(roundDiv(5n, 2n)).toBe(3n);
    expect(roundDiv(-5n, 2n)).toBe(-3n);
    expect(roundDiv(7n, 3n)).toBe(2n);
    expect(roundDiv(8n, 3n)).toBe(3n);
    expect(roundDiv(5n, -2n)).toBe(-3n);
  });
  test('ratioText', () => {
    expect(ratioText(1_034_240n, 510_976n)).toBe('≈ 2.024×');
    expect(ratioText(12n, 6n)).toBe('2×');
    expect(ratioText(6n, 6n)).toBe('1×');
    expect(ratioText(0n, 6n)).toBe('0×');
    expect(ratioText(0n, 0n)).toBe('—');
    expect(ratioText(5n, 0n)).toBe('∞');
    expect(ratioText(-1n, 3n)).toBe('≈ −0.333×');
    expect(ratioText(2n, 3n, 2)).toBe('≈ 0.67×');
  });
  test('scale is exact when it divides, else rounded', () => {
    expect(scale(1_545_216n, 512_000n, 1_545_216n)).toEqual({ value: 512_000n, exact: true });
    expect(scale(10n, 1n, 3n)).toEqual({ value: 3n, exact: false });
    expect(scale(3_090_432n, 512_000n, 1_545_216n)).toEqual({ value: 1_024_000n, exact: true });
    expect(() => scale(1n, 1n, 0n)).toThrow(RangeError);
  });
  test('parseCount reads the ways papers print counts', () => {
    const v = (t: string) => {
      const r = parseCount(t);
      if (!r.ok) throw new Error(r.message);
      return r.value;
    };
    expect(v('1545216')).toBe(1_545_216n);
    expect(v(' 1,545,216 ')).toBe(1_545_216n);
    expect(v('1 545 216')).toBe(1_545_216n);
    expect(v('1_545_216')).toBe(1_545_216n);
    expect(v('1.55 G')).toBe(1_550_000_000n);
    expect(v('1.55G')).toBe(1_550_000_000n);
    expect(v('0.51 GMac')).toBe(510_000_000n);
    expect(v('12 MFLOPs')).toBe(12_000_000n);
    expect(v('512000 MACs')).toBe(512_000n);
    expect(v('2.3e9')).toBe(2_300_000_000n);
    expect(v('7k')).toBe(7_000n);
    expect(v('99999999999999999999999')).toBe(99_999_999_999_999_999_999_999n);
    expect(parseCount('1.55 G')).toMatchObject({ shortForm: true });
    expect(parseCount('1545216')).toMatchObject({ shortForm: false });
    for (const bad of ['', 'abc', '-5', '−5', '1.5', '1.2345k', '12 ms', '1e3k', 'NaN', '1,54,216', '0x10']) {
      const r = parseCount(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.message.length, bad).toBeGreaterThan(10);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Properties on random valid layers (same shape of generator as tests/unit/property.test.ts).

const smallLayer: fc.Arbitrary<P> = smallLayerOf({ length: 30, kernel: 9, stride: 6, dilation: 6, groups: 4, multiple: 4, batch: 5, padding: 20 });

const RUNS = { numRuns: 3000 };

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

describe('properties', () => {
  test('generated layers are valid', () => {
    for (const p of fc.sample(smallLayer, { numRuns: 500, seed: 7 })) expect(validate(p)).toBeNull();
  });

  test('output-length MACs − stride × input-length MACs = N·(C_in·C_out/g)·K·(d(K−1) + 1 − s − 2p + o), exactly', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const N = p.batch ?? 1n;
        const rhs = N * (p.in_channels * p.out_channels / p.groups) * p.kernel_size *
          (p.dilation * (p.kernel_size - 1n) + 1n - p.stride - 2n * p.padding + p.output_padding);
        expect(thopLyken17(p) - p.stride * fvcore(p)).toBe(rhs);
        expect(outputLengthMacs(p) - p.stride * inputLengthMacs(p)).toBe(rhs);
        expect(viewsGap(p)).toBe(rhs);
        if (p.padding === 0n && p.output_padding === 0n) {
          expect(thopLyken17(p) - p.stride * fvcore(p)).toBe(N * p.out_channels * (p.in_channels / p.groups) * p.kernel_size * (p.dilation * (p.kernel_size - 1n) + 1n - p.stride));
        }
      }),
      RUNS,
    );
  });

  test('exact MACs ≤ every input- and output-length MAC count; the gaps are cropped products and zero products', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const e = ok(p);
        const N = p.batch ?? 1n;
        const perFilter = N * p.out_channels * (p.in_channels / p.groups); // N·C_in·C_out/g
        const bf = bruteForce(p);
        expect(e.exact.multiplications).toBe(perFilter * bf.inside);
        // the dense (zero-insertion) view has exactly M real slots per filter
        expect(bf.realSlots).toBe(bf.inside);
        const exact = e.exact.multiplications;
        for (const c of [fvcore(p), ultralyticsThop(p), ptflopsAten(p), ptflopsPytorch(p) * N, deepspeedPr8323(p).macs, flopCounterForward(p) / 2n]) {
          expect(exact <= c).toBe(true);
        }
        for (const c of [thopLyken17(p), torchscanMacs(p), torchinfo(p), pthflops(p), ptflops074(p) * N]) expect(exact <= c).toBe(true);
        // input-length excess = products the padding crops; output-length excess = products with a zero
        expect(inputLengthMacs(p) - exact).toBe(perFilter * (p.length_in * p.kernel_size - bf.inside));
        expect(outputLengthMacs(p) - exact).toBe(perFilter * (bf.Lout * p.kernel_size - bf.realSlots));
      }),
      RUNS,
    );
  });

  test('FLOPs = 2·MACs where the tool says so, plus its bias term', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        expect(flopCounterForward(p)).toBe(2n * fvcore(p));
        for (const f of [deepspeedCurrent, deepspeed09, deepspeed06, deepspeedPr8323]) {
          const { flops, macs } = f(p);
          if (!p.bias) expect(flops).toBe(2n * macs);
        }
        const N = p.batch ?? 1n;
        const biasLen = deepspeedBiasLength(p);
        expect(calflops(p).flops - 2n * calflops(p).macs).toBe(p.bias ? (p.out_channels / p.groups) * N * biasLen : 0n);
        expect(deepspeedPr8323(p).flops - 2n * deepspeedPr8323(p).macs).toBe(p.bias ? outputElements(p) : 0n);
        // with a bias, 2·exact MACs is exactly the exact mult + add; without, one addition fewer per covered output
        const e = ok(p);
        const covered = N * p.out_channels * e.exact.covered_positions;
        expect(e.exact.total_ops).toBe(2n * e.exact.multiplications - (p.bias ? 0n : covered));
      }),
      RUNS,
    );
  });

  test('conventions that only rescale: batch, bias, groups, constants', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const N = p.batch ?? 1n;
        const g = p.groups;
        expect(ptflopsPytorch(p) * N).toBe(ptflopsAten(p));
        // output length + one MAC per output element for bias: four tools, one formula
        expect(torchinfo(p)).toBe(ptflops074(p) * N);
        expect(pthflops(p)).toBe(torchinfo(p));
        expect(thopLyken17Old(p)).toBe(torchinfo(p));
        expect(torchscanMacs(p)).toBe(thopLyken17(p) + 4n);
        expect(torchscanFlops(p)).toBe(outputElements(p) * (2n * (p.in_channels / g) * p.kernel_size - 1n + (p.bias ? 1n : 0n)) + 8n);
        expect(torchprofile(p)).toBe(p.in_channels === p.out_channels ? thopLyken17(p) : g * thopLyken17(p));
        // FlopCounterMode backward: grad_input = forward, grad_weight = g × forward
        expect(flopCounterBackward(p)).toBe((1n + g) * flopCounterForward(p));
        // calflops: g× too few when g divides C_out/g; 0 when C_out/g < g
        const og = p.out_channels / g;
        if (og % g === 0n) expect(calflops(p).macs * g).toBe(fvcore(p));
        if (og < g) expect(calflops(p).macs).toBe(0n);
        // DeepSpeed 0.6.6–0.9.x is right exactly when it reads the right channel count
        if (p.in_channels === p.out_channels && g === 1n) expect(deepspeed09(p).macs).toBe(fvcore(p));
        // moduleprofiler: the documented total, ×C_in for unbatched input
        const doc = ok(p).documented;
        expect(moduleprofiler(p)).toBe(doc === null ? null : p.batch === null ? p.in_channels * doc.total_ops : doc.total_ops);
      }),
      RUNS,
    );
  });

  test('the ordinary-convolution length equals the number of windows when positive, else no window fits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 5 }), (L, pad, d, k, s) => {
        let windows = 0;
        for (let j = 0; j * s + d * (k - 1) <= L + 2 * pad - 1; j++) windows++;
        const f = ordinaryConvLength(BigInt(L), BigInt(pad), BigInt(d), BigInt(k), BigInt(s));
        if (f > 0n) expect(f).toBe(BigInt(windows));
        else expect(windows).toBe(0);
      }),
      RUNS,
    );
  });

  test('every row gives a bigint or null on every valid layer, and ratios never throw', () => {
    fc.assert(
      fc.property(smallLayer, (p) => {
        const e = ok(p);
        for (const r of peers) {
          const c = r.count(p);
          expect(c === null || typeof c === 'bigint').toBe(true);
          const x = exactInUnit(r, e);
          if (c !== null && x) expect(ratioText(c, x.value)).toMatch(/^(≈ )?−?(\d+(\.\d+)?×|∞|—)$/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
