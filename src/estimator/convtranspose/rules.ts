// PyTorch 1.13's checks for ConvTranspose2d/3d, in the order PyTorch runs them: the
// constructor (nn.ConvTransposeNd.__init__), creating the input tensor, then forward:
// the Python argument parser of F.conv_transpose{2,3}d, batchify (the input's rank),
// expand_param_if_needed (tuple lengths), check_shape_forward, the backend choice (an empty
// batch takes the "Empty" path, which skips the CPU kernel's checks), and the CPU kernel
// slow_conv_transpose{2,3}d's shape check. PyTorch's messages are verbatim (see
// tests/fixtures/golden/convtranspose2d.json and convtranspose3d.json).
import type { InvalidInput, TorchError } from '../core/module.ts';
import { INT64_MAX } from '../core/params.ts';
import type { Layout } from './layout.ts';
import { outputSizes, seedSizes } from './outputSize.ts';
import { sizesIn, type TransposedParams } from './params.ts';
import { expandTuple, storedTuple, zipAxes, type Axis } from './tuples.ts';

/** A broken rule's sentences: ours, and PyTorch's error (null where PyTorch accepts the input). */
export interface Violation {
  message: string;
  torch: TorchError | null;
  /** The argument to change, when it depends on the values (else the rule's). */
  param?: string;
}

/**
 * The arguments and what PyTorch derives from them (the stored tuples, the weight's shape, the
 * per-axis geometry, the output sizes), each computed at most once while the rules run.
 * Per-dimension values (`expanded`, `axes`, `outs`) are only read after the tuple checks pass.
 */
export class Checked {
  readonly p: TransposedParams;
  readonly layout: Layout;
  private k: bigint[] | undefined;
  private w: bigint[] | undefined;
  private sz: bigint[] | undefined;
  private ex: Partial<Record<TupleName, bigint[]>> = {};
  private ax: Axis[] | undefined;
  private o: bigint[] | undefined;

  constructor(p: TransposedParams, layout: Layout) {
    this.p = p;
    this.layout = layout;
  }
  /** kernel_size as the module stores it (any length). */
  get kernel(): bigint[] {
    return (this.k ??= storedTuple(this.p.kernel_size, this.layout.nd));
  }
  /** The weight's shape (C_in, C_out // groups, *kernel_size), Python's floor division. */
  get weight(): bigint[] {
    if (!this.w) {
      const { out_channels: o, groups: g } = this.p;
      const q = o / g;
      this.w = [this.p.in_channels, o % g !== 0n && o < 0n !== g < 0n ? q - 1n : q, ...this.kernel];
    }
    return this.w;
  }
  /** The spatial input sizes. */
  get sizes(): bigint[] {
    return (this.sz ??= sizesIn(this.p, this.layout));
  }
  /** A tuple argument broadcast to the spatial dimensions. */
  expanded(name: TupleName): bigint[] {
    return (this.ex[name] ??= expandTuple(this.p[name] as bigint | readonly bigint[], this.layout.nd, this.layout.nd)!);
  }
  get axes(): Axis[] {
    return (this.ax ??= zipAxes(this.sizes, this.kernel, this.expanded('stride'), this.expanded('padding'), this.expanded('output_padding'), this.expanded('dilation')));
  }
  /** The output sizes, (in − 1)·s − 2p + d·(k − 1) + op + 1 per axis. */
  get outs(): bigint[] {
    return (this.o ??= outputSizes(this.axes));
  }
}

type TupleName = 'stride' | 'padding' | 'output_padding' | 'dilation';

/** One of PyTorch's checks. */
export interface Rule {
  id: string;
  /** The argument the reader should change. */
  param: string;
  stage: 'construct' | 'forward';
  /** The violation, or null when the arguments pass this check. */
  check(c: Checked): Violation | null;
}

const list = (xs: readonly bigint[]) => `[${xs.join(', ')}]`;
const tuple = (xs: readonly bigint[]) => (xs.length === 1 ? `(${xs[0]},)` : `(${xs.join(', ')})`);
const shown = (v: bigint | readonly bigint[]) => (typeof v === 'bigint' ? String(v) : tuple(v));
const pyMod = (a: bigint, b: bigint) => {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
};
const err = (stage: string, type: string, message: string): TorchError => ({ stage, type, message });
const runtime = (message: string) => err('forward', 'RuntimeError', message);

/** The input tensor's shape as given: (N, C_in, *sizes), or (C_in, *sizes) unbatched. */
function inputShape(c: Checked): bigint[] {
  const rest = [c.p.in_channels, ...c.sizes];
  return c.p.batch === null ? rest : [c.p.batch, ...rest];
}

/** The input as PyTorch's convolution sees it after batchify: an unbatched input gains N = 1. */
const batchified = (c: Checked): bigint[] => [c.p.batch ?? 1n, c.p.in_channels, ...c.sizes];

/** One slice of the weight per group, as the CPU kernel receives it (groups are run one by one). */
const groupWeight = (c: Checked): bigint[] => [c.p.in_channels / c.p.groups, ...c.weight.slice(1)];

/** Per-dimension values as the CPU kernel prints them: "dilation_height: 1, dilation_width: 0". */
const named = (what: string, values: readonly bigint[], layout: Layout) => values.map((v, i) => `${what}_${layout.words[i]}: ${v}`);

/**
 * What PyTorch does with an empty batch (N = 0): the "Empty" backend multiplies the input by
 * weight.flatten()[0] (an IndexError when the weight is empty) and views the result as
 * (0, C_out, *sizes_out), which fails only for a negative size; the CPU kernel's checks
 * (kernel, dilation, output_padding, output size ≥ 1) never run. Null: PyTorch returns an empty tensor.
 */
function emptyPath(c: Checked): TorchError | null {
  if (c.weight.some((x) => x === 0n)) return err('forward', 'IndexError', 'index 0 is out of bounds for dimension 0 with size 0');
  const shape = [0n, c.p.out_channels, ...c.outs];
  let inferred = false;
  for (const x of shape) {
    if (x === -1n) {
      if (inferred) return runtime('only one dimension can be inferred');
      inferred = true;
    } else if (x < -1n) {
      return runtime(`invalid shape dimension ${x}`);
    }
  }
  return inferred
    ? runtime(`cannot reshape tensor of 0 elements into shape ${list(shape)} because the unspecified dimension size -1 can be any value and is ambiguous`)
    : null;
}

/** eq-ctn-empty-batch: PyTorch's error on the Empty path an empty batch takes (after the tuple and shape checks pass), or null. */
export function emptyBatchError(p: TransposedParams, layout: Layout): TorchError | null {
  return emptyPath(new Checked(p, layout));
}

/** PyTorch's error for a check of the CPU kernel: for an empty batch, the Empty path's instead. */
const kernelError = (c: Checked, message: () => string): TorchError | null => (c.p.batch === 0n ? emptyPath(c) : runtime(message()));

const emptyNote = (c: Checked, torch: TorchError | null) =>
  c.p.batch === 0n && torch === null ? ' (PyTorch skips this check for an empty batch and returns an empty tensor; the layer itself is still ill-formed.)' : '';

const weightMessage = (c: Checked) =>
  c.layout.nd === 2
    ? `non-empty 2D or 4D weight tensor expected, but got: ${list(groupWeight(c))}`
    : `non-empty 5D (n_output_plane x n_input_plane x kernel_depth x kernel_height x kernel_width) tensor expected for weight, but got: ${list(groupWeight(c))}`;

// ---- construct: nn.ConvTransposeNd.__init__ ----

const paddingModeNotZeros: Rule = {
  id: 'padding_mode_not_zeros',
  param: 'padding_mode',
  stage: 'construct',
  check: ({ p, layout }) =>
    p.padding_mode === 'zeros'
      ? null
      : {
          message: `padding_mode must be 'zeros'; got '${p.padding_mode}'. ${layout.title} supports no other padding mode.`,
          torch: err('construct', 'ValueError', `Only "zeros" padding mode is supported for ${layout.title}`),
        },
};

const groupsNonpositive: Rule = {
  id: 'groups_nonpositive',
  param: 'groups',
  stage: 'construct',
  check: ({ p }) =>
    p.groups > 0n ? null : { message: `groups must be a positive integer; got ${p.groups}.`, torch: err('construct', 'ValueError', 'groups must be a positive integer') },
};

const groupsNotDividingIn: Rule = {
  id: 'groups_not_dividing_in_channels',
  param: 'groups',
  stage: 'construct',
  check: ({ p }) =>
    pyMod(p.in_channels, p.groups) === 0n
      ? null
      : {
          message: `in_channels must be divisible by groups; ${p.in_channels} is not a multiple of ${p.groups}.`,
          torch: err('construct', 'ValueError', 'in_channels must be divisible by groups'),
        },
};

const groupsNotDividingOut: Rule = {
  id: 'groups_not_dividing_out_channels',
  param: 'groups',
  stage: 'construct',
  check: ({ p }) =>
    pyMod(p.out_channels, p.groups) === 0n
      ? null
      : {
          message: `out_channels must be divisible by groups; ${p.out_channels} is not a multiple of ${p.groups}.`,
          torch: err('construct', 'ValueError', 'out_channels must be divisible by groups'),
        },
};

const negativeWeight = (c: Checked) =>
  err('construct', 'RuntimeError', `Trying to create tensor with negative dimension ${c.weight.find((x) => x < 0n)}: ${list(c.weight)}`);

const channelsNegative: Rule = {
  id: 'channels_negative',
  param: 'out_channels',
  stage: 'construct',
  check: (c) => {
    const { p } = c;
    if (p.in_channels >= 0n && p.out_channels >= 0n) return null;
    const which = p.in_channels < 0n ? 'in_channels' : 'out_channels';
    return {
      param: which,
      message: `${which} must be a positive integer; got ${p[which]}. The weight tensor (in_channels, out_channels/groups, *kernel_size) cannot have a negative size.`,
      torch: negativeWeight(c),
    };
  },
};

const kernelSizeNegative: Rule = {
  id: 'kernel_size_negative',
  param: 'kernel_size',
  stage: 'construct',
  check: (c) =>
    c.kernel.some((k) => k < 0n)
      ? {
          message: `kernel_size must be positive in every dimension; got ${shown(c.p.kernel_size)}. The weight tensor cannot have a negative size.`,
          torch: negativeWeight(c),
        }
      : null,
};

// ---- the input tensor: torch.randn(shape) ----

const inputSizeNegative: Rule = {
  id: 'input_size_negative',
  param: 'batch',
  stage: 'forward',
  check: (c) => {
    if ((c.p.batch === null || c.p.batch >= 0n) && c.sizes.every((x) => x >= 0n)) return null;
    const shape = inputShape(c);
    const at = shape.findIndex((x) => x < 0n);
    const names = [...(c.p.batch === null ? [] : ['batch']), 'in_channels', ...c.layout.spatialIn];
    return {
      param: names[at],
      message: `${names[at]} must not be negative; got ${shape[at]}.`,
      torch: runtime(`Trying to create tensor with negative dimension ${shape[at]}: ${list(shape)}`),
    };
  },
};

// ---- forward ----

const paddingString: Rule = {
  id: 'padding_string',
  param: 'padding',
  stage: 'forward',
  check: ({ p, layout }) =>
    typeof p.padding === 'string'
      ? {
          message: `padding must be an integer or a tuple; ${layout.title} has no '${p.padding}' mode. PyTorch stores the string as a tuple of characters and fails when the layer runs.`,
          torch: err('forward', 'TypeError', `${layout.fn}(): argument 'padding' (position 5) must be tuple of ints, not tuple`),
        }
      : null,
};

const TUPLES = ['stride', 'padding', 'dilation', 'output_padding'] as const;

const tupleLengthMismatch: Rule = {
  id: 'tuple_length_mismatch',
  param: 'kernel_size',
  stage: 'forward',
  check: ({ p, layout, kernel }) => {
    const dims = kernel.length;
    for (const name of TUPLES) {
      const v = p[name] as bigint | readonly bigint[];
      if (typeof v === 'bigint' ? dims === layout.nd : v.length === 1 || v.length === dims) continue;
      const stored = storedTuple(v, layout.nd);
      const torch = runtime(
        `expected ${name} to be a single integer value or a list of ${dims} values to match the convolution dimensions, but got ${name}=${list(stored)}`,
      );
      if (dims !== layout.nd) {
        return {
          param: 'kernel_size',
          message: `kernel_size needs ${layout.nd} entries, one per spatial dimension; with ${dims} PyTorch builds a ${dims}-d weight and then rejects ${name} = ${shown(v)}.`,
          torch,
        };
      }
      return { param: name, message: `${name} needs 1 or ${layout.nd} entries; got ${stored.length}: ${shown(v)}.`, torch };
    }
    return null;
  },
};

const paddingNegative: Rule = {
  id: 'padding_negative',
  param: 'padding',
  stage: 'forward',
  check: (c) =>
    c.expanded('padding').some((x) => x < 0n)
      ? { message: `padding must not be negative; got ${shown(c.p.padding as bigint | readonly bigint[])}.`, torch: runtime('negative padding is not supported') }
      : null,
};

const outputPaddingNegative: Rule = {
  id: 'output_padding_negative',
  param: 'output_padding',
  stage: 'forward',
  check: (c) =>
    c.expanded('output_padding').some((x) => x < 0n)
      ? { message: `output_padding must not be negative; got ${shown(c.p.output_padding)}.`, torch: runtime('negative output_padding is not supported') }
      : null,
};

const strideNonpositive: Rule = {
  id: 'stride_nonpositive',
  param: 'stride',
  stage: 'forward',
  check: (c) =>
    c.expanded('stride').some((x) => x <= 0n)
      ? { message: `stride must be positive in every dimension; got ${shown(c.p.stride)}.`, torch: runtime('non-positive stride is not supported') }
      : null,
};

const kernelSizeLength: Rule = {
  id: 'kernel_size_length',
  param: 'kernel_size',
  stage: 'forward',
  check: (c) => {
    if (c.kernel.length === c.layout.nd) return null;
    const w = c.weight;
    return {
      message: `kernel_size needs ${c.layout.nd} entries, one per spatial dimension; got ${c.kernel.length}: ${shown(c.p.kernel_size)}.`,
      torch: runtime(
        `Expected ${w.length}-dimensional input for ${w.length}-dimensional weight ${list(w)}, but got ${c.layout.nd + 2}-dimensional input of size ${list(batchified(c))} instead`,
      ),
    };
  },
};

const zeroInChannels: Rule = {
  id: 'zero_in_channels',
  param: 'in_channels',
  stage: 'forward',
  check: (c) =>
    c.p.in_channels >= c.p.groups
      ? null
      : {
          message: `in_channels must be at least groups (${c.p.groups}); got ${c.p.in_channels}.`,
          torch: runtime(`Given groups=${c.p.groups}, expected weight to be at least ${c.p.groups} at dimension 0, but got weight of size ${list(c.weight)} instead`),
        },
};

const zeroSpatialInput: Rule = {
  id: 'zero_spatial_input',
  param: 'width_in',
  stage: 'forward',
  check: (c) => {
    if (c.p.batch === 0n) return null; // an empty batch is sent to the Empty path before this check
    const at = c.sizes.findIndex((x) => x === 0n);
    if (at < 0) return null;
    return {
      param: c.layout.spatialIn[at],
      message: `${c.layout.spatialIn[at]} must be at least 1; PyTorch rejects an empty input unless its batch is empty.`,
      torch: runtime(`Only zero batch or zero channel inputs are supported, but got input shape: ${list(batchified(c))}`),
    };
  },
};

const kernelSizeZero: Rule = {
  id: 'kernel_size_zero',
  param: 'kernel_size',
  stage: 'forward',
  check: (c) => {
    if (!c.kernel.some((x) => x === 0n)) return null;
    const torch = kernelError(c, () =>
      c.layout.kernelCheckFirst ? `kernel size should be greater than zero, but got ${named('kernel', c.kernel, c.layout).join(' ')}` : weightMessage(c),
    );
    return { message: `kernel_size must be at least 1 in every dimension; got ${shown(c.p.kernel_size)}.`, torch };
  },
};

const dilationNonpositive: Rule = {
  id: 'dilation_nonpositive',
  param: 'dilation',
  stage: 'forward',
  check: (c) => {
    const d = c.expanded('dilation');
    if (!d.some((x) => x <= 0n)) return null;
    const torch = kernelError(c, () => `dilation should be greater than zero, but got ${named('dilation', d, c.layout).join(', ')}`);
    return { message: `dilation must be positive in every dimension; got ${shown(c.p.dilation)}.${emptyNote(c, torch)}`, torch };
  },
};

const outputPaddingTooLarge: Rule = {
  id: 'output_padding_too_large',
  param: 'output_padding',
  stage: 'forward',
  check: (c) => {
    if (c.p.batch === 0n) return null; // not checked on the Empty path
    const [op, s, d] = [c.expanded('output_padding'), c.expanded('stride'), c.expanded('dilation')];
    const at = op.findIndex((o, i) => o >= s[i] && o >= d[i]);
    if (at < 0) return null;
    const { layout } = c;
    return {
      message: `output_padding must be smaller than stride or dilation in every dimension; along ${layout.words[at]} it is ${op[at]} with stride ${s[at]} and dilation ${d[at]}.`,
      torch: runtime(
        `output padding must be smaller than either stride or dilation, but got ${[...named('output_padding', op, layout), ...named('stride', s, layout), ...named('dilation', d, layout)].join(' ')}`,
      ),
    };
  },
};

const zeroOutChannels: Rule = {
  id: 'zero_out_channels',
  param: 'out_channels',
  stage: 'forward',
  check: (c) =>
    c.p.out_channels === 0n
      ? { message: 'out_channels must be at least 1; PyTorch rejects an empty weight tensor.', torch: kernelError(c, () => weightMessage(c)) }
      : null,
};

const outputTooSmall: Rule = {
  id: 'output_too_small',
  param: 'padding',
  stage: 'forward',
  check: (c) => {
    // An empty batch accepts an output size of 0 (an empty tensor); only a negative one fails.
    const least = c.p.batch === 0n ? 0n : 1n;
    const at = c.outs.findIndex((o) => o < least);
    if (at < 0) return null;
    return {
      message: `The output ${c.layout.words[at]} must be at least ${least}, but (in − 1)·stride − 2·padding + dilation·(kernel_size − 1) + output_padding + 1 = ${c.outs[at]} there. Reduce padding, or increase the input size, kernel_size, stride or dilation.`,
      torch: kernelError(
        c,
        () => `Given input size per channel: (${c.sizes.join(' x ')}). Calculated output size per channel: (${c.outs.join(' x ')}). Output size is too small`,
      ),
    };
  },
};

const outputTooLarge: Rule = {
  id: 'output_too_large',
  param: 'stride',
  stage: 'forward',
  check: (c) => {
    const at = c.outs.findIndex((o) => o > INT64_MAX);
    if (at < 0) return null;
    return { message: `The output ${c.layout.words[at]} would be ${c.outs[at]}, beyond 2^63 − 1, the largest size a PyTorch tensor can have.`, torch: null };
  },
};

/** The constructor's checks, in its order. */
export const constructRules: readonly Rule[] = [
  paddingModeNotZeros,
  groupsNonpositive,
  groupsNotDividingIn,
  groupsNotDividingOut,
  channelsNegative,
  kernelSizeNegative,
];

const shared: readonly Rule[] = [
  ...constructRules,
  inputSizeNegative,
  paddingString,
  // (the input's rank is checked here: see rankError)
  tupleLengthMismatch,
  paddingNegative,
  outputPaddingNegative,
  strideNonpositive,
  kernelSizeLength,
  zeroInChannels,
  zeroSpatialInput,
];

const rules2d: readonly Rule[] = [...shared, kernelSizeZero, dilationNonpositive, outputPaddingTooLarge, zeroOutChannels, outputTooSmall, outputTooLarge];
const rules3d: readonly Rule[] = [...shared, dilationNonpositive, outputPaddingTooLarge, zeroOutChannels, kernelSizeZero, outputTooSmall, outputTooLarge];

/** eq-ctn-rules: the checks of ConvTranspose2d or ConvTranspose3d, in PyTorch's order. */
export function rulesFor(layout: Layout): readonly Rule[] {
  return layout.nd === 2 ? rules2d : rules3d;
}

const invalid = (rule: Rule, v: Violation): InvalidInput => ({ rule: rule.id, param: v.param ?? rule.param, message: v.message, torch: v.torch });

/** eq-ctn-first-violation: the first rule the checked arguments break, in PyTorch's order, or null. */
export function firstViolation(c: Checked): InvalidInput | null {
  for (const rule of rulesFor(c.layout)) {
    const v = rule.check(c);
    if (v) return invalid(rule, v);
  }
  return null;
}

/** eq-ctn-validate: the first rule the arguments break, in PyTorch's order, or null when PyTorch runs the layer. */
export function validate(p: TransposedParams, layout: Layout): InvalidInput | null {
  return firstViolation(new Checked(p, layout));
}

// Null when the rank is right (the shape's sizes are then the arguments' business). The
// constructor's errors come first, then creating a tensor with a negative size, then the
// argument parser's rejection of a string padding, and only then batchify's rank check.
/** eq-ctn-rank: PyTorch's error for an input of this shape when its rank is not nd + 1 (unbatched) or nd + 2. */
export function rankError(p: TransposedParams, shape: readonly bigint[], layout: Layout): InvalidInput | null {
  if (shape.length === layout.nd + 1 || shape.length === layout.nd + 2) return null;
  const c = new Checked(p, layout);
  for (const rule of constructRules) {
    const v = rule.check(c);
    if (v) return invalid(rule, v);
  }
  const negative = shape.find((x) => x < 0n);
  if (negative !== undefined) {
    return {
      rule: 'input_size_negative',
      param: 'input_shape',
      message: `An input shape cannot hold a negative size; got ${negative}.`,
      torch: runtime(`Trying to create tensor with negative dimension ${negative}: ${list(shape)}`),
    };
  }
  const v = paddingString.check(c);
  if (v) return invalid(paddingString, v);
  const dims = layout.spatialIn.map((n) => n.replace('_in', '')).join(', ');
  return {
    rule: 'wrong_input_rank',
    param: 'input_shape',
    message: `The input must have ${layout.nd + 1} dimensions (C_in, ${dims}) or ${layout.nd + 2} (N, C_in, ${dims}); a tensor of shape ${list(shape)} has ${shape.length}.`,
    torch: runtime(`Expected ${layout.nd + 1}D (unbatched) or ${layout.nd + 2}D (batched) input to ${layout.fn}, but got input of size: ${list(shape)}`),
  };
}

// The probe is ConvTransposeNd(1, 1, kernel_size, stride, padding, dilation=dilation, bias=False)
// on ones of shape (1, *sizes_in), without output_padding: PyTorch refuses it when an input size
// is 0 or a seed size is below 1.
/** eq-ctn-probe-problem: why the documented probe cannot run for a valid layer, or null when it runs. */
export function probeProblem(axes: readonly Axis[], layout: Layout): { message: string; torch: string } | null {
  const sizes = axes.map((a) => a.length_in);
  if (sizes.some((x) => x === 0n)) {
    return {
      message: 'The documented method is undefined here: its ones probe has an input of size 0, and PyTorch refuses to run it. Only the exact count applies.',
      torch: `Only zero batch or zero channel inputs are supported, but got input shape: ${list([1n, 1n, ...sizes])}`,
    };
  }
  const seeds = seedSizes(axes);
  if (seeds.every((s) => s >= 1n)) return null;
  return {
    message: `The documented method is undefined here: its ones probe drops output_padding, so its output would be ${seeds.join(' × ')} (each size minus output_padding), and PyTorch refuses to run it. Only the exact count applies.`,
    torch: `Given input size per channel: (${sizes.join(' x ')}). Calculated output size per channel: (${seeds.join(' x ')}). Output size is too small`,
  };
}
