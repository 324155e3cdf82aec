// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, which is also the calculator's initial layer (params.ts); its
// values are spelled out so that it is the same layer whether absent arguments take PyTorch's
// defaults or the initial values. Words for the page: the islands get them as props
// (src/estimator/registry.ts collects every module's), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  {
    label: 'Worked example (3×3/2, padding 1, on 5×5)',
    values: { in_channels: '1', out_channels: '1', height_in: '5', width_in: '5', kernel_size: '3', stride: '2', padding: '1' },
  },
  {
    label: 'ResNet stem 7×7/2 on 224×224',
    values: { batch: '1', in_channels: '3', out_channels: '64', height_in: '224', width_in: '224', kernel_size: '7', stride: '2', padding: '3', bias: 'false' },
  },
  {
    label: 'MobileNetV2 depthwise 3×3/2',
    values: { batch: '1', in_channels: '144', out_channels: '144', height_in: '112', width_in: '112', kernel_size: '3', stride: '2', padding: '1', groups: '144', bias: 'false' },
  },
  {
    label: "CycleGAN 7×7 with reflect padding, padding='same'",
    values: { batch: '1', in_channels: '3', out_channels: '64', height_in: '256', width_in: '256', kernel_size: '7', stride: '1', padding: 'same', padding_mode: 'reflect' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '4096', in_channels: '2048', out_channels: '2048', height_in: '224', width_in: '224', kernel_size: '3', stride: '1', padding: '1' },
  },
];
