// torch.nn.LayerNorm: each block of the trailing normalized_shape dimensions is normalised to zero
// mean and unit (biased) variance, then optionally scaled and shifted element-wise.
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome, Warning } from '../core/module.ts';
import { isDefault, pythonText, type ParamSpec, type ParamsOf, type ParamValues } from '../core/params.ts';
import { creationError, listText, numel } from '../core/tensors.ts';
import { normCounts, type NormCounts } from '../norm/counts.ts';

export const params = [
  {
    name: 'normalized_shape',
    kind: 'shape',
    label: 'normalized_shape',
    symbol: 's',
    help: 'The trailing sizes each mean and variance run over: 768, or a tuple of up to three sizes such as (3, 28, 28). The input must end with exactly these sizes.',
    minRank: 0,
    maxRank: 3,
    initial: [768n],
  },
  { name: 'eps', kind: 'float', label: 'eps', symbol: '\\epsilon', help: 'Added to the variance before the square root; it changes the values, not the count.', torchDefault: 1e-5, initial: 1e-5 },
  {
    name: 'elementwise_affine',
    kind: 'bool',
    label: 'elementwise_affine',
    symbol: '\\gamma,\\beta',
    help: 'Whether the layer has a learned scale γ and shift β of shape normalized_shape (in PyTorch 1.13 the shift always comes with the scale).',
    torchDefault: true,
    initial: true,
  },
  {
    name: 'input_shape',
    kind: 'shape',
    role: 'input',
    label: 'Input shape',
    symbol: 'x',
    help: 'The whole shape of the input, (*, normalized_shape): any leading sizes, then exactly normalized_shape, e.g. (8, 128, 768).',
    minRank: 0,
    maxRank: 16,
    initial: [8n, 128n, 768n],
  },
] as const;

export type LayerNormParams = ParamsOf<typeof params>;

export type LayerNormResult = {
  ok: true;
  params: LayerNormParams;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  /** η: how many rows are normalised, the product of the leading sizes (1 when there are none). */
  rows: bigint;
  /** D: the elements of each row, the product of normalized_shape. */
  row_length: bigint;
  documented: { total_ops: bigint };
  exact: NormCounts;
};

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count, by kind (two-pass mean and biased variance)',
  summary:
    'Per row of D elements: D − 1 additions and a division for the mean; D subtractions, D squares, D − 1 additions and a division for the variance; one addition of eps, one square root and one reciprocal; then D subtractions and D multiplications, and D multiplications and D additions more with the affine parameters.',
  quantities: [
    { key: 'additions', label: 'Additions and subtractions', unit: 'additions', equation: 'eq-exact' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-exact' },
    { key: 'divisions', label: 'Divisions (two means and a reciprocal per row)', unit: 'divisions', equation: 'eq-exact' },
    { key: 'square_roots', label: 'Square roots', unit: 'square roots', equation: 'eq-exact' },
    { key: 'macs', label: 'MACs (the squares summed into the variance)', unit: 'MACs', equation: 'eq-exact-macs' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-exact-total' },
  ],
};

export const documentedMethod: MethodSpec = {
  id: 'documented',
  label: 'Documented method (moduleprofiler)',
  summary: 'moduleprofiler’s published formula, reproduced exactly: η·(7D + 4) with elementwise_affine, η·(5D + 4) without.',
  quantities: [{ key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-documented' }],
};

/**
 * PyTorch 1.13's checks in its order: the weight and bias of shape normalized_shape are created at
 * construction (only with elementwise_affine), then the input; the forward pass
 * (aten/src/ATen/native/layer_norm.h, _check_layer_norm_inputs) wants normalized_shape of at least
 * one dimension, then an input whose trailing sizes equal it.
 */
export function layerNormRules(p: LayerNormParams): InvalidInput | null {
  const s = p.normalized_shape;
  if (p.elementwise_affine) {
    const weight = creationError(s, 'construct', 'normalized_shape', `The weight, of shape normalized_shape = ${listText(s)},`);
    if (weight) return weight;
  }
  const x = p.input_shape;
  const input = creationError(x, 'input', 'input_shape', 'The input');
  if (input) return input;
  if (s.length === 0) {
    return {
      rule: 'empty_normalized_shape',
      param: 'normalized_shape',
      message: 'normalized_shape is empty: LayerNorm needs at least one trailing dimension to normalise over.',
      torch: { stage: 'forward', type: 'RuntimeError', message: `Expected normalized_shape to be at least 1-dimensional, i.e., containing at least one element, but got normalized_shape = ${listText(s)}` },
    };
  }
  const k = s.length;
  const tail = x.slice(Math.max(x.length - k, 0));
  if (x.length < k || tail.some((d, i) => d !== s[i])) {
    const message =
      x.length < k
        ? `The input has ${x.length} dimension${x.length === 1 ? '' : 's'}, fewer than the ${k} of normalized_shape: it must end with ${listText(s)}.`
        : `The input ends with ${listText(tail)}, but normalized_shape is ${listText(s)}: the input's last ${k === 1 ? 'size' : `${k} sizes`} must equal it.`;
    return {
      rule: x.length < k ? 'input_rank_too_low' : 'normalized_shape_mismatch',
      param: 'input_shape',
      message,
      torch: { stage: 'forward', type: 'RuntimeError', message: `Given normalized_shape=${listText(s)}, expected input with shape [*, ${s.join(', ')}], but got input of size${listText(x)}` },
    };
  }
  return null;
}

/** eq-rows … eq-documented: the counts of one layer in closed form. */
export function estimate(p: LayerNormParams): Outcome<LayerNormParams> {
  const error = layerNormRules(p);
  if (error) return { ok: false, error };
  const x = p.input_shape;
  const D = numel(p.normalized_shape);
  const rows = numel(x.slice(0, x.length - p.normalized_shape.length));
  const result: LayerNormResult = {
    ok: true,
    params: p,
    output_shapes: [[...x]],
    rows,
    row_length: D,
    documented: { total_ops: rows * ((p.elementwise_affine ? 7n : 5n) * D + 4n) },
    exact: normCounts(rows, D, p.elementwise_affine),
  };
  return result;
}

/** PyTorch's call as it is usually written: one trailing size as a bare integer, nn.LayerNorm(768). */
function torchExpression(p: LayerNormParams): string {
  const s = p.normalized_shape;
  const args = [s.length === 1 ? String(s[0]) : pythonText(params[0], s)];
  for (const spec of params.slice(1) as readonly ParamSpec[]) {
    if (spec.role === 'input') continue;
    const v = (p as unknown as ParamValues)[spec.name];
    if (!isDefault(spec, v)) args.push(`${spec.name}=${pythonText(spec, v)}`);
  }
  return `nn.LayerNorm(${args.join(', ')})`;
}

export const definition: ModuleDefinition<LayerNormParams> = {
  id: 'layernorm',
  torchName: 'torch.nn.LayerNorm',
  title: 'LayerNorm',
  family: 'Normalization',
  summary: 'Normalises each block of the trailing dimensions to zero mean and unit variance, then scales and shifts it element-wise.',
  params,
  fromValues: (v: ParamValues) => ({ ...v }) as unknown as LayerNormParams,
  inputs: [
    {
      name: 'input',
      shape: 'input_shape',
      dims: [
        { param: 'input_shape', symbol: '*', variadic: true },
        { param: 'normalized_shape', symbol: 's_1, \\dots, s_k' },
      ],
    },
  ],
  outputs: ['output'],
  methods: [exactMethod, documentedMethod],
  sizes: [
    { key: 'rows', label: 'Rows η (product of the leading sizes)', unit: 'rows', equation: 'eq-rows' },
    { key: 'row_length', label: 'Row length D (product of normalized_shape)', unit: 'elements', equation: 'eq-rows' },
  ],
  headline: [
    { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(all kinds)' },
    { method: 'exact', key: 'square_roots', label: 'Square roots' },
    { method: 'exact', key: 'macs' },
    { method: 'documented', key: 'total_ops' },
  ],
  estimate,
  versions: [{ version: 1, date: '2026-12-01', estimate }],
  documentedSource: { url: 'https://eagomez2.github.io/moduleprofiler/modules/layernorm/' },
  torchExpression,
};
