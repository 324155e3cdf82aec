// The calculator's examples (words for the page: the registry collects them, the islands get them as props).
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: 8 feature maps of 64 channels, 32 × 32, one shared slope', values: { num_parameters: '1', input_shape: '(8,64,32,32)' } },
  { label: 'One slope per channel: 64 channels, 32 × 32, batch 8', values: { num_parameters: '64', input_shape: '(8,64,32,32)' } },
  { label: 'ResNet-50 stem output, batch 32 (64 × 112 × 112), one slope per channel', values: { num_parameters: '64', input_shape: '(32,64,112,112)' } },
  { label: 'A speech enhancement frame, 250 × 257 bins, one shared slope', values: { num_parameters: '1', input_shape: '(250,257)' } },
  { label: 'One number (a 0-d tensor), one shared slope', values: { num_parameters: '1', input_shape: '()' } },
];
