// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

const self = (shape: string) => ({ query_shape: shape, key_shape: shape, value_shape: shape });

export const presets: readonly Preset[] = [
  { label: 'Worked example: BERT-base self-attention, 8 sequences × 128 tokens', values: { embed_dim: '768', num_heads: '12', dropout: '0.1', ...self('(128,8,768)') } },
  { label: 'ViT-B/16 on one 224 × 224 image (197 tokens, batch_first, no weights returned)', values: { embed_dim: '768', num_heads: '12', batch_first: 'true', need_weights: 'false', ...self('(1,197,768)') } },
  { label: 'The /profile/ Transformer preset: 256 wide, 4 heads, 64 tokens, additive mask', values: { embed_dim: '256', num_heads: '4', dropout: '0.1', batch_first: 'true', need_weights: 'false', attn_mask: 'float', ...self('(1,64,256)') } },
  { label: 'Cross-attention: 20 queries over 50 keys of 256 and values of 128 features', values: { embed_dim: '512', num_heads: '8', kdim: '256', vdim: '128', query_shape: '(20,4,512)', key_shape: '(50,4,256)', value_shape: '(50,4,128)' } },
  { label: 'Training a Transformer-base encoder layer: padding and causal masks, dropout', values: { embed_dim: '512', num_heads: '8', dropout: '0.1', training: 'true', attn_mask: 'bool', key_padding_mask: 'bool', ...self('(32,16,512)') } },
  { label: 'One unbatched sentence of 10 tokens, weights kept per head', values: { embed_dim: '64', num_heads: '4', average_attn_weights: 'false', ...self('(10,64)') } },
];
