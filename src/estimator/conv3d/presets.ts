// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, which is also the calculator's initial layer (params.ts); its
// values are spelled out so that it is the same layer whether absent arguments take PyTorch's
// defaults or the initial values. Words for the page: the islands get them as props
// (src/estimator/registry.ts collects every module's), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  {
    label: 'Worked example (3×3×3, padding 1, on 4×4×4)',
    values: { in_channels: '1', out_channels: '1', depth_in: '4', height_in: '4', width_in: '4', kernel_size: '3', stride: '1', padding: '1' },
  },
  {
    label: 'I3D stem 7×7×7/2 on 64 frames of 224×224',
    values: { batch: '1', in_channels: '3', out_channels: '64', depth_in: '64', height_in: '224', width_in: '224', kernel_size: '7', stride: '2', padding: '3', bias: 'false' },
  },
  {
    label: 'R(2+1)D spatial conv 1×7×7/(1,2,2)',
    values: { batch: '1', in_channels: '3', out_channels: '45', depth_in: '16', height_in: '112', width_in: '112', kernel_size: '(1,7,7)', stride: '(1,2,2)', padding: '(0,3,3)', bias: 'false' },
  },
  {
    label: "3D U-Net 3×3×3, padding='same'",
    values: { batch: '1', in_channels: '32', out_channels: '64', depth_in: '64', height_in: '64', width_in: '64', kernel_size: '3', stride: '1', padding: 'same' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '1024', in_channels: '512', out_channels: '512', depth_in: '64', height_in: '112', width_in: '112', kernel_size: '3', stride: '1', padding: '1' },
  },
];
