// torch.nn.AdaptiveMaxPool2d: the adaptive pools' definition (src/estimator/adaptivepool/) with its layout and parameters.
import { defineAdaptive, params2d, type AdaptiveLayout, type AdaptivePoolParams } from '../adaptivepool/define.ts';

export type { AdaptivePoolParams };

export const layout: AdaptiveLayout = { kind: 'max', dims: 2, title: 'AdaptiveMaxPool2d' };

export const params = params2d('max', { N: null, C: 512n, H: 10n, W: 10n, O: [7n, 7n] });

export const definition = defineAdaptive({
  layout,
  params,
  summary: 'Takes the maximum of each channel over a grid of windows sized to give the output height and width asked for; windows overlap when the sizes do not divide evenly.',
  date: '2026-12-01',
});
