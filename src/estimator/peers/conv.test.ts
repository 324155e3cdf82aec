// Tests of the peer counts for convolutions. The exact expectations are the survey's numbers
// (shared notes "peers-modules.md" §2 "Results" and "Edge cases (executed, torch 1.13)", and
// "peers.md" for ConvTranspose1d cfg1/cfg2); the properties check the relations between the
// tools that hold by their formulas, and the moduleprofiler probe against a brute-force scatter.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  CONV_ISSUES,
  convGeometryProblem,
  convPeerIssues,
  convPeers,
  moduleprofilerProbeAdditions,
  type ConvGeometry,
} from './conv.ts';
import { CONV_ISSUE_DETAILS, CONV_SOURCES } from './notes.ts';
import { COMMON_TOOL_IDS, TOOLS, TOOL_IDS, sourceUrl, toolById, type Tool, type ToolId } from './tools.ts';

// ------------------------------------------------------------------------------ helpers

interface Layer {
  transposed?: boolean;
  batch: number | null;
  cin: number;
  cout: number;
  groups?: number;
  bias?: boolean;
  size: number[];
  kernel: number[];
  stride?: number[];
  dilation?: number[];
  padding?: number[] | 'same' | 'valid';
  output_padding?: number[];
  padding_mode?: string;
}

/** PyTorch's output size, written out independently of conv.ts (small numbers only). */
function outSize(l: Layer, d: number): number {
  const [L, k] = [l.size[d], l.kernel[d]];
  const s = l.stride?.[d] ?? 1;
  const dil = l.dilation?.[d] ?? 1;
  if (l.transposed) {
    const p = (l.padding as number[] | undefined)?.[d] ?? 0;
    return (L - 1) * s - 2 * p + dil * (k - 1) + (l.output_padding?.[d] ?? 0) + 1;
  }
  if (l.padding === 'same') return L;
  const p = l.padding === 'valid' || l.padding === undefined ? 0 : l.padding[d];
  return Math.floor((L + 2 * p - dil * (k - 1) - 1) / s) + 1;
}

const B = BigInt;
function geometry(l: Layer): ConvGeometry {
  const n = l.kernel.length;
  const ones = Array.from({ length: n }, () => 1);
  return {
    transposed: l.transposed ?? false,
    batch: l.batch === null ? null : B(l.batch),
    in_channels: B(l.cin),
    out_channels: B(l.cout),
    groups: B(l.groups ?? 1),
    bias: l.bias ?? true,
    size_in: l.size.map(B),
    size_out: l.size.map((_, d) => B(outSize(l, d))),
    kernel: l.kernel.map(B),
    stride: (l.stride ?? ones).map(B),
    dilation: (l.dilation ?? ones).map(B),
    padding: typeof l.padding === 'string' ? l.padding : (l.padding ?? ones.map(() => 0)).map(B),
    output_padding: (l.output_padding ?? ones.map(() => 0)).map(B),
    padding_mode: l.padding_mode ?? 'zeros',
  };
}

const counts = (g: ConvGeometry): Record<ToolId, bigint | null> =>
  Object.fromEntries(Object.entries(convPeers(g)).map(([id, p]) => [id, p.count])) as Record<ToolId, bigint | null>;

/** One row of the survey's table: every tool's number (null = n/s or no number). */
type Row = [fcm: number, fvcore: number, ptflops: number, aten: number, thop: number, uthop: number, cfFlops: number, cfMacs: number, torchinfo: number, torchprofile: number, moduleprofiler: number | null];

function expectRow(g: ConvGeometry, row: Row): void {
  const [fcm, fvcore, ptflops, aten, thop, uthop, cfFlops, cfMacs, torchinfo, torchprofile, mp] = row;
  const all = counts(g);
  expect(Object.fromEntries(COMMON_TOOL_IDS.map((id) => [id, all[id]]))).toEqual({
    flopcountermode: B(fcm),
    fvcore: B(fvcore),
    ptflops: B(ptflops),
    ptflops_aten: B(aten),
    thop: B(thop),
    uthop: B(uthop),
    calflops_flops: B(cfFlops),
    calflops_macs: B(cfMacs),
    deepspeed_flops: B(cfFlops), // "same as calflops"
    deepspeed_macs: B(cfMacs),
    torchinfo: B(torchinfo),
    torchprofile: B(torchprofile),
    moduleprofiler: mp === null ? null : B(mp),
  });
}

// ---------------------------------------------------------- the survey's realistic layers

const CONV1D = geometry({ batch: 8, cin: 64, cout: 128, size: [1000], kernel: [3], padding: [1] });
const CONV1D_DW = geometry({ batch: 8, cin: 64, cout: 64, groups: 64, size: [1000], kernel: [5], stride: [2], padding: [2] });
const CONV2D = geometry({ batch: 1, cin: 64, cout: 64, bias: false, size: [56, 56], kernel: [3, 3], padding: [1, 1] });
// The survey's configuration omits the padding; its numbers (112×112 outputs) need p = 1.
const CONV2D_DW = geometry({ batch: 1, cin: 32, cout: 32, groups: 32, bias: false, size: [112, 112], kernel: [3, 3], padding: [1, 1] });
const CONV3D = geometry({ batch: 1, cin: 3, cout: 64, size: [16, 112, 112], kernel: [3, 3, 3], padding: [1, 1, 1] });
const CONVT2D = geometry({ transposed: true, batch: 1, cin: 256, cout: 128, size: [32, 32], kernel: [4, 4], stride: [2, 2], padding: [1, 1] });

describe('peers-modules.md §2 results, asserted exactly', () => {
  test('the configurations are valid layers with the survey’s output sizes', () => {
    for (const g of [CONV1D, CONV1D_DW, CONV2D, CONV2D_DW, CONV3D, CONVT2D]) expect(convGeometryProblem(g)).toBeNull();
    expect(CONV1D_DW.size_out).toEqual([500n]);
    expect(CONV2D_DW.size_out).toEqual([112n, 112n]);
    expect(CONVT2D.size_out).toEqual([64n, 64n]);
  });

  test('conv1d: Conv1d(64→128, K3, p1) on (8, 64, 1000)', () => {
    expectRow(CONV1D, [393_216_000, 196_608_000, 24_704_000, 197_632_000, 196_608_000, 196_608_000, 394_240_000, 196_608_000, 197_632_000, 196_608_000, 393_216_000]);
  });

  test('conv1d_dw: Conv1d(64→64, K5, s2, p2, g64) on (8, 64, 1000)', () => {
    expectRow(CONV1D_DW, [2_560_000, 1_280_000, 192_000, 1_536_000, 1_280_000, 1_280_000, 2_816_000, 1_280_000, 1_536_000, 1_280_000, 2_560_000]);
  });

  test('conv2d: Conv2d(64→64, 3×3, p1, bias=False) on (1, 64, 56, 56)', () => {
    expectRow(CONV2D, [231_211_008, 115_605_504, 115_605_504, 115_605_504, 115_605_504, 115_605_504, 231_211_008, 115_605_504, 115_605_504, 115_605_504, 231_010_304]);
  });

  test('conv2d_dw: Conv2d(32→32, 3×3, g32, no bias) on (1, 32, 112, 112)', () => {
    expectRow(CONV2D_DW, [7_225_344, 3_612_672, 3_612_672, 3_612_672, 3_612_672, 3_612_672, 7_225_344, 3_612_672, 3_612_672, 3_612_672, 6_823_936]);
  });

  test('conv3d: Conv3d(3→64, 3³, p1) on (1, 3, 16, 112, 112); moduleprofiler n/s', () => {
    expectRow(CONV3D, [2_080_899_072, 1_040_449_536, 1_053_294_592, 1_053_294_592, 1_040_449_536, 1_040_449_536, 2_093_744_128, 1_040_449_536, 1_053_294_592, 1_040_449_536, null]);
    const mp = convPeers(CONV3D).moduleprofiler;
    expect(mp.batch).toBe('n/a');
    expect(mp.note).toBe(CONV_ISSUES['moduleprofiler-not-mapped'].note);
  });

  test('convt2d: ConvTranspose2d(256→128, 4×4, s2, p1) on (1, 256, 32, 32) → 64×64', () => {
    expectRow(CONVT2D, [1_073_741_824, 536_870_912, 537_395_200, 537_395_200, 2_147_483_648, 536_870_912, 1_073_774_592, 536_870_912, 2_148_007_936, 2_147_483_648, 2_667_708_416]);
  });

  test('convt2d: 4× between the input-based and output-based camps (§3.2)', () => {
    const c = counts(CONVT2D);
    expect(c.thop! / c.fvcore!).toBe(4n);
    expect(c.thop! % c.fvcore!).toBe(0n);
  });

  test('convt2d: moduleprofiler’s probe finds A = 11,780 additions per filter', () => {
    expect(moduleprofilerProbeAdditions(CONVT2D)).toBe(11_780n); // 126² − 64²
  });

  test('convt2d notes: thop #93 and calflops’ bias length; no group note at g = 1; none on input-based tools', () => {
    const p = convPeers(CONVT2D);
    expect(p.thop.note).toBe(CONV_ISSUES['thop-93'].note);
    expect(p.calflops_flops.note).toBe(CONV_ISSUES['calflops-bias-length'].note);
    expect(p.deepspeed_flops.note).toBe(CONV_ISSUES['calflops-bias-length'].note);
    expect(p.calflops_macs.note).toBeUndefined();
    for (const id of ['flopcountermode', 'fvcore', 'ptflops', 'ptflops_aten', 'uthop', 'torchinfo', 'torchprofile', 'moduleprofiler'] as const)
      expect(p[id].note, id).toBeUndefined();
  });

  test('units and batch conventions of the registry', () => {
    const p = convPeers(CONV1D);
    for (const id of COMMON_TOOL_IDS) expect(p[id].unit, id).toBe(toolById(id)!.unit);
    expect(p.ptflops.batch).toBe('per sample');
    for (const id of COMMON_TOOL_IDS.filter((i) => i !== 'ptflops')) expect(p[id].batch, id).toBe('whole batch');
    expect(p.flopcountermode.unit).toBe('FLOPs');
    expect(p.fvcore.unit).toBe('MACs');
    expect(p.moduleprofiler.unit).toBe('ops');
    // No issue changes any number of this plain layer.
    for (const id of COMMON_TOOL_IDS) expect(p[id].note, id).toBeUndefined();
  });
});

describe('peers-modules.md edge cases (executed, torch 1.13)', () => {
  const SAME = geometry({ batch: 2, cin: 16, cout: 32, size: [100], kernel: [4], padding: 'same' });

  test("Conv1d(16→32, K=4, padding='same') on (2, 16, 100): fvcore and torchprofile 0", () => {
    const p = convPeers(SAME);
    expect(p.fvcore.count).toBe(0n);
    expect(p.torchprofile.count).toBe(0n);
    expect(p.fvcore.note).toBe(CONV_ISSUES['fvcore-string-padding'].note);
    expect(p.torchprofile.note).toBe(CONV_ISSUES['torchprofile-string-padding'].note);
  });

  test("… calflops and DS: MACs 405,504 (length L − 1 = 99) instead of 409,600", () => {
    const p = convPeers(SAME);
    expect(p.calflops_macs.count).toBe(405_504n);
    expect(p.deepspeed_macs.count).toBe(405_504n);
    expect(p.calflops_macs.note).toBe(CONV_ISSUES['calflops-same'].note);
    // FLOPs: 2·405,504 + bias 32·2·99 (derived, not in the survey).
    expect(p.calflops_flops.count).toBe(2n * 405_504n + 6_336n);
  });

  test('… the other tools give 409,600 ± bias (bias = 2·32·100 = 6,400)', () => {
    const c = counts(SAME);
    expect(c.thop).toBe(409_600n);
    expect(c.uthop).toBe(409_600n);
    expect(c.flopcountermode).toBe(2n * 409_600n);
    expect(c.ptflops_aten).toBe(409_600n + 6_400n);
    expect(c.torchinfo).toBe(409_600n + 6_400n);
    expect(c.ptflops).toBe((409_600n + 6_400n) / 2n);
    expect(c.moduleprofiler).toBe(2n * 409_600n);
  });

  test("… with padding_mode='reflect' the layer pads itself: no tool is affected", () => {
    const g = { ...SAME, padding_mode: 'reflect' };
    const c = counts(g);
    expect(c.fvcore).toBe(409_600n);
    expect(c.torchprofile).toBe(409_600n);
    expect(c.calflops_macs).toBe(409_600n);
    for (const id of COMMON_TOOL_IDS) expect(convPeers(g)[id].note, id).toBeUndefined();
  });

  test("'valid' string padding: fvcore and torchprofile 0, calflops right", () => {
    const g = geometry({ batch: 2, cin: 16, cout: 32, size: [100], kernel: [4], padding: 'valid' });
    const c = counts(g);
    expect(c.fvcore).toBe(0n);
    expect(c.torchprofile).toBe(0n);
    expect(c.calflops_macs).toBe(2n * 97n * 32n * 16n * 4n);
    expect(c.uthop).toBe(2n * 97n * 32n * 16n * 4n);
  });

  const UNBATCHED = geometry({ batch: null, cin: 16, cout: 32, size: [20, 20], kernel: [3, 3], padding: [1, 1] });

  test('unbatched Conv2d(16→32, 3×3, p1) on (16, 20, 20): the survey’s row', () => {
    const c = counts(UNBATCHED);
    expect(c.fvcore).toBe(1_843_200n);
    expect(c.uthop).toBe(1_843_200n);
    expect(c.torchprofile).toBe(1_843_200n);
    expect(c.thop).toBe(2_304_000n);
    expect(c.torchinfo).toBe(2_969_600n);
    expect(c.ptflops).toBe(92_560n);
    expect(c.moduleprofiler).toBe(58_982_400n);
    for (const id of ['calflops_flops', 'calflops_macs', 'deepspeed_flops', 'deepspeed_macs'] as const) expect(c[id], id).toBeNull();
  });

  test('… and its notes', () => {
    const p = convPeers(UNBATCHED);
    expect(p.calflops_macs.note).toBe(CONV_ISSUES['calflops-unbatched'].note);
    expect(p.calflops_macs.batch).toBe('n/a');
    expect(p.thop.note).toBe(CONV_ISSUES['thop-unbatched'].note);
    expect(p.torchinfo.note).toBe(CONV_ISSUES['torchinfo-unbatched'].note);
    expect(p.ptflops.note).toBe(CONV_ISSUES['ptflops-unbatched'].note);
    expect(p.moduleprofiler.note).toBe(CONV_ISSUES['moduleprofiler-unbatched'].note);
    for (const id of ['flopcountermode', 'fvcore', 'ptflops_aten', 'uthop', 'torchprofile'] as const) expect(p[id].note, id).toBeUndefined();
  });

  test('unbatched Conv1d: moduleprofiler’s ndim == 2 test is right there', () => {
    const g = geometry({ batch: null, cin: 16, cout: 32, size: [20], kernel: [3] });
    expect(counts(g).moduleprofiler).toBe(2n * 18n * 32n * 16n * 3n);
    expect(convPeers(g).moduleprofiler.note).toBeUndefined();
  });

  test('unbatched input whose first spatial size equals C_in: calflops’ assertion passes', () => {
    // Conv2d(16→32, 3×3, padding (0, 1)) on (16, 16, 20): batch taken as 16, channels 16, and spatial [20]
    // with dim 0's padding 0 → 18 positions (the real output is 14×20).
    const g = geometry({ batch: null, cin: 16, cout: 32, size: [16, 20], kernel: [3, 3], padding: [0, 1] });
    const p = convPeers(g);
    expect(p.calflops_macs.count).toBe(9n * 16n * 32n * 16n * 18n);
    expect(p.calflops_flops.count).toBe(2n * 9n * 16n * 32n * 16n * 18n + 32n * 16n * 18n);
    expect(p.uthop.count).toBe(14n * 20n * 32n * 16n * 9n);
    expect(p.calflops_macs.note).toBe(CONV_ISSUES['calflops-unbatched-pass'].note);
    // With padding 1 on both dims the same mistake happens to give the right number: no note.
    const h = convPeers(geometry({ batch: null, cin: 16, cout: 32, size: [16, 20], kernel: [3, 3], padding: [1, 1] }));
    expect(h.calflops_macs.count).toBe(16n * 20n * 32n * 16n * 9n);
    expect(h.calflops_macs.note).toBeUndefined();
  });
});

describe('peers.md ConvTranspose1d reference layers (the same formulas in 1-D)', () => {
  const CFG1 = geometry({ transposed: true, batch: 1, cin: 1, cout: 1, bias: false, size: [2], kernel: [3] });
  const CFG2 = geometry({ transposed: true, batch: 8, cin: 16, cout: 32, groups: 4, size: [100], kernel: [5], stride: [2], padding: [1], output_padding: [1] });

  test('cfg1 and cfg2 sizes', () => {
    expect(CFG1.size_out).toEqual([4n]);
    expect(CFG2.size_out).toEqual([202n]);
  });

  test('cfg1', () => {
    expectRow(CFG1, [12, 6, 6, 6, 12, 6, 12, 6, 12, 12, 14]);
  });

  test('cfg2', () => {
    expectRow(CFG2, [1_024_000, 512_000, 70_464, 563_712, 1_034_240, 512_000, 259_136, 128_000, 1_085_952, 4_136_960, 1_545_216]);
    expect(moduleprofilerProbeAdditions(CFG2)).toBe(297n);
  });

  test('the older versions and other tools the survey ran or read: cfg1 and cfg2', () => {
    // peers.md (and the survey table of tests/e2e/peers.spec.ts): [cfg1, cfg2].
    const survey: Partial<Record<ToolId, [bigint | null, bigint | null]>> = {
      flopcountermode_backward: [24n, 5_120_000n],
      torch_profiler: [0n, 0n],
      fvcore_pre_pr80: [12n, 2_068_480n], // derived (the survey read the old code, did not run it)
      mmengine: [6n, 512_000n],
      ptflops_074: [12n, 135_744n],
      thop_old: [12n, 1_085_952n],
      uthop_old: [12n, 1_034_240n],
      deepspeed_pr8323_macs: [6n, 512_000n],
      deepspeed_pr8323_flops: [12n, 1_024_000n + 51_712n],
      deepspeed_09_flops: [12n, 518_272n],
      deepspeed_09_macs: [6n, 256_000n],
      deepspeed_06_flops: [12n, 4_102_144n],
      deepspeed_06_macs: [6n, 2_048_000n],
      deepspeed_05: [null, null],
      torchscan_macs: [16n, 1_034_244n],
      torchscan_flops: [28n, 2_068_488n],
      pthflops: [12n, 1_085_952n],
      mmcv: [0n, 0n],
      flopth: [0n, 0n],
      torchstat: [0n, 0n],
    };
    for (const [j, g] of [CFG1, CFG2].entries()) {
      const p = convPeers(g);
      for (const [id, want] of Object.entries(survey)) expect(p[id as ToolId]!.count, `${id} cfg${j + 1}`).toBe(want[j]);
    }
    expect(Object.keys(convPeers(CFG1))).toEqual([...TOOL_IDS]);
    expect(convPeers(CFG2).deepspeed_05!.note).toBe(CONV_ISSUES['deepspeed-1d-crash'].note);
    expect(convPeers(CFG2).mmcv!.batch).toBe('per sample');
  });

  test('cfg2 notes: groups in calflops/DS and torchprofile', () => {
    const p = convPeers(CFG2);
    expect(p.calflops_macs.note).toBe(CONV_ISSUES['calflops-double-groups'].note);
    expect(p.calflops_flops.note).toBe(`${CONV_ISSUES['calflops-double-groups'].note} ${CONV_ISSUES['calflops-bias-length'].note}`);
    expect(p.torchprofile.note).toBe(CONV_ISSUES['torchprofile-groups'].note);
  });
});

describe('other cases', () => {
  test('ConvTranspose3d: every tool but moduleprofiler counts it (hand-computed)', () => {
    // ConvTranspose3d(4→6, 2³, s2, g2) on (2, 4, 3, 3, 3) → 6×6×6; P_in = 2·27·4·3·8, P_out = 2·216·6·2·8.
    const g = geometry({ transposed: true, batch: 2, cin: 4, cout: 6, groups: 2, size: [3, 3, 3], kernel: [2, 2, 2], stride: [2, 2, 2] });
    const [Pin, Pout, Y] = [2n * 27n * 4n * 3n * 8n, 2n * 216n * 6n * 2n * 8n, 2n * 6n * 216n];
    const c = counts(g);
    expect(c.flopcountermode).toBe(2n * Pin);
    expect(c.fvcore).toBe(Pin);
    expect(c.ptflops).toBe((Pin + Y) / 2n);
    expect(c.ptflops_aten).toBe(Pin + Y);
    expect(c.thop).toBe(Pout);
    expect(c.uthop).toBe(Pin);
    expect(c.calflops_macs).toBe(2n * 27n * 4n * 1n * 8n); // ⌊3/2⌋ = 1
    // Ordinary-conv size per dim: (3 − 2)//2 + 1 = 1; bias (C_out/g)·N·1 = 6.
    expect(c.calflops_flops).toBe(2n * 2n * 27n * 4n * 8n + 6n);
    expect(c.torchinfo).toBe(Pout + Y);
    expect(c.torchprofile).toBe(2n * 6n * 216n * 4n * 8n);
    expect(c.moduleprofiler).toBeNull();
  });

  test('calflops: a negative rebuilt size gives no count (transposed bias term)', () => {
    // ConvTranspose1d(1→1, K=5) on length 1: ordinary size (1 − 5)//1 + 1 = −3, FLOPs 2·5 − 3 = 7 ≥ 0: shown.
    const g = geometry({ transposed: true, batch: 1, cin: 1, cout: 1, size: [1], kernel: [5] });
    expect(counts(g).calflops_flops).toBe(7n);
    // K=2, d=40: ordinary size (1 − 41)//1 + 1 = −39, FLOPs 2·2 − 39 < 0: not shown.
    const h = geometry({ transposed: true, batch: 1, cin: 1, cout: 1, size: [1], kernel: [2], dilation: [40] });
    const p = convPeers(h);
    expect(p.calflops_macs.count).toBe(2n);
    expect(p.calflops_flops.count).toBeNull();
    expect(p.calflops_flops.note).toBe(CONV_ISSUES['calflops-negative'].note);
  });

  test('ptflops with an empty batch: None', () => {
    const p = convPeers({ ...CONV1D, batch: 0n });
    expect(p.ptflops.count).toBeNull();
    expect(p.ptflops.note).toBe(CONV_ISSUES['ptflops-empty-batch'].note);
    expect(p.fvcore.count).toBe(0n);
  });

  test('moduleprofiler: the probe cannot run when its output (without output_padding) is empty', () => {
    // ConvTranspose1d(1→1, K=2, s=2, p=1, op=1) on length 1: probe 0 − 2 + 1 + 1 = 0, layer 1.
    const g = geometry({ transposed: true, batch: 1, cin: 1, cout: 1, size: [1], kernel: [2], stride: [2], padding: [1], output_padding: [1] });
    expect(convGeometryProblem(g)).toBeNull();
    const p = convPeers(g).moduleprofiler;
    expect(p.count).toBeNull();
    expect(p.note).toBe(CONV_ISSUES['moduleprofiler-probe-fails'].note);
  });

  test('moduleprofiler: output_padding left out of the probe changes its additions', () => {
    // L_in 3, K 1, s 3, p 2, op 1: taps land on 0, 3, 6; the probe keeps [2, 4] (A = 1 − 3 = −2), the
    // layer's output [2, 5] (A = 1 − 4 = −3).
    const g = geometry({ transposed: true, batch: 1, cin: 1, cout: 1, size: [3], kernel: [1], stride: [3], padding: [2], output_padding: [1] });
    expect(moduleprofilerProbeAdditions(g)).toBe(-2n);
    expect(moduleprofilerProbeAdditions(g, true)).toBe(-3n);
    expect(moduleprofilerProbeAdditions(g)).not.toBe(moduleprofilerProbeAdditions(g, true));
    expect(convPeerIssues(g).moduleprofiler).toContain('moduleprofiler-probe-output-padding');
  });

  test('a float note above 2^53 for the tools that total in floating point', () => {
    const g = geometry({ batch: 1 << 20, cin: 512, cout: 512, size: [1024], kernel: [64], padding: [0] });
    const p = convPeers(g);
    expect(p.thop.count! > 2n ** 53n).toBe(true);
    expect(p.thop.note).toBe(CONV_ISSUES['float-total'].note);
    expect(p.moduleprofiler.note).toBe(CONV_ISSUES['float-total'].note);
    expect(p.fvcore.note).toBeUndefined();
    expect(p.ptflops.note).toBeUndefined(); // per sample: below 2^53
  });

  test('invalid geometry: nulls with the problem named, never a throw', () => {
    const bad = { ...CONV1D, groups: 3n };
    expect(convGeometryProblem(bad)).toMatch(/groups/);
    const p = convPeers(bad);
    for (const id of COMMON_TOOL_IDS) {
      expect(p[id].count, id).toBeNull();
      expect(p[id].batch).toBe('n/a');
      expect(p[id].note).toMatch(/^Not a valid PyTorch layer and input: groups/);
    }
    expect(convGeometryProblem({ ...CONV1D, size_out: [999n] })).toMatch(/size_out\[0\]/);
    expect(convGeometryProblem({ ...CONVT2D, padding: 'same' })).toMatch(/numeric padding/);
    expect(convGeometryProblem({ ...CONV1D_DW, padding: 'same', size_out: [1000n] })).toMatch(/stride 1/);
  });
});

// ------------------------------------------------------------------------- properties

/** Random valid layers, small enough for brute force. */
const layerArb: fc.Arbitrary<Layer> = fc
  .record({
    n: fc.integer({ min: 1, max: 3 }),
    transposed: fc.boolean(),
    batch: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    groups: fc.integer({ min: 1, max: 4 }),
    cinPer: fc.integer({ min: 1, max: 3 }),
    coutPer: fc.integer({ min: 1, max: 3 }),
    bias: fc.boolean(),
    dims: fc.array(
      fc.record({
        size: fc.integer({ min: 1, max: 9 }),
        k: fc.integer({ min: 1, max: 4 }),
        s: fc.integer({ min: 1, max: 3 }),
        d: fc.integer({ min: 1, max: 3 }),
        p: fc.integer({ min: 0, max: 3 }),
        op: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 3, maxLength: 3 },
    ),
    stringPadding: fc.constantFrom(null, 'same', 'valid'),
    mode: fc.constantFrom('zeros', 'zeros', 'reflect', 'circular'),
    sizeZeroChannel: fc.boolean(),
  })
  .map((r) => {
    const dims = r.dims.slice(0, r.n);
    const str = r.transposed ? null : r.stringPadding;
    return {
      transposed: r.transposed,
      batch: r.batch,
      cin: r.groups * r.cinPer,
      cout: r.groups * r.coutPer,
      groups: r.groups,
      bias: r.bias,
      size: dims.map((x) => x.size),
      kernel: dims.map((x) => x.k),
      stride: dims.map((x) => (str === 'same' ? 1 : x.s)),
      dilation: dims.map((x) => x.d),
      padding: str ?? dims.map((x) => x.p),
      output_padding: dims.map((x) => (r.transposed ? x.op % Math.max(x.s, x.d) : 0)),
      padding_mode: r.transposed ? 'zeros' : r.mode,
    } satisfies Layer;
  })
  .filter((l) => l.size.every((_, d) => outSize(l, d) >= 1));

const RUNS = { numRuns: 200 };
const isStringPadded = (g: ConvGeometry) => !g.transposed && typeof g.padding === 'string' && g.padding_mode === 'zeros';
const Yof = (g: ConvGeometry) => (g.batch ?? 1n) * g.out_channels * g.size_out.reduce((a, x) => a * x, 1n);

describe('properties (fast-check)', () => {
  test('generated layers are valid; counts are null or ≥ 0; null ⇔ batch n/a, and null has a note', () => {
    fc.assert(
      fc.property(layerArb, (l) => {
        const g = geometry(l);
        expect(convGeometryProblem(g)).toBeNull();
        for (const [id, p] of Object.entries(convPeers(g))) {
          if (p.count === null) {
            expect(p.batch, id).toBe('n/a');
            expect(p.note, id).toBeTruthy();
          } else {
            expect(p.count >= 0n, id).toBe(true);
            expect(p.batch, id).not.toBe('n/a');
          }
        }
      }),
      RUNS,
    );
  });

  test('FCM = 2·fvcore, except string padding (fvcore 0 there)', () => {
    fc.assert(
      fc.property(layerArb, (l) => {
        const g = geometry(l);
        const c = counts(g);
        if (isStringPadded(g)) expect(c.fvcore).toBe(0n);
        else expect(c.flopcountermode).toBe(2n * c.fvcore!);
      }),
      RUNS,
    );
  });

  test('ptflops: ·N = the aten backend for batched input; aten = fvcore + bias·Y (or FCM/2 + bias·Y)', () => {
    fc.assert(
      fc.property(layerArb, (l) => {
        const g = geometry(l);
        const c = counts(g);
        expect(c.ptflops_aten).toBe(c.flopcountermode! / 2n + (g.bias ? Yof(g) : 0n));
        if (g.batch !== null && g.batch > 0n) expect(c.ptflops! * g.batch).toBe(c.ptflops_aten);
      }),
      RUNS,
    );
  });

  test('uthop = FCM/2 always; DeepSpeed = calflops always', () => {
    fc.assert(
      fc.property(layerArb, (l) => {
        const c = counts(geometry(l));
        expect(c.uthop).toBe(c.flopcountermode! / 2n);
        expect(c.deepspeed_flops).toBe(c.calflops_flops);
        expect(c.deepspeed_macs).toBe(c.calflops_macs);
      }),
      RUNS,
    );
  });

  test('forward, batched: thop = uthop, torchinfo = aten, moduleprofiler = FCM − [no bias] Y (1-D, 2-D), calflops right except odd same-padding', () => {
    fc.assert(
      fc.property(
        layerArb.filter((l) => !l.transposed && l.batch !== null),
        (l) => {
          const g = geometry(l);
          const c = counts(g);
          expect(c.thop).toBe(c.uthop);
          expect(c.torchinfo).toBe(c.ptflops_aten);
          if (!isStringPadded(g)) expect(c.torchprofile).toBe(c.fvcore);
          if (g.kernel.length < 3) expect(c.moduleprofiler).toBe(c.flopcountermode! - (g.bias ? 0n : Yof(g)));
          else expect(c.moduleprofiler).toBeNull();
          // calflops rebuilds the output size with ⌊d(k−1)/2⌋ a side for 'same': one short where d(k−1) is odd.
          const short = g.padding === 'same' && g.padding_mode === 'zeros';
          const sizes = g.size_out.map((L, d) => (short && (g.dilation[d] * (g.kernel[d] - 1n)) % 2n === 1n ? L - 1n : L));
          const macs = g.batch! * g.out_channels * (g.in_channels / g.groups) * g.kernel.reduce((a, k) => a * k, 1n) * sizes.reduce((a, x) => a * x, 1n);
          expect(c.calflops_macs).toBe(macs);
          const bias = g.bias ? g.batch! * g.out_channels * sizes.reduce((a, x) => a * x, 1n) : 0n;
          expect(c.calflops_flops).toBe(2n * macs + bias);
        },
      ),
      RUNS,
    );
  });

  test('transposed, batched: output-based thop = torchinfo − bias·Y; torchprofile = thop·(g if C_in ≠ C_out); calflops MACs = P_in·⌊(C_out/g)/g⌋/(C_out/g)', () => {
    fc.assert(
      fc.property(
        layerArb.filter((l) => l.transposed === true && l.batch !== null),
        (l) => {
          const g = geometry(l);
          const c = counts(g);
          expect(c.thop).toBe(c.torchinfo! - (g.bias ? Yof(g) : 0n));
          expect(c.torchprofile).toBe(c.thop! * (g.in_channels !== g.out_channels ? g.groups : 1n));
          const gout = g.out_channels / g.groups;
          expect(c.calflops_macs! * gout).toBe(c.fvcore! * (gout / g.groups));
          if (g.groups === 1n) expect(c.calflops_macs).toBe(c.fvcore);
        },
      ),
      RUNS,
    );
  });

  test('unbatched: FCM, fvcore, aten, uthop, torchprofile count as N = 1; moduleprofiler ×C_in except Conv1d', () => {
    fc.assert(
      fc.property(
        layerArb.filter((l) => l.batch === null && l.kernel.length < 3),
        (l) => {
          const g = geometry(l);
          const one = counts({ ...g, batch: 1n });
          const c = counts(g);
          for (const id of ['flopcountermode', 'fvcore', 'ptflops_aten', 'uthop', 'torchprofile'] as const) expect(c[id], id).toBe(one[id]);
          const times = g.transposed || g.kernel.length === 2 ? g.in_channels : 1n;
          const noted = convPeerIssues(g).moduleprofiler.includes('moduleprofiler-unbatched');
          if (c.moduleprofiler !== null) {
            expect(c.moduleprofiler).toBe(times * one.moduleprofiler!);
            expect(noted).toBe(times > 1n);
          } else expect(one.moduleprofiler).toBeNull(); // the probe fails either way
        },
      ),
      RUNS,
    );
  });

  test('moduleprofiler’s probe additions equal a brute-force scatter of ones (1-D and 2-D)', () => {
    fc.assert(
      fc.property(
        layerArb.filter((l) => l.transposed === true && l.kernel.length < 3),
        fc.boolean(),
        (l, withOp) => {
          const g = geometry(l);
          const expected = bruteProbe(l, withOp);
          expect(moduleprofilerProbeAdditions(g, withOp)).toBe(expected);
        },
      ),
      RUNS,
    );
  });

  test('notes appear exactly when an issue applies, and each is that issue’s first sentence', () => {
    fc.assert(
      fc.property(layerArb, (l) => {
        const g = geometry(l);
        const p = convPeers(g);
        const issues = convPeerIssues(g);
        expect(Object.keys(p)).toEqual(Object.keys(issues));
        for (const id of Object.keys(p) as ToolId[]) {
          const want = issues[id]!.map((i) => CONV_ISSUES[i].note).join(' ');
          expect(p[id]!.note ?? '', id).toBe(want);
          for (const i of issues[id]!) expect(CONV_ISSUES[i].tools as readonly string[], `${i} on ${id}`).toContain(id);
        }
      }),
      RUNS,
    );
  });

  test('never throws, even on nonsense geometry', () => {
    const big = fc.bigInt({ min: -3n, max: 6n });
    const list = fc.array(big, { minLength: 0, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.record({
          transposed: fc.boolean(),
          batch: fc.option(big, { nil: null }),
          in_channels: big,
          out_channels: big,
          groups: big,
          bias: fc.boolean(),
          size_in: list,
          size_out: list,
          kernel: list,
          stride: list,
          dilation: list,
          padding: fc.oneof(list, fc.constantFrom('same' as const, 'valid' as const)),
          output_padding: list,
          padding_mode: fc.constantFrom('zeros', 'reflect'),
        }),
        (g) => {
          const p = convPeers(g);
          for (const c of Object.values(p)) expect(c.count === null || c.count >= 0n).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Σ(y − 1) over the probe's output, by scattering ones (the probe as moduleprofiler runs it). */
function bruteProbe(l: Layer, withOp: boolean): bigint | null {
  const n = l.kernel.length;
  const len: number[] = [];
  for (let d = 0; d < n; d++) {
    const probe = outSize({ ...l, output_padding: undefined }, d);
    if (probe < 1) return null;
    len.push(probe + (withOp ? (l.output_padding?.[d] ?? 0) : 0));
  }
  const [H, W] = [len[0], n === 2 ? len[1] : 1];
  const y = Array.from({ length: H }, () => new Array<number>(W).fill(0));
  const pad = l.padding as number[];
  const stride = l.stride ?? [1, 1];
  const dil = l.dilation ?? [1, 1];
  const [L1, L2] = [l.size[0], n === 2 ? l.size[1] : 1];
  const [K1, K2] = [l.kernel[0], n === 2 ? l.kernel[1] : 1];
  for (let i1 = 0; i1 < L1; i1++)
    for (let k1 = 0; k1 < K1; k1++)
      for (let i2 = 0; i2 < L2; i2++)
        for (let k2 = 0; k2 < K2; k2++) {
          const a = i1 * stride[0] + k1 * dil[0] - pad[0];
          const b = n === 2 ? i2 * stride[1] + k2 * dil[1] - pad[1] : 0;
          if (a >= 0 && a < H && b >= 0 && b < W) y[a][b] += 1;
        }
  let sum = 0;
  for (const row of y) for (const v of row) sum += v - 1;
  return B(sum);
}

describe('tools.ts registry', () => {
  test('ids are unique, commits are full hashes, every tool has a conv source', () => {
    expect(new Set(TOOL_IDS).size).toBe(TOOLS.length);
    for (const t of TOOLS as readonly Tool[]) {
      // An older version's code was read at a tag or a (short) commit.
      expect(t.commit, t.id).toMatch(t.scope ? /^(v[\d.]+|[0-9a-f]{7,40})$/ : /^[0-9a-f]{40}$/);
      expect(t.repository, t.id).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(CONV_SOURCES[t.id as ToolId], t.id).toBeDefined();
    }
    // Every tool reports on a ConvTranspose1d (the survey read them all for it); the others only on theirs.
    expect(Object.keys(convPeers(CONV1D))).toEqual([...COMMON_TOOL_IDS]);
    expect(Object.keys(convPeers(CONVT2D))).toEqual([...COMMON_TOOL_IDS]);
  });

  test('every issue has its details (notes.ts), and every reference is a link or words', () => {
    expect(Object.keys(CONV_ISSUE_DETAILS).sort()).toEqual(Object.keys(CONV_ISSUES).sort());
    for (const [id, d] of Object.entries(CONV_ISSUE_DETAILS)) for (const r of d.refs) expect(r.length, id).toBeGreaterThan(3);
  });

  test('sourceUrl builds a blob link at the commit read', () => {
    const t = toolById('fvcore')!;
    expect(sourceUrl(t, CONV_SOURCES.fvcore.path)).toBe(
      'https://github.com/facebookresearch/fvcore/blob/3378afe0d71dc2aa95e358bc78dc9b67cb48825a/fvcore/nn/jit_handles.py',
    );
    expect(sourceUrl(toolById('moduleprofiler')!, '/src/moduleprofiler/ops.py')).toBe(
      'https://github.com/eagomez2/moduleprofiler/blob/071b9f85450a899fce3a20666b78b54a9fbe9b18/src/moduleprofiler/ops.py',
    );
    expect(toolById('nope')).toBeUndefined();
  });

  test('calflops and DeepSpeed share a unit pair; ptflops backends share a commit', () => {
    expect([toolById('calflops_flops')!.unit, toolById('calflops_macs')!.unit]).toEqual(['FLOPs', 'MACs']);
    expect(toolById('ptflops')!.commit).toBe(toolById('ptflops_aten')!.commit);
    expect(toolById('deepspeed_flops')!.commit).toBe('edaa7221267243c7be7fb49c5d5f5c4fb97b4641');
  });
});
