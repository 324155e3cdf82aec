// The calculator's examples (words for the page: the registry collects them, the islands get them as props).
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: 8 feature maps of 64 channels, 32 × 32, erf form', values: { approximate: 'none', input_shape: '(8,64,32,32)' } },
  { label: 'The same with the tanh approximation', values: { approximate: 'tanh', input_shape: '(8,64,32,32)' } },
  { label: 'BERT-base feed-forward hidden, 8 × 128 tokens × 3,072, erf form', values: { approximate: 'none', input_shape: '(8,128,3072)' } },
  { label: 'GPT-2 feed-forward hidden, 1,024 tokens × 3,072, tanh form', values: { approximate: 'tanh', input_shape: '(1,1024,3072)' } },
  { label: 'ViT-B/16 MLP hidden, batch 32 × 197 tokens × 3,072', values: { approximate: 'none', input_shape: '(32,197,3072)' } },
  { label: 'One number (a 0-d tensor)', values: { approximate: 'none', input_shape: '()' } },
];
