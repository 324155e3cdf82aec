// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: BERT-base MLP up-projection, batch 8 × 128 tokens', values: { in_features: '768', out_features: '3072', bias: 'true', input_shape: '(8,128,768)' } },
  { label: 'GPT-2 LM head (768 → 50,257, no bias), 1,024 tokens', values: { in_features: '768', out_features: '50257', bias: 'false', input_shape: '(1,1024,768)' } },
  { label: 'LLaMA-7B MLP gate projection (4,096 → 11,008, no bias), 2,048 tokens', values: { in_features: '4096', out_features: '11008', bias: 'false', input_shape: '(1,2048,4096)' } },
  { label: 'ResNet-50 classifier (2,048 → 1,000), batch 32', values: { in_features: '2048', out_features: '1000', bias: 'true', input_shape: '(32,2048)' } },
  { label: 'One 1-d input vector (512 → 10)', values: { in_features: '512', out_features: '10', bias: 'true', input_shape: '(512,)' } },
];
