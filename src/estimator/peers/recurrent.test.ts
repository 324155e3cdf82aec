// The cells' peers against the survey's executed numbers (peers-modules.md §2, "grucell" and
// "lstmcell": GRUCell/LSTMCell(80, 256) on x (8, 80), torch 1.13; FlopCounterMode derived).
import { describe, expect, test } from 'vitest';
import { cellPeers } from './recurrent.ts';

const counts = (family: 'gru' | 'lstm', bias = true) => {
  const peers = cellPeers(family, { input_size: 80n, hidden_size: 256n, bias, input_shape: [8n, 80n] });
  return Object.fromEntries(Object.entries(peers).map(([k, v]) => [k, v.count]));
};

describe('recurrent cells: every tool’s number as the survey ran it', () => {
  test('GRUCell(80, 256), batch 8', () => {
    expect(counts('gru')).toEqual({
      flopcountermode: 4_128_768n, fvcore: 2_064_384n, ptflops: 261_376n, ptflops_aten: 2_076_672n, thop: 2_091_008n, uthop: 2_091_008n,
      calflops_flops: 4_143_104n, calflops_macs: 0n, deepspeed_flops: 4_143_104n, deepspeed_macs: 0n, torchinfo: 531_628_032n, torchprofile: 2_068_480n, moduleprofiler: 4_171_776n,
    });
    // moduleprofiler ignores bias=False on the cell.
    expect(counts('gru', false).moduleprofiler).toBe(4_171_776n);
  });

  test('LSTMCell(80, 256), batch 8', () => {
    expect(counts('lstm')).toEqual({
      flopcountermode: 5_505_024n, fvcore: 2_752_512n, ptflops: 348_672n, ptflops_aten: 2_768_896n, thop: 2_785_280n, uthop: 2_785_280n,
      calflops_flops: 5_525_504n, calflops_macs: 0n, deepspeed_flops: 5_525_504n, deepspeed_macs: 0n, torchinfo: 708_837_376n, torchprofile: 2_758_656n, moduleprofiler: null,
    });
  });
});
