// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: GRU(80, 256, num_layers=2, bidirectional=True) on 100 steps × 8', values: { input_size: '80', hidden_size: '256', num_layers: '2', bidirectional: 'true', input_shape: '(100,8,80)', h0_shape: '' } },
  { label: 'Speech enhancement GRU: 257 bins, 2 layers of 512, 1 s at 100 frames', values: { input_size: '257', hidden_size: '512', num_layers: '2', bidirectional: 'false', batch_first: 'true', input_shape: '(1,100,257)', h0_shape: '' } },
  { label: 'RNNoise-size GRU(42, 24) on one unbatched sequence of 100 frames', values: { input_size: '42', hidden_size: '24', num_layers: '1', bidirectional: 'false', input_shape: '(100,42)', h0_shape: '(1,24)' } },
  { label: 'Without biases, with h_0', values: { input_size: '64', hidden_size: '128', num_layers: '1', bias: 'false', bidirectional: 'false', input_shape: '(50,4,64)', h0_shape: '(1,4,128)' } },
];
