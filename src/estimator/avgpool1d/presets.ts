// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, the calculator's initial layer; words for the page, never in the
// module's script (src/estimator/registry.ts collects them).
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  {
    label: 'Worked example (window 3, stride 2, padding 1, on length 8)',
    values: { channels: '1', length_in: '8', kernel_size: '3', stride: '2', padding: '1' },
  },
  {
    label: "AvgPool1d(4, 4) on (8, 64, 1000), the counters' reference layer",
    values: { batch: '8', channels: '64', length_in: '1000', kernel_size: '4', stride: '4', padding: '0' },
  },
  {
    label: 'Moving average, count_include_pad=False',
    values: { batch: '10', channels: '16', length_in: '1000', kernel_size: '5', stride: '1', padding: '2', count_include_pad: 'false' },
  },
  {
    label: 'HiFi-GAN multi-scale discriminator downsample',
    values: { batch: '25', channels: '1', length_in: '16384', kernel_size: '4', stride: '2', padding: '2' },
  },
  {
    label: 'Ceil-mode frame pooling on an odd length',
    values: { batch: '3', channels: '64', length_in: '99', kernel_size: '2', stride: '2', padding: '0', ceil_mode: 'true' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '14485', channels: '1048576', length_in: '2231234', kernel_size: '3', stride: 'none', padding: '1', ceil_mode: 'true', count_include_pad: 'false' },
  },
];
