// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: LayerNorm(768) of a BERT-base-sized transformer, batch 8 × 128 tokens', values: { normalized_shape: '768', elementwise_affine: 'true', input_shape: '(8,128,768)' } },
  { label: 'GPT-2 XL LayerNorm(1600), 1,024 tokens', values: { normalized_shape: '1600', eps: '1e-05', elementwise_affine: 'true', input_shape: '(1,1024,1600)' } },
  { label: 'ViT-B/16 LayerNorm(768), batch 32 × 197 tokens', values: { normalized_shape: '768', eps: '1e-06', elementwise_affine: 'true', input_shape: '(32,197,768)' } },
  { label: 'ConvNeXt channels-last LayerNorm(192), 4 × 28 × 28 positions', values: { normalized_shape: '192', eps: '1e-06', elementwise_affine: 'true', input_shape: '(4,28,28,192)' } },
  { label: 'Over a whole image: normalized_shape (3, 28, 28), no affine', values: { normalized_shape: '(3,28,28)', eps: '1e-05', elementwise_affine: 'false', input_shape: '(16,3,28,28)' } },
];
