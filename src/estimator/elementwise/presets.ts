// The element-wise modules' examples: words for the page (the islands get them as props, via
// each module's presets.ts and the registry), never in a module's script.
import type { Preset } from '../core/module.ts';

/** Example inputs from real models, shared by the element-wise pages (arguments only; the counts are computed). */
export const ELEMENTWISE_PRESETS: readonly Preset[] = [
  { label: 'Worked example: 8 feature maps of 64 channels, 32 × 32', values: { input_shape: '(8,64,32,32)' } },
  { label: 'ResNet-50 stem output, batch 32 (64 × 112 × 112)', values: { input_shape: '(32,64,112,112)' } },
  { label: 'BERT-base feed-forward hidden, 8 × 128 tokens × 3,072', values: { input_shape: '(8,128,3072)' } },
  { label: 'LSTM gate pre-activations, batch 64 × 512', values: { input_shape: '(64,512)' } },
  { label: 'One number (a 0-d tensor)', values: { input_shape: '()' } },
];
