// torch.nn.ConvTranspose1d: the module's whole estimator surface.
import { parseParams, toQuery, unknownKeys, type InputError, type ParamValues } from '../spec.ts';
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
