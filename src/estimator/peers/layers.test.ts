// Every tool's formula for Linear and the element-wise modules against the numbers the survey
// obtained by running the tools (shared notes "peers-modules.md" §2, "Numbers on realistic layers").
import { describe, expect, test } from 'vitest';
import { ELEMENTWISE, elementwisePeers, linearPeers } from './layers.ts';

const counts = (r: Record<string, { count: bigint | null }>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.count]));

describe('Linear(768 → 3072) on (8, 128, 768), as executed', () => {
  const layer = { in_features: 768n, out_features: 3072n, input_shape: [8n, 128n, 768n] };
  test('with a bias', () => {
    expect(counts(linearPeers({ ...layer, bias: true }))).toEqual({
      flopcountermode: 4_831_838_208n,
      fvcore: 2_415_919_104n,
      ptflops: 302_383_104n,
      ptflops_aten: 2_419_064_832n,
      thop: 2_415_919_104n,
      uthop: 2_415_919_104n,
      calflops_flops: 4_831_838_208n,
      calflops_macs: 2_415_919_104n,
      deepspeed_flops: 4_831_838_208n,
      deepspeed_macs: 2_415_919_104n,
      torchinfo: 2_419_064_832n,
      torchprofile: 2_415_919_104n,
      moduleprofiler: 4_831_838_208n,
    });
    // torchinfo 1.8.0, the PyPI release, is named in the note with its own figure.
    expect(linearPeers({ ...layer, bias: true }).torchinfo.note).toContain('18898944');
  });
  test('without a bias', () => {
    const r = counts(linearPeers({ ...layer, bias: false }));
    expect(r.ptflops).toBe(301_989_888n);
    expect(r.ptflops_aten).toBe(2_415_919_104n);
    expect(r.torchinfo).toBe(2_415_919_104n);
    expect(r.moduleprofiler).toBe(4_828_692_480n);
    expect(linearPeers({ ...layer, bias: false }).torchinfo.note).toContain('18874368');
  });
  test('ptflops has no count where it divides by zero or takes len() of a 0-d tensor', () => {
    expect(linearPeers({ in_features: 4n, out_features: 2n, bias: true, input_shape: [0n, 4n] }).ptflops.count).toBeNull();
  });
});

describe('element-wise modules on (8, 64, 32, 32), as executed', () => {
  const shape = [8n, 64n, 32n, 32n];
  test('ptflops, even without a hook for the module (Identity, Sigmoid), reads the batch on the root: nothing on a 0-d input or an empty batch', () => {
    for (const rule of [ELEMENTWISE.identity, ELEMENTWISE.sigmoid]) {
      expect(elementwisePeers(rule, []).ptflops.count).toBeNull();
      expect(elementwisePeers(rule, [0n, 3n]).ptflops.count).toBeNull();
      expect(elementwisePeers(rule, [2n, 3n]).ptflops.count).toBe(0n);
    }
  });
  test('ReLU: ptflops counts it twice, calflops once per element, moduleprofiler once', () => {
    const r = counts(elementwisePeers(ELEMENTWISE.relu, shape));
    expect(r).toMatchObject({ flopcountermode: 0n, fvcore: 0n, ptflops: 589_824n, ptflops_aten: 0n, thop: 0n, uthop: 0n, calflops_flops: 524_288n, calflops_macs: 0n, torchinfo: 0n, torchprofile: 0n, moduleprofiler: 524_288n });
  });
  test('Sigmoid and Tanh: zero everywhere but moduleprofiler (3 and 7 per element)', () => {
    expect(counts(elementwisePeers(ELEMENTWISE.sigmoid, shape))).toMatchObject({ ptflops: 0n, calflops_flops: 0n, moduleprofiler: 1_572_864n });
    expect(counts(elementwisePeers(ELEMENTWISE.tanh, shape))).toMatchObject({ ptflops: 0n, calflops_flops: 0n, moduleprofiler: 3_670_016n });
  });
  test('LeakyReLU, ELU, SELU, Softplus: the survey’s executed figures', () => {
    expect(counts(elementwisePeers(ELEMENTWISE.leakyrelu, shape))).toMatchObject({ ptflops: 65_536n, calflops_flops: 524_288n, torchprofile: 524_288n, thop: 0n, moduleprofiler: 2_097_152n });
    expect(counts(elementwisePeers(ELEMENTWISE.elu, shape))).toMatchObject({ ptflops: 589_824n, calflops_flops: 524_288n, torchprofile: 0n, moduleprofiler: 1_572_864n });
    expect(counts(elementwisePeers(ELEMENTWISE.selu, shape))).toMatchObject({ ptflops: 0n, calflops_flops: 0n, moduleprofiler: 3_670_016n });
    expect(counts(elementwisePeers(ELEMENTWISE.softplus, shape))).toMatchObject({ ptflops: 0n, calflops_flops: 0n, moduleprofiler: 2_621_440n });
  });
  test('a 0-d input: ptflops cannot take its length', () => {
    expect(elementwisePeers(ELEMENTWISE.relu, []).ptflops.count).toBeNull();
    expect(elementwisePeers(ELEMENTWISE.relu, []).moduleprofiler.count).toBe(1n);
  });
});
