// Example layers offered as one-click starting points (arguments only; every count is computed).
// The first is the worked example, which is also the calculator's initial layer (params.ts); its
// values are spelled out so that it is the same layer whether absent arguments take PyTorch's
// defaults or the initial values. Words for the page: the islands get them as props
// (src/estimator/registry.ts collects every module's), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
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
