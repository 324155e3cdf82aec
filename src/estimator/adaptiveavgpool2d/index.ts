// torch.nn.AdaptiveAvgPool2d: the adaptive pools' definition (src/estimator/adaptivepool/) with its layout and parameters.
import { defineAdaptive, params2d, type AdaptiveLayout, type AdaptivePoolParams } from '../adaptivepool/define.ts';

export type { AdaptivePoolParams };

export const layout: AdaptiveLayout = { kind: 'avg', dims: 2, title: 'AdaptiveAvgPool2d' };

export const params = params2d('avg', { N: null, C: 2048n, H: 7n, W: 7n, O: 1n });

export const definition = defineAdaptive({
  layout,
  params,
  summary: 'Averages each channel over a grid of windows sized to give the output height and width asked for: the global average pool of ResNet heads, or a fixed-size grid for any input.',
  date: '2026-12-01',
});
