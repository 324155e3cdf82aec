import type { ConvTranspose1dParams } from './params.ts';

/** eq-filters: ψ = (C_in / groups)·(C_out / groups)·groups = C_in·C_out / groups. */
export function filters(p: Pick<ConvTranspose1dParams, 'in_channels' | 'out_channels' | 'groups'>): bigint {
  return (p.in_channels / p.groups) * p.out_channels;
}

/** eq-group-width: G = C_in / groups, the input channels that feed one output channel. */
export function groupWidth(p: Pick<ConvTranspose1dParams, 'in_channels' | 'groups'>): bigint {
  return p.in_channels / p.groups;
}
