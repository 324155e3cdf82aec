// PyTorch 1.13's whole path for nn.ConvNd, on shapes: the constructor, creating the input,
// then forward: F.pad for the non-'zeros' modes, batchify (the input's rank), _convolution_same
// for padding='same' in 'zeros' mode, and at::convolution with its backend. Each failure is
// named by the rule it breaks (rules.ts lists them in this order), with our sentence and
// PyTorch's own error; a layer that passes yields its per-axis geometry.
import type { InvalidInput, TorchError } from '../core/module.ts';
import { INT64_MAX } from '../core/params.ts';
import type { Axis } from './axis.ts';
import { constructError, inputTensorError } from './construct.ts';
import { convolution, type ConvFailure } from './convolution.ts';
import type { Layout } from './layout.ts';
import { padStage, type PadFailure } from './padStage.ts';
import { inputShape, type ConvParams } from './params.ts';
import { reversedPadding } from './samePadding.ts';
import { sameStage, type SameFailure } from './sameStage.ts';
import { list, shown } from './text.ts';
import { repeat, storedTuple, weightShape } from './tuples.ts';

export type Traced = { ok: true; axes: Axis[] } | { ok: false; error: InvalidInput };

const broken = (rule: string, param: string, message: string, torch: TorchError | null): Traced => ({ ok: false, error: { rule, param, message, torch } });

/** What the failure handlers need to know about the call. */
interface Call {
  p: ConvParams;
  layout: Layout;
  /** The input's shape as created. */
  shape: readonly bigint[];
  /** The spatial input sizes (the last nd dimensions of the shape). */
  sizes: readonly bigint[];
  /** The pairs the module asks F.pad for, per spatial dimension (non-'zeros' modes). */
  requested: readonly (readonly [bigint, bigint])[];
  /** The pairs F.pad added to each spatial dimension (zeros mode: none). */
  padPairs: readonly (readonly [bigint, bigint])[];
}

const kernelOf = (c: Call) => storedTuple(c.p.kernel_size, c.layout.nd);
const word = (c: Call, dim: number) => c.layout.words[dim] ?? `dimension ${dim}`;
const mode = (c: Call) => `padding_mode='${c.p.padding_mode}'`;
/** size + left + right as a sum: 3 + 2 + 2, or 3 − 1 − 1 for a crop. */
const sum = (size: bigint, pair: readonly [bigint, bigint]) => [size, ...pair].map((x, i) => (i === 0 ? `${x}` : x < 0n ? ` − ${-x}` : ` + ${x}`)).join('');

/** The tuple whose length is off: kernel_size first, else the argument PyTorch names (padding when F.pad fails). */
function tupleMismatch(c: Call, torch: TorchError, arg?: 'stride' | 'padding' | 'dilation'): Traced {
  const nd = c.layout.nd;
  const k = kernelOf(c);
  // A kernel_size of the wrong length makes PyTorch build a weight of the wrong rank, whatever it then reports.
  if (k.length !== nd) {
    return broken(
      'tuple_length_mismatch',
      'kernel_size',
      `kernel_size needs ${nd} ${nd === 1 ? 'entry' : 'entries'}, one per spatial dimension; got ${k.length}: ${shown(c.p.kernel_size)}.`,
      torch,
    );
  }
  arg ??= 'padding';
  const v = c.p[arg] as bigint | string | readonly bigint[];
  const n = typeof v === 'string' ? 1 : storedTuple(v, nd).length;
  const modes = arg === 'padding' && c.p.padding_mode !== 'zeros' ? ` with ${mode(c)}, where a tuple is not broadcast` : '';
  const allowed = arg === 'padding' && c.p.padding_mode !== 'zeros' ? `${nd}` : nd === 1 ? '1' : `1 or ${nd}`;
  return broken('tuple_length_mismatch', arg, `${arg} needs ${allowed} ${allowed === '1' ? 'entry' : 'entries'}${modes}; got ${n}: ${shown(v)}.`, torch);
}

/** The zero size behind an empty-input failure: a spatial size, else the channels. */
function emptyInput(c: Call, torch: TorchError, why: string): Traced {
  const at = c.sizes.findIndex((x) => x === 0n);
  if (at >= 0) return broken('zero_spatial_input', c.layout.spatialIn[at], `${c.layout.spatialIn[at]} must be at least 1; ${why}`, torch);
  return broken('in_channels_zero', 'in_channels', `in_channels must be at least 1; ${why}`, torch);
}

function padFailure(c: Call, f: PadFailure): Traced {
  const nd = c.layout.nd;
  const at = f.dim === undefined ? -1 : f.dim - (c.shape.length - nd);
  const spatial = at >= 0 && at < nd;
  const pair = spatial ? c.requested[at] : null;
  const size = spatial ? c.sizes[at] : null;
  const along = spatial ? `along ${word(c, at)} it is (${pair![0]}, ${pair![1]}) for a size of ${size}` : `got ${shown(c.p.padding)}`;
  switch (f.kind) {
    case 'length':
    case 'dims': {
      const pad = c.p.padding;
      if (typeof pad !== 'string' && nd > 1 && storedTuple(pad, nd).length === 1) {
        return broken(
          'one_element_padding_tuple_with_padding_mode',
          'padding',
          `With ${mode(c)} a 1-entry padding tuple is not broadcast: ${shown(pad)} pads only the last dimension, which PyTorch cannot do for this input. Give ${nd} entries, or an integer.`,
          f.torch,
        );
      }
      return tupleMismatch(c, f.torch);
    }
    case 'empty':
      return emptyInput(c, f.torch, `${mode(c)} cannot pad an empty input.`);
    case 'reflect_size':
      return broken(
        'reflect_padding_not_smaller_than_input',
        'padding',
        `With padding_mode='reflect' the padding must be smaller than the input in every dimension; ${along}.`,
        f.torch,
      );
    case 'too_small':
    case 'alloc':
    case 'circular_empty':
      return broken(
        'negative_padding_crops_input_away',
        'padding',
        `Negative padding crops the input, and here it crops it away: ${spatial ? `along ${word(c, at)}, ${sum(size!, pair!)} = ${size! + pair![0] + pair![1]}` : `padding ${shown(c.p.padding)}`}.`,
        f.torch,
      );
    case 'circular_size':
      if (reversedPadding(c.p, nd).length === 2 * nd) {
        return broken(
          'circular_padding_unbatched_input',
          'batch',
          `padding_mode='circular' needs a batched input: PyTorch's circular padding expects (N, C_in, ${c.layout.spatialIn.join(', ')}), and rejects an unbatched one. Give a batch size.`,
          f.torch,
        );
      }
      return tupleMismatch(c, f.torch);
    case 'circular_wrap':
      return broken(
        'circular_padding_larger_than_input',
        'padding',
        `With padding_mode='circular' the padding can wrap around the input at most once, so it may not exceed the input's size; ${along}.`,
        f.torch,
      );
  }
}

/** Whether a 'same' padding is negative through the kernel (a 0 entry) rather than the dilation. */
function negativeSamePadding(c: Call, torch: TorchError, dim?: number): Traced {
  const k = kernelOf(c);
  const zero = dim !== undefined && k[dim] !== undefined ? k[dim] === 0n : k.some((x) => x === 0n);
  return zero
    ? broken('kernel_size_zero', 'kernel_size', `kernel_size must be at least 1 in every dimension; got ${shown(c.p.kernel_size)}.`, torch)
    : broken(
        'dilation_nonpositive',
        'dilation',
        `dilation must be at least 1 in every dimension; got ${shown(c.p.dilation)}. (With padding='same' it makes the padding negative.)`,
        torch,
      );
}

function sameFailure(c: Call, f: SameFailure): Traced {
  switch (f.kind) {
    case 'weight_rank':
    case 'input_rank':
      return tupleMismatch(c, f.torch);
    case 'stride':
    case 'dilation':
      return tupleMismatch(c, f.torch, f.kind);
    case 'narrow':
      return negativeSamePadding(c, f.torch, f.dim);
    case 'new_dim':
      if (c.sizes[f.dim!] === 0n) {
        return broken(
          'zero_spatial_input',
          c.layout.spatialIn[f.dim!],
          `${c.layout.spatialIn[f.dim!]} must be at least 1; with padding='same' PyTorch pads the input first, and rejects an empty dimension even for an empty batch.`,
          f.torch,
        );
      }
      return negativeSamePadding(c, f.torch, f.dim);
  }
}

function convFailure(c: Call, f: ConvFailure): Traced {
  const dim = f.dim ?? -1;
  switch (f.kind) {
    case 'weight_rank':
    case 'input_rank':
      return tupleMismatch(c, f.torch);
    case 'expand':
      return tupleMismatch(c, f.torch, f.arg);
    case 'negative_padding':
      if (typeof c.p.padding === 'string') return negativeSamePadding(c, f.torch, f.dim);
      return broken(
        'padding_negative_zeros_mode',
        'padding',
        `padding must not be negative with padding_mode='zeros'; got ${shown(c.p.padding)}. (Only the other padding modes accept a negative padding, which crops the input.)`,
        f.torch,
      );
    case 'stride':
      return broken('stride_nonpositive', 'stride', `stride must be at least 1 in every dimension; got ${shown(c.p.stride)}.`, f.torch);
    case 'groups':
      return broken('zero_out_channels', 'out_channels', `out_channels must be at least 1; PyTorch rejects an empty weight tensor.`, f.torch);
    case 'channels':
      return tupleMismatch(c, f.torch);
    case 'kernel_fits': {
      const k = kernelOf(c)[dim];
      const fit = `the padded input holds ${f.padded} along ${word(c, dim)} but the dilated kernel spans dilation·(kernel_size − 1) + 1 = ${f.span}`;
      if (c.sizes[dim] === 0n) {
        return broken('zero_spatial_input', c.layout.spatialIn[dim], `${c.layout.spatialIn[dim]} must be at least 1; with 0, ${fit}.`, f.torch);
      }
      if (c.padPairs[dim][0] < 0n || c.padPairs[dim][1] < 0n) {
        return broken(
          'negative_padding_crops_input_away',
          'padding',
          `Negative padding crops the input below the kernel's span: ${sum(c.sizes[dim], c.padPairs[dim])} leaves ${f.padded} along ${word(c, dim)}, and the dilated kernel spans ${f.span}.`,
          f.torch,
        );
      }
      if (k !== undefined && k <= 0n) return negativeSamePadding(c, f.torch, dim);
      return broken('kernel_larger_than_padded_input', 'kernel_size', `The kernel must fit in the padded input: ${fit}. Reduce kernel_size or dilation, or pad more.`, f.torch);
    }
    case 'numel':
      if (dim >= 0 && c.sizes[dim] !== 0n) {
        return broken(
          'negative_padding_crops_input_away',
          'padding',
          `Negative padding crops the input away along ${word(c, dim)}: ${sum(c.sizes[dim], c.padPairs[dim])} = 0.`,
          f.torch,
        );
      }
      return emptyInput(c, f.torch, 'PyTorch rejects an empty input unless its batch is empty.');
    case 'dilation':
      return broken('dilation_nonpositive', 'dilation', `dilation must be at least 1 in every dimension; got ${shown(c.p.dilation)}.`, f.torch);
    case 'kernel_zero':
    case 'empty_weight':
      return broken('kernel_size_zero', 'kernel_size', `kernel_size must be at least 1 in every dimension; got ${shown(c.p.kernel_size)}.`, f.torch);
  }
}

/** The input's rank is wrong: our sentence, with PyTorch's error from wherever it noticed. */
function rankBroken(layout: Layout, shape: readonly bigint[], torch: TorchError): Traced {
  const nd = layout.nd;
  const sizes = layout.spatialIn.map((n) => n.replace('_in', '')).join(', ');
  return broken(
    'wrong_input_rank',
    'input_shape',
    `The input must have ${nd + 1} dimensions (C_in, ${sizes}) or ${nd + 2} (N, C_in, ${sizes}); a tensor of shape ${list(shape)} has ${shape.length}.`,
    torch,
  );
}

/** The failure handlers' view of the call (built only when a check fails). */
function callOf(p: ConvParams, layout: Layout, shape: readonly bigint[], rpad: readonly bigint[], padPairs: readonly (readonly [bigint, bigint])[] | null): Call {
  const nd = layout.nd;
  const sizes: bigint[] = [];
  const requested: (readonly [bigint, bigint])[] = [];
  for (let i = 0; i < nd; i++) {
    sizes.push(shape[shape.length - nd + i]);
    const j = nd - 1 - i;
    requested.push(2 * j + 1 < rpad.length ? [rpad[2 * j], rpad[2 * j + 1]] : [0n, 0n]);
  }
  return { p, layout, shape, sizes, requested, padPairs: padPairs ?? sizes.map(() => [0n, 0n] as const) };
}

const NO_PAD = [0n, 0n] as const;

/**
 * eq-conv-trace: run PyTorch's path for the layer on an input of the given shape (by default the
 * one its arguments describe): the per-axis geometry of the layer PyTorch runs, or the first
 * check it fails. For an input of the wrong rank, every failure from F.pad on is the rank's fault.
 */
export function trace(p: ConvParams, layout: Layout, given?: readonly bigint[]): Traced {
  const nd = layout.nd;
  const constructed = constructError(p, layout);
  if (constructed) return { ok: false, error: constructed };
  const shape = given ?? inputShape(p, layout);
  const rankWrong = shape.length !== nd + 1 && shape.length !== nd + 2;
  if (shape.some((x) => x < 0n)) {
    const names = given ? shape.map(() => 'input_shape') : [...(p.batch === null ? [] : ['batch']), 'in_channels', ...layout.spatialIn];
    return { ok: false, error: inputTensorError(shape, names)! };
  }
  // The pairs the module asks F.pad for (last dimension first).
  const zeros = p.padding_mode === 'zeros';
  const rpad = zeros ? [] : reversedPadding(p, nd);

  // ---- F.pad (reflect, replicate, circular) ----
  let x: bigint[] = shape.slice();
  let padPairs: (readonly [bigint, bigint])[] | null = null;
  if (!zeros) {
    const padded = padStage(shape, rpad, p.padding_mode);
    if (!padded.ok) return rankWrong ? rankBroken(layout, shape, padded.torch) : padFailure(callOf(p, layout, shape, rpad, null), padded);
    x = padded.shape;
    padPairs = [];
    for (let i = 0; i < nd; i++) padPairs.push(padded.pads[shape.length - nd + i] ?? NO_PAD);
  }

  // ---- batchify: F.convNd takes (C, *sizes) or (N, C, *sizes) ----
  if (x.length !== nd + 1 && x.length !== nd + 2) {
    return rankBroken(layout, shape, {
      stage: 'forward',
      type: 'RuntimeError',
      message: `Expected ${nd + 1}D (unbatched) or ${nd + 2}D (batched) input to ${layout.fn}, but got input of size: ${list(x)}`,
    });
  }
  if (x.length === nd + 1) x.unshift(1n);

  // ---- the padding the convolution itself applies ----
  const weight = weightShape(p, nd);
  const stride = storedTuple(p.stride, nd);
  const dilation = storedTuple(p.dilation, nd);
  let padding: bigint[];
  let constant: readonly (readonly [bigint, bigint])[] | null = null;
  if (!zeros) padding = repeat(0n, nd);
  else if (p.padding === 'valid') padding = [0n];
  else if (p.padding === 'same') {
    const same = sameStage(x, weight, stride, dilation);
    if (!same.ok) return sameFailure(callOf(p, layout, shape, rpad, padPairs), same);
    x = same.shape;
    padding = same.padding;
    constant = same.pads;
  } else padding = storedTuple(p.padding as bigint | readonly bigint[], nd);

  // ---- at::convolution ----
  const conv = convolution({ input: x, weight, stride, padding, dilation, groups: p.groups });
  if (!conv.ok) return convFailure(callOf(p, layout, shape, rpad, padPairs), conv);

  // ---- what PyTorch accepts but this calculator does not count ----
  if (conv.empty === 'channels') {
    return broken(
      'in_channels_zero',
      'in_channels',
      'in_channels must be at least 1. PyTorch accepts 0 here and returns an empty tensor without channels: nothing is computed, so there is nothing to count.',
      null,
    );
  }
  if (conv.dilation.some((d) => d <= 0n)) {
    return broken(
      'dilation_nonpositive',
      'dilation',
      `dilation must be at least 1 in every dimension; got ${shown(p.dilation)}. (PyTorch skips this check for an empty batch and returns an empty tensor; the layer itself is still ill-formed.)`,
      null,
    );
  }
  const axes: Axis[] = [];
  for (let i = 0; i < nd; i++) {
    const before = padPairs ? padPairs[i] : NO_PAD;
    const extra = constant ? constant[i] : NO_PAD;
    const size_in = shape[shape.length - nd + i];
    const left = before[0] + extra[0] + conv.padding[i];
    const right = before[1] + extra[1] + conv.padding[i];
    if (size_in + left + right > INT64_MAX) {
      return broken(
        'size_too_large',
        'padding',
        `The padded ${layout.words[i]} ${size_in + left + right} exceeds 2^63 − 1, the largest size a PyTorch tensor can have.`,
        null,
      );
    }
    axes.push({ size_in, pad: [left, right], kernel_size: weight[2 + i], stride: conv.stride[i], dilation: conv.dilation[i] });
  }
  return { ok: true, axes };
}
