// torch.nn.AdaptiveMaxPool1d: the adaptive pools' definition (src/estimator/adaptivepool/) with its layout and parameters.
import { defineAdaptive, params1d, type AdaptiveLayout, type AdaptivePoolParams } from '../adaptivepool/define.ts';

export type { AdaptivePoolParams };

export const layout: AdaptiveLayout = { kind: 'max', dims: 1, title: 'AdaptiveMaxPool1d' };

export const params = params1d('max', { N: null, C: 256n, L: 1000n, O: 1n });

export const definition = defineAdaptive({
  layout,
  params,
  summary: 'Takes the maximum of each channel over windows that PyTorch sizes to give the output length asked for; windows overlap when the length does not divide evenly.',
  date: '2026-12-01',
});
