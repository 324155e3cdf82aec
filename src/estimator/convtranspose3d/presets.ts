// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, which is also the calculator's initial layer (params.ts); its
// values are spelled out so that it is the same layer whether absent arguments take PyTorch's
// defaults or the initial values. Words for the page: the islands get them as props
// (src/estimator/registry.ts collects every module's), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  {
    label: 'Worked example (3×3×3/2, output_padding 1, on 2×2×2)',
    values: { in_channels: '1', out_channels: '1', depth_in: '2', height_in: '2', width_in: '2', kernel_size: '3', stride: '2', padding: '1', output_padding: '1' },
  },
  {
    label: '3D U-Net up-convolution 2×2×2/2',
    values: { in_channels: '512', out_channels: '512', depth_in: '8', height_in: '8', width_in: '8', kernel_size: '2', stride: '2', padding: '0', output_padding: '0' },
  },
  {
    label: 'V-Net up-convolution 2×2×2/2',
    values: { in_channels: '256', out_channels: '128', depth_in: '8', height_in: '16', width_in: '16', kernel_size: '2', stride: '2', padding: '0', output_padding: '0' },
  },
  {
    label: 'Volumetric up-sampling 3×3×3/2 with output_padding',
    values: { batch: '2', in_channels: '64', out_channels: '32', depth_in: '16', height_in: '32', width_in: '32', kernel_size: '3', stride: '2', padding: '1', output_padding: '1' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '256', in_channels: '2048', out_channels: '2048', depth_in: '64', height_in: '64', width_in: '64', kernel_size: '4', stride: '2', padding: '1', output_padding: '0' },
  },
];
