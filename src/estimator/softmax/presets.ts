// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: BERT-base attention, 8 × 12 heads × 128 × 128, dim=-1', values: { dim: '-1', input_shape: '(8,12,128,128)' } },
  { label: 'GPT-2 attention, 12 heads × 1,024 × 1,024, dim=-1', values: { dim: '-1', input_shape: '(1,12,1024,1024)' } },
  { label: 'ImageNet classifier output, batch 32 × 1,000 classes, dim=1', values: { dim: '1', input_shape: '(32,1000)' } },
  { label: 'dim=None on a (32, 1000) input (PyTorch picks dim 1, with a warning)', values: { dim: '', input_shape: '(32,1000)' } },
  { label: 'One number (a 0-d tensor)', values: { dim: '0', input_shape: '()' } },
];
