// The calculator's examples (words for the page: the registry collects them, the islands get them as props).
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: 8 feature maps of 64 channels, 32 × 32, training', values: { input_shape: '(8,64,32,32)' } },
  { label: 'Transformer (d_model 512), batch 8 × 128 tokens, p = 0.1', values: { p: '0.1', input_shape: '(8,128,512)' } },
  { label: 'MobileNetV2 classifier input, batch 32 × 1,280, p = 0.2', values: { p: '0.2', input_shape: '(32,1280)' } },
  { label: 'The same in evaluation mode', values: { p: '0.2', training: 'false', input_shape: '(32,1280)' } },
  { label: 'p = 1: everything zeroed', values: { p: '1', input_shape: '(8,64,32,32)' } },
];
