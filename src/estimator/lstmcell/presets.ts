// The calculator's examples, the first the worked example: words for the page (the registry
// collects them and the islands get them as props), never in the module's script.
import type { Preset } from '../core/module.ts';

export const presets: readonly Preset[] = [
  { label: 'Worked example: Tacotron2 attention LSTMCell(768, 1024), batch 10, states left out', values: { input_size: '768', hidden_size: '1024', bias: 'true', input_shape: '(10,768)', h0_shape: '', c0_shape: '' } },
  { label: 'Tacotron2 decoder LSTMCell(1536, 1024) without bias, batch 4, with (h_0, c_0)', values: { input_size: '1536', hidden_size: '1024', bias: 'false', input_shape: '(4,1536)', h0_shape: '(4,1024)', c0_shape: '(4,1024)' } },
  { label: 'Show, attend and tell LSTMCell(512, 512), batch 135', values: { input_size: '512', hidden_size: '512', bias: 'true', input_shape: '(135,512)', h0_shape: '', c0_shape: '' } },
  { label: 'Pointer-generator LSTMCell(300, 600), batch 4, with (h_0, c_0)', values: { input_size: '300', hidden_size: '600', bias: 'true', input_shape: '(4,300)', h0_shape: '(4,600)', c0_shape: '(4,600)' } },
  { label: 'One unbatched step, LSTMCell(10, 20) on (10,)', values: { input_size: '10', hidden_size: '20', bias: 'true', input_shape: '(10,)', h0_shape: '', c0_shape: '' } },
];
