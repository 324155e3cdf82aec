// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, which is also the calculator's initial layer (params.ts); its
// values are spelled out so that it is the same layer whether absent arguments take PyTorch's
// defaults or the initial values. Words for the page: the islands get them as props
// (src/estimator/registry.ts collects every module's), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  {
    label: 'Worked example (DCGAN-style 4×4/2 on 3×3)',
    values: { in_channels: '1', out_channels: '1', height_in: '3', width_in: '3', kernel_size: '4', stride: '2', padding: '1' },
  },
  {
    label: 'DCGAN generator 512→256, 4×4/2',
    values: { batch: '64', in_channels: '512', out_channels: '256', height_in: '8', width_in: '8', kernel_size: '4', stride: '2', padding: '1', bias: 'false' },
  },
  {
    label: 'U-Net up-convolution 2×2/2',
    values: { in_channels: '1024', out_channels: '512', height_in: '28', width_in: '28', kernel_size: '2', stride: '2', padding: '0' },
  },
  {
    label: 'CycleGAN up-sampling with output_padding',
    values: { in_channels: '256', out_channels: '128', height_in: '64', width_in: '64', kernel_size: '3', stride: '2', padding: '1', output_padding: '1' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '1024', in_channels: '4096', out_channels: '4096', height_in: '256', width_in: '256', kernel_size: '4', stride: '2', padding: '1' },
  },
];
