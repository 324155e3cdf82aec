// torch.nn.GroupNorm: the channels of each sample are split into num_groups groups, each group
// (its channels at every position) is normalised to zero mean and unit (biased) variance, then
// optionally scaled and shifted per channel.
import { genericTorchExpression } from '../core/define.ts';
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome, Warning } from '../core/module.ts';
import type { ParamsOf, ParamValues } from '../core/params.ts';
import { creationError, listText, numel } from '../core/tensors.ts';
import { normCounts, type NormCounts } from '../norm/counts.ts';

export const params = [
  { name: 'num_groups', kind: 'int', label: 'num_groups', symbol: 'G', help: 'How many groups the channels are split into; it must divide num_channels.', initial: 32n, min: 1n },
  { name: 'num_channels', kind: 'int', label: 'num_channels', symbol: 'C', help: 'The channels expected in the input, its second size; the affine parameters have one entry per channel.', initial: 256n, min: 0n },
  { name: 'eps', kind: 'float', label: 'eps', symbol: '\\epsilon', help: 'Added to the variance before the square root; it changes the values, not the count.', torchDefault: 1e-5, initial: 1e-5 },
  { name: 'affine', kind: 'bool', label: 'affine', symbol: '\\gamma,\\beta', help: 'Whether the layer has a learned scale γ and shift β, one of each per channel.', torchDefault: true, initial: true },
  {
    name: 'input_shape',
    kind: 'shape',
    role: 'input',
    label: 'Input shape',
    symbol: 'x',
    help: 'The whole shape of the input, (N, C, *): a batch, the channels, then any number of sizes, e.g. (8, 256, 28, 28).',
    minRank: 0,
    maxRank: 16,
    initial: [8n, 256n, 28n, 28n],
  },
] as const;

export type GroupNormParams = ParamsOf<typeof params>;

export type GroupNormResult = {
  ok: true;
  params: GroupNormParams;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  /** R = N·G: one mean and one variance per sample and group. */
  rows: bigint;
  /** m = (C/G)·S: the elements of one group of one sample, S the product of the sizes after C. */
  row_length: bigint;
  documented: null;
  exact: NormCounts;
};

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count, by kind (two-pass mean and biased variance per group)',
  summary:
    'Per sample and group of m elements: m − 1 additions and a division for the mean; m subtractions, m squares, m − 1 additions and a division for the variance; one addition of eps, one square root and one reciprocal; then m subtractions and m multiplications, and with affine one multiplication and one addition per element.',
  quantities: [
    { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-exact' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-exact' },
    { key: 'divisions', label: 'Divisions (two means and a reciprocal per group)', unit: 'divisions', equation: 'eq-exact' },
    { key: 'square_roots', label: 'Square roots', unit: 'square roots', equation: 'eq-exact' },
    { key: 'macs', label: 'MACs (the squares summed into the variance)', unit: 'MACs', equation: 'eq-exact-macs' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact-total' },
  ],
};

const shape = (x: readonly bigint[]) => listText(x);

/**
 * PyTorch 1.13's checks in its order. Construction (torch/nn/modules/normalization.py, GroupNorm.__init__):
 * `num_channels % num_groups` (ZeroDivisionError for 0 groups under the Pythons 1.13 supports, 3.7–3.10),
 * then ValueError('num_channels must be divisible by num_groups'), then the weight and bias of
 * num_channels entries when affine. Then the input. The forward pass (torch/nn/functional.py,
 * group_norm, 1.13: no rank check yet, that came with pytorch/pytorch PR #87054 after the branch cut)
 * reads input.size(0) and input.size(1), checks `_verify_batch_size([N·C // G, G] + spatial)`, then
 * ATen (aten/src/ATen/native/group_norm.cpp, check_group_norm_inputs) wants C divisible by G and a
 * weight of C entries. With affine=False num_channels is never compared with the input.
 */
export function groupNormRules(p: GroupNormParams): InvalidInput | null {
  const G = p.num_groups;
  if (G === 0n) {
    return {
      rule: 'zero_num_groups',
      param: 'num_groups',
      message: 'num_groups is 0: the channels cannot be split into no groups (PyTorch fails taking num_channels modulo 0).',
      torch: { stage: 'construct', type: 'ZeroDivisionError', message: 'integer division or modulo by zero' },
    };
  }
  if (G < 0n) {
    // 1.13 accepts a negative count at construction when it divides num_channels; what its kernel does then was not verified.
    return {
      rule: 'negative_num_groups',
      param: 'num_groups',
      message: `num_groups = ${G} is negative: a layer needs at least one group. (PyTorch 1.13 does not refuse it cleanly, so no PyTorch message is given.)`,
      torch: null,
    };
  }
  if (p.num_channels % G !== 0n) {
    return {
      rule: 'num_channels_not_divisible',
      param: 'num_groups',
      message: `num_channels = ${p.num_channels} is not a multiple of num_groups = ${G}: every group must hold the same number of channels.`,
      torch: { stage: 'construct', type: 'ValueError', message: 'num_channels must be divisible by num_groups' },
    };
  }
  if (p.affine) {
    const weight = creationError([p.num_channels], 'construct', 'num_channels', `The weight, of num_channels = ${p.num_channels} entries,`);
    if (weight) return weight;
  }
  const x = p.input_shape;
  const input = creationError(x, 'input', 'input_shape', 'The input');
  if (input) return input;
  if (x.length < 2) {
    return {
      rule: 'input_rank_too_low',
      param: 'input_shape',
      message: `The input has ${x.length} dimension${x.length === 1 ? '' : 's'}; GroupNorm takes (N, C, *), at least a batch and channels.`,
      torch:
        x.length === 0
          ? { stage: 'forward', type: 'IndexError', message: 'Dimension specified as 0 but tensor has no dimensions' }
          : { stage: 'forward', type: 'IndexError', message: 'Dimension out of range (expected to be in range of [-1, 0], but got 1)' },
    };
  }
  const [N, C] = x;
  const spatial = x.slice(2);
  // Python's floor division; every operand is non-negative here.
  const verify = [(N * C) / G, G, ...spatial];
  if (((N * C) / G) * numel(spatial) === 1n) {
    return {
      rule: 'one_value_per_group',
      param: 'input_shape',
      message: `Each group would hold a single value in all (N·C/G times the sizes after C is 1), so PyTorch refuses it, whatever the mode.`,
      torch: { stage: 'forward', type: 'ValueError', message: `Expected more than 1 value per channel when training, got input size ${listText(verify)}` },
    };
  }
  if (C % G !== 0n) {
    return {
      rule: 'channels_not_divisible',
      param: 'input_shape',
      message: `The input has ${C} channels, which num_groups = ${G} does not divide.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: `Expected number of channels in input to be divisible by num_groups, but got input of shape ${shape(x)} and num_groups=${G}` },
    };
  }
  if (p.affine && C !== p.num_channels) {
    return {
      rule: 'num_channels_mismatch',
      param: 'input_shape',
      message: `The input has ${C} channels, but num_channels is ${p.num_channels}: with affine the two must be equal.`,
      torch: {
        stage: 'forward',
        type: 'RuntimeError',
        message: `Expected weight to be a vector of size equal to the number of channels in input, but got weight of shape ${listText([p.num_channels])} and input of shape ${shape(x)}`,
      },
    };
  }
  return null;
}

/** eq-rows … eq-exact-macs: the counts of one layer in closed form. */
export function estimate(p: GroupNormParams): Outcome<GroupNormParams> {
  const error = groupNormRules(p);
  if (error) return { ok: false, error };
  const x = p.input_shape;
  const [N, C] = x;
  const G = p.num_groups;
  const rows = N * G;
  const m = (C / G) * numel(x.slice(2));
  const result: GroupNormResult = {
    ok: true,
    params: p,
    output_shapes: [[...x]],
    rows,
    row_length: m,
    documented: null,
    exact: normCounts(rows, m, p.affine),
  };
  if (!p.affine && C !== p.num_channels) {
    result.warnings = [
      {
        rule: 'num_channels_unused',
        param: 'num_channels',
        message: `The input has ${C} channels where num_channels is ${p.num_channels}. Without affine PyTorch never compares the two and normalises the ${C} channels it is given; the counts here do the same.`,
        torch: null,
      },
    ];
  }
  return result;
}

export const definition: ModuleDefinition<GroupNormParams> = {
  id: 'groupnorm',
  torchName: 'torch.nn.GroupNorm',
  title: 'GroupNorm',
  family: 'Normalization',
  summary: 'Splits the channels of each sample into groups, normalises each group to zero mean and unit variance, then scales and shifts each channel.',
  params,
  fromValues: (v: ParamValues) => ({ ...v }) as unknown as GroupNormParams,
  inputs: [
    {
      name: 'input',
      shape: 'input_shape',
      dims: [
        { param: 'input_shape', symbol: 'N' },
        { param: 'num_channels', symbol: 'C' },
        { param: 'input_shape', symbol: '*', variadic: true },
      ],
    },
  ],
  outputs: ['output'],
  methods: [exactMethod],
  sizes: [
    { key: 'rows', label: 'Groups normalised, N·G', unit: 'groups', equation: 'eq-rows' },
    { key: 'row_length', label: 'Elements per group m = (C/G)·S', unit: 'elements', equation: 'eq-rows' },
  ],
  headline: [
    { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
    { method: 'exact', key: 'square_roots', label: 'Square roots' },
    { method: 'exact', key: 'macs' },
  ],
  estimate,
  versions: [{ version: 1, date: '2026-12-01', estimate }],
  documentedSource: null,
  torchExpression: (p: GroupNormParams) => genericTorchExpression({ params, title: 'GroupNorm' }, p),
};
