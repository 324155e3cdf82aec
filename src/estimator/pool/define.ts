// The family factory: a ModuleDefinition for MaxPool1d/2d or AvgPool1d/2d, with PyTorch's rules
// (rules.ts), the closed-form counts (counts.ts) and the methods (methods.ts).
import type { InvalidInput, ModuleDefinition, Outcome } from '../core/module.ts';
import { pythonText, type ParamSpec, type ParamValues } from '../core/params.ts';
import { planeCounts, type AxisCounts } from './counts.ts';
import { avgDense, avgExact, maxDense, maxExact } from './methods.ts';
import { inputShape, type PoolParams } from './params.ts';
import { check, type PoolKind } from './rules.ts';

export interface PoolSpec {
  title: string;
  kind: PoolKind;
  nd: 1 | 2;
  params: readonly ParamSpec[];
  summary: string;
  /** ISO date of the first rules version. */
  date: string;
}


export type PoolResult<P> = {
  ok: true;
  params: P;
  output_shapes: bigint[][];
  documented: null;
  exact: Record<string, bigint>;
  dense: Record<string, bigint>;
  per_dim: AxisCounts[];
  window_elements: bigint;
  taps_in_bounds: bigint;
  positions_reached: bigint;
  [size: string]: unknown;
};

const SPATIAL = { 1: { in: ['length_in'], out: ['length_out'], words: ['length'] }, 2: { in: ['height_in', 'width_in'], out: ['height_out', 'width_out'], words: ['height', 'width'] } } as const;

/** eq-pool-estimate: validate along PyTorch's path, then the output shapes and the counts in closed form. */
export function estimatePool<P extends PoolParams>(p: P, kind: PoolKind, nd: 1 | 2): Outcome<P> {
  const sp = SPATIAL[nd];
  const shape = inputShape(p, sp.in);
  const c = check(p, kind, nd, shape, sp.in);
  if (!c.ok) return { ok: false, error: c.error };
  const plane = planeCounts(c.axes);
  const sizes = c.axes.map((a) => a.size_out);
  const out = [...shape.slice(0, shape.length - nd), ...sizes];
  const planes = (p.batch ?? 1n) * p.channels;
  const { outputs: O, window_elements: K, taps_in_bounds: T, positions_reached: P } = plane;
  const result = { ok: true, params: p, output_shapes: [out] } as PoolResult<P>;
  if (kind === 'max') result.output_shapes.push(p.return_indices ? [...out] : []);
  for (let i = 0; i < nd; i++) result[sp.out[i]] = sizes[i];
  result.documented = null;
  if (kind === 'max') {
    const comparisons = planes * (T - P);
    result.exact = { elements_per_plane: T, windows_reached: P, comparisons, total_ops: comparisons };
    const dense = planes * O * (K - 1n);
    result.dense = { comparisons: dense, total_ops: dense };
  } else {
    const additions = planes * (T - O);
    const divisions = planes * O;
    result.exact = { elements_per_plane: T, additions, divisions, total_ops: additions + divisions };
    const dAdd = planes * O * (K - 1n);
    result.dense = { additions: dAdd, divisions, total_ops: dAdd + divisions };
  }
  result.per_dim = plane.per_dim;
  result.window_elements = K;
  result.taps_in_bounds = T;
  result.positions_reached = P;
  if (kind === 'avg') result.padded_extent = plane.padded_extent;
  return result;
}

/** PyTorch's call: kernel_size positional, the other arguments by keyword where they differ from the default. */
function torchExpression(title: string, params: readonly ParamSpec[], p: object): string {
  const v = p as ParamValues;
  const args: string[] = [];
  for (const spec of params) {
    if (spec.role === 'input') continue;
    const value = v[spec.name];
    if (spec.name === 'kernel_size') args.push(pythonText(spec, value));
    else if (value === null || value === undefined) continue;
    else if (!Array.isArray(value) && spec.torchDefault !== undefined && value === spec.torchDefault) continue;
    else args.push(`${spec.name}=${pythonText(spec, value)}`);
  }
  return `nn.${title}(${args.join(', ')})`;
}

/** eq-pool-definition: one member of the family. */
export function definePool<P extends PoolParams>(spec: PoolSpec): ModuleDefinition<P> & { rankError(p: P, shape: readonly bigint[]): InvalidInput | null } {
  const { kind, nd, params, title } = spec;
  const sp = SPATIAL[nd];
  const symbol = (name: string) => params.find((s) => s.name === name)!.symbol;
  const estimate = (p: P) => estimatePool(p, kind, nd);
  return {
    id: title.toLowerCase(),
    torchName: `torch.nn.${title}`,
    title,
    family: 'Pooling',
    summary: spec.summary,
    params,
    fromValues: (v: ParamValues) => ({ ...v }) as unknown as P,
    inputs: [
      {
        name: 'input',
        dims: [{ param: 'batch', symbol: 'N' }, { param: 'channels', symbol: 'C' }, ...sp.in.map((name) => ({ param: name, symbol: symbol(name) }))],
        batchOptional: true,
      },
    ],
    outputs: kind === 'max' ? ['output', 'indices'] : ['output'],
    methods: kind === 'max' ? [maxExact, maxDense] : [avgExact, avgDense],
    sizes: sp.out.map((key, i) => ({ key, label: `Output ${sp.words[i]} ${symbol(sp.in[i]).replace('_{in}', '_{out}')}`, unit: 'positions', equation: 'eq-pool-output-size' })),
    headline:
      kind === 'max'
        ? [
            { method: 'exact', key: 'comparisons', label: 'Exact comparisons' },
            { method: 'dense', key: 'comparisons', label: 'Dense comparisons' },
          ]
        : [
            { method: 'exact', key: 'total_ops', label: 'Exact operations', unit: '(additions + divisions)' },
            { method: 'exact', key: 'additions', label: 'Additions' },
            { method: 'dense', key: 'total_ops', label: 'Dense operations' },
          ],
    estimate,
    versions: [{ version: 1, date: spec.date, estimate }],
    documentedSource: null,
    torchExpression: (p: P) => torchExpression(title, params, p),
    rankError: (p: P, shape: readonly bigint[]) => {
      if (shape.length === nd + 1 || shape.length === nd + 2) return null;
      const c = check(p, kind, nd, [...shape], sp.in);
      return c.ok ? null : c.error;
    },
  };
}
