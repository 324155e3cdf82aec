// What other counting tools report for PReLU, GELU, SiLU and LogSoftmax. The element-wise ones
// start from the family's rule in layers.ts and replace what differs; each formula is the one read
// in the tool's source at the commit of tools.ts (shared notes "peers-modules.md" §3.4, §3.5,
// T3–T10, and for SiLU and LogSoftmax, which the survey's tables leave out, the same files at the
// same commits). Nothing here is copied code.
import type { PeerCount } from '../core/module.ts';
import { numel } from '../core/tensors.ts';
import { COMMON_TOOL_IDS, peerCount, type CommonToolId } from './kinds.ts';
import { elementwisePeers, type ElementwiseRule } from './layers.ts';

const FLOAT_TOOLS = new Set<string>(['ptflops', 'thop', 'uthop', 'moduleprofiler']);

/** One tool's answer, with its unit and the floating-point note attached (whole batch). */
const answer = (id: CommonToolId, count: bigint | null, note?: string, perSample = false): PeerCount => peerCount(id, { count, note, perSample }, FLOAT_TOOLS);

/** moduleprofiler has no function for the module: its profiler's fallback returns None. */
const NO_MODULEPROFILER = (name: string) => `It has no function for ${name}; its profiler falls back to a default that returns None, so nothing is counted.`;
const ZERO_DIM_LEN = 'Its batch counter takes len() of the input, which PyTorch refuses for a 0-d tensor (TypeError), so the tool reports nothing.';

// ------------------------------------------------------------------------------------- PReLU

const PRELU: ElementwiseRule = {
  ptflops: 'hook+functional',
  calflops: 1n,
  torchprofile: 0n,
  moduleprofiler: 4n,
  notes: {
    fvcore: 'aten::prelu is not supported: skipped with a warning.',
    torchprofile: 'aten::prelu has no handler: skipped with a warning.',
    calflops_flops: 'One FLOP per element through the patched F.prelu. PReLU has a parameter, so calflops runs on it alone.',
    moduleprofiler: 'Four per element, from its code: no documentation page derives it.',
  },
};

/** Every tool's number for a valid PReLU layer with k slopes on an input of this shape. */
export function preluPeers(k: bigint, shape: readonly bigint[]): Record<string, PeerCount> {
  const out = elementwisePeers(PRELU, shape);
  const X = numel(shape);
  const evalOnly = 'One per element, counted only in evaluation mode, which its profile function sets.';
  out.thop = answer('thop', X, evalOnly);
  out.uthop = answer('uthop', X, evalOnly);
  out.calflops_macs = answer('calflops_macs', 0n);
  out.torchinfo =
    shape.length === 0
      ? answer('torchinfo', null, 'It multiplies the slopes by the output’s first size, and a 0-d output has none: IndexError.')
      : answer('torchinfo', shape[0] * k, `The number of slopes (${k}) times the output’s first size (${shape[0]}), as for any module with a weight: the other sizes are ignored.`);
  return out;
}

// ----------------------------------------------------------------------------- GELU and SiLU

const GELU: ElementwiseRule = {
  ptflops: 'hook+functional',
  calflops: 1n,
  torchprofile: 0n,
  moduleprofiler: 0n,
  notes: {
    fvcore: 'aten::gelu is not supported: skipped with a warning.',
    thop: 'No rule for GELU: counted as 0.',
    uthop: 'No rule for GELU, deliberately: its registry leaves GELU warned about rather than free, since it wants a formula.',
    torchprofile: 'aten::gelu is on its zero-cost list.',
    calflops_flops: 'One FLOP per element through the patched F.gelu, whichever the approximation. A bare GELU has no parameters, and calculate_flops then raises StopIteration reading the device from the first one: the figure is what it adds inside a model.',
    calflops_macs: 'A bare GELU has no parameters, and calculate_flops then raises StopIteration; inside a model it adds 0 MACs.',
  },
};

/** Every tool's number for a valid GELU layer (either approximation: no tool tells them apart). */
export function geluPeers(shape: readonly bigint[]): Record<string, PeerCount> {
  const out = elementwisePeers(GELU, shape);
  out.moduleprofiler = answer('moduleprofiler', null, NO_MODULEPROFILER('GELU'));
  return out;
}

const SILU: ElementwiseRule = {
  ptflops: 'none',
  calflops: 1n,
  torchprofile: 0n,
  moduleprofiler: 0n,
  notes: {
    fvcore: 'aten::silu is not supported: skipped with a warning.',
    thop: 'No rule for SiLU: counted as 0.',
    uthop: 'No rule for SiLU, deliberately: its registry leaves SiLU warned about rather than free, since it wants a formula.',
    torchprofile: 'aten::silu is on its zero-cost list.',
    calflops_flops: 'One FLOP per element through the patched F.silu. A bare SiLU has no parameters, and calculate_flops then raises StopIteration reading the device from the first one: the figure is what it adds inside a model.',
    calflops_macs: 'A bare SiLU has no parameters, and calculate_flops then raises StopIteration; inside a model it adds 0 MACs.',
  },
};

/** Every tool's number for a valid SiLU layer. */
export function siluPeers(shape: readonly bigint[]): Record<string, PeerCount> {
  const out = elementwisePeers(SILU, shape);
  const X = numel(shape);
  // No module hook for nn.SiLU, but F.silu is patched: one per element, not divided by the batch.
  out.ptflops = shape.length === 0 ? answer('ptflops', null, ZERO_DIM_LEN) : answer('ptflops', X, 'nn.SiLU has no module hook; the patched F.silu counts one per element, not divided by the batch.');
  out.moduleprofiler = answer('moduleprofiler', null, NO_MODULEPROFILER('SiLU'));
  return out;
}

// -------------------------------------------------------------------------------- LogSoftmax

/** Every tool's number for a valid LogSoftmax layer (no tool's figure depends on dim). */
export function logSoftmaxPeers(shape: readonly bigint[]): Record<string, PeerCount> {
  const X = numel(shape);
  const bare = 'A bare LogSoftmax has no parameters, and calculate_flops then raises StopIteration reading the device from the first one; inside a model it adds 0, F.log_softmax not being patched.';
  const out: Record<string, PeerCount> = {};
  const all: Record<CommonToolId, PeerCount> = {
    flopcountermode: answer('flopcountermode', 0n, 'No log-softmax operator is in its registry.'),
    fvcore: answer('fvcore', 0n, 'aten::log_softmax is not supported: skipped with a warning.'),
    ptflops: answer('ptflops', 0n, 'nn.LogSoftmax has no module hook, and F.log_softmax is not among the patched functionals.'),
    ptflops_aten: answer('ptflops_aten', 0n, 'Its backend counts only matrix products and convolutions.'),
    thop: answer('thop', 0n, 'No rule for LogSoftmax: counted as 0.'),
    // R·(3n − 1) for the softmax (n exponentials, n − 1 additions, n divisions per row) plus one per row: 3X; a 0-d input is one row of one.
    uthop: answer('uthop', 3n * X, 'Its softmax rule, n exponentials, n − 1 additions and n divisions per row, plus one operation per row for the logarithm: 3n per row, resolving dim=None as PyTorch does.'),
    calflops_flops: answer('calflops_flops', 0n, bare),
    calflops_macs: answer('calflops_macs', 0n, bare),
    deepspeed_flops: answer('deepspeed_flops', 0n, 'F.log_softmax is not among the patched functionals.'),
    deepspeed_macs: answer('deepspeed_macs', 0n),
    torchinfo: answer('torchinfo', 0n, 'It derives MACs from parameter counts, and the module has none.'),
    torchprofile: answer('torchprofile', 0n, 'aten::log_softmax is on its zero-cost list.'),
    moduleprofiler: answer('moduleprofiler', null, NO_MODULEPROFILER('LogSoftmax')),
  };
  for (const id of COMMON_TOOL_IDS) out[id] = all[id];
  return out;
}
