// Why other counting tools report different numbers for the recurrent cells: notes for the
// counters pages of RNNCell, GRUCell and LSTMCell. Words only; every number on those pages is
// computed from each tool's formula (src/estimator/peers/recurrent.ts).
import type { CellFamily } from './cellDefine.ts';

export function cellNotes(family: CellFamily): readonly { title: string; text: string }[] {
  const notes = [
    {
      title: 'Products only, or products plus a fixed term',
      text: 'FlopCounterMode, fvcore and torchprofile see the two matrix products the cell runs and little else: the gates and the state update are either free to them or unsupported. thop, ultralytics-thop, ptflops, calflops and DeepSpeed add a fixed element-wise term per hidden unit and one unit per bias entry, but never charge the sigmoid and tanh evaluations themselves.',
    },
    {
      title: 'torchinfo is H times too high',
      text: 'torchinfo multiplies the parameter count by the product of the output’s first two sizes. For a cell the output is (N, H), not (N, 1), so every weight is charged H times per batch element: 256 times too high for a hidden size of 256.',
    },
    {
      title: 'calflops and DeepSpeed report no MACs',
      text: 'Their recurrent hooks set only the FLOPs figure, so the MACs column reads 0 for every recurrent module (calflops issue #55), while the FLOPs column counts the products twice and adds the gate term.',
    },
  ];
  if (family === 'gru') notes.push({ title: 'moduleprofiler ignores bias=False', text: 'Its code asks whether module.bias is not None; on a GRUCell bias is a bool, so the answer is always yes and the cell is counted with its biases, 6·N·H operations more than its own documented formula without them.' });
  if (family === 'lstm') notes.push({ title: 'moduleprofiler crashes', text: 'Its LSTMCell function reads output.size(-1), but LSTMCell returns the tuple (h_1, c_1): AttributeError, on every layer. Its documented formula, shown as the documented method, is what the function would have returned.' });
  if (family === 'rnn') notes.push({ title: 'Not covered by moduleprofiler', text: 'moduleprofiler has neither a documentation page nor a function for RNNCell: it reports nothing.' });
  return notes;
}
