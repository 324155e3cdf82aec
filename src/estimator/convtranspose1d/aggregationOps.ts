import type { ConvTranspose1dParams } from './params.ts';
import { groupWidth } from './filters.ts';

/** eq-aggregation: γ = C_out·L_out·((C_in/groups − 1) + b), with b = 1 when bias is on (eq-aggregation-cases). */
export function aggregationOps(
  p: Pick<ConvTranspose1dParams, 'in_channels' | 'out_channels' | 'groups' | 'bias'>,
  lengthOut: bigint,
): bigint {
  return p.out_channels * lengthOut * (groupWidth(p) - 1n + (p.bias ? 1n : 0n));
}
