// The survey's executed numbers (peers-modules.md §2, "Results": torch 1.13; FCM derived for 2.x)
// on its recurrent layers, T = 100, N = 8, input (100, 8, 80), every tool, reproduced exactly.
import { describe, expect, test } from 'vitest';
import { estimateRaw, type AnyModule } from '../core/define.ts';
import { peersOf, registry } from '../registry.ts';

const cases: [string, Record<string, string>, Record<string, string | null>][] = [
  ['rnn', { input_size: '80', hidden_size: '256', input_shape: '(100,8,80)' }, { flopcountermode: '137625600', fvcore: '0', ptflops: '694272', ptflops_aten: '69222400', thop: '69427200', uthop: '69427200', calflops_flops: '137830400', calflops_macs: '0', deepspeed_flops: '137830400', deepspeed_macs: '0', torchinfo: '69222400', torchprofile: '0', moduleprofiler: null }],
  ['gru', { input_size: '80', hidden_size: '256', num_layers: '2', bidirectional: 'true', input_shape: '(100,8,80)' }, { flopcountermode: '2713190400', fvcore: '0', ptflops: '13672448', ptflops_aten: '1361510400', thop: '1367244800', uthop: '1367244800', calflops_flops: '2718924800', calflops_macs: '0', torchinfo: '1361510400', torchprofile: '0', moduleprofiler: '2730393600' }],
  ['lstm', { input_size: '80', hidden_size: '256', num_layers: '2', bidirectional: 'true', input_shape: '(100,8,80)' }, { flopcountermode: '0', fvcore: '0', ptflops: '18235392', ptflops_aten: '1815347200', thop: '1821900800', uthop: '1821900800', calflops_flops: '3625779200', calflops_macs: '0', torchinfo: '1815347200', torchprofile: '1808793600', moduleprofiler: '3642982400' }],
  ['lstm', { input_size: '80', hidden_size: '256', input_shape: '(100,8,80)' }, { flopcountermode: '0', ptflops: '2789376', ptflops_aten: '276889600', thop: '278528000', uthop: '278528000', calflops_flops: '552550400', torchinfo: '276889600', torchprofile: '275251200', moduleprofiler: '556851200' }],
  ['lstm', { input_size: '80', hidden_size: '256', proj_size: '128', input_shape: '(100,8,80)' }, { flopcountermode: '393216000', fvcore: '0', ptflops: '1740800', ptflops_aten: '198246400', thop: '278528000', uthop: '199884800', calflops_flops: '342835200', torchinfo: '198246400', torchprofile: '85196800', moduleprofiler: null }],
];

describe('recurrent peers reproduce the survey’s executed numbers', () => {
  test.each(cases.map((c, i) => [i, ...c] as const))('case %i: %s', (_i, id, raw, want) => {
    const def = (registry as Record<string, AnyModule>)[id];
    const r = estimateRaw(def, raw, 'error');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const peers = (peersOf as Record<string, (p: unknown) => Record<string, { count: bigint | null }>>)[id](r.params);
    for (const [tool, count] of Object.entries(want)) expect(peers[tool].count === null ? null : String(peers[tool].count), tool).toBe(count);
  });
});
