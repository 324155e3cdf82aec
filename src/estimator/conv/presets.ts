// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, which is also the calculator's initial layer (params.ts); its
// values are spelled out so that it is the same layer whether absent arguments take PyTorch's
// defaults or the initial values.
import type { Preset } from '../core/module.ts';

export const presets1d: readonly Preset[] = [
  {
    label: 'Worked example (3 taps, padding 1, on length 8)',
    values: { in_channels: '1', out_channels: '1', length_in: '8', kernel_size: '3', stride: '1', padding: '1' },
  },
  {
    label: 'wav2vec 2.0 feature encoder, first conv (10/5 on 1 s of 16 kHz audio)',
    values: { batch: '1', in_channels: '1', out_channels: '512', length_in: '16000', kernel_size: '10', stride: '5', padding: '0', bias: 'false' },
  },
  {
    label: "Conformer depthwise conv, 31 taps, padding='same'",
    values: { batch: '8', in_channels: '256', out_channels: '256', length_in: '500', kernel_size: '31', stride: '1', padding: 'same', groups: '256' },
  },
  {
    label: 'HiFi-GAN residual block, dilation 3',
    values: { in_channels: '256', out_channels: '256', length_in: '8192', kernel_size: '3', stride: '1', padding: '3', dilation: '3' },
  },
  {
    label: 'Beyond 2⁵³',
    values: { batch: '4096', in_channels: '1024', out_channels: '1024', length_in: '240000', kernel_size: '9', stride: '1', padding: '4' },
  },
];

export const presets2d: readonly Preset[] = [
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

export const presets3d: readonly Preset[] = [
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
