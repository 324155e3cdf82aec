// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: Elman RNNCell(128, 256), batch 8, h_0 left out', values: { input_size: '128', hidden_size: '256', bias: 'true', nonlinearity: 'tanh', input_shape: '(8,128)', h0_shape: '' } },
  { label: 'The same cell with nonlinearity=relu', values: { input_size: '128', hidden_size: '256', bias: 'true', nonlinearity: 'relu', input_shape: '(8,128)', h0_shape: '' } },
  { label: 'Small relu RNNCell(64, 64) without bias, batch 235, with h_0', values: { input_size: '64', hidden_size: '64', bias: 'false', nonlinearity: 'relu', input_shape: '(235,64)', h0_shape: '(235,64)' } },
  { label: 'One unbatched step, RNNCell(10, 20) on (10,) with h_0 (20,)', values: { input_size: '10', hidden_size: '20', bias: 'true', nonlinearity: 'tanh', input_shape: '(10,)', h0_shape: '(20,)' } },
];
