// torch.nn.Linear: y = x·Aᵀ + b over the last dimension of an input of any rank ≥ 1.
import { genericTorchExpression } from '../core/define.ts';
import type { InvalidInput, MethodSpec, ModuleDefinition, Outcome, Warning } from '../core/module.ts';
import type { ParamsOf, ParamValues } from '../core/params.ts';
import { creationError, numel } from '../core/tensors.ts';

export const params = [
  { name: 'in_features', kind: 'int', label: 'in_features', symbol: 'H_{in}', help: 'Size of each input sample: the last dimension of the input.', initial: 768n, min: 0n },
  { name: 'out_features', kind: 'int', label: 'out_features', symbol: 'H_{out}', help: 'Size of each output sample: the last dimension of the output.', initial: 3072n, min: 0n },
  { name: 'bias', kind: 'bool', label: 'bias', symbol: 'b', help: 'Whether the layer adds a learned bias vector of H_out entries.', torchDefault: true, initial: true },
  {
    name: 'input_shape',
    kind: 'shape',
    role: 'input',
    label: 'Input shape',
    symbol: 'x',
    help: 'The whole shape of the input, (*, H_in): any leading sizes, then in_features. Write (768,) for a 1-d input.',
    minRank: 0,
    maxRank: 16,
    initial: [8n, 128n, 768n],
  },
] as const;

export type LinearParams = ParamsOf<typeof params>;

export type LinearResult = {
  ok: true;
  params: LinearParams;
  output_shapes: bigint[][];
  warnings?: readonly Warning[];
  /** β: the product of the input's leading sizes (1 for a 1-d input), the rows the weight multiplies. */
  rows: bigint;
  documented: { total_ops: bigint };
  exact: { multiplications: bigint; additions: bigint; macs: bigint; total_ops: bigint };
  dense: { macs: bigint; total_ops: bigint };
};

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count (dot products, then the bias)',
  summary: 'Each output is a dot product of H_in products summed with H_in − 1 additions, plus one addition for the bias.',
  quantities: [
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-exact-mults' },
    { key: 'additions', label: 'Additions', unit: 'additions', equation: 'eq-exact-adds' },
    { key: 'macs', label: 'MACs (multiply–accumulates)', unit: 'MACs', equation: 'eq-exact-macs' },
    { key: 'total_ops', label: 'FLOPs (multiplications + additions)', unit: 'FLOPs', equation: 'eq-exact-total' },
  ],
};

export const documentedMethod: MethodSpec = {
  id: 'documented',
  label: 'Documented method (moduleprofiler)',
  summary: 'moduleprofiler’s published formula, reproduced exactly: 2·β·H_in·H_out with a bias, β·H_out·(2·H_in − 1) without.',
  quantities: [{ key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-documented', signed: true }],
};

export const denseMethod: MethodSpec = {
  id: 'dense',
  label: 'Counters’ convention (FlopCounterMode, fvcore)',
  summary: 'One MAC per weight per row, β·H_in·H_out, FLOPs taken as twice the MACs, bias left out.',
  quantities: [
    { key: 'macs', label: 'MACs', unit: 'MACs', equation: 'eq-dense' },
    { key: 'total_ops', label: 'FLOPs (2 per MAC)', unit: 'FLOPs', equation: 'eq-dense' },
  ],
};

const max0 = (v: bigint) => (v > 0n ? v : 0n);

/**
 * PyTorch's checks in its order: the weight (H_out, H_in) is created at construction, then the
 * input, then the forward pass needs an input of rank ≥ 1 whose last size is H_in.
 */
export function linearRules(p: LinearParams): InvalidInput | null {
  const weight = [p.out_features, p.in_features];
  const w = creationError(weight, 'construct', p.out_features < 0n || p.in_features >= 0n ? 'out_features' : 'in_features', `The weight, of shape (out_features, in_features) = (${weight.join(', ')}),`);
  if (w) return w;
  const x = p.input_shape;
  const input = creationError(x, 'input', 'input_shape', 'The input');
  if (input) return input;
  if (x.length === 0) {
    return {
      rule: 'zero_dim_input',
      param: 'input_shape',
      message: 'A 0-d input has no feature dimension: Linear multiplies the last dimension of its input, so the input needs at least one.',
      torch: { stage: 'forward', type: 'RuntimeError', message: 'both arguments to matmul need to be at least 1D, but they are 0D and 2D' },
    };
  }
  const last = x[x.length - 1];
  if (last !== p.in_features) {
    const rows = numel(x.slice(0, -1));
    return {
      rule: 'in_features_mismatch',
      param: 'input_shape',
      message: `The input's last size is ${last}, but in_features is ${p.in_features}: the two must be equal.`,
      torch: { stage: 'forward', type: 'RuntimeError', message: `mat1 and mat2 shapes cannot be multiplied (${rows}x${last} and ${p.in_features}x${p.out_features})` },
    };
  }
  return null;
}

/** eq-rows … eq-dense: the counts of one layer, in closed form. */
export function estimate(p: LinearParams): Outcome<LinearParams> {
  const error = linearRules(p);
  if (error) return { ok: false, error };
  const x = p.input_shape;
  const rows = numel(x.slice(0, -1));
  const [hin, hout] = [p.in_features, p.out_features];
  const b = p.bias ? 1n : 0n;
  const products = rows * hout * hin;
  const additions = rows * hout * max0(hin + b - 1n);
  const result: LinearResult = {
    ok: true,
    params: p,
    output_shapes: [[...x.slice(0, -1), hout]],
    rows,
    documented: { total_ops: p.bias ? 2n * rows * hout * hin : rows * hout * (2n * hin - 1n) },
    exact: { multiplications: products, additions, macs: products, total_ops: products + additions },
    dense: { macs: products, total_ops: 2n * products },
  };
  // The weight's initialiser (kaiming_uniform_) warns when the weight has no elements.
  if (hin === 0n || hout === 0n) {
    result.warnings = [
      {
        rule: 'zero_element_weight',
        param: hout === 0n ? 'out_features' : 'in_features',
        message: 'The weight has no elements, so PyTorch skips initialising it and warns; the layer still runs, at no cost.',
        torch: { type: 'UserWarning', message: 'Initializing zero-element tensors is a no-op' },
      },
    ];
  }
  return result;
}

export const definition: ModuleDefinition<LinearParams> = {
  id: 'linear',
  torchName: 'torch.nn.Linear',
  title: 'Linear',
  family: 'Linear',
  summary: 'A fully connected layer: every output feature is a weighted sum of the input features, plus a bias.',
  params,
  fromValues: (v: ParamValues) => ({ ...v }) as unknown as LinearParams,
  inputs: [
    {
      name: 'input',
      shape: 'input_shape',
      dims: [
        { param: 'input_shape', symbol: '*', variadic: true },
        { param: 'in_features', symbol: 'H_{in}' },
      ],
    },
  ],
  outputs: ['output'],
  methods: [exactMethod, documentedMethod, denseMethod],
  sizes: [{ key: 'rows', label: 'Rows β (product of the leading sizes)', unit: 'rows', equation: 'eq-rows' }],
  headline: [
    { method: 'exact', key: 'macs' },
    { method: 'exact', key: 'total_ops' },
    { method: 'documented', key: 'total_ops' },
    { method: 'dense', key: 'macs' },
  ],
  estimate,
  versions: [{ version: 1, date: '2026-12-01', estimate }],
  documentedSource: { url: 'https://eagomez2.github.io/moduleprofiler/modules/linear/' },

  torchExpression: (p: LinearParams) => genericTorchExpression({ params, title: 'Linear' }, p),
};
