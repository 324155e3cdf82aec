// What other counting tools report for BatchNorm1d and BatchNorm2d. Each formula is the one the
// project's survey read in the tool's source at the commit of tools.ts (shared notes
// "peers-modules.md" §1, §2 and §3.6); nothing here is copied code. moduleprofiler's figure is
// its reference code's (it has no documentation page for BatchNorm), checked against the golden
// records of PyTorch 1.13. Counts are exact bigints; a count is null where the tool raises, with
// a note saying why.
import type { PeerCount } from '../core/module.ts';
import { numel } from '../core/tensors.ts';
// Only the tools' kinds (ids, units): their words (tools.ts) stay out of the counters pages' script.
import { assemble, type Answer } from './kinds.ts';

/** The tools the survey read for every module (those with a scope were read for ConvTranspose1d only). */



/** What the tools need to know of a valid BatchNorm layer. */
export interface BatchNormView {
  num_features: bigint;
  affine: boolean;
  track_running_stats: boolean;
  training: boolean;
  input_shape: readonly bigint[];
}

/** n: the values each channel's statistics run over, N·L (N for an (N, C) input) or N·H·W. */
export const valuesPerChannel = (x: readonly bigint[]): bigint => x[0] * numel(x.slice(2));

/** moduleprofiler's reference code: num_features·(7n + 4) with affine, num_features·(5n + 4) without, whatever the mode. */
export const moduleprofilerBatchNorm = (p: BatchNormView): bigint => p.num_features * ((p.affine ? 7n : 5n) * valuesPerChannel(p.input_shape) + 4n);

/** Every tool's number for a valid BatchNorm1d or BatchNorm2d layer (peers-modules.md §3.6). */
export function batchnormPeers(p: BatchNormView): Record<string, PeerCount> {
  const x = p.input_shape;
  const X = numel(x);
  const N = x[0];
  const C = x[1];
  const a = p.affine;
  // PyTorch hands aten::batch_norm training=True when the module trains, and also in eval mode without running statistics.
  const batchStats = p.training || !p.track_running_stats;
  // Tools that switch the module to eval first see the flag of eval mode: True only without running statistics.
  const batchStatsInEval = !p.track_running_stats;
  const fused = a ? 2n * X : X;
  const estimated = a ? 5n * X : 4n * X;
  const noParams = a ? '' : ' Without affine the module has no parameters, and calculate_flops then raises StopIteration reading the device from the first one: the figure is what it adds inside a model.';
  const ptflops: Answer =
    N === 0n
      ? { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' }
      : {
          count: fused / N,
          perSample: true,
          note: `${a ? 'Two per element (affine doubles it)' : 'One per element'}, whatever the mode, divided by N₀ = ${N}, the input’s first size.${fused % N !== 0n ? ' The tool prints the fraction; the value here is rounded down.' : ''}`,
        };
  const calflops: Answer = {
    count: batchStatsInEval ? estimated : fused,
    note: `calculate_flops puts the model in eval mode, so F.batch_norm receives training=${batchStatsInEval ? 'True (there are no running statistics)' : 'False'}: ${batchStatsInEval ? `its rough training estimate, ${a ? 5 : 4} per element` : `${a ? 2 : 1} per element`}.${noParams}`,
  };
  const mp = moduleprofilerBatchNorm(p);
  const mpNotes = [
    'Its code always charges the statistics, 5n + 4 per channel (7n + 4 with affine), in either mode, and never the running-statistics update.',
    p.num_features !== C ? `It multiplies by num_features = ${p.num_features}, not by the ${C} channels PyTorch normalised (PyTorch does not check num_features without affine or running statistics).` : '',
    mp < 0n ? 'With a negative num_features the figure is negative.' : '',
  ].filter(Boolean);
  return assemble({
    flopcountermode: { count: 0n, note: 'No batch-norm operator is in its registry.' },
    fvcore: {
      count: batchStats ? estimated : fused,
      note: batchStats
        ? `aten::batch_norm runs with training=True${p.training ? '' : ' (eval mode without running statistics)'}, which fvcore counts as a rough ${a ? 5 : 4} per element.`
        : `aten::batch_norm runs with training=False: ${a ? 'two per element (affine)' : 'one per element'}.`,
    },
    ptflops,
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: { count: a ? 4n * X : 2n * X, note: 'Two per element, doubled with affine, whatever the mode; thop issue #220 argues that without affine it should be one per element.' },
    uthop: { count: a ? 4n * X : 2n * X, note: 'The same rule as thop, found through the class hierarchy of the normalisation modules.' },
    calflops_flops: calflops,
    calflops_macs: { count: 0n, note: `Its batch-norm rule reports no MACs.${noParams}` },
    deepspeed_flops: {
      count: calflops.count,
      note: `get_model_profile puts the model in eval mode first, as calflops does; inside a live DeepSpeed training engine the module trains and it counts ${a ? 5 : 4} per element.`,
    },
    deepspeed_macs: { count: 0n },
    torchinfo: {
      count: a ? N * 2n * p.num_features : 0n,
      note: a ? 'It multiplies the parameters, a weight and a bias per channel, by the output’s first size, the batch: the other sizes are ignored.' : 'It derives MACs from parameter counts, and without affine the module has none.',
    },
    torchprofile: { count: a ? X : 0n, note: a ? 'One per output element with affine.' : 'Nothing without affine.' },
    moduleprofiler: { count: mp, note: mpNotes.join(' ') },
  });
}
