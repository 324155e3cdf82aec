// The numbered equations of the cell pages (/modules/rnncell/, grucell/, lstmcell/): ids and
// numbers are permanent once published.
import type { Equation } from '../core/equations.ts';
import type { CellFamily } from './cellDefine.ts';

const CELL: Record<CellFamily, string> = {
  rnn: String.raw`h' = \phi\big(W_{ih}\,x + b_{ih} + W_{hh}\,h + b_{hh}\big), \qquad \phi = \tanh \text{ or } \mathrm{relu}`,
  gru: String.raw`\begin{aligned} r &= \sigma(W_{ir}x + b_{ir} + W_{hr}h + b_{hr}) \\ z &= \sigma(W_{iz}x + b_{iz} + W_{hz}h + b_{hz}) \\ n &= \tanh\big(W_{in}x + b_{in} + r \odot (W_{hn}h + b_{hn})\big) \\ h' &= (1 - z) \odot n + z \odot h \end{aligned}`,
  lstm: String.raw`\begin{aligned} i &= \sigma(W_{ii}x + b_{ii} + W_{hi}h + b_{hi}) \\ f &= \sigma(W_{if}x + b_{if} + W_{hf}h + b_{hf}) \\ g &= \tanh(W_{ig}x + b_{ig} + W_{hg}h + b_{hg}) \\ o &= \sigma(W_{io}x + b_{io} + W_{ho}h + b_{ho}) \\ c' &= f \odot c + i \odot g \\ h' &= o \odot \tanh(c') \end{aligned}`,
};

const G: Record<CellFamily, string> = { rnn: '', gru: '3', lstm: '4' };

const KINDS: Record<CellFamily, string> = {
  rnn: String.raw`\begin{aligned} \text{multiplications} &= N H (H_{in} + H) \\ \text{additions} &= N H \big( (H_{in} + b - 1)^+ + (H + b - 1)^+ + 1 \big) \\ \text{tanh} &= N H \ \ (\phi = \tanh) \\ \text{comparisons} &= N H \ \ (\phi = \mathrm{relu}) \end{aligned}`,
  gru: String.raw`\begin{aligned} \text{multiplications} &= N \big( 3H (H_{in} + H) + 3H \big) \\ \text{additions} &= N \big( 3H \big( (H_{in} + b - 1)^+ + (H + b - 1)^+ \big) + 5H \big) \\ \text{sigmoids} &= 2 N H \\ \text{tanh} &= N H \end{aligned}`,
  lstm: String.raw`\begin{aligned} \text{multiplications} &= N \big( 4H (H_{in} + H) + 3H \big) \\ \text{additions} &= N \big( 4H \big( (H_{in} + b - 1)^+ + (H + b - 1)^+ \big) + 5H \big) \\ \text{sigmoids} &= 3 N H \\ \text{tanh} &= 2 N H \end{aligned}`,
};

const DOCUMENTED: Record<'gru' | 'lstm', string> = {
  gru: String.raw`\text{GRUCell}_{ops} = N H \,\big(6 H_{in} + 6 H + 21\big) \ \text{(bias)}, \qquad N H \,\big(6 H_{in} + 6 H + 15\big) \ \text{(no bias)}`,
  lstm: String.raw`\text{LSTMCell}_{ops} = N H \,\big(8 H_{in} + 8 H + 31\big) \ \text{(bias)}, \qquad N H \,\big(8 H_{in} + 8 H + 23\big) \ \text{(no bias)}`,
};

/** The equation list of one cell page. */
export function cellEquations(family: CellFamily): Equation[] {
  const list: Equation[] = [
    { id: 'eq-cell', number: 1, title: 'One step of the cell, as PyTorch documents it', tex: CELL[family] },
    { id: 'eq-batch', number: 2, title: 'The batch', tex: String.raw`N = x_0 \ \text{ for } x \text{ of shape } (N, H_{in}), \qquad N = 1 \ \text{ for } x \text{ of shape } (H_{in})` },
    { id: 'eq-exact-macs', number: 3, title: 'MACs of the two matrix products', tex: String.raw`\text{MACs} = N \cdot ${G[family]}H \cdot (H_{in} + H)` },
    { id: 'eq-exact-kinds', number: 4, title: 'Exact count by kind', tex: KINDS[family] + String.raw` \qquad b = 1 \text{ with bias, else } 0, \ \ (v)^+ = \max(v, 0)` },
    { id: 'eq-exact-total', number: 5, title: 'Exact total', tex: String.raw`\text{total} = \text{multiplications} + \text{additions} + \text{sigmoids} + \text{tanh} + \text{comparisons}` },
    { id: 'eq-dense', number: 6, title: 'The counters’ convention', tex: String.raw`\text{MACs}_{dense} = N \cdot ${G[family]}H \cdot (H_{in} + H), \qquad \text{FLOPs}_{dense} = 2 \cdot \text{MACs}_{dense}` },
  ];
  if (family !== 'rnn') list.push({ id: 'eq-documented', number: 7, title: 'moduleprofiler’s documented total', tex: DOCUMENTED[family] });
  return list;
}
