// Why other counting tools report different numbers for RNN, GRU and LSTM: notes for their counters pages.
// Words only; every number on those pages is computed from each tool's formula (src/estimator/peers/recurrentseq.ts).
import type { SeqMode } from './sequence.ts';

export function seqNotes(mode: SeqMode): readonly { title: string; text: string }[] {
  const op = mode === 'RNN' ? 'aten::rnn_tanh (or rnn_relu)' : `aten::${mode.toLowerCase()}`;
  const notes = [
    {
      title: 'Four groups of answers',
      text: `On a sequence-first input the tools fall into groups: nothing (fvcore, ${mode === 'LSTM' ? 'FlopCounterMode on CPU' : 'torchprofile'}), about the MACs (thop, ultralytics-thop, torchinfo, ptflops' aten backend${mode === 'LSTM' ? ', torchprofile' : ''}), about twice the MACs (calflops and DeepSpeed FLOPs${mode === 'RNN' ? '' : ', moduleprofiler'}${mode === 'LSTM' ? '' : ', FlopCounterMode'}), and ptflops' default backend, which divides by the sequence length.`,
    },
    {
      title: 'fvcore sees one operator it does not know',
      text: `A jit trace of the module holds a single ${op} node. fvcore has no handler for it, warns that it skipped an unsupported operator, and counts 0 (fvcore issue #98).`,
    },
    {
      title: 'ptflops divides by the sequence length',
      text: 'ptflops’ default backend multiplies its per-step count by the input’s first two sizes and then divides the model’s total by the first size of the model’s input, meant to be the batch. For a sequence-first (T, N, features) input that first size is T, so the figure is the count of one step, not of one sample.',
    },
    {
      title: 'calflops and DeepSpeed leave the MACs at 0',
      text: 'Their recurrent hook adds to the FLOPs figure only, so the MACs figure they print beside it stays 0 (calflops issue #55). Their FLOPs count each matrix product as 2·numel(W) − G·H, the additions of a dot product without its bias.',
    },
    {
      title: 'torchinfo counts every parameter once per step and sequence',
      text: 'torchinfo multiplies the number of parameters, biases included, by the product of the output’s first two sizes, which for a batched input is T·N: close to the MACs, plus one per bias entry.',
    },
  ];
  if (mode === 'LSTM') {
    notes.push(
      {
        title: 'FlopCounterMode and the oneDNN LSTM',
        text: 'On CPU in float32, PyTorch 2.x runs a whole LSTM without projection as one oneDNN kernel, mkldnn_rnn_layer, which FlopCounterMode has no formula for: it reports 0 (meta-pytorch/tnt issue #624). With proj_size the generic path runs, and it counts the matrix products at two FLOPs per MAC. On CUDA, cuDNN runs every recurrent module and the counter reports 0.',
      },
      {
        title: 'Projections: three tools, three answers',
        text: 'thop ignores proj_size and counts the layer as if it had none. torchprofile reads the gate width from the last size of h_n, which is proj_size when projecting, and leaves out W_hr: less than half the products. ptflops, calflops and DeepSpeed use the real (smaller) recurrent weights but leave out W_hr. moduleprofiler raises NotImplementedError.',
      },
    );
  } else {
    notes.push({
      title: mode === 'GRU' ? 'torchprofile has no GRU rule' : 'torchprofile has no RNN rule',
      text: `torchprofile counts LSTM from its output shapes but has no handler for ${op}: the layer counts 0.`,
    });
  }
  if (mode === 'RNN') notes.push({ title: 'moduleprofiler has no RNN function', text: 'moduleprofiler documents no method for RNN, and its profiler falls back to a function that returns None, so it reports nothing.' });
  return notes;
}
