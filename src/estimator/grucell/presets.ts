// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: streaming speech GRUCell(80, 256), batch 8, h_0 left out', values: { input_size: '80', hidden_size: '256', bias: 'true', input_shape: '(8,80)', h0_shape: '' } },
  { label: 'The same cell with bias=False (moduleprofiler’s code ignores it)', values: { input_size: '80', hidden_size: '256', bias: 'false', input_shape: '(8,80)', h0_shape: '' } },
  { label: 'Seq2seq decoder GRUCell(512, 512), batch 73, with h_0', values: { input_size: '512', hidden_size: '512', bias: 'true', input_shape: '(73,512)', h0_shape: '(73,512)' } },
  { label: 'Tacotron attention-RNN GRUCell(1024, 1024), batch 21', values: { input_size: '1024', hidden_size: '1024', bias: 'true', input_shape: '(21,1024)', h0_shape: '' } },
  { label: 'One unbatched step, GRUCell(10, 20) on (10,) with h_0 (20,)', values: { input_size: '10', hidden_size: '20', bias: 'true', input_shape: '(10,)', h0_shape: '(20,)' } },
];
