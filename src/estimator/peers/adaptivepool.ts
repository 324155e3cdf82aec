// What other counting tools report for the adaptive pools, AdaptiveAvgPool1d/2d and
// AdaptiveMaxPool1d/2d. The average pools' rules are the survey's (shared notes
// "peers-modules.md" §1 and §3.7, executed on torch 1.13); the survey did not cover the max
// pools, whose rules here were read in the same tools at the commits of tools.ts: ptflops maps
// the module to its pool hook and patches F.adaptive_max_pool1d/2d (pytorch_ops.py,
// FUNCTIONAL_MAPPING), calflops and DeepSpeed patch the same functionals, thop and
// ultralytics-thop register the max pools as free, torchprofile lists aten::adaptive_max_pool*
// among its zero-cost operators, fvcore has no handle for them, and moduleprofiler's
// get_default_ops_map sends AdaptiveMaxPool1d to its MaxPool1d function and has nothing for
// AdaptiveMaxPool2d. Nothing here is copied code.
import type { PeerCount } from '../core/module.ts';
import { numel } from '../core/tensors.ts';
import { assemble, type Answer } from './kinds.ts';



const FLOAT_TOOLS = new Set<string>(['ptflops', 'uthop', 'moduleprofiler']);


/** ptflops' pytorch backend: the hook's X divided by N₀ (the input's first size), plus the patched functional's X. */
function ptflops(shape: readonly bigint[], X: bigint): Answer {
  const n0 = shape[0];
  if (n0 === 0n) return { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' };
  const rounded = X % n0 !== 0n ? ' The tool prints the fraction; the value here is rounded down.' : '';
  return { count: X / n0 + X, perSample: true, note: `One per input element from the module hook, divided by N₀ = ${n0}, the input’s first size; the patched functional adds a second copy, not divided.${rounded}` };
}

/** The layer as the peers need it: the input's shape and the output's, and the windows' total length along each pooled axis. */
export interface AdaptiveView {
  kind: 'avg' | 'max';
  dims: 1 | 2;
  input: readonly bigint[];
  output: readonly bigint[];
  /** Σ of window lengths per pooled axis (height then width). */
  windowTotals: readonly bigint[];
  return_indices: boolean;
}

/**
 * thop 0.1.1's count_adap_avgpool: kernel = prod(x.shape[2:] / y.shape[2:]) in float64, then
 * int((kernel + 1)·y.numel()). It reads sizes from index 2 on, which for an unbatched input
 * skips the first pooled axis. Emulated in the same float64 arithmetic.
 */
function thopAvg(v: AdaptiveView): Answer {
  const xs = v.input.slice(2);
  const ys = v.output.slice(2);
  const Y = numel(v.output);
  let kernel = 1;
  for (let i = 0; i < xs.length; i++) kernel *= Number(xs[i]) / Number(ys[i]);
  const flops = (kernel + 1) * Number(Y);
  if (!Number.isFinite(flops)) return { count: null, note: 'An output size of 0 makes its kernel ratio infinite, and int() of the product with an empty output (NaN) raises ValueError.' };
  const unbatched = v.input.length === v.dims + 1;
  const note = unbatched
    ? 'It reads the sizes from the third dimension on, which for an unbatched input skips the first pooled axis.'
    : 'One addition per input-over-output ratio (a float, not a window size) plus one division, per output element.';
  return { count: BigInt(Math.trunc(flops)), note };
}

/** ultralytics-thop 2.1.6: the exact window lengths along the axes from index 2 on, times the planes, plus one division per output. */
function uthopAvg(v: AdaptiveView): Answer {
  const Y = numel(v.output);
  const axes = v.input.length - 2; // pooled axes it sees from index 2 on
  const seen = v.windowTotals.slice(v.dims - axes);
  const outSeen = numel(v.output.slice(2));
  if (outSeen === 0n) return { count: null, note: 'It divides the output’s element count by the product of its sizes from the third dimension on, which is 0 here: ZeroDivisionError.' };
  const windows = seen.reduce((a, b) => a * b, 1n);
  const unbatched = axes < v.dims;
  return {
    count: windows * (Y / outSeen) + Y,
    note: unbatched
      ? 'It walks the windows along the sizes from the third dimension on, which for an unbatched input skips the first pooled axis.'
      : 'Every input element each window reads, one addition each, plus one division per output: one more addition per window than the exact count.',
  };
}

/** Every tool's number for a valid adaptive pool. */
export function adaptivePoolPeers(v: AdaptiveView): Record<string, PeerCount> {
  const X = numel(v.input);
  const Y = numel(v.output);
  const op = `aten::adaptive_${v.kind}_pool${v.dims}d`;
  const bare = 'A bare pool has no parameters, and calculate_flops then raises StopIteration reading the device from the first one: the figure is what it adds inside a model.';
  const avg = v.kind === 'avg';
  const unbatched = v.input.length === v.dims + 1;
  let mp: Answer;
  if (v.kind === 'avg' && v.dims === 2) mp = { count: Y, note: 'Its ops map sends AdaptiveAvgPool2d to the MaxPool2d function: one operation per output element, nothing for the windows.' };
  else if (v.kind === 'max' && v.dims === 1) {
    mp = v.return_indices
      ? { count: null, note: 'Its MaxPool1d function, which the ops map uses for AdaptiveMaxPool1d, reads the output’s size, but with return_indices=True the output is a tuple: AttributeError.' }
      : { count: Y, note: 'Its ops map sends AdaptiveMaxPool1d to the MaxPool1d function: one operation per output element, no comparisons.' };
  } else mp = { count: null, note: `Its ops map has no entry for ${avg ? 'AdaptiveAvgPool1d' : 'AdaptiveMaxPool2d'}: the default function returns None.` };
  return assemble({
    flopcountermode: { count: 0n, note: 'No pooling operator is in its registry.' },
    fvcore: avg && v.dims === 2 ? { count: X, note: `${op} is counted as one operation per input element.` } : { count: 0n, note: `${op} has no handle: skipped with a warning.` },
    ptflops: ptflops(v.input, X),
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: avg ? thopAvg(v) : { count: 0n, note: 'Registered as free (zero_ops), like the other max pools.' },
    uthop: avg ? uthopAvg(v) : { count: 0n, note: 'Registered as free, like the other max pools.' },
    calflops_flops: { count: X, note: `One FLOP per input element through the patched F.adaptive_${v.kind}_pool${v.dims}d. ${bare}` },
    calflops_macs: { count: 0n, note: bare },
    deepspeed_flops: { count: X, note: `One FLOP per input element through the patched F.adaptive_${v.kind}_pool${v.dims}d.` },
    deepspeed_macs: { count: 0n },
    torchinfo: { count: 0n, note: 'It derives MACs from parameter counts, and the module has none.' },
    torchprofile: avg ? { count: Y, note: `One per output element (${op} and aten::mean share its average-pool rule).` } : { count: 0n, note: `${op} is on its zero-cost list.` },
    moduleprofiler: unbatched && mp.count !== null ? { ...mp, note: `${mp.note} An unbatched input counts as a batch of 1.` } : mp,
  });
}
