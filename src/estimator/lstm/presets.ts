// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: LSTM(80, 256, num_layers=2, bidirectional=True) on 100 steps × 8', values: { input_size: '80', hidden_size: '256', num_layers: '2', bidirectional: 'true', input_shape: '(100,8,80)', h0_shape: '', c0_shape: '' } },
  { label: 'Projected: LSTM(80, 256, proj_size=128) on 100 steps × 8', values: { input_size: '80', hidden_size: '256', num_layers: '1', bidirectional: 'false', proj_size: '128', input_shape: '(100,8,80)', h0_shape: '', c0_shape: '' } },
  { label: 'ESPnet-style BLSTMP layer pair: 4 layers of 1024, proj 320, with states', values: { input_size: '320', hidden_size: '1024', num_layers: '4', bidirectional: 'true', proj_size: '320', input_shape: '(200,8,320)', h0_shape: '(8,8,320)', c0_shape: '(8,8,1024)' } },
  { label: 'Unbatched, batch_first ignored', values: { input_size: '10', hidden_size: '20', num_layers: '1', bidirectional: 'false', batch_first: 'true', input_shape: '(30,10)', h0_shape: '', c0_shape: '' } },
  { label: 'Training with dropout 0.3 between 2 layers', values: { input_size: '80', hidden_size: '256', num_layers: '2', dropout: '0.3', training: 'true', bidirectional: 'false', input_shape: '(100,8,80)', h0_shape: '', c0_shape: '' } },
];
