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
    label: "AvgPool2d(2, 2) on (8, 64, 56, 56), the counters' reference layer",
    values: { batch: '8', channels: '64', height_in: '56', width_in: '56', kernel_size: '2', stride: '2', padding: '0' },
  },
  {
    label: 'Inception branch pool, count_include_pad=False',
    values: { batch: '8', channels: '192', height_in: '35', width_in: '35', kernel_size: '3', stride: '1', padding: '1', count_include_pad: 'false' },
  },
  {
    label: 'ResNet global average (7×7)',
    values: { batch: '2', channels: '2048', height_in: '7', width_in: '7', kernel_size: '7', stride: 'none', padding: '0' },
  },
  {
    label: 'Box filter with divisor_override=9',
    values: { channels: '3', height_in: '64', width_in: '64', kernel_size: '3', stride: '1', padding: '1', divisor_override: '9' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '47950', channels: '65536', height_in: '2191', width_in: '1523', kernel_size: '(5,1)', stride: '(3,1)', padding: '(1,0)', count_include_pad: 'false' },
  },
];
