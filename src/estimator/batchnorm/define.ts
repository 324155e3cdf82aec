// The BatchNorm family (BatchNorm1d, BatchNorm2d): per channel, normalise with the batch's mean
// and biased variance (training, or no running statistics) or with the running statistics
// (evaluation), then optionally scale and shift. A module gives its input ranks and examples;
// the arguments, PyTorch 1.13's rules, the counts and the definition are shared here.
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome, Warning } from '../core/module.ts';
import { INT64_MIN, pythonText, type BoolParam, type FloatParam, type IntParam, type ParamSpec, type ParamValues, type ShapeParam } from '../core/params.ts';
import { creationError, numel } from '../core/tensors.ts';

export interface BatchNormParams {
  num_features: bigint;
  eps: number;
  momentum: number | null;
  affine: boolean;
  track_running_stats: boolean;
  training: boolean;
  input_shape: readonly bigint[];
}

/** What distinguishes BatchNorm1d from BatchNorm2d. */
export interface BatchNormVariant {
  title: 'BatchNorm1d' | 'BatchNorm2d';
  /** The input ranks PyTorch accepts. */
  ranks: readonly number[];
  /** PyTorch's words for them in its error: '2D or 3D', '4D'. */
  rankText: string;
  summary: string;
  shapeHelp: string;
  initialFeatures: bigint;
  initialShape: readonly bigint[];
  date: string;
}

export type BatchNormResult = {
  ok: true;
  params: BatchNormParams;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  /** X: the input's elements. */
  elements: bigint;
  /** C: the input's channels, its dimension 1 (what PyTorch normalises over, whatever num_features says). */
  channels: bigint;
  /** n: the values of one channel, N·L or N·H·W. */
  values_per_channel: bigint;
  /** Whether the batch's own statistics normalise the input: training, or no running statistics. */
  uses_batch_stats: boolean;
  /** Whether running_mean, running_var and num_batches_tracked are updated: training with running statistics. */
  updates_running_stats: boolean;
  documented: null;
  exact: {
    additions: bigint;
    multiplications: bigint;
    divisions: bigint;
    square_roots: bigint;
    total_ops: bigint;
  };
};

/** The arguments, in PyTorch's order, then the mode and the input. */
export function batchnormParams(v: BatchNormVariant): readonly ParamSpec[] {
  const numFeatures: IntParam = {
    name: 'num_features',
    kind: 'int',
    label: 'num_features',
    symbol: 'C',
    help: 'The channels C: the length of the weight, the bias and the running statistics. It must equal the input’s channels (its dimension 1) whenever any of those exist.',
    initial: v.initialFeatures,
    min: INT64_MIN,
  };
  const eps: FloatParam = { name: 'eps', kind: 'float', label: 'eps', symbol: '\\epsilon', help: 'Added to the variance before the square root; it changes the values, not the count.', torchDefault: 1e-5, initial: 1e-5 };
  const momentum: FloatParam = {
    name: 'momentum',
    kind: 'float',
    label: 'momentum',
    symbol: 'm',
    help: 'Weight of the new batch in the running statistics. Type none for None, a cumulative average: the weight is then 1/num_batches_tracked, one more division.',
    torchDefault: 0.1,
    initial: 0.1,
    nullable: { meaning: 'a cumulative moving average, weight 1/num_batches_tracked' },
  };
  const affine: BoolParam = { name: 'affine', kind: 'bool', label: 'affine', symbol: '\\gamma, \\beta', help: 'Whether a learned scale γ and shift β per channel follow the normalisation.', torchDefault: true, initial: true };
  const track: BoolParam = {
    name: 'track_running_stats',
    kind: 'bool',
    label: 'track_\u200brunning_\u200bstats',
    symbol: '',
    help: 'Whether the module keeps running statistics. Without them it normalises with the batch’s statistics in both modes.',
    torchDefault: true,
    initial: true,
  };
  const training: BoolParam = {
    name: 'training',
    kind: 'bool',
    label: 'training',
    symbol: '',
    help: 'The module’s mode at the forward pass: true after .train() (PyTorch’s default), false after .eval(). Not a constructor argument.',
    torchDefault: true,
    initial: false,
  };
  const shape: ShapeParam = {
    name: 'input_shape',
    kind: 'shape',
    role: 'input',
    label: 'Input shape',
    symbol: 'x',
    help: v.shapeHelp,
    minRank: 0,
    maxRank: 16,
    initial: v.initialShape,
  };
  return [numFeatures, eps, momentum, affine, track, training, shape];
}

/** torch.Size's spelling in PyTorch's messages: torch.Size([1, 3, 1]). */
const torchSize = (x: readonly bigint[]) => `torch.Size([${x.join(', ')}])`;

/** PyTorch's error for an input of the wrong rank, or null. */
export function rankError(v: BatchNormVariant, shape: readonly bigint[]): InvalidInput | null {
  if (v.ranks.includes(shape.length)) return null;
  const forms = v.ranks.length === 1 ? 'a 4-d input (N, C, H, W)' : 'a 2-d input (N, C) or a 3-d input (N, C, L)';
  return {
    rule: 'input_rank',
    param: 'input_shape',
    message: `${v.title} takes ${forms}; this input has ${shape.length} dimension${shape.length === 1 ? '' : 's'}.`,
    torch: { stage: 'forward', type: 'ValueError', message: `expected ${v.rankText} input (got ${shape.length}D input)` },
  };
}

/**
 * PyTorch 1.13's checks in its order: the constructor allocates the weight, bias and running
 * statistics (when affine or track_running_stats), the input is created, then forward checks the
 * rank, in batch-statistics mode that each channel has more than one value, returns at once on
 * an empty input (indexing weight[0]), and checks the running statistics' and then the weight's
 * length against the channels.
 */
export function batchnormRules(v: BatchNormVariant, p: BatchNormParams): InvalidInput | null {
  if (p.affine || p.track_running_stats) {
    const what = p.affine ? 'The weight' : 'The running statistics';
    const e = creationError([p.num_features], 'construct', 'num_features', what);
    if (e) return e;
  }
  const input = creationError(p.input_shape, 'input', 'input_shape', 'The input');
  if (input) return input;
  const x = p.input_shape;
  const rank = rankError(v, x);
  if (rank) return rank;
  if (p.training || !p.track_running_stats) {
    if (x[0] * numel(x.slice(2)) === 1n) {
      return {
        rule: 'one_value_per_channel',
        param: 'input_shape',
        message: `With batch statistics (${p.training ? 'training' : 'no running statistics'}) each channel needs more than one value to have a variance; here N${x.length > 2 ? ' times the other sizes' : ''} is 1.`,
        torch: { stage: 'forward', type: 'ValueError', message: `Expected more than 1 value per channel when training, got input size ${torchSize(x)}` },
      };
    }
  }
  const C = x[1];
  if (numel(x) === 0n) {
    if (p.affine && p.num_features === 0n) {
      return {
        rule: 'empty_weight',
        param: 'num_features',
        message: 'On an empty input PyTorch multiplies by the weight’s first entry, and with num_features = 0 the weight has none.',
        torch: { stage: 'forward', type: 'IndexError', message: 'select(): index 0 out of range for tensor of size [0] at dimension 0' },
      };
    }
    return null;
  }
  const mismatch = (tensor: string): InvalidInput => ({
    rule: 'num_features_mismatch',
    param: 'num_features',
    message: `num_features = ${p.num_features}, but the input has ${C} channel${C === 1n ? '' : 's'} (its dimension 1); the ${tensor} must have one entry per channel.`,
    torch: { stage: 'forward', type: 'RuntimeError', message: `${tensor} should contain ${C} elements not ${p.num_features}` },
  });
  if (p.track_running_stats && p.num_features !== C) return mismatch('running_mean');
  if (p.affine && p.num_features !== C) return mismatch('weight');
  return null;
}

/**
 * eq-stats … eq-exact-total: the counts of one layer in closed form, under the reference
 * algorithm of the pages (per channel c of n values):
 * batch statistics — mean: n − 1 additions, 1 division; biased variance: n subtractions, n
 * squares, n − 1 additions, 1 division; σ² + ε: 1 addition; √: 1; 1/√: 1 division; then per
 * value (x − μ)·r: 1 subtraction, 1 multiplication, and with affine ·γ + β: 1 multiplication,
 * 1 addition.
 * running statistics (evaluation) — per channel s = γ/√(σ²_run + ε), t = β − μ_run·s (without
 * affine s = 1/√(σ²_run + ε)), per value x·s + t (without affine (x − μ_run)·s).
 * update (training with running statistics) — once: num_batches_tracked + 1, 1 − m, n − 1,
 * n/(n − 1), and 1/num_batches_tracked when momentum is None; per channel the unbiased variance
 * σ²·n/(n − 1) and two blends (1 − m)·old + m·new: 5 multiplications, 2 additions.
 */
export function countBatchNorm(p: BatchNormParams): BatchNormResult['exact'] & { batch: boolean; update: boolean; X: bigint; C: bigint; n: bigint } {
  const x = p.input_shape;
  const X = numel(x);
  const C = x[1];
  const n = x[0] * numel(x.slice(2));
  const batch = p.training || !p.track_running_stats;
  const update = p.training && p.track_running_stats;
  const aff = p.affine ? 1n : 0n;
  let additions = 0n;
  let multiplications = 0n;
  let divisions = 0n;
  let square_roots = 0n;
  if (X > 0n) {
    if (batch) {
      additions += C * (4n * n - 1n) + aff * X;
      multiplications += 2n * X + aff * X;
      divisions += 3n * C;
      square_roots += C;
    } else {
      additions += C * (1n + aff) + X;
      multiplications += aff * C + X;
      divisions += C;
      square_roots += C;
    }
    if (update) {
      additions += 2n * C + 2n;
      multiplications += 5n * C;
      divisions += 1n;
    }
  }
  if (update) {
    additions += 1n;
    if (p.momentum === null) divisions += 1n;
  }
  const total_ops = additions + multiplications + divisions + square_roots;
  return { additions, multiplications, divisions, square_roots, total_ops, batch, update, X, C, n };
}

export function estimateBatchNorm(v: BatchNormVariant, p: BatchNormParams): Outcome<BatchNormParams> {
  const error = batchnormRules(v, p);
  if (error) return { ok: false, error };
  const c = countBatchNorm(p);
  const result: BatchNormResult = {
    ok: true,
    params: p,
    output_shapes: [[...p.input_shape]],
    elements: c.X,
    channels: c.C,
    values_per_channel: c.n,
    uses_batch_stats: c.batch,
    updates_running_stats: c.update,
    documented: null,
    exact: { additions: c.additions, multiplications: c.multiplications, divisions: c.divisions, square_roots: c.square_roots, total_ops: c.total_ops },
  };
  return result;
}

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count, by kind (two-pass statistics; fused scale and shift in evaluation)',
  summary:
    'With batch statistics, per channel a two-pass mean and biased variance, one square root and one reciprocal, then per value a subtraction and a multiplication (and the affine multiply and add); in training the running statistics are updated too. With running statistics, a scale and shift folded per channel, then one multiplication and one addition per value.',
  quantities: [
    { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-exact' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-exact' },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', equation: 'eq-exact' },
    { key: 'square_roots', label: 'Square roots', unit: 'square roots', equation: 'eq-exact' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact-total' },
  ],
};

/** PyTorch's call, with the mode: nn.BatchNorm2d(64) or nn.BatchNorm2d(64).eval(). */
export function torchExpression(v: BatchNormVariant, params: readonly ParamSpec[], p: BatchNormParams): string {
  const values = p as unknown as ParamValues;
  const args: string[] = [];
  for (const spec of params) {
    if (spec.role === 'input' || spec.name === 'training') continue;
    const value = values[spec.name];
    if (spec.torchDefault === undefined) args.push(pythonText(spec, value));
    else if (value !== spec.torchDefault) args.push(`${spec.name}=${pythonText(spec, value)}`);
  }
  return `nn.${v.title}(${args.join(', ')})${p.training ? '' : '.eval()'}`;
}

/** The module definition of BatchNorm1d or BatchNorm2d. */
export function defineBatchNorm(v: BatchNormVariant): ModuleDefinition<BatchNormParams> {
  const params = batchnormParams(v);
  const estimate = (p: BatchNormParams) => estimateBatchNorm(v, p);
  const spatial = v.ranks.length === 1 ? [{ param: 'input_shape', symbol: 'H' }, { param: 'input_shape', symbol: 'W' }] : [{ param: 'input_shape', symbol: 'L', }];
  return {
    id: v.title.toLowerCase(),
    torchName: `torch.nn.${v.title}`,
    title: v.title,
    family: 'Normalization',
    summary: v.summary,
    params,
    fromValues: (vals: ParamValues) => ({ ...vals }) as unknown as BatchNormParams,
    inputs: [{ name: 'input', shape: 'input_shape', dims: [{ param: 'input_shape', symbol: 'N' }, { param: 'num_features', symbol: 'C' }, ...spatial] }],
    outputs: ['output'],
    methods: [exactMethod],
    sizes: [
      { key: 'elements', label: 'Elements X', unit: 'elements', equation: 'eq-sizes' },
      { key: 'channels', label: 'Channels C (input dimension 1)', unit: 'channels', equation: 'eq-sizes' },
      { key: 'values_per_channel', label: 'Values per channel n', unit: 'values', equation: 'eq-sizes' },
    ],
    headline: [
      { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
      { method: 'exact', key: 'additions' },
      { method: 'exact', key: 'multiplications' },
      { method: 'exact', key: 'square_roots' },
    ],
    estimate,
    versions: [{ version: 1, date: v.date, estimate }],
    documentedSource: null,
    torchExpression: (p: BatchNormParams) => torchExpression(v, params, p),
    rankError: (_p: BatchNormParams, shape: readonly bigint[]) => rankError(v, shape),
  };
}
