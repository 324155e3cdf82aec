// Example layers offered as one-click starting points (inputs only; every count is computed).
// The first is the worked example the page derives, which is also the calculator's initial layer.
// Words for the page: the islands get them as props (src/estimator/registry.ts collects every
// module's), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example', values: {} },
  {
    label: 'HiFi-GAN upsampler ×8',
    values: { in_channels: '512', out_channels: '256', length_in: '8192', kernel_size: '16', stride: '8', padding: '4' },
  },
  {
    label: 'Vocoder upsampler, batch 16',
    values: { in_channels: '512', out_channels: '256', length_in: '100', kernel_size: '16', stride: '8', padding: '4', batch: '16' },
  },
  { label: 'Outputs with no tap', values: { in_channels: '104', out_channels: '104', length_in: '1', kernel_size: '3', stride: '7', dilation: '3', bias: 'false' } },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '64', in_channels: '4096', out_channels: '4096', length_in: '1000000', kernel_size: '16', stride: '4', padding: '6' },
  },
];
