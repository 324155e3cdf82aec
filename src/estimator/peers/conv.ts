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
import { TOOL_KINDS, toolCovers, type CommonToolId, type ToolKind, type ToolId } from './kinds.ts';

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

/** A known issue: the tools it concerns, and its first sentence (what PeerCount.note carries; the rest and its references are in notes.ts). */
export interface ConvIssue {
  tools: readonly ToolId[];
  note: string;
}

const CALFLOPS_DS = ['calflops_flops', 'calflops_macs', 'deepspeed_flops', 'deepspeed_macs'] as const;

/** Every known issue that can change a convolution's number, by id. */
export const CONV_ISSUES = {
  'fvcore-string-padding': {
    tools: ['fvcore'],
    note: "String padding ('same' or 'valid') makes PyTorch trace aten::_convolution_mode, which fvcore has no handle for, so the convolution counts 0.",
  },
  'torchprofile-string-padding': {
    tools: ['torchprofile'],
    note: "String padding ('same' or 'valid') makes PyTorch trace aten::_convolution_mode, which torchprofile neither handles nor lists as free, so the convolution is skipped with a warning and counts 0.",
  },
  'ptflops-unbatched': {
    tools: ['ptflops', 'ptflops_074'],
    note: 'For an unbatched input the hook takes dim 0 (C_in) as the batch size and loses the first spatial dimension, and the total is then divided by that same C_in, so the count is neither per sample nor whole batch.',
  },
  'ptflops-empty-batch': {
    tools: ['ptflops', 'ptflops_074'],
    note: 'With an empty batch the division by N₀ = 0 raises ZeroDivisionError, and get_model_complexity_info returns None.',
  },
  'thop-unbatched': {
    tools: ['thop'],
    note: 'For an unbatched input C_in is read from dim 1, which is then the first spatial size, so the count is scaled by that size over C_in.',
  },
  'thop-93': {
    tools: ['thop', 'thop_old'],
    note: 'Transposed convolutions share the ordinary convolution hook, so the products are counted over the output positions rather than the input positions (about stride^d times those performed).',
  },
  'calflops-unbatched': {
    tools: CALFLOPS_DS,
    note: 'The patched convolution asserts weight.shape[1]·groups == input.shape[1], which assumes a batched input; for an unbatched input dim 1 is a spatial size, so the AssertionError breaks the forward pass.',
  },
  'calflops-unbatched-pass': {
    tools: CALFLOPS_DS,
    note: 'The input is unbatched but its first spatial size equals C_in, so the batch assertion passes and the counter takes C_in as the batch size, that spatial size as the channels, and only the remaining spatial sizes (paired with the first dimensions’ kernel, stride, padding and dilation).',
  },
  'calflops-same': {
    tools: CALFLOPS_DS,
    note: "For padding='same' the counter rebuilds a symmetric padding of ⌊d(k − 1)/2⌋ per side, so where d(k − 1) is odd (an even kernel with odd dilation) its output size is one short.",
  },
  'calflops-double-groups': {
    tools: CALFLOPS_DS,
    note: 'Output channels are read from weight dim 1, which is already C_out/g, and divided by g again: the MACs are g times too few, and 0 when C_out/g < g.',
  },
  'calflops-bias-length': {
    tools: ['calflops_flops', 'deepspeed_flops'],
    note: 'The bias term uses the output size of an ordinary convolution with these arguments, ⌊(S_in + 2p − d(k − 1) − 1)/s⌋ + 1 per dimension, and C_out/g channels, instead of the transposed output size and C_out.',
  },
  'calflops-negative': {
    tools: CALFLOPS_DS,
    note: 'The output size the counter recomputes is negative in some dimension here, so the number it prints is negative; no count is shown.',
  },
  'torchinfo-unbatched': {
    tools: ['torchinfo'],
    note: 'Each parameter count is multiplied by output dim 0 and dims 2 onward, which for an unbatched output are C_out and the spatial sizes after the first, not the batch and every spatial size.',
  },
  'torchprofile-groups': {
    tools: ['torchprofile'],
    note: 'The channel factor is guessed from the weight shape: for a transposed convolution with C_in ≠ C_out it is C_in, not C_in/g, so groups are ignored and the layer is counted g times over.',
  },
  'moduleprofiler-unbatched': {
    tools: ['moduleprofiler'],
    note: 'The batch-size test expects one dimension fewer than an unbatched input has, so the input’s dim 0 (C_in) is taken as the batch size and the count is C_in times too large.',
  },
  'moduleprofiler-not-mapped': {
    tools: ['moduleprofiler'],
    note: 'Conv3d and ConvTranspose3d are not in moduleprofiler’s ops map, so it reports None.',
  },
  'moduleprofiler-probe-fails': {
    tools: ['moduleprofiler'],
    note: 'The ones probe that measures the additions (a 1-channel copy of the layer without output_padding) has an output size below 1 here, so PyTorch raises and the tool reports nothing.',
  },
  'moduleprofiler-probe-output-padding': {
    tools: ['moduleprofiler'],
    note: 'The ones probe that measures the additions omits output_padding, so with padding and output_padding both positive its additions differ from the layer’s.',
  },
  'flopcounter-grad-weight-groups': {
    tools: ['flopcountermode_backward'],
    note: 'The grad_weight term is counted as an ordinary convolution over swapped shapes without dividing by groups, so for g > 1 it is g times too large (grouped regular convolutions too).',
  },
  'torch-profiler-unsupported': {
    tools: ['torch_profiler'],
    note: 'The profiler’s FLOP formulas cover aten::conv2d, matrix products, mul and add only; torch-tb-profiler displays the same 0 (inferred).',
  },
  'fvcore-78': {
    tools: ['fvcore_pre_pr80'],
    note: 'The output size was used with C_out·(C_out/g) in place of C_in·(C_out/g).',
  },
  'ptflops-57-149': {
    tools: ['ptflops_074'],
    note: 'From 0.6.4 (issue #57) transposed convolutions went through the ordinary convolution hook, on the output size; 0.7.5 (issue #149, 2025-08) went back to the input size.',
  },
  'uthop-92': {
    tools: ['uthop_old'],
    note: 'Behaved like Lyken17 thop 0.1.x (output size) until issue #92 was fixed by PR #93, released as 2.0.16 (2025-08).',
  },
  'deepspeed-in-as-out': {
    tools: ['deepspeed_09_flops', 'deepspeed_09_macs', 'deepspeed_06_flops', 'deepspeed_06_macs'],
    note: 'Output channels are read from weight dim 0, which for a transposed convolution is C_in: the MACs use C_in·⌊C_in/g⌋ where C_in·C_out/g is meant, and the bias term C_in channels.',
  },
  'deepspeed-kernel-dims': {
    tools: ['deepspeed_06_flops', 'deepspeed_06_macs'],
    note: 'The kernel was read as the last two weight dims, which for a 1-D transposed weight are (C_out/g, K): every count carries an extra factor C_out/g, and the bias length is computed for a kernel of C_out/g taps.',
  },
  'deepspeed-ordinary-length': {
    tools: ['deepspeed_09_flops', 'deepspeed_06_flops'],
    note: 'The bias term uses the output size of an ordinary convolution with these arguments, ⌊(S_in + 2p − d(k − 1) − 1)/s⌋ + 1 per dimension, instead of the transposed output size.',
  },
  'deepspeed-1d-crash': {
    tools: ['deepspeed_05'],
    note: 'The function assumes a 2-D convolution and raises IndexError on a 1-D input; since it runs inside the patched F.conv_transpose1d, the forward pass itself fails.',
  },
  'torchscan-constant': {
    tools: ['torchscan_macs', 'torchscan_flops'],
    note: 'A constant 4 per spatial dimension (8 for FLOPs) is added once per call for padding bookkeeping, whatever the batch.',
  },
  'mmcv-unsupported': {
    tools: ['mmcv'],
    note: 'A fork of old ptflops that maps only nn.ConvTranspose2d.',
  },
  'flopth-unsupported': {
    tools: ['flopth'],
    note: 'Dispatch is by isinstance(…, nn.Conv1d), and ConvTranspose1d is not a Conv1d subclass.',
  },
  'torchstat-unsupported': {
    tools: ['torchstat'],
    note: 'Only ConvTranspose2d and ConvTranspose3d have a MAdd formula.',
  },
  'float-total': {
    tools: ['thop', 'ptflops', 'moduleprofiler'],
    note: 'The tool keeps this total in floating point, so above 2^53 its printed value may be rounded; the value here is exact.',
  },
  'invalid-geometry': {
    tools: TOOL_KINDS.map((t) => t.id),
    note: 'Not a valid PyTorch layer and input, so no tool is asked.',
  },
} as const satisfies Record<string, ConvIssue>;

export type ConvIssueId = keyof typeof CONV_ISSUES;

// ---------------------------------------------------------------------------------- helpers

const prod = (xs: readonly bigint[]): bigint => xs.reduce((a, x) => a * x, 1n);
const zeros = (n: number): bigint[] => Array.from({ length: n }, () => 0n);
const FLOAT_EXACT = 2n ** 53n;

/**
 * What a tool computes for one layer: a count (null: none) and the issues that changed it;
 * `printed` is the number the tool prints where that is not a count (negative).
 */
interface Result {
  count: bigint | null;
  issues: ConvIssueId[];
  printed?: bigint;
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
      flops: flops < 0n ? { ...none('calflops-negative'), printed: flops } : ok(flops, groups, g.bias && bias !== v.Y && 'calflops-bias-length'),
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

// ----------------------------------------- older versions and other tools (ConvTranspose1d survey)
// Each is reported only on the layers of its tool's scope (tools.ts); the survey ("peers.md")
// read them for ConvTranspose1d. Written over the view like the tools above.

/**
 * FlopCounterMode backward, input and weight requiring grad: grad_input counted like the
 * forward, 2·P_in; grad_weight as an ordinary convolution over swapped shapes, 2·N·C_in·C_out·K·S_in,
 * without the 1/g. torch/utils/flop_counter.py conv_backward_flop; pytorch#119806.
 */
function flopCounterModeBackward(v: View): Result {
  const gradWeight = 2n * v.N * v.Cin * v.Cout * v.K * v.Si;
  return ok(2n * v.Pin + gradWeight, v.G > 1n && 'flopcounter-grad-weight-groups');
}

/** fvcore before PR #80: the output size with C_out·(C_out/g) channels. Commit f70407e shows the old code. */
function fvcorePrePr80(v: View): Result {
  const count = v.N * v.So * v.Cout * v.Gout * v.K;
  return ok(count, count !== v.Pin && 'fvcore-78');
}

/** ptflops 0.6.4–0.7.4: the ordinary convolution hook (output spatial), divided by N₀; shape reading as today's hook. */
function ptflops074(v: View): Result {
  const { g } = v;
  const issue = v.Pout !== v.Pin && ('ptflops-57-149' as const);
  if (v.unbatched) {
    const count = v.K * v.Cin * v.Gout * prod(g.size_out.slice(1)) + (g.bias ? v.So : 0n);
    const perSample = v.Pout + (g.bias ? v.Y : 0n);
    return ok(count, issue, count !== perSample && 'ptflops-unbatched');
  }
  if (v.N === 0n) return none('ptflops-empty-batch');
  return ok((v.Pout + (g.bias ? v.Y : 0n)) / v.N, issue);
}

/** thop before the 2022 refactor: numel(output)·((C_in/g)·K + bias), channels from the module. basic_hooks.py count_convNd @ 0fece23. */
function thopOld(v: View): Result {
  return ok(v.Y * (v.Gin * v.K + (v.g.bias ? 1n : 0n)), v.Pout !== v.Pin && 'thop-93');
}

/** ultralytics-thop before 2.0.16: like Lyken17 thop 0.1.x, the output positions, no bias. */
function uthopOld(v: View): Result {
  return ok(v.Pout, v.Pout !== v.Pin && 'uthop-92');
}

/** DeepSpeed after PR #8323 (inferred from the PR): MACs P_in, FLOPs 2·P_in + one per output element. */
function deepspeedPr8323(v: View): Pair {
  return { macs: ok(v.Pin), flops: ok(2n * v.Pin + (v.g.bias ? v.Y : 0n)) };
}

/**
 * DeepSpeed 0.6.6–0.9.x (kernelRead: 'weight') and 0.5.9–0.6.5 (kernelRead: 'last-two'), transposed:
 * out_channels read from weight dim 0 (C_in); MACs = K'·input.shape[1]·⌊C_in/g⌋·batch·prod(input.shape[2:]),
 * bias C_in·batch·prod(ordinary-conv out dims). 0.5.9–0.6.5 read the kernel as the last two weight
 * dims, for a 1-D weight (C_out/g, K): K' = (C_out/g)·K, and the bias length uses a kernel of C_out/g.
 * profiler.py _conv_trans_flops_compute at v0.6.6 and v0.6.5.
 */
function deepspeedOld(v: View, lastTwo: boolean): Pair {
  const { g } = v;
  const shape = v.unbatched ? [v.Cin, ...g.size_in] : [v.N, v.Cin, ...g.size_in];
  const [batch, inCh, inputDims] = [shape[0], shape[1], shape.slice(2)];
  const pads = g.padding as bigint[];
  const kernel = lastTwo ? [v.Gout] : g.kernel;
  const K = lastTwo ? v.Gout * v.K : v.K;
  const outDims = inputDims.map((x, i) => floorDiv(x + 2n * pads[i] - (g.dilation[i] * (kernel[i] - 1n) + 1n), g.stride[i]) + 1n);
  const macs = K * inCh * (v.Cin / v.G) * batch * prod(inputDims);
  const bias = g.bias ? v.Cin * batch * prod(outDims) : 0n;
  const flops = 2n * macs + bias;
  const inAsOut = macs !== v.Pin && ('deepspeed-in-as-out' as const);
  const kernelDims = lastTwo && ('deepspeed-kernel-dims' as const);
  return {
    macs: ok(macs, kernelDims, inAsOut),
    flops:
      flops < 0n
        ? { ...none('calflops-negative'), printed: flops }
        : ok(flops, kernelDims, inAsOut, g.bias && prod(outDims) !== v.So && 'deepspeed-ordinary-length'),
  };
}

/** torchscan: numel(output)·(C_in/g)·K + 4·ndim MACs; FLOPs numel(output)·[(C_in/g)(2K − 1) + (C_in/g − 1) + bias] + 8·ndim. */
function torchscan(v: View): Pair {
  const nd = BigInt(v.n);
  return {
    macs: ok(v.Y * v.Gin * v.K + 4n * nd, 'torchscan-constant'),
    flops: ok(v.Y * (v.Gin * (2n * v.K - 1n) + (v.Gin - 1n) + (v.g.bias ? 1n : 0n)) + 8n * nd, 'torchscan-constant'),
  };
}

/** pthflops fx mode: the _ConvNd hook for transposed convolutions too: P_out + one per output element for the bias. ops_fx.py _count_convNd. */
function pthflops(v: View): Result {
  return ok(v.Pout + (v.g.bias ? v.Y : 0n));
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

/** Every tool's result; only those in the tool's scope are used (a formula outside it is not meant to hold). */
function compute(v: View): Record<ToolId, Result> {
  const cf = calflops(v);
  const transposed = v.g.transposed;
  const fixed = transposed ? deepspeedPr8323(v) : null;
  const ds09 = transposed ? deepspeedOld(v, false) : null;
  const ds06 = transposed && v.n === 1 ? deepspeedOld(v, true) : null;
  const ts = torchscan(v);
  const outOfScope = none('invalid-geometry');
  return {
    flopcountermode: flopCounterMode(v),
    flopcountermode_backward: transposed ? flopCounterModeBackward(v) : outOfScope,
    torch_profiler: ok(0n, 'torch-profiler-unsupported'),
    fvcore: fvcore(v),
    fvcore_pre_pr80: transposed ? fvcorePrePr80(v) : outOfScope,
    mmengine: transposed ? ok(v.Pin) : outOfScope,
    ptflops: ptflops(v),
    ptflops_aten: ptflopsAten(v),
    ptflops_074: transposed ? ptflops074(v) : outOfScope,
    thop: thop(v),
    thop_old: thopOld(v),
    uthop: uthop(v),
    uthop_old: uthopOld(v),
    calflops_flops: cf.flops,
    calflops_macs: cf.macs,
    deepspeed_flops: cf.flops,
    deepspeed_macs: cf.macs,
    deepspeed_pr8323_flops: fixed?.flops ?? outOfScope,
    deepspeed_pr8323_macs: fixed?.macs ?? outOfScope,
    deepspeed_09_flops: ds09?.flops ?? outOfScope,
    deepspeed_09_macs: ds09?.macs ?? outOfScope,
    deepspeed_06_flops: ds06?.flops ?? outOfScope,
    deepspeed_06_macs: ds06?.macs ?? outOfScope,
    deepspeed_05: none('deepspeed-1d-crash'),
    torchinfo: torchinfo(v),
    torchprofile: torchprofile(v),
    moduleprofiler: moduleprofiler(v),
    torchscan_macs: ts.macs,
    torchscan_flops: ts.flops,
    pthflops: pthflops(v),
    mmcv: ok(0n, 'mmcv-unsupported'),
    flopth: ok(0n, 'flopth-unsupported'),
    torchstat: ok(0n, 'torchstat-unsupported'),
  };
}

interface Evaluated {
  problem: string | null;
  /** The tools whose scope holds this layer, in tools.ts order. */
  tools: readonly ToolKind[];
  counts: Record<ToolId, bigint | null>;
  /** What each tool prints: the count, or where the tool prints a negative number, that number. */
  printed: Record<ToolId, bigint | null>;
  issues: Record<ToolId, ConvIssueId[]>;
}

/** The tools the survey read for this kind of convolution (tools.ts scope). */
export function convTools(g: Pick<ConvGeometry, 'transposed' | 'kernel'>): readonly ToolKind[] {
  return TOOL_KINDS.filter((t: ToolKind) => toolCovers(t, g.transposed, g.kernel.length));
}

function evaluate(g: ConvGeometry): Evaluated {
  const problem = convGeometryProblem(g);
  const results = problem === null ? compute(view(g)) : null;
  const tools = convTools(g);
  const counts = {} as Record<ToolId, bigint | null>;
  const printed = {} as Record<ToolId, bigint | null>;
  const issues = {} as Record<ToolId, ConvIssueId[]>;
  for (const { id } of tools as readonly { id: ToolId }[]) {
    if (results === null) {
      counts[id] = printed[id] = null;
      issues[id] = ['invalid-geometry'];
      continue;
    }
    const r = results[id];
    counts[id] = r.count;
    printed[id] = r.printed ?? r.count;
    issues[id] = r.count !== null && r.count > FLOAT_EXACT && FLOAT_TOOLS.has(id) ? [...r.issues, 'float-total'] : [...r.issues];
  }
  return { problem, tools, counts, printed, issues };
}

/** The ids of the known issues (CONV_ISSUES) that change each tool's number for this layer (the tools in scope). */
export function convPeerIssues(g: ConvGeometry): Record<CommonToolId, ConvIssueId[]> & Partial<Record<ToolId, ConvIssueId[]>> {
  return evaluate(g).issues;
}

/** What each tool in scope prints for this layer: its count, or the negative number it prints where it has no count; null for none. */
export function convPrinted(g: ConvGeometry): Partial<Record<ToolId, bigint | null>> {
  return evaluate(g).printed;
}

/**
 * Every tool's number for this layer, keyed by tool id (tools.ts order, the tools whose scope
 * holds the layer): the count as the tool computes it, in the tool's unit, with its batch
 * convention ('per sample' for the tools that divide by the batch, 'whole batch' otherwise,
 * 'n/a' when there is no count), and `note` the first sentence of each known issue that
 * changes it. An invalid geometry gives null counts with a note naming the problem.
 */
export function convPeers(g: ConvGeometry): Record<CommonToolId, PeerCount> & Partial<Record<ToolId, PeerCount>> {
  const { problem, tools, counts, issues } = evaluate(g);
  const out = {} as Record<CommonToolId, PeerCount> & Partial<Record<ToolId, PeerCount>>;
  for (const t of tools as readonly (ToolKind & { id: ToolId })[]) {
    const count = counts[t.id];
    const note =
      problem !== null
        ? `Not a valid PyTorch layer and input: ${problem}.`
        : issues[t.id].map((id) => CONV_ISSUES[id].note).join(' ');
    const peer: PeerCount = {
      count,
      unit: t.unit,
      batch: count === null ? 'n/a' : t.perSample ? 'per sample' : 'whole batch',
    };
    if (note) peer.note = note;
    out[t.id] = peer;
  }
  return out;
}
