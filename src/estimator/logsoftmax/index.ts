// torch.nn.LogSoftmax: (x_i − m) − log Σ exp(x_j − m) along one dimension, m the row's maximum.
// PyTorch checks dim exactly as for Softmax, and picks the same implicit dim for dim=None: those
// rules are Softmax's, imported.
import { genericTorchExpression } from '../core/define.ts';
import type { MethodSpec, ModuleDefinition, Outcome, Warning } from '../core/module.ts';
import { INT64_MIN, type ParamsOf, type ParamValues } from '../core/params.ts';
import { implicitDimWarnings, rowsOf, softmaxRules } from '../softmax/index.ts';

export const params = [
  {
    name: 'dim',
    kind: 'int',
    label: 'dim',
    symbol: 'd',
    help: 'The dimension each log-softmax runs along; negative counts from the end (-1 is the last). Empty or none: PyTorch’s deprecated implicit choice.',
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
    help: 'The whole shape of the input, any number of dimensions: (32, 1000), (8, 128, 50257), or () for a single number.',
    minRank: 0,
    maxRank: 16,
    initial: [32n, 1000n],
  },
] as const;

export type LogSoftmaxParams = ParamsOf<typeof params>;

export type LogSoftmaxResult = {
  ok: true;
  params: LogSoftmaxParams;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  /** The non-negative dimension PyTorch normalises over. */
  effective_dim: bigint;
  /** n: the length of each row (1 for a 0-d input). */
  row_length: bigint;
  /** M: how many rows, the product of the other sizes. */
  rows: bigint;
  documented: null;
  exact: { comparisons: bigint; additions: bigint; exponentials: bigint; logarithms: bigint; total_ops: bigint };
};

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count, by kind (max-subtracted log-sum-exp)',
  summary: 'Per row of n elements: n − 1 comparisons for the maximum, n subtractions, n exponentials, n − 1 additions for the sum, one logarithm and n subtractions of it.',
  quantities: [
    { key: 'comparisons', label: 'Comparisons (the row maximum)', unit: 'comparisons', equation: 'eq-exact' },
    { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-exact' },
    { key: 'exponentials', label: 'Exponentials', unit: 'exponentials', equation: 'eq-exact' },
    { key: 'logarithms', label: 'Logarithms (one per row)', unit: 'logarithms', equation: 'eq-exact' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact-total' },
  ],
};

/** PyTorch's warning for dim=None: F.log_softmax names itself in the words Softmax's warning uses. */
export const IMPLICIT_DIM_WARNING = 'Implicit dimension choice for log_softmax has been deprecated. Change the call to include dim=X as an argument.';

const max0 = (v: bigint) => (v > 0n ? v : 0n);

/** eq-rows … eq-exact-total: the counts of one layer in closed form. */
export function estimate(p: LogSoftmaxParams): Outcome<LogSoftmaxParams> {
  const error = softmaxRules(p);
  if (error) return { ok: false, error };
  const { d, n, M } = rowsOf(p);
  const comparisons = M * max0(n - 1n);
  // x_j − m, the sum's n − 1 additions, then (x_j − m) − log s.
  const additions = M * (n + max0(n - 1n) + n);
  const exponentials = M * n;
  // One logarithm per row that has elements: an empty row has no output to subtract it from.
  const logarithms = n > 0n ? M : 0n;
  const result: LogSoftmaxResult = {
    ok: true,
    params: p,
    output_shapes: [[...p.input_shape]],
    effective_dim: BigInt(d),
    row_length: n,
    rows: M,
    documented: null,
    exact: { comparisons, additions, exponentials, logarithms, total_ops: comparisons + additions + exponentials + logarithms },
  };
  const warnings = implicitDimWarnings(p, d, IMPLICIT_DIM_WARNING);
  if (warnings) result.warnings = warnings;
  return result;
}

export const definition: ModuleDefinition<LogSoftmaxParams> = {
  id: 'logsoftmax',
  torchName: 'torch.nn.LogSoftmax',
  title: 'LogSoftmax',
  family: 'Activations',
  summary: 'The logarithm of Softmax along one dimension, computed stably: each element minus the row’s log-sum-exp.',
  params,
  fromValues: (v: ParamValues) => ({ ...v }) as unknown as LogSoftmaxParams,
  inputs: [{ name: 'input', shape: 'input_shape', dims: [{ param: 'input_shape', symbol: '*', variadic: true }] }],
  outputs: ['output'],
  methods: [exactMethod],
  sizes: [
    { key: 'effective_dim', label: 'Dimension normalised over', unit: 'dimension' },
    { key: 'row_length', label: 'Row length n', unit: 'elements', equation: 'eq-rows' },
    { key: 'rows', label: 'Rows M (product of the other sizes)', unit: 'rows', equation: 'eq-rows' },
  ],
  headline: [
    { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
    { method: 'exact', key: 'exponentials', label: 'Exponentials' },
    { method: 'exact', key: 'logarithms', label: 'Logarithms' },
  ],
  estimate,
  versions: [{ version: 1, date: '2026-12-01', estimate }],
  documentedSource: null,

  torchExpression: (p: LogSoftmaxParams) => genericTorchExpression({ params, title: 'LogSoftmax' }, p),
};
