// torch.nn.AdaptiveAvgPool1d: the adaptive pools' definition (src/estimator/adaptivepool/) with its layout and parameters.
import { defineAdaptive, params1d, type AdaptiveLayout, type AdaptivePoolParams } from '../adaptivepool/define.ts';

export type { AdaptivePoolParams };

export const layout: AdaptiveLayout = { kind: 'avg', dims: 1, title: 'AdaptiveAvgPool1d' };

export const params = params1d('avg', { N: null, C: 512n, L: 100n, O: 1n });

export const definition = defineAdaptive({
  layout,
  params,
  summary: 'Averages each channel over windows that PyTorch sizes to give the output length asked for; windows overlap when the length does not divide evenly.',
  date: '2026-12-01',
});
