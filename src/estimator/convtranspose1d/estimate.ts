import type { ConvTranspose1dParams } from './params.ts';
import { batchSize } from './params.ts';
import { outputLength } from './outputLength.ts';
import { filters } from './filters.ts';
import { additionsPerFilter } from './additionsPerFilter.ts';
import { opsPerFilter } from './opsPerFilter.ts';
import { aggregationOps } from './aggregationOps.ts';
import { totalOps } from './totalOps.ts';
import { usefulProducts } from './usefulProducts.ts';
import { coveredPositions } from './coveredPositions.ts';
import { exactCounts, type ExactCounts } from './exactCounts.ts';
import { probeProblem, rules } from './rules.ts';
import { denseCounts, type DenseCounts } from './denseCounts.ts';

export interface Documented {
  filters: bigint;
  additions_per_filter: bigint;
  ops_per_filter: bigint;
  aggregation_ops: bigint;
  total_ops: bigint;
}

export interface InvalidInput {
  /** Which rule (see rules.ts) was broken, and which argument to change. */
  rule: string;
  param: string;
  message: string;
  /** PyTorch's own error for the same input, when PyTorch raises one. */
  torch: { stage: string; type: string; message: string } | null;
}

export type Estimate =
  | {
      ok: true;
      params: ConvTranspose1dParams;
      length_out: bigint;
      /** The documented method, or null where its probe cannot run (see documented_unavailable). */
      documented: Documented | null;
      documented_unavailable: { message: string; torch: string } | null;
      exact: ExactCounts;
      /** The dense (GEMM) convention most counters report. */
      dense: DenseCounts;
    }
  | { ok: false; error: InvalidInput };

/** The first PyTorch rule the arguments break, or null if ConvTranspose1d accepts them. */
export function validate(p: ConvTranspose1dParams): InvalidInput | null {
  const rule = rules.find((r) => r.violated(p));
  if (!rule) return null;
  const torchMessage = rule.torch?.message(p) ?? null;
  return {
    rule: rule.id,
    param: rule.param,
    message: rule.message(p),
    torch: rule.torch && torchMessage !== null ? { stage: rule.torch.stage, type: rule.torch.type, message: torchMessage } : null,
  };
}

/** Everything the site shows for one layer: output length, the documented, exact and dense counts. */
export function estimate(p: ConvTranspose1dParams): Estimate {
  const error = validate(p);
  if (error) return { ok: false, error };
  const length_out = outputLength(p);
  const unavailable = probeProblem(p);
  let documented: Documented | null = null;
  if (!unavailable) {
    const psi = filters(p);
    const A = additionsPerFilter(p);
    const lambda = opsPerFilter(length_out, p.kernel_size, A);
    const gamma = aggregationOps(p, length_out);
    documented = {
      filters: psi,
      additions_per_filter: A,
      ops_per_filter: lambda,
      aggregation_ops: gamma,
      total_ops: totalOps(batchSize(p), psi, lambda, gamma),
    };
  }
  const exact = exactCounts(p, usefulProducts(p), coveredPositions(p, length_out));
  return { ok: true, params: p, length_out, documented, documented_unavailable: unavailable, exact, dense: denseCounts(p) };
}
