// torch.nn.Softmax: exp(x_i − max) / Σ exp(x_j − max) along one dimension of an input of any shape.
import { genericTorchExpression } from '../core/define.ts';
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome, Warning } from '../core/module.ts';
import { INT64_MIN, type ParamsOf, type ParamValues } from '../core/params.ts';
import { creationError, numel } from '../core/tensors.ts';

export const params = [
  {
    name: 'dim',
    kind: 'int',
    label: 'dim',
    symbol: 'd',
    help: 'The dimension each softmax runs along; negative counts from the end (-1 is the last). Empty or none: PyTorch’s deprecated implicit choice.',
    initial: -1n,
    min: INT64_MIN,
    nullable: { meaning: 'PyTorch’s implicit choice (deprecated): dim 0 for a 0-d, 1-d or 3-d input, else dim 1', toggle: 'dim=None (implicit, deprecated)' },
  },
  {
    name: 'input_shape',
    kind: 'shape',
    role: 'input',
    label: 'Input shape',
    symbol: 'x',
    help: 'The whole shape of the input, any number of dimensions: (8, 12, 128, 128), (10,), or () for a single number.',
    minRank: 0,
    maxRank: 16,
    initial: [8n, 12n, 128n, 128n],
  },
] as const;

export type SoftmaxParams = ParamsOf<typeof params>;

export type SoftmaxResult = {
  ok: true;
  params: SoftmaxParams;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  /** The non-negative dimension PyTorch normalises over. */
  effective_dim: bigint;
  /** n: the length of each softmax (1 for a 0-d input). */
  row_length: bigint;
  /** M: how many softmaxes, the product of the other sizes. */
  rows: bigint;
  documented: { total_ops: bigint };
  exact: { comparisons: bigint; additions: bigint; exponentials: bigint; divisions: bigint; total_ops: bigint };
};

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count, by kind (max-subtracted softmax)',
  summary: 'Per row of n elements: n − 1 comparisons for the maximum, n subtractions, n exponentials, n − 1 additions for the sum and n divisions.',
  quantities: [
    { key: 'comparisons', label: 'Comparisons (the row maximum)', unit: 'comparisons', equation: 'eq-exact' },
    { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-exact' },
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', equation: 'eq-exact' },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', equation: 'eq-exact' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact-total' },
  ],
};

export const documentedMethod: MethodSpec = {
  id: 'documented',
  label: 'Documented method (moduleprofiler)',
  summary: 'moduleprofiler’s published formula, reproduced exactly: M·(4n − 1), with the exponentials counted twice.',
  quantities: [{ key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-documented', signed: true }],
};

export const IMPLICIT_DIM_WARNING = 'Implicit dimension choice for softmax has been deprecated. Change the call to include dim=X as an argument.';

/** PyTorch's legacy choice for dim=None (torch.nn.functional._get_softmax_dim). */
export const implicitDim = (rank: number): number => (rank === 0 || rank === 1 || rank === 3 ? 0 : 1);

/** PyTorch's checks in its order: the input is created, then the forward pass wraps dim into the input's rank. */
export function softmaxRules(p: SoftmaxParams): InvalidInput | null {
  const input = creationError(p.input_shape, 'input', 'input_shape', 'The input');
  if (input) return input;
  if (p.dim === null) return null;
  // A 0-d tensor wraps dims as if it had one dimension.
  const r = BigInt(Math.max(p.input_shape.length, 1));
  if (p.dim < -r || p.dim >= r) {
    return {
      rule: 'dim_out_of_range',
      param: 'dim',
      message: `dim = ${p.dim} is outside the input's ${p.input_shape.length} dimension${p.input_shape.length === 1 ? '' : 's'}: it must be between ${-r} and ${r - 1n}.`,
      torch: { stage: 'forward', type: 'IndexError', message: `Dimension out of range (expected to be in range of [${-r}, ${r - 1n}], but got ${p.dim})` },
    };
  }
  return null;
}

/** The geometry of a row-wise layer (eq-rows): the dimension d used, the row length n and the number of rows M. */
export function rowsOf(p: { dim: bigint | null; input_shape: readonly bigint[] }): { d: number; n: bigint; M: bigint } {
  const x = p.input_shape;
  const rank = x.length;
  const d = p.dim === null ? implicitDim(rank) : Number(p.dim < 0n ? p.dim + BigInt(Math.max(rank, 1)) : p.dim);
  return { d, n: rank === 0 ? 1n : x[d], M: numel(x.filter((_, i) => i !== d)) };
}

/** PyTorch's warning when dim is None (it picks dim d itself), in the words of the function that warns. */
export function implicitDimWarnings(p: { dim: bigint | null; input_shape: readonly bigint[] }, d: number, words: string): Warning[] | undefined {
  if (p.dim !== null) return undefined;
  return [
    {
      rule: 'implicit_dim',
      param: 'dim',
      message: `dim is None, so PyTorch picks dim ${d} for a ${p.input_shape.length}-d input, and warns that this implicit choice is deprecated.`,
      torch: { type: 'UserWarning', message: words },
    },
  ];
}

const max0 = (v: bigint) => (v > 0n ? v : 0n);

/** eq-exact: a max-subtracted softmax over M rows of n elements, by kind (also MultiheadAttention's). */
export function softmaxRows(M: bigint, n: bigint) {
  return { comparisons: M * max0(n - 1n), additions: M * (n + max0(n - 1n)), exponentials: M * n, divisions: M * n };
}

/** eq-rows … eq-documented: the counts of one layer in closed form. */
export function estimate(p: SoftmaxParams): Outcome<SoftmaxParams> {
  const error = softmaxRules(p);
  if (error) return { ok: false, error };
  const { d, n, M } = rowsOf(p);
  const { comparisons, additions, exponentials, divisions } = softmaxRows(M, n);
  const result: SoftmaxResult = {
    ok: true,
    params: p,
    output_shapes: [[...p.input_shape]],
    effective_dim: BigInt(d),
    row_length: n,
    rows: M,
    documented: { total_ops: M * (4n * n - 1n) },
    exact: { comparisons, additions, exponentials, divisions, total_ops: comparisons + additions + exponentials + divisions },
  };
  const warnings = implicitDimWarnings(p, d, IMPLICIT_DIM_WARNING);
  if (warnings) result.warnings = warnings;
  return result;
}

export const definition: ModuleDefinition<SoftmaxParams> = {
  id: 'softmax',
  torchName: 'torch.nn.Softmax',
  title: 'Softmax',
  family: 'Activations',
  summary: 'Turns each row along one dimension into positive weights that sum to one: exponentials divided by their sum.',
  params,
  fromValues: (v: ParamValues) => ({ ...v }) as unknown as SoftmaxParams,
  inputs: [{ name: 'input', shape: 'input_shape', dims: [{ param: 'input_shape', symbol: '*', variadic: true }] }],
  outputs: ['output'],
  methods: [exactMethod, documentedMethod],
  sizes: [
    { key: 'effective_dim', label: 'Dimension normalised over', unit: 'dimension' },
    { key: 'row_length', label: 'Row length n', unit: 'elements', equation: 'eq-rows' },
    { key: 'rows', label: 'Rows M (product of the other sizes)', unit: 'rows', equation: 'eq-rows' },
  ],
  headline: [
    { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
    { method: 'exact', key: 'exponentials', label: 'Exponentials' },
    { method: 'documented', key: 'total_ops' },
  ],
  estimate,
  versions: [{ version: 1, date: '2026-12-01', estimate }],
  documentedSource: { url: 'https://eagomez2.github.io/moduleprofiler/modules/softmax/' },

  torchExpression: (p: SoftmaxParams) => genericTorchExpression({ params, title: 'Softmax' }, p),
};
