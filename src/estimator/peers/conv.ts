// What other operation counters report for one convolution layer: Conv1d/2d/3d and
// ConvTranspose1d/2d/3d, given as a normalized geometry (no module's param types). For
// every tool of tools.ts: its number exactly as that tool computes it (its formula, unit and
// batch convention, with its bugs reproduced), or null where it reports nothing, and the
// first sentence of each known issue that changes the number.
//
// Formulas were read from each tool's source at the commit named in tools.ts (the survey in
// the shared notes "peers-modules.md" §3.1, §3.2, §6 and "peers.md"; every formula below was
// re-read at those commits). Each layer is counted as the whole model handed to the tool, so
// ptflops' N₀ is dim 0 of this layer's own input. Counts are exact bigints: where a tool
// keeps its total in floating point (thop, ptflops, moduleprofiler) the value here is the
// exact one, with a note above 2^53. No function throws or returns a negative count; no
// loop runs over a size (the moduleprofiler probe is a lattice count).
import type { PeerCount } from '../core/module.ts';
import { floorDiv } from '../math/integer.ts';
import { countInWindow } from '../math/latticeCount.ts';
import { TOOLS, type ToolId } from './tools.ts';

/** One convolution layer and its input, as every tool below needs it. */
export interface ConvGeometry {
  transposed: boolean;
  /** null = unbatched input (C_in, *size_in). */
  batch: bigint | null;
  in_channels: bigint;
  out_channels: bigint;
  groups: bigint;
  bias: boolean;
  /** Spatial sizes, one per dimension (1, 2 or 3 of them). */
  size_in: bigint[];
  /** PyTorch's output spatial sizes for these arguments (checked). */
  size_out: bigint[];
  kernel: bigint[];
  stride: bigint[];
  dilation: bigint[];
  /** Per dimension (symmetric), or the string form the layer was given (forward convs only). */
  padding: bigint[] | 'same' | 'valid';
  /** Zeros for forward convs (an empty list is accepted there too). */
  output_padding: bigint[];
  padding_mode: string;
}

export type ConvPeerId = ToolId;

/** A known issue: `note` is its first sentence (what PeerCount.note carries), `more` the rest. */
export interface ConvIssue {
  tools: readonly ToolId[];
  note: string;
  more?: string;
  refs: readonly string[];
}

const CALFLOPS_DS = ['calflops_flops', 'calflops_macs', 'deepspeed_flops', 'deepspeed_macs'] as const;

/** Every known issue that can change a convolution's number, by id. */
export const CONV_ISSUES = {
  'fvcore-string-padding': {
    tools: ['fvcore'],
    note: "String padding ('same' or 'valid') makes PyTorch trace aten::_convolution_mode, which fvcore has no handle for, so the convolution counts 0.",
    more: 'With a padding_mode other than zeros the layer pads first and passes numeric padding, so the count is unaffected. No upstream issue was found.',
    refs: [],
  },
  'torchprofile-string-padding': {
    tools: ['torchprofile'],
    note: "String padding ('same' or 'valid') makes PyTorch trace aten::_convolution_mode, which torchprofile neither handles nor lists as free, so the convolution is skipped with a warning and counts 0.",
    more: 'With a padding_mode other than zeros the layer pads first and passes numeric padding, so the count is unaffected.',
    refs: [],
  },
  'ptflops-unbatched': {
    tools: ['ptflops'],
    note: 'For an unbatched input the hook takes dim 0 (C_in) as the batch size and loses the first spatial dimension, and the total is then divided by that same C_in, so the count is neither per sample nor whole batch.',
    refs: ['sovrasov/flops-counter.pytorch#13'],
  },
  'ptflops-empty-batch': {
    tools: ['ptflops'],
    note: 'With an empty batch the division by N₀ = 0 raises ZeroDivisionError, and get_model_complexity_info returns None.',
    refs: [],
  },
  'thop-unbatched': {
    tools: ['thop'],
    note: 'For an unbatched input C_in is read from dim 1, which is then the first spatial size, so the count is scaled by that size over C_in.',
    more: 'ultralytics-thop reads the channel from the trailing end and is unaffected.',
    refs: [],
  },
  'thop-93': {
    tools: ['thop'],
    note: 'Transposed convolutions share the ordinary convolution hook, so the products are counted over the output positions rather than the input positions (about stride^d times those performed).',
    more: 'The maintainer agreed in 2020 that the input shape should be used, but Lyken17 thop was never changed; ultralytics-thop fixed it in 2.0.16.',
    refs: ['Lyken17/pytorch-OpCounter#93', 'ultralytics/thop#92', 'ultralytics/thop PR #93'],
  },
  'calflops-unbatched': {
    tools: CALFLOPS_DS,
    note: 'The patched convolution asserts weight.shape[1]·groups == input.shape[1], which assumes a batched input; for an unbatched input dim 1 is a spatial size, so the AssertionError breaks the forward pass.',
    refs: [],
  },
  'calflops-unbatched-pass': {
    tools: CALFLOPS_DS,
    note: 'The input is unbatched but its first spatial size equals C_in, so the batch assertion passes and the counter takes C_in as the batch size, that spatial size as the channels, and only the remaining spatial sizes (paired with the first dimensions’ kernel, stride, padding and dilation).',
    refs: [],
  },
  'calflops-same': {
    tools: CALFLOPS_DS,
    note: "For padding='same' the counter rebuilds a symmetric padding of ⌊d(k − 1)/2⌋ per side, so where d(k − 1) is odd (an even kernel with odd dilation) its output size is one short.",
    more: "String padding is handled at all since DeepSpeed PR #3169; calflops copied that code.",
    refs: ['deepspeedai/DeepSpeed PR #3169', 'cli99/flops-profiler#7'],
  },
  'calflops-double-groups': {
    tools: CALFLOPS_DS,
    note: 'Output channels are read from weight dim 1, which is already C_out/g, and divided by g again: the MACs are g times too few, and 0 when C_out/g < g.',
    more: 'Introduced by DeepSpeed PR #3834 (v0.10.0); fixed by deepspeedai/DeepSpeed PR #8323 after the commit read, not in calflops.',
    refs: ['microsoft/DeepSpeed#3815', 'microsoft/DeepSpeed PR #3834', 'deepspeedai/DeepSpeed PR #8323', 'MrYxJ/calculate-flops.pytorch#33'],
  },
  'calflops-bias-length': {
    tools: ['calflops_flops', 'deepspeed_flops'],
    note: 'The bias term uses the output size of an ordinary convolution with these arguments, ⌊(S_in + 2p − d(k − 1) − 1)/s⌋ + 1 per dimension, and C_out/g channels, instead of the transposed output size and C_out.',
    more: 'output_padding is never read; a zero or negative size is not checked.',
    refs: ['deepspeedai/DeepSpeed PR #8323'],
  },
  'calflops-negative': {
    tools: CALFLOPS_DS,
    note: 'The output size the counter recomputes is negative in some dimension here, so the number it prints is negative; no count is shown.',
    refs: [],
  },
  'torchinfo-unbatched': {
    tools: ['torchinfo'],
    note: 'Each parameter count is multiplied by output dim 0 and dims 2 onward, which for an unbatched output are C_out and the spatial sizes after the first, not the batch and every spatial size.',
    refs: ['TylerYep/torchinfo#32', 'TylerYep/torchinfo PR #34'],
  },
  'torchprofile-groups': {
    tools: ['torchprofile'],
    note: 'The channel factor is guessed from the weight shape: for a transposed convolution with C_in ≠ C_out it is C_in, not C_in/g, so groups are ignored and the layer is counted g times over.',
    refs: ['zhijian-liu/torchprofile PR #2'],
  },
  'moduleprofiler-unbatched': {
    tools: ['moduleprofiler'],
    note: 'The batch-size test expects one dimension fewer than an unbatched input has, so the input’s dim 0 (C_in) is taken as the batch size and the count is C_in times too large.',
    more: 'Conv1d tests ndim == 2 and is right; Conv2d and ConvTranspose2d test ndim == 2, ConvTranspose1d ndim == 1.',
    refs: [],
  },
  'moduleprofiler-not-mapped': {
    tools: ['moduleprofiler'],
    note: 'Conv3d and ConvTranspose3d are not in moduleprofiler’s ops map, so it reports None.',
    refs: [],
  },
  'moduleprofiler-probe-fails': {
    tools: ['moduleprofiler'],
    note: 'The ones probe that measures the additions (a 1-channel copy of the layer without output_padding) has an output size below 1 here, so PyTorch raises and the tool reports nothing.',
    refs: [],
  },
  'moduleprofiler-probe-output-padding': {
    tools: ['moduleprofiler'],
    note: 'The ones probe that measures the additions omits output_padding, so with padding and output_padding both positive its additions differ from the layer’s.',
    refs: [],
  },
  'float-total': {
    tools: ['thop', 'ptflops', 'moduleprofiler'],
    note: 'The tool keeps this total in floating point, so above 2^53 its printed value may be rounded; the value here is exact.',
    refs: [],
  },
  'invalid-geometry': {
    tools: TOOLS.map((t) => t.id),
    note: 'Not a valid PyTorch layer and input, so no tool is asked.',
    more: 'PeerCount.note then names the problem (convGeometryProblem).',
    refs: [],
  },
} as const satisfies Record<string, ConvIssue>;

export type ConvIssueId = keyof typeof CONV_ISSUES;

/** Where each tool's convolution formula lives, at the commit of tools.ts (see sourceUrl). */
export const CONV_SOURCES: Record<ToolId, { path: string; symbols: string }> = {
  flopcountermode: { path: 'torch/utils/flop_counter.py', symbols: 'conv_flop_count, conv_flop' },
  fvcore: { path: 'fvcore/nn/jit_handles.py', symbols: 'conv_flop_count, conv_flop_jit (aten::_convolution)' },
  ptflops: { path: 'ptflops/pytorch_ops.py', symbols: 'conv_flops_counter_hook; pytorch_engine.py compute_average_flops_cost, batch_counter_hook' },
  ptflops_aten: { path: 'ptflops/aten_ops.py', symbols: 'conv_flop_count, conv_flop' },
  thop: { path: 'thop/vision/calc_func.py', symbols: 'calculate_conv2d_flops; basic_hooks.py count_convNd' },
  uthop: { path: 'thop/vision/calc_func.py', symbols: 'calculate_conv2d_flops; basic_hooks.py count_convNd, count_convtNd' },
  calflops_flops: { path: 'calflops/pytorch_ops.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  calflops_macs: { path: 'calflops/pytorch_ops.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  deepspeed_flops: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  deepspeed_macs: { path: 'deepspeed/profiling/flops_profiler/profiler.py', symbols: '_conv_flops_compute, _conv_trans_flops_compute' },
  torchinfo: { path: 'torchinfo/layer_info.py', symbols: 'LayerInfo.calculate_macs' },
  torchprofile: { path: 'torchprofile/handlers.py', symbols: '_convolution' },
  moduleprofiler: {
    path: 'src/moduleprofiler/ops.py',
    symbols: '_conv1d_ops_fn, _conv2d_ops_fn, _convtranspose1d_ops_fn, _convtranspose2d_ops_fn, _convtranspose{1,2}d_filter_addition_ops',
  },
};

// ---------------------------------------------------------------------------------- helpers

const prod = (xs: readonly bigint[]): bigint => xs.reduce((a, x) => a * x, 1n);
const zeros = (n: number): bigint[] => Array.from({ length: n }, () => 0n);
const FLOAT_EXACT = 2n ** 53n;

/** What a tool computes for one layer: a count (null: none) and the issues that changed it. */
interface Result {
  count: bigint | null;
  issues: ConvIssueId[];
}
const ok = (count: bigint, ...issues: (ConvIssueId | false)[]): Result => ({
  count,
  issues: issues.filter((i): i is ConvIssueId => i !== false),
});
const none = (issue: ConvIssueId): Result => ({ count: null, issues: [issue] });

/** The quantities every formula is written in (N = 1 for an unbatched input). */
interface View {
  g: ConvGeometry;
  n: number;
  unbatched: boolean;
  N: bigint;
  Cin: bigint;
  Cout: bigint;
  G: bigint;
  /** C_in/g and C_out/g. */
  Gin: bigint;
  Gout: bigint;
  /** Kernel taps, input and output positions (products of the per-dimension sizes). */
  K: bigint;
  Si: bigint;
  So: bigint;
  /** numel(output) = the bias additions. */
  Y: bigint;
  /** Products counted over output positions, N·S_o·C_out·(C_in/g)·K: the ordinary conv's count. */
  Pout: bigint;
  /** Products counted over input positions, N·S_i·C_in·(C_out/g)·K: the transposed (scatter) count. */
  Pin: bigint;
  /** String padding that reaches F.convNd as a string (padding_mode zeros). */
  stringPadding: boolean;
}

function view(g: ConvGeometry): View {
  const n = g.kernel.length;
  const unbatched = g.batch === null;
  const N = g.batch ?? 1n;
  const [Cin, Cout, G] = [g.in_channels, g.out_channels, g.groups];
  const [Gin, Gout] = [Cin / G, Cout / G];
  const [K, Si, So] = [prod(g.kernel), prod(g.size_in), prod(g.size_out)];
  return {
    g,
    n,
    unbatched,
    N,
    Cin,
    Cout,
    G,
    Gin,
    Gout,
    K,
    Si,
    So,
    Y: N * Cout * So,
    Pout: N * So * Cout * Gin * K,
    Pin: N * Si * Cin * Gout * K,
    stringPadding: typeof g.padding === 'string' && g.padding_mode === 'zeros',
  };
}

/** PyTorch's output size for one dimension (below 1 when the layer cannot run). */
function torchOutputSize(g: ConvGeometry, d: number): bigint {
  const [L, k, s, dil] = [g.size_in[d], g.kernel[d], g.stride[d], g.dilation[d]];
  if (g.transposed) {
    const p = (g.padding as bigint[])[d];
    return (L - 1n) * s - 2n * p + dil * (k - 1n) + g.output_padding[d] + 1n;
  }
  if (g.padding === 'same') return L;
  const p = g.padding === 'valid' ? 0n : g.padding[d];
  return floorDiv(L + 2n * p - dil * (k - 1n) - 1n, s) + 1n;
}

/** Why the geometry is not a layer PyTorch would run, or null when it is. */
export function convGeometryProblem(g: ConvGeometry): string | null {
  const n = g.kernel.length;
  if (n < 1 || n > 3) return 'a convolution has 1, 2 or 3 spatial dimensions';
  const perDim: [string, readonly unknown[]][] = [
    ['size_in', g.size_in],
    ['size_out', g.size_out],
    ['stride', g.stride],
    ['dilation', g.dilation],
  ];
  if (Array.isArray(g.padding)) perDim.push(['padding', g.padding]);
  if (g.transposed || g.output_padding.length > 0) perDim.push(['output_padding', g.output_padding]);
  for (const [name, xs] of perDim) if (xs.length !== n) return `${name} has ${xs.length} entries for ${n} dimensions`;
  if (g.batch !== null && g.batch < 0n) return 'batch is negative';
  if (g.in_channels < 1n || g.out_channels < 1n || g.groups < 1n) return 'channels and groups must be at least 1';
  if (g.in_channels % g.groups !== 0n || g.out_channels % g.groups !== 0n) return 'groups must divide both channel counts';
  if ([...g.kernel, ...g.stride, ...g.dilation, ...g.size_in].some((x) => x < 1n))
    return 'kernel, stride, dilation and input sizes must be at least 1';
  if (typeof g.padding === 'string') {
    if (g.transposed) return 'transposed convolutions take numeric padding only';
    if (g.padding === 'same' && g.stride.some((s) => s !== 1n)) return "padding='same' needs stride 1";
  } else if (g.padding.some((p) => p < 0n)) return 'padding is negative';
  if (g.transposed) {
    if (g.padding_mode !== 'zeros') return 'transposed convolutions support padding_mode zeros only';
    for (let d = 0; d < n; d++) {
      const op = g.output_padding[d];
      const limit = g.stride[d] > g.dilation[d] ? g.stride[d] : g.dilation[d];
      if (op < 0n || op >= limit) return 'output_padding must be smaller than stride or dilation';
    }
  } else if (g.output_padding.some((op) => op !== 0n)) return 'output_padding is for transposed convolutions';
  for (let d = 0; d < n; d++) {
    const want = torchOutputSize(g, d);
    if (want < 1n) return 'the output would be empty';
    if (g.size_out[d] !== want) return `size_out[${d}] is ${g.size_out[d]}, PyTorch gives ${want}`;
  }
  return null;
}

// ------------------------------------------------------------------------- tool formulas

/**
 * FlopCounterMode: prod(conv_shape)·prod(filter)·N·w0·w1·2, conv_shape the input spatial
 * size when transposed, else the output's; bias ignored. Sees the batched tensor (N = 1 when
 * unbatched). torch/utils/flop_counter.py conv_flop_count.
 */
function flopCounterMode(v: View): Result {
  return ok(2n * (v.g.transposed ? v.Pin : v.Pout));
}

/**
 * fvcore: N·prod(weight)·prod(conv_shape) on aten::_convolution (input spatial when
 * transposed); string padding traces aten::_convolution_mode instead, which has no handle → 0.
 * fvcore/nn/jit_handles.py conv_flop_count / conv_flop_jit; nn/flop_count.py _DEFAULT_SUPPORTED_OPS.
 */
function fvcore(v: View): Result {
  if (!v.g.transposed && v.stringPadding) return ok(0n, 'fvcore-string-padding');
  return ok(v.g.transposed ? v.Pin : v.Pout);
}

/**
 * ptflops pytorch backend: the hook adds K·C_in·(C_out//g)·batch·prod(spatial) (spatial =
 * input.shape[2:] if transposed else output.shape[2:]) + [bias] batch·prod(output.shape[1:]),
 * batch = input.shape[0]; the total is divided by N₀ = len(first input). Unbatched: batch =
 * N₀ = C_in and spatial loses its first entry. ptflops/pytorch_ops.py conv_flops_counter_hook;
 * pytorch_engine.py batch_counter_hook, compute_average_flops_cost.
 */
function ptflops(v: View): Result {
  const { g } = v;
  if (v.unbatched) {
    const spatial = (g.transposed ? g.size_in : g.size_out).slice(1);
    const count = v.K * v.Cin * v.Gout * prod(spatial) + (g.bias ? v.So : 0n);
    const perSample = (g.transposed ? v.Pin : v.Pout) + (g.bias ? v.Y : 0n);
    return ok(count, count !== perSample && 'ptflops-unbatched');
  }
  if (v.N === 0n) return none('ptflops-empty-batch');
  return ok(((g.transposed ? v.Pin : v.Pout) + (g.bias ? v.Y : 0n)) / v.N);
}

/**
 * ptflops aten backend: N·prod(w)·prod(conv_shape) (input spatial when transposed) +
 * [bias] N·C_out·prod(out spatial), whole batch, at dispatch level (N = 1 when unbatched).
 * ptflops/aten_ops.py conv_flop_count / conv_flop.
 */
function ptflopsAten(v: View): Result {
  return ok((v.g.transposed ? v.Pin : v.Pout) + (v.g.bias ? v.Y : 0n));
}

/**
 * thop 0.1.1: numel(output)·(input.shape[1] // g)·prod(kernel), for transposed convs too
 * (same hook); bias ignored. Unbatched: input.shape[1] is the first spatial size.
 * thop/vision/calc_func.py calculate_conv2d_flops; basic_hooks.py count_convNd.
 */
function thop(v: View): Result {
  const { g } = v;
  const dim1 = v.unbatched ? g.size_in[0] : v.Cin;
  const count = v.Y * (dim1 / v.G) * v.K;
  return ok(
    count,
    v.unbatched && dim1 / v.G !== v.Gin && 'thop-unbatched',
    g.transposed && v.Pout !== v.Pin && 'thop-93',
  );
}

/**
 * ultralytics-thop 2.1.6: prod(volume)·(channels[-(d+1)] // g)·prod(kernel) with (volume,
 * channels) = (output, input), or (input, output) for transposed; channel read from the
 * trailing end, so unbatched is right. thop/vision/calc_func.py calculate_conv2d_flops.
 */
function uthop(v: View): Result {
  return ok(v.g.transposed ? v.Pin : v.Pout);
}

/** calflops / DeepSpeed: the pair (FLOPs, MACs) and the issues of each. */
interface Pair {
  flops: Result;
  macs: Result;
}

/** Total padding the layer applies itself (F.pad) when padding_mode is not zeros. */
function selfPadding(g: ConvGeometry, d: number): bigint {
  if (g.padding === 'valid') return 0n;
  if (g.padding === 'same') return g.dilation[d] * (g.kernel[d] - 1n);
  return 2n * g.padding[d];
}

/**
 * calflops and DeepSpeed (identical functions), patched onto F.convNd / F.conv_transposeNd;
 * they see the tensor the layer passes (padded first when padding_mode ≠ zeros, with padding 0).
 * Forward: assert weight.shape[1]·g == input.shape[1]; output dims rebuilt as
 * (x + 2p − (d(k−1)+1)) // s + 1 ('same': p = d(k−1)//2); MACs = K·input.shape[1]·(C_out//g)·
 * input.shape[0]·prod(out dims); FLOPs = 2·MACs + [bias] C_out·input.shape[0]·prod(out dims).
 * Transposed: MACs = K·input.shape[1]·((C_out/g)//g)·input.shape[0]·prod(input.shape[2:]);
 * bias (C_out/g)·input.shape[0]·prod(ordinary-conv out dims). Unbatched shapes shift by one.
 * calflops/pytorch_ops.py and deepspeed/profiling/flops_profiler/profiler.py,
 * _conv_flops_compute / _conv_trans_flops_compute.
 */
function calflops(v: View): Pair {
  const { g } = v;
  const both = (r: Result): Pair => ({ flops: r, macs: r });
  const outDim = (x: bigint, i: number, pads: readonly bigint[]) =>
    floorDiv(x + 2n * pads[i] - (g.dilation[i] * (g.kernel[i] - 1n) + 1n), g.stride[i]) + 1n;

  if (g.transposed) {
    const shape = v.unbatched ? [v.Cin, ...g.size_in] : [v.N, v.Cin, ...g.size_in];
    const [batch, inCh, inputDims] = [shape[0], shape[1], shape.slice(2)];
    const pads = g.padding as bigint[];
    const outDims = inputDims.map((x, i) => outDim(x, i, pads));
    const macs = v.K * inCh * (v.Gout / v.G) * batch * prod(inputDims);
    const bias = g.bias ? v.Gout * batch * prod(outDims) : 0n;
    const flops = 2n * macs + bias;
    const groups = v.G > 1n && ('calflops-double-groups' as const);
    return {
      macs: ok(macs, groups),
      flops: flops < 0n ? none('calflops-negative') : ok(flops, groups, g.bias && bias !== v.Y && 'calflops-bias-length'),
    };
  }

  const padsItself = g.padding_mode !== 'zeros';
  const seen = padsItself ? g.size_in.map((x, d) => x + selfPadding(g, d)) : g.size_in;
  const padArg = padsItself ? zeros(v.n) : g.padding;
  const shape = v.unbatched ? [v.Cin, ...seen] : [v.N, v.Cin, ...seen];
  if (shape[1] !== v.Cin) return both(none('calflops-unbatched'));
  const [batch, inCh, inputDims] = [shape[0], shape[1], shape.slice(2)];
  const pads =
    padArg === 'valid'
      ? zeros(inputDims.length)
      : padArg === 'same'
        ? g.kernel.map((k, i) => (g.dilation[i] * (k - 1n)) / 2n)
        : padArg;
  const active = batch * prod(inputDims.map((x, i) => outDim(x, i, pads)));
  const macs = v.K * inCh * v.Gout * active;
  const flops = 2n * macs + (g.bias ? v.Cout * active : 0n);
  if (macs < 0n || flops < 0n) return both(none('calflops-negative'));
  const issue = (value: bigint, right: bigint): ConvIssueId | false =>
    value !== right && (v.unbatched ? 'calflops-unbatched-pass' : padArg === 'same' && 'calflops-same');
  return {
    macs: ok(macs, issue(macs, v.Pout)),
    flops: ok(flops, issue(flops, 2n * v.Pout + (g.bias ? v.Y : 0n))),
  };
}

/**
 * torchinfo: for "Conv" class names, (numel weight + numel bias)·prod(output_size[:1] +
 * output_size[2:]); the output of a transposed conv too. Unbatched: C_out·prod(spatial[1:]).
 * torchinfo/layer_info.py LayerInfo.calculate_macs (same in 1.8.0).
 */
function torchinfo(v: View): Result {
  const { g } = v;
  const positions = v.unbatched ? v.Cout * prod(g.size_out.slice(1)) : v.N * v.So;
  const params = v.Cout * v.Gin * v.K + (g.bias ? v.Cout : 0n);
  return ok(params * positions, v.unbatched && positions !== v.So && 'torchinfo-unbatched');
}

/**
 * torchprofile: prod(output shape)·c·prod(kernel) on aten::_convolution, c = weight dim 1 if
 * output dim 1 equals weight dim 0, else weight dim 0 (transposed with C_in ≠ C_out: C_in,
 * groups ignored); bias ignored; string padding traces aten::_convolution_mode → skipped, 0.
 * torchprofile/handlers.py _convolution, HANDLER_MAP.
 */
function torchprofile(v: View): Result {
  const { g } = v;
  if (!g.transposed) return v.stringPadding ? ok(0n, 'torchprofile-string-padding') : ok(v.Pout);
  const c = v.Cout === v.Cin ? v.Gout : v.Cin;
  return ok(v.N * v.Cout * v.So * c * v.K, v.Cin !== v.Cout && v.G > 1n && 'torchprofile-groups');
}

/**
 * The additions moduleprofiler measures with its ones probe: a 1→1 channel copy of the
 * transposed layer (no output_padding, all-ones weight) on an all-ones input; A = Σ(y − 1).
 * The probe is separable: Σy is the product over dimensions of the (input, tap) pairs whose
 * position lands in the kept window [p, p + L' − 1]. Null when the probe's output is empty.
 * With `withOutputPadding` the window is the layer's real output (for the issue check only).
 */
export function moduleprofilerProbeAdditions(g: ConvGeometry, withOutputPadding = false): bigint | null {
  const pads = g.padding as bigint[];
  let sum = 1n;
  let positions = 1n;
  for (let d = 0; d < g.kernel.length; d++) {
    const [L, k, s, dil, p] = [g.size_in[d], g.kernel[d], g.stride[d], g.dilation[d], pads[d]];
    const probe = (L - 1n) * s - 2n * p + dil * (k - 1n) + 1n;
    if (probe < 1n) return null;
    const len = probe + (withOutputPadding ? g.output_padding[d] : 0n);
    sum *= countInWindow(k, dil, L, s, p, p + len - 1n);
    positions *= len;
  }
  return sum - positions;
}

/**
 * moduleprofiler 0.0.4. Conv1d/2d: batch·C_out·S_o·(2·C_in·K [− g without bias])/g, i.e. 2P or
 * 2P − Y; batch = 1 only when input.ndim == 2. ConvTranspose1d/2d: batch·(C_in·C_out/g)·
 * (S_o·(K + 1) + A) − [no bias] batch·C_out·S_o, A from the ones probe; batch = 1 only when
 * ndim == 1 (1d) or 2 (2d). Conv3d and ConvTranspose3d are not mapped (None).
 * src/moduleprofiler/ops.py _conv1d_ops_fn, _conv2d_ops_fn, _convtranspose{1,2}d_ops_fn,
 * _convtranspose{1,2}d_filter_addition_ops, get_default_ops_map.
 */
function moduleprofiler(v: View): Result {
  const { g } = v;
  if (v.n === 3) return none('moduleprofiler-not-mapped');
  const wrongBatch = v.unbatched && (g.transposed || v.n === 2);
  const batch = wrongBatch ? v.Cin : v.N;
  const unbatchedIssue = wrongBatch && v.Cin > 1n && ('moduleprofiler-unbatched' as const);
  if (!g.transposed) {
    const perOutput = g.bias ? 2n * v.Gin * v.K : 2n * v.Gin * v.K - 1n;
    return ok(batch * v.Cout * v.So * perOutput, unbatchedIssue);
  }
  const A = moduleprofilerProbeAdditions(g);
  if (A === null) return none('moduleprofiler-probe-fails');
  const count = batch * v.Cout * v.Gin * (v.So * (v.K + 1n) + A) - (g.bias ? 0n : batch * v.Cout * v.So);
  if (count < 0n) return none('moduleprofiler-probe-fails'); // cannot happen: A ≥ −(probe positions) ≥ −S_o
  const opIssue = moduleprofilerProbeAdditions(g, true) !== A && ('moduleprofiler-probe-output-padding' as const);
  return ok(count, unbatchedIssue, opIssue);
}

// ----------------------------------------------------------------------------- assembly

const FLOAT_TOOLS: ReadonlySet<ToolId> = new Set(CONV_ISSUES['float-total'].tools);

function compute(v: View): Record<ToolId, Result> {
  const cf = calflops(v);
  return {
    flopcountermode: flopCounterMode(v),
    fvcore: fvcore(v),
    ptflops: ptflops(v),
    ptflops_aten: ptflopsAten(v),
    thop: thop(v),
    uthop: uthop(v),
    calflops_flops: cf.flops,
    calflops_macs: cf.macs,
    deepspeed_flops: cf.flops,
    deepspeed_macs: cf.macs,
    torchinfo: torchinfo(v),
    torchprofile: torchprofile(v),
    moduleprofiler: moduleprofiler(v),
  };
}

interface Evaluated {
  problem: string | null;
  counts: Record<ToolId, bigint | null>;
  issues: Record<ToolId, ConvIssueId[]>;
}

function evaluate(g: ConvGeometry): Evaluated {
  const problem = convGeometryProblem(g);
  const results = problem === null ? compute(view(g)) : null;
  const counts = {} as Record<ToolId, bigint | null>;
  const issues = {} as Record<ToolId, ConvIssueId[]>;
  for (const { id } of TOOLS) {
    if (results === null) {
      counts[id] = null;
      issues[id] = ['invalid-geometry'];
      continue;
    }
    const r = results[id];
    counts[id] = r.count;
    issues[id] = r.count !== null && r.count > FLOAT_EXACT && FLOAT_TOOLS.has(id) ? [...r.issues, 'float-total'] : [...r.issues];
  }
  return { problem, counts, issues };
}

/** The ids of the known issues (CONV_ISSUES) that change each tool's number for this layer. */
export function convPeerIssues(g: ConvGeometry): Record<ToolId, ConvIssueId[]> {
  return evaluate(g).issues;
}

/**
 * Every tool's number for this layer, keyed by tool id (tools.ts order): the count as the
 * tool computes it, in the tool's unit, with its batch convention ('per sample' for ptflops'
 * pytorch backend, 'whole batch' otherwise, 'n/a' when there is no count), and `note` the
 * first sentence of each known issue that changes it. An invalid geometry gives null counts
 * with a note naming the problem.
 */
export function convPeers(g: ConvGeometry): Record<ToolId, PeerCount> {
  const { problem, counts, issues } = evaluate(g);
  const out = {} as Record<ToolId, PeerCount>;
  for (const t of TOOLS) {
    const count = counts[t.id];
    const note =
      problem !== null
        ? `Not a valid PyTorch layer and input: ${problem}.`
        : issues[t.id].map((id) => CONV_ISSUES[id].note).join(' ');
    const peer: PeerCount = {
      count,
      unit: t.unit,
      batch: count === null ? 'n/a' : t.id === 'ptflops' ? 'per sample' : 'whole batch',
    };
    if (note) peer.note = note;
    out[t.id] = peer;
  }
  return out;
}
