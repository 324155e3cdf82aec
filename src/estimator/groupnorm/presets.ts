// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: GroupNorm(32, 256), batch 8 × 28 × 28 (a ResNet stage)', values: { num_groups: '32', num_channels: '256', affine: 'true', input_shape: '(8,256,28,28)' } },
  { label: 'Stable Diffusion U-Net GroupNorm(32, 320) at 64 × 64', values: { num_groups: '32', num_channels: '320', eps: '1e-05', affine: 'true', input_shape: '(2,320,64,64)' } },
  { label: 'One group: GroupNorm(1, 64), like a LayerNorm over (C, H, W)', values: { num_groups: '1', num_channels: '64', affine: 'true', input_shape: '(8,64,56,56)' } },
  { label: 'One channel per group: GroupNorm(64, 64), like an InstanceNorm', values: { num_groups: '64', num_channels: '64', affine: 'true', input_shape: '(8,64,56,56)' } },
  { label: 'A sequence, (N, C, L), without affine', values: { num_groups: '4', num_channels: '128', affine: 'false', input_shape: '(16,128,100)' } },
];
