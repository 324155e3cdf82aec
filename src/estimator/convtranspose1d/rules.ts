import type { ConvTranspose1dParams } from './params.ts';
import { outputLength, probeLength } from './outputLength.ts';

/** One of PyTorch's checks, in the order PyTorch 1.13+ runs them (construction first, then forward). */
export interface Rule {
  id: string;
  /** The argument the reader should change. */
  param: keyof ConvTranspose1dParams;
  violated(p: ConvTranspose1dParams): boolean;
  /** Our sentence: names the rule and the values that break it. */
  message(p: ConvTranspose1dParams): string;
  /** What PyTorch itself raises, verbatim (see tests/fixtures/golden). */
  torch?: { stage: 'construct' | 'forward'; type: 'ValueError' | 'RuntimeError'; message(p: ConvTranspose1dParams): string | null };
}

// Python's floor division and modulo, as nn.ConvTranspose1d.__init__ uses them.
const pyDiv = (a: bigint, b: bigint) => (a % b !== 0n && a < 0n !== b < 0n ? a / b - 1n : a / b);
const pyMod = (a: bigint, b: bigint) => a - b * pyDiv(a, b);
const weightShape = (p: ConvTranspose1dParams) => [p.in_channels, pyDiv(p.out_channels, p.groups), p.kernel_size];
const list = (xs: bigint[]) => `[${xs.join(', ')}]`;
const INT64_MAX = (1n << 63n) - 1n;

export const rules: Rule[] = [
  {
    id: 'groups_nonpositive',
    param: 'groups',
    violated: (p) => p.groups <= 0n,
    message: (p) => `groups must be a positive integer; got ${p.groups}.`,
    torch: { stage: 'construct', type: 'ValueError', message: () => 'groups must be a positive integer' },
  },
  {
    id: 'in_channels_not_divisible',
    param: 'groups',
    violated: (p) => pyMod(p.in_channels, p.groups) !== 0n,
    message: (p) => `in_channels must be divisible by groups; ${p.in_channels} is not a multiple of ${p.groups}.`,
    torch: { stage: 'construct', type: 'ValueError', message: () => 'in_channels must be divisible by groups' },
  },
  {
    id: 'out_channels_not_divisible',
    param: 'groups',
    violated: (p) => pyMod(p.out_channels, p.groups) !== 0n,
    message: (p) => `out_channels must be divisible by groups; ${p.out_channels} is not a multiple of ${p.groups}.`,
    torch: { stage: 'construct', type: 'ValueError', message: () => 'out_channels must be divisible by groups' },
  },
  {
    id: 'negative_weight_dimension',
    param: 'kernel_size',
    violated: (p) => weightShape(p).some((x) => x < 0n),
    message: (p) => {
      const [c, o, k] = weightShape(p);
      const which = c < 0n ? `in_channels (${c})` : o < 0n ? `out_channels (${p.out_channels})` : `kernel_size (${k})`;
      return `The weight tensor (in_channels, out_channels/groups, kernel_size) cannot have a negative size: ${which} is negative.`;
    },
    torch: {
      stage: 'construct',
      type: 'RuntimeError',
      message: (p) => {
        const shape = weightShape(p);
        return `Trying to create tensor with negative dimension ${shape.find((x) => x < 0n)}: ${list(shape)}`;
      },
    },
  },
  {
    id: 'batch_nonpositive',
    param: 'batch',
    violated: (p) => p.batch !== null && p.batch <= 0n,
    message: (p) =>
      `batch must be a positive integer, or empty for an unbatched input; got ${p.batch}. (PyTorch accepts an empty batch, which performs no operations.)`,
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      // batch = 0 is legal in PyTorch (an empty output); only a negative batch raises.
      message: (p) =>
        p.batch !== null && p.batch < 0n
          ? `Trying to create tensor with negative dimension ${p.batch}: ${list([p.batch, p.in_channels, p.length_in])}`
          : null,
    },
  },
  {
    id: 'length_in_negative',
    param: 'length_in',
    violated: (p) => p.length_in < 0n,
    message: (p) => `length_in must be a positive integer; got ${p.length_in}.`,
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) =>
        `Trying to create tensor with negative dimension ${p.length_in}: ${list([...(p.batch === null ? [] : [p.batch]), p.in_channels, p.length_in])}`,
    },
  },
  {
    id: 'padding_negative',
    param: 'padding',
    violated: (p) => p.padding < 0n,
    message: (p) => `padding must not be negative; got ${p.padding}.`,
    torch: { stage: 'forward', type: 'RuntimeError', message: () => 'negative padding is not supported' },
  },
  {
    id: 'output_padding_negative',
    param: 'output_padding',
    violated: (p) => p.output_padding < 0n,
    message: (p) => `output_padding must not be negative; got ${p.output_padding}.`,
    torch: { stage: 'forward', type: 'RuntimeError', message: () => 'negative output_padding is not supported' },
  },
  {
    id: 'stride_nonpositive',
    param: 'stride',
    violated: (p) => p.stride <= 0n,
    message: (p) => `stride must be a positive integer; got ${p.stride}.`,
    torch: { stage: 'forward', type: 'RuntimeError', message: () => 'non-positive stride is not supported' },
  },
  {
    id: 'in_channels_zero',
    param: 'in_channels',
    violated: (p) => p.in_channels < p.groups,
    message: (p) => `in_channels must be at least groups (${p.groups}); got ${p.in_channels}.`,
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) =>
        `Given groups=${p.groups}, expected weight to be at least ${p.groups} at dimension 0, but got weight of size ${list(weightShape(p))} instead`,
    },
  },
  {
    id: 'length_in_zero',
    param: 'length_in',
    violated: (p) => p.length_in === 0n,
    message: () => 'length_in must be a positive integer; PyTorch rejects an input of length 0.',
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) =>
        `Only zero batch or zero channel inputs are supported, but got input shape: ${list([p.batch ?? 1n, p.in_channels, 1n, 0n])}`,
    },
  },
  {
    id: 'kernel_size_zero',
    param: 'kernel_size',
    violated: (p) => p.kernel_size === 0n,
    message: () => 'kernel_size must be a positive integer; got 0.',
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) => `kernel size should be greater than zero, but got kHeight: 1 kWidth: ${p.kernel_size}`,
    },
  },
  {
    id: 'dilation_nonpositive',
    param: 'dilation',
    violated: (p) => p.dilation <= 0n,
    message: (p) => `dilation must be a positive integer; got ${p.dilation}.`,
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) => `dilation should be greater than zero, but got dilation_height: 1, dilation_width: ${p.dilation}`,
    },
  },
  {
    id: 'output_padding_too_large',
    param: 'output_padding',
    violated: (p) => p.output_padding >= p.stride && p.output_padding >= p.dilation,
    message: (p) =>
      `output_padding must be smaller than stride or dilation; got output_padding = ${p.output_padding} with stride = ${p.stride} and dilation = ${p.dilation}.`,
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) =>
        `output padding must be smaller than either stride or dilation, but got output_padding_height: 0 output_padding_width: ${p.output_padding} stride_height: 1 stride_width: ${p.stride} dilation_height: 1 dilation_width: ${p.dilation}`,
    },
  },
  {
    id: 'out_channels_zero',
    param: 'out_channels',
    violated: (p) => p.out_channels === 0n,
    message: () => 'out_channels must be a positive integer; an empty weight tensor is rejected.',
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) => `non-empty 2D or 4D weight tensor expected, but got: ${list([p.in_channels, p.out_channels / p.groups, 1n, p.kernel_size])}`,
    },
  },
  {
    id: 'output_too_small',
    param: 'padding',
    violated: (p) => outputLength(p) < 1n,
    message: (p) =>
      `The output length must be at least 1, but (L_in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = ${outputLength(p)}. Reduce padding, or increase length_in, kernel_size, stride or dilation.`,
    torch: {
      stage: 'forward',
      type: 'RuntimeError',
      message: (p) =>
        `Given input size per channel: (1 x ${p.length_in}). Calculated output size per channel: (1 x ${outputLength(p)}). Output size is too small`,
    },
  },
  {
    id: 'output_too_large',
    param: 'length_in',
    violated: (p) => outputLength(p) > INT64_MAX,
    message: (p) => `The output length ${outputLength(p)} exceeds 2^63 − 1, the largest size a PyTorch tensor can have.`,
  },
];

/** Why the documented probe cannot run for a valid layer: its own output length is below 1. */
export function probeProblem(p: ConvTranspose1dParams): { message: string; torch: string } | null {
  const length = probeLength(p);
  if (length >= 1n) return null;
  return {
    message: `The documented method is undefined here: its ones probe drops output_padding, so its output length would be ${length} (L_out − output_padding), and PyTorch refuses to run it. Only the exact count applies.`,
    torch: `Given input size per channel: (1 x ${p.length_in}). Calculated output size per channel: (1 x ${length}). Output size is too small`,
  };
}
