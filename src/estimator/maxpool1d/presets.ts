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
    label: "MaxPool1d(2, 2) on (8, 64, 1000), the counters' reference layer",
    values: { batch: '8', channels: '64', length_in: '1000', kernel_size: '2', stride: '2', padding: '0' },
  },
  {
    label: 'ECG ResNet pool (3/2, padding 1)',
    values: { batch: '3', channels: '64', length_in: '1250', kernel_size: '3', stride: '2', padding: '1' },
  },
  {
    label: 'Dilated window (3 elements, dilation 2, ceil_mode)',
    values: { batch: '1', channels: '32', length_in: '21', kernel_size: '3', stride: '2', padding: '1', dilation: '2', ceil_mode: 'true' },
  },
  {
    label: 'Pool with indices, for unpooling',
    values: { batch: '3', channels: '64', length_in: '64', kernel_size: '2', stride: '2', padding: '0', return_indices: 'true' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '349345', channels: '262144', length_in: '2158856', kernel_size: '6', stride: 'none', padding: '(2,)', dilation: '2' },
  },
];
