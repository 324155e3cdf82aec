// torch.nn.ConvTranspose1d: the module's whole estimator surface.
import { parseParams, toQuery, unknownKeys, type InputError, type ParamValues } from '../core/params.ts';
import type { ConvTranspose1dParams } from './params.ts';
import { estimate, type Estimate } from './estimate.ts';
import { fromValues, params } from './spec.ts';

export * from './params.ts';
export * from './outputLength.ts';
export * from './filters.ts';
export * from './productsInWindow.ts';
export * from './usefulProducts.ts';
export * from './coveredPositions.ts';
export * from './additionsPerFilter.ts';
export * from './opsPerFilter.ts';
export * from './aggregationOps.ts';
export * from './totalOps.ts';
export * from './exactCounts.ts';
export * from './denseCounts.ts';
export * from './rules.ts';
export * from './estimate.ts';
export * from './simulate.ts';
export * from './describe.ts';
export { params, fromValues, withDefaults } from './spec.ts';

export const id = 'convtranspose1d';
export const torchName = 'torch.nn.ConvTranspose1d';

export type Outcome = Estimate | { ok: false; error: InputError };

/** Parse raw values (URL, CLI, JSON) and estimate; never throws. */
export function estimateRaw(raw: Record<string, unknown>, missing: 'initial' | 'error' = 'error'): Outcome {
  const parsed = parseParams(params, raw, missing);
  if (!parsed.ok) return parsed;
  return estimate(fromValues(parsed.values));
}

/** The canonical query string of a parameter set (defaults omitted, unbatched = no batch). */
export function queryOf(p: ConvTranspose1dParams): string {
  return toQuery(params, p as unknown as ParamValues);
}

export { unknownKeys };

/** JSON-safe form: every count a decimal string. */
export function toJSON(r: Outcome): unknown {
  return JSON.parse(JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? v.toString() : v)));
}

import type { ModuleDefinition, Outcome as GenericOutcome } from '../core/module.ts';
import { versions } from './versions.ts';
import { torchExpression } from './describe.ts';

/** The estimate with the generic fields every module's result has (output_shapes), in the CLI's key order. */
function withShapes(r: Outcome): GenericOutcome<ConvTranspose1dParams> {
  if (!r.ok) return r;
  const { ok, params: p, ...rest } = r;
  const shape = p.batch === null ? [p.out_channels, r.length_out] : [p.batch, p.out_channels, r.length_out];
  return { ok, params: p, output_shapes: [shape], ...rest };
}

/** ConvTranspose1d as the generic machinery sees it; its numbers and fields are exactly those of estimate(). */
export const definition: ModuleDefinition<ConvTranspose1dParams> = {
  id,
  torchName,
  title: 'ConvTranspose1d',
  family: 'Convolution',
  summary: 'Transposed 1-d convolution: every input element scatters a kernel into the output.',
  params,
  fromValues,
  inputs: [
    {
      name: 'input',
      dims: [
        { param: 'batch', symbol: 'N' },
        { param: 'in_channels', symbol: 'C_{in}' },
        { param: 'length_in', symbol: 'L_{in}' },
      ],
      batchOptional: true,
    },
  ],
  outputs: ['output'],
  sizes: [{ key: 'length_out', label: 'Output length L_out', unit: 'positions', equation: 'eq-output-length' }],
  methods: [
    {
      id: 'exact',
      label: 'Exact count (direct scatter)',
      summary: 'What a direct implementation performs: only the products whose target lies inside the output, and the additions that sum them.',
      quantities: [
        { key: 'products_per_filter', label: 'Products per filter M', unit: 'multiplications', equation: 'eq-exact-products' },
        { key: 'covered_positions', label: 'Covered positions per filter P', unit: 'positions', equation: 'eq-covered-outputs' },
        { key: 'additions_per_filter', label: 'Additions per filter M − P', unit: 'additions' },
        { key: 'multiplications', label: 'Multiplications', unit: 'multiplications', equation: 'eq-exact-mults' },
        { key: 'additions', label: 'Additions', unit: 'additions', equation: 'eq-exact-adds' },
        { key: 'macs', label: 'MACs (multiply–accumulates)', unit: 'MACs', equation: 'eq-exact-macs' },
        { key: 'total_ops', label: 'FLOPs (multiplications + additions)', unit: 'FLOPs', equation: 'eq-exact-total' },
      ],
    },
    {
      id: 'documented',
      label: 'Documented method (moduleprofiler)',
      summary: 'moduleprofiler’s published method, reproduced exactly, quirks included.',
      quantities: [
        { key: 'filters', label: 'Filters ψ', unit: 'filters' },
        { key: 'additions_per_filter', label: 'Additions per filter (probe sum)', unit: 'additions' },
        { key: 'ops_per_filter', label: 'Operations per filter λ', unit: 'operations' },
        { key: 'aggregation_ops', label: 'Filter aggregation γ', unit: 'operations' },
        { key: 'total_ops', label: 'Total operations', unit: 'operations' },
      ],
    },
    {
      id: 'dense',
      label: 'Dense convention (FlopCounterMode, fvcore)',
      summary: 'Every tap of every input element counted as a product, FLOPs taken as twice the MACs, bias left out.',
      quantities: [
        { key: 'macs', label: 'MACs (= multiplications = additions)', unit: 'MACs', equation: 'eq-dense-macs' },
        { key: 'total_ops', label: 'FLOPs (2 per MAC)', unit: 'FLOPs' },
      ],
    },
  ],
  headline: [
    { method: 'exact', key: 'macs' },
    { method: 'exact', key: 'total_ops' },
    { method: 'documented', key: 'total_ops' },
    { method: 'dense', key: 'macs' },
  ],
  estimate: (p) => withShapes(estimate(p)),
  versions: versions.map((v) => ({ ...v, estimate: (p: ConvTranspose1dParams) => withShapes(v.estimate(p)) })),
  documentedSource: { url: 'https://github.com/eagomez2/moduleprofiler/blob/071b9f85450a899fce3a20666b78b54a9fbe9b18/docs/modules/convtranspose1d.md' },
  torchExpression,
};
