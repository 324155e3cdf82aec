// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: ImageNet classifier output, batch 32 × 1,000 classes, dim=1', values: { dim: '1', input_shape: '(32,1000)' } },
  { label: 'GPT-2 language-model head, 8 × 128 tokens × 50,257, dim=-1', values: { dim: '-1', input_shape: '(8,128,50257)' } },
  { label: 'Speech recogniser (CTC) output, 500 frames × batch 16 × 29 characters, dim=2', values: { dim: '2', input_shape: '(500,16,29)' } },
  { label: 'dim=None on a (32, 1000) input (PyTorch picks dim 1, with a warning)', values: { dim: '', input_shape: '(32,1000)' } },
  { label: 'One number (a 0-d tensor)', values: { dim: '0', input_shape: '()' } },
];
