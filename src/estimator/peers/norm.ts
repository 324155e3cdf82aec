// What other counting tools report for the normalisation layers LayerNorm and GroupNorm. Each
// formula is the one the project's survey read in the tool's source at the commit of tools.ts
// (shared notes "peers-modules.md" §1, §2 and §3.6); nothing here is copied code. Counts are
// exact bigints; a count is null where the tool raises or has no rule, with a note saying why.
import type { PeerCount } from '../core/module.ts';
import { numel } from '../core/tensors.ts';
import { assemble, type Answer } from './kinds.ts';

/** The tools the survey read for every module (those with a scope were read for ConvTranspose1d only). */


const FLOAT_TOOLS = new Set<string>(['ptflops', 'thop', 'uthop']);


/** ptflops' pytorch backend: the hook's total divided by N₀, the size of the input's first dimension. */
function ptflops(shape: readonly bigint[], hookTotal: bigint, why: string): Answer {
  if (shape.length === 0) return { count: null, note: 'Its batch counter takes len() of the input, which PyTorch refuses for a 0-d tensor (TypeError), so the tool reports nothing.' };
  const n0 = shape[0];
  if (n0 === 0n) return { count: null, note: 'The input’s first size is 0, so dividing the total by it raises ZeroDivisionError and the tool reports nothing.' };
  const rounded = hookTotal % n0 !== 0n ? ' The tool prints the fraction; the value here is rounded down.' : '';
  return { count: hookTotal / n0, perSample: true, note: `${why} Divided by N₀ = ${n0}, the input’s first size.${rounded}` };
}

const NO_PARAMS_CALFLOPS = 'Without the affine parameters the module has none, and a bare one makes calculate_flops raise StopIteration reading the device from the first parameter: the figure is what it adds inside a model.';

// ---------------------------------------------------------------------------------- LayerNorm

export interface LayerNormView {
  normalized_shape: readonly bigint[];
  elementwise_affine: boolean;
  input_shape: readonly bigint[];
}

/** Every tool's number for a valid LayerNorm layer (peers-modules.md §3.6). */
export function layerNormPeers(p: LayerNormView): Record<string, PeerCount> {
  const x = p.input_shape;
  const X = numel(x);
  const k = p.normalized_shape.length;
  const D = numel(p.normalized_shape);
  const R = numel(x.slice(0, x.length - k));
  const affine = p.elementwise_affine;
  const params = affine ? 2n * D : 0n;
  return assemble({
    flopcountermode: { count: 0n, note: 'No normalisation operator is in its registry.' },
    fvcore: { count: (affine ? 5n : 4n) * X, note: `Its norm rule charges ${affine ? 5 : 4} per input element (${affine ? 'with' : 'without'} the affine parameters), which its source calls a rough estimate.` },
    ptflops: ptflops(x, X, 'One per element: its normalisation hook doubles only when the module has a true affine attribute, and LayerNorm’s flag is named elementwise_affine, so it is never doubled.'),
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: { count: (affine ? 4n : 2n) * X, note: `Two per element, doubled with elementwise_affine: the mean and variance are not counted (thop issue #220).` },
    uthop: { count: (affine ? 4n : 2n) * X, note: 'The same rule as thop: two per element, doubled with the affine parameters.' },
    calflops_flops: { count: (affine ? 5n : 4n) * X, note: affine ? 'Through the patched F.layer_norm: 4 per element, 5 with the affine parameters.' : `Through the patched F.layer_norm: 4 per element. ${NO_PARAMS_CALFLOPS}` },
    calflops_macs: { count: 0n, note: 'Its layer-norm rule reports no MACs.' },
    deepspeed_flops: { count: (affine ? 5n : 4n) * X, note: 'The same rule as calflops.' },
    deepspeed_macs: { count: 0n },
    torchinfo: {
      count: x.length === 0 ? 0n : x[0] * params,
      note: !affine
        ? 'It derives MACs from parameter counts, and without elementwise_affine the module has none.'
        : x.length - k > 1
          ? 'It multiplies the parameter count, 2·prod(normalized_shape), by the output’s first size only: every other leading size (the sequence) is left out.'
          : x.length - k === 1
            ? 'It multiplies the parameter count, 2·prod(normalized_shape), by the output’s first size, which here is every row.'
            : 'It multiplies the parameter count, 2·prod(normalized_shape), by the output’s first size, which here is the first normalised size itself.',
    },
    torchprofile: { count: affine ? X : 0n, note: affine ? 'One per output element for the affine step.' : 'Without the affine parameters its norm handler counts nothing.' },
    moduleprofiler: {
      count: R * ((affine ? 7n : 5n) * D + 4n),
      note: `Its code gives its documented formula, η·(${affine ? 7 : 5}·D + 4), η rows of D elements.${D === 0n && R > 0n ? ' With D = 0 it still charges 4 per row, where PyTorch computes nothing.' : ''}`,
    },
  });
}

// ---------------------------------------------------------------------------------- GroupNorm

export interface GroupNormView {
  num_groups: bigint;
  affine: boolean;
  input_shape: readonly bigint[];
}

/** Every tool's number for a valid GroupNorm layer (peers-modules.md §3.6), input (N, C, *). */
export function groupNormPeers(p: GroupNormView): Record<string, PeerCount> {
  const x = p.input_shape;
  const X = numel(x);
  const affine = p.affine;
  const C = x.length > 1 ? x[1] : 0n;
  return assemble({
    flopcountermode: { count: 0n, note: 'No normalisation operator is in its registry.' },
    fvcore: { count: (affine ? 5n : 4n) * X, note: `Its norm rule charges ${affine ? 5 : 4} per input element (${affine ? 'with' : 'without'} the affine parameters), which its source calls a rough estimate.` },
    ptflops: ptflops(x, (affine ? 2n : 1n) * X, `Its normalisation hook charges one per element, doubled when the module’s affine attribute is true${affine ? '' : ' (it is not here)'}.`),
    ptflops_aten: { count: 0n, note: 'Its backend counts only matrix products and convolutions.' },
    thop: { count: 0n, note: 'thop 0.1.1 has no rule for GroupNorm: counted as 0.' },
    uthop: {
      count: (affine ? 4n : 2n) * X,
      note: affine
        ? 'Registered in July 2026 (version 2.0.19 had no rule and counted 0): two per element, doubled with the affine parameters.'
        : 'Registered in July 2026 (2.0.19 had no rule). The survey gives only the affine figure; without it, the same rule as its other norms would give two per element, an inference not run.',
    },
    calflops_flops: { count: (affine ? 5n : 4n) * X, note: affine ? 'Through the patched F.group_norm: 4 per element, 5 with the affine parameters.' : `Through the patched F.group_norm: 4 per element. ${NO_PARAMS_CALFLOPS}` },
    calflops_macs: { count: 0n, note: 'Its group-norm rule reports no MACs.' },
    deepspeed_flops: { count: (affine ? 5n : 4n) * X, note: 'The same rule as calflops.' },
    deepspeed_macs: { count: 0n },
    torchinfo: {
      count: affine ? x[0] * 2n * C : 0n,
      note: affine ? 'It multiplies the parameter count, 2·C, by the output’s first size (the batch) only: the spatial positions are left out.' : 'It derives MACs from parameter counts, and without affine the module has none.',
    },
    torchprofile: { count: affine ? X : 0n, note: affine ? 'One per output element for the affine step.' : 'Without the affine parameters its norm handler counts nothing.' },
    moduleprofiler: { count: null, note: 'moduleprofiler 0.0.4 has no function for GroupNorm: its profiler reports None.' },
  });
}
