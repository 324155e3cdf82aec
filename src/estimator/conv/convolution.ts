// at::convolution on shapes: expand_param_if_needed, check_shape_forward, then the CPU backend
// PyTorch 1.13 picks (Empty for an empty batch or channel dimension, oneDNN, or the slow
// kernels) and the checks that backend makes. Messages are PyTorch's, verbatim.
import type { TorchError } from '../core/module.ts';
import { expandList, pyFloorDiv } from './tuples.ts';
import { list } from './text.ts';

/**
 * Threads PyTorch runs on (torch.get_num_threads()). It enters oneDNN's selection only for a
 * kernel of 1×1 with stride and dilation 1, where the only invalid layers it changes are Conv3d
 * kernels (0, 1, 1); the golden data's machine, like this workplace's, ran 1 thread.
 */
export const TORCH_THREADS = 1;

export interface ConvCall {
  /** The input after batchify (N, C, *sizes). */
  input: readonly bigint[];
  weight: readonly bigint[];
  stride: readonly bigint[];
  padding: readonly bigint[];
  dilation: readonly bigint[];
  groups: bigint;
}

export type ConvFailureKind =
  | 'weight_rank'
  | 'expand'
  | 'negative_padding'
  | 'stride'
  | 'input_rank'
  | 'groups'
  | 'channels'
  | 'kernel_fits'
  | 'numel'
  | 'dilation'
  | 'kernel_zero'
  | 'empty_weight';

export interface ConvFailure {
  ok: false;
  kind: ConvFailureKind;
  torch: TorchError;
  /** For 'expand': the argument whose length is wrong. */
  arg?: 'stride' | 'padding' | 'dilation';
  /** The spatial dimension concerned, when there is one. */
  dim?: number;
  /** For 'kernel_fits': the padded input size and the dilated kernel's span there. */
  padded?: bigint;
  span?: bigint;
}

export interface ConvOk {
  ok: true;
  /** The Empty backend took the call (no checks of the kernel or dilation): an empty batch or no channels. */
  empty: 'batch' | 'channels' | null;
  stride: bigint[];
  padding: bigint[];
  dilation: bigint[];
  /** Spatial output sizes. */
  sizes: bigint[];
}

const runtime = (message: string): TorchError => ({ stage: 'forward', type: 'RuntimeError', message });
const fail = (kind: ConvFailureKind, torch: TorchError, extra: Partial<ConvFailure> = {}): ConvFailure => ({ ok: false, kind, torch, ...extra });
const product = (xs: readonly bigint[]) => xs.reduce((a, b) => a * b, 1n);

/** The backend's kernel and dilation checks (everything before them has passed). */
function backendCheck(input: readonly bigint[], weight: readonly bigint[], stride: readonly bigint[], dilation: readonly bigint[], groups: bigint): ConvFailure | null {
  const kernel = weight.slice(2);
  const [N, C] = [input[0], input[1]];
  const [kh, kw] = [weight[weight.length - 2], weight[weight.length - 1]];
  const strided = stride.some((s) => s !== 1n);
  const dilated = dilation.some((d) => d !== 1n);
  // ConvParams::use_mkldnn for a float CPU tensor.
  const mkldnn =
    (strided || dilated || N >= 16n || kw !== 1n || kh !== 1n || TORCH_THREADS > 1) &&
    (groups > 1n || (kw > 3n && kh > 3n) || N > 1n || N * C * input[2] * input[3] > 20480n);
  const zeroDim = kernel.findIndex((k) => k <= 0n);
  const badDilation = dilation.findIndex((d) => d <= 0n);
  if (mkldnn) {
    if (badDilation >= 0) return fail('dilation', runtime('non-positive dilation is not supported'), { dim: badDilation });
    if (zeroDim >= 0) return fail('kernel_zero', runtime('could not create a descriptor for a dilated convolution forward propagation primitive'), { dim: zeroDim });
    return null;
  }
  if (dilated) {
    // slow_conv_dilated2d / slow_conv_dilated3d
    if (zeroDim >= 0) return fail('kernel_zero', runtime(`kernel size should be greater than zero, but got ${list(kernel)}`), { dim: zeroDim });
    if (badDilation >= 0) return fail('dilation', runtime(`dilation should be greater than zero, but got ${list(dilation)}`), { dim: badDilation });
    return null;
  }
  if (zeroDim < 0) return null;
  return fail(
    'kernel_zero',
    runtime(
      kernel.length === 2
        ? `kernel size should be greater than zero, but got kernel_height: ${kernel[0]} kernel_width: ${kernel[1]}`
        : `kernel size should be greater than zero, but got: ${kernel.join(' x ')} (TxHxW)`,
    ),
    { dim: zeroDim },
  );
}

/**
 * eq-conv-convolution: at::convolution(input, weight, bias, stride, padding, dilation, groups) on
 * shapes: the spatial output sizes ⌊(in + 2p − d·(k − 1) − 1)/s⌋ + 1, or PyTorch's error. A 1-d
 * convolution is run as 2-d with a leading dimension of size 1, which shows in some messages.
 */
export function convolution(c: ConvCall): ConvOk | ConvFailure {
  const { input, weight, groups } = c;
  const k = weight.length;
  const dim = k - 2;
  if (dim <= 0) return fail('weight_rank', runtime('weight should have at least three dimensions'));
  const expanded: Record<'stride' | 'padding' | 'dilation', bigint[]> = { stride: [], padding: [], dilation: [] };
  for (const arg of ['stride', 'padding', 'dilation'] as const) {
    const e = expandList(c[arg], dim);
    if (e === null) {
      return fail(
        'expand',
        runtime(`expected ${arg} to be a single integer value or a list of ${dim} values to match the convolution dimensions, but got ${arg}=${list(c[arg])}`),
        { arg },
      );
    }
    expanded[arg] = e;
  }
  const { stride, padding, dilation } = expanded;
  // check_shape_forward
  if (padding.some((x) => x < 0n)) return fail('negative_padding', runtime('negative padding is not supported'), { dim: padding.findIndex((x) => x < 0n) });
  if (stride.some((x) => x <= 0n)) return fail('stride', runtime('non-positive stride is not supported'), { dim: stride.findIndex((x) => x <= 0n) });
  if (k !== input.length) {
    return fail(
      'input_rank',
      runtime(`Expected ${k}-dimensional input for ${k}-dimensional weight ${list(weight)}, but got ${input.length}-dimensional input of size ${list(input)} instead`),
    );
  }
  if (weight[0] < groups) {
    return fail('groups', runtime(`Given groups=${groups}, expected weight to be at least ${groups} at dimension 0, but got weight of size ${list(weight)} instead`));
  }
  if (input[1] !== weight[1] * groups) {
    return fail(
      'channels',
      runtime(`Given groups=${groups}, weight of size ${list(weight)}, expected input${list(input)} to have ${weight[1] * groups} channels, but got ${input[1]} channels instead`),
    );
  }
  const padded = input.slice(2).map((x, i) => x + 2n * padding[i]);
  const span = weight.slice(2).map((w, i) => dilation[i] * (w - 1n) + 1n);
  const tight = padded.findIndex((x, i) => x < span[i]);
  if (tight >= 0) {
    return fail(
      'kernel_fits',
      runtime(`Calculated padded input size per channel: (${padded.join(' x ')}). Kernel size: (${span.join(' x ')}). Kernel size can't be greater than actual input size`),
      { dim: tight, padded: padded[tight], span: span[tight] },
    );
  }
  // A 1-d convolution runs as 2-d: (N, C, 1, L), kernel (1, k), stride (1, s), dilation (1, d).
  const as2d = k === 3;
  const x = as2d ? [input[0], input[1], 1n, input[2]] : [...input];
  const w = as2d ? [weight[0], weight[1], 1n, weight[2]] : [...weight];
  const s = as2d ? [1n, stride[0]] : stride;
  const d = as2d ? [1n, dilation[0]] : dilation;
  const sizes = input.slice(2).map((x, i) => pyFloorDiv(x + 2n * padding[i] - dilation[i] * (weight[i + 2] - 1n) - 1n, stride[i]) + 1n);
  const ok = (empty: ConvOk['empty']): ConvOk => ({ ok: true, empty, stride, padding, dilation, sizes });
  if (x[0] === 0n || x[1] === 0n) {
    // The Empty backend: no kernel checks; it indexes the flattened weight, which fails when that is empty.
    if (x[1] === 0n) return ok('channels');
    if (product(w) === 0n) return fail('empty_weight', { stage: 'forward', type: 'IndexError', message: 'select(): index 0 out of range for tensor of size [0] at dimension 0' });
    return ok('batch');
  }
  const zero = x.findIndex((v) => v === 0n);
  if (zero >= 0) {
    return fail('numel', runtime(`Only zero batch or zero channel inputs are supported, but got input shape: ${list(x)}`), { dim: input.slice(2).findIndex((v) => v === 0n) });
  }
  return backendCheck(x, w, s, d, groups) ?? ok(null);
}
