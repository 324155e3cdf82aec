// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: RNN(80, 256, num_layers=2, bidirectional=True) on 100 steps × 8', values: { input_size: '80', hidden_size: '256', num_layers: '2', bidirectional: 'true', input_shape: '(100,8,80)', h0_shape: '' } },
  { label: 'One layer, one direction: RNN(80, 256)', values: { input_size: '80', hidden_size: '256', num_layers: '1', bidirectional: 'false', input_shape: '(100,8,80)', h0_shape: '' } },
  { label: 'Two bidirectional ReLU layers, batch_first, with h_0', values: { input_size: '40', hidden_size: '128', num_layers: '2', nonlinearity: 'relu', bidirectional: 'true', batch_first: 'true', input_shape: '(16,50,40)', h0_shape: '(4,16,128)' } },
  { label: 'Unbatched: one sequence of 20 steps', values: { input_size: '10', hidden_size: '20', num_layers: '1', bidirectional: 'false', input_shape: '(20,10)', h0_shape: '' } },
  { label: 'Training with dropout 0.2 between 3 layers', values: { input_size: '80', hidden_size: '256', num_layers: '3', dropout: '0.2', training: 'true', bidirectional: 'false', input_shape: '(100,8,80)', h0_shape: '' } },
];
