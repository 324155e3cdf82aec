// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, the calculator's initial layer; words for the page, never in the
// module's script (src/estimator/registry.ts collects them).
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  {
    label: 'Worked example (3×3 window, stride 2, padding 1, on 6×6)',
    values: { channels: '1', height_in: '6', width_in: '6', kernel_size: '3', stride: '2', padding: '1' },
  },
  {
    label: 'ResNet stem, MaxPool2d(3, 2, 1) on (8, 64, 112, 112)',
    values: { batch: '8', channels: '64', height_in: '112', width_in: '112', kernel_size: '3', stride: '2', padding: '1' },
  },
  {
    label: 'GoogLeNet pool with ceil_mode',
    values: { batch: '1', channels: '192', height_in: '28', width_in: '28', kernel_size: '3', stride: '2', padding: '0', ceil_mode: 'true' },
  },
  {
    label: 'VGG pool, 2×2 stride 2 on 224×224',
    values: { batch: '1', channels: '64', height_in: '224', width_in: '224', kernel_size: '2', stride: '2', padding: '0' },
  },
  {
    label: 'YOLOv4 SPP 13×13 window, padding 6',
    values: { batch: '16', channels: '512', height_in: '13', width_in: '13', kernel_size: '13', stride: '1', padding: '6' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '20707', channels: '262144', height_in: '3457', width_in: '1175', kernel_size: '(5,7)', stride: '(1,2)', padding: '2' },
  },
];
