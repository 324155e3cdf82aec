// The move of ConvTranspose1d onto the shared registry (src/estimator/peers/): for many layers,
// the new path (the CLI's peers: conv.ts's numbers under the published keys of peers/published.ts, then ../peers.ts)
// gives every key, count, unit, batch and note the old table (this folder) gave the CLI, and the
// registry's own keys give the old table's numbers wherever the two model a tool the same way
// (a batched input; conv.ts models how each tool misreads an unbatched shape).
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { smallLayer } from '../../../../tests/unit/arbitraries.ts';
import { withDefaults, type ConvTranspose1dParams } from '../index.ts';
import { cliPeers } from '../../../cli/run.ts';

const sharedPeers = (p: ConvTranspose1dParams) => cliPeers('convtranspose1d', p)!;
import { peers as oldRows, peersJSON } from './index.ts';

const jsonOf = (o: Record<string, { count: bigint | null }>) =>
  JSON.parse(JSON.stringify(o, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))) as Record<string, unknown>;

/** Old table row → registry tool, where both compute the same tool and version. */
const SAME_TOOL: Record<string, string> = {
  flopcounter: 'flopcountermode',
  'flopcounter-backward': 'flopcountermode_backward',
  'torch-profiler': 'torch_profiler',
  'fvcore-pre-pr80': 'fvcore_pre_pr80',
  'ptflops-pytorch': 'ptflops',
  'ptflops-aten': 'ptflops_aten',
  'ptflops-0.7.4': 'ptflops_074',
  'thop-lyken17': 'thop',
  'thop-lyken17-old': 'thop_old',
  'ultralytics-thop': 'uthop',
  'ultralytics-thop-old': 'uthop_old',
  calflops: 'calflops_flops',
  'calflops-macs': 'calflops_macs',
  deepspeed: 'deepspeed_flops',
  'deepspeed-macs': 'deepspeed_macs',
  'deepspeed-pr8323': 'deepspeed_pr8323_flops',
  'deepspeed-pr8323-macs': 'deepspeed_pr8323_macs',
  'deepspeed-0.9': 'deepspeed_09_flops',
  'deepspeed-0.9-macs': 'deepspeed_09_macs',
  'deepspeed-0.6': 'deepspeed_06_flops',
  'deepspeed-0.6-macs': 'deepspeed_06_macs',
  'deepspeed-0.5': 'deepspeed_05',
  'torchscan-macs': 'torchscan_macs',
  'torchscan-flops': 'torchscan_flops',
};

const layers = fc.oneof(
  smallLayer({ length: 12, kernel: 7, stride: 4, dilation: 4, groups: 4, multiple: 4, batch: 5, padding: 8 }),
  // Short inputs with long dilated kernels: the ordinary-convolution length calflops and DeepSpeed
  // recompute goes to zero or below (negative FLOPs printed).
  smallLayer({ length: 2, kernel: 9, stride: 2, dilation: 6, groups: 2, multiple: 2, batch: 3, padding: 2 }),
);

function expectSame(p: ConvTranspose1dParams): void {
  const old = peersJSON({ ok: true, params: p })!;
  const now = jsonOf(sharedPeers(p));
  // Every published key, with exactly its old value, and first, in the old order.
  expect(Object.keys(now).slice(0, Object.keys(old).length)).toEqual(Object.keys(old));
  for (const [key, value] of Object.entries(old)) expect(now[key], key).toEqual(value);
  if (p.batch !== null) {
    const counts = sharedPeers(p);
    for (const row of oldRows) {
      const id = SAME_TOOL[row.id];
      if (!id) continue;
      const want = row.count(p);
      // The old table printed calflops' and DeepSpeed's negative FLOPs; the registry shows no count there.
      expect(counts[id].count, `${row.id} = ${id}`).toBe(want !== null && want < 0n ? null : want);
    }
  }
}

describe('ConvTranspose1d peers: the shared registry against the old table', () => {
  test('the reference layers and the calculator’s initial layer', () => {
    expectSame(withDefaults({}));
    expectSame(withDefaults({ batch: 1n, in_channels: 1n, out_channels: 1n, length_in: 2n, kernel_size: 3n, bias: false }));
    expectSame(withDefaults({ batch: 8n, in_channels: 16n, out_channels: 32n, length_in: 100n, kernel_size: 5n, stride: 2n, padding: 1n, output_padding: 1n, groups: 4n, bias: true }));
    // Beyond 2^53, and unbatched with C_in > 1.
    expectSame(withDefaults({ batch: 9_007_199_254_740_993n, in_channels: 1024n, out_channels: 1024n, length_in: 100_000n, kernel_size: 7n, stride: 4n, groups: 4n }));
    expectSame(withDefaults({ batch: null, in_channels: 6n, out_channels: 4n, length_in: 9n, kernel_size: 4n, stride: 3n, padding: 2n, groups: 2n }));
  });

  test('many layers: every published key unchanged, the registry’s numbers equal the old rows’', () => {
    fc.assert(fc.property(layers, expectSame), { numRuns: 1500 });
  });
});
