// The calculator's examples (words for the page: the registry collects them, the islands get them as props).
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: 8 feature maps of 64 channels, 32 × 32', values: { input_shape: '(8,64,32,32)' } },
  { label: 'ResNet-50 head after pooling, batch 32 (2,048 × 1 × 1)', values: { input_shape: '(32,2048,1,1)' } },
  { label: 'Everything into one vector (start_dim = 0)', values: { start_dim: '0', input_shape: '(8,64,32,32)' } },
  { label: 'Only the spatial sizes (start_dim = 2)', values: { start_dim: '2', input_shape: '(8,64,32,32)' } },
  { label: 'One number (a 0-d tensor)', values: { start_dim: '0', input_shape: '()' } },
];
