// The numbered equations of /modules/rnn/, /modules/gru/ and /modules/lstm/ (ids and numbers are permanent).
import type { Equation } from '../core/equations.ts';
import type { SeqMode } from './sequence.ts';

const CELL: Record<SeqMode, string> = {
  RNN: String.raw`h_t = \phi\big(W_{ih}\,x_t + b_{ih} + W_{hh}\,h_{t-1} + b_{hh}\big), \qquad \phi \in \{\tanh, \mathrm{relu}\}`,
  GRU: String.raw`\begin{aligned} r_t &= \sigma(W_{ir} x_t + b_{ir} + W_{hr} h_{t-1} + b_{hr}) \\ z_t &= \sigma(W_{iz} x_t + b_{iz} + W_{hz} h_{t-1} + b_{hz}) \\ n_t &= \tanh\big(W_{in} x_t + b_{in} + r_t \odot (W_{hn} h_{t-1} + b_{hn})\big) \\ h_t &= (1 - z_t) \odot n_t + z_t \odot h_{t-1} \end{aligned}`,
  LSTM: String.raw`\begin{aligned} i_t, f_t, o_t &= \sigma(W_{i\cdot} x_t + b_{i\cdot} + W_{h\cdot} h_{t-1} + b_{h\cdot}) \\ g_t &= \tanh(W_{ig} x_t + b_{ig} + W_{hg} h_{t-1} + b_{hg}) \\ c_t &= f_t \odot c_{t-1} + i_t \odot g_t \\ h_t &= W_{hr}\,\big(o_t \odot \tanh(c_t)\big) \quad (\text{or } o_t \odot \tanh(c_t) \text{ without } W_{hr}) \end{aligned}`,
};

const STEP: Record<SeqMode, string> = {
  RNN: String.raw`\begin{aligned} \text{MACs} &= H\,(I + H) \\ \text{additions} &= H\,\big[(I + b - 1)^+ + (H + b - 1)^+ + 1\big] \\ \text{multiplications} &= \text{MACs} \\ \tanh &= H \quad (\text{relu: } H \text{ comparisons}) \end{aligned}`,
  GRU: String.raw`\begin{aligned} \text{MACs} &= 3H\,(I + H) \\ \text{additions} &= 3H\,\big[(I + b - 1)^+ + (H + b - 1)^+ + 1\big] + 2H \\ \text{multiplications} &= \text{MACs} + 3H \\ \sigma &= 2H, \quad \tanh = H \end{aligned}`,
  LSTM: String.raw`\begin{aligned} K &= P \text{ if } P > 0 \text{ else } H \\ \text{MACs} &= 4H\,(I + K) + P\,H \\ \text{additions} &= 4H\,\big[(I + b - 1)^+ + (K + b - 1)^+ + 1\big] + H + P\,(H - 1)^+ \\ \text{multiplications} &= \text{MACs} + 3H \\ \sigma &= 3H, \quad \tanh = 2H \end{aligned}`,
};

const DOCUMENTED: Record<'GRU' | 'LSTM', string> = {
  GRU: String.raw`\text{GRU}_{ops} = \begin{cases} T N H\,\big(6 H_{in} + 6(2\ell - 1) H + k\ell\big) & D = 1 \\ T N H\,\big(12 H_{in} + 12(3\ell - 2) H + 2k\ell\big) & D = 2 \end{cases} \qquad k = 21 \text{ (bias)},\ 15 \text{ (none)}`,
  LSTM: String.raw`\text{LSTM}_{ops} = \begin{cases} T N H\,\big(8 H_{in} + 8(2\ell - 1) H + k\ell\big) & D = 1 \\ T N H\,\big(16 H_{in} + 16(3\ell - 2) H + 2k\ell\big) & D = 2 \end{cases} \qquad k = 31 \text{ (bias)},\ 23 \text{ (none)}`,
};

export function seqEquations(mode: SeqMode): Equation[] {
  const out = mode === 'LSTM' ? 'P_{out} = P \\text{ if } P > 0 \\text{ else } H' : 'P_{out} = H';
  const list: Equation[] = [
    { id: 'eq-cell', number: 1, title: `One ${mode} step, PyTorch’s equations`, tex: CELL[mode] },
    { id: 'eq-step', number: 2, title: 'Exact count of one step for one sequence, by kind (I inputs)', tex: STEP[mode] },
    { id: 'eq-layers', number: 3, title: 'What each layer reads', tex: String.raw`I_0 = H_{in}, \qquad I_{l} = D \cdot P_{out} \ (l \ge 1), \qquad ${out}` },
    { id: 'eq-seq-total', number: 4, title: 'The whole pass, in closed form', tex: String.raw`\text{count} = T \cdot N \cdot D \cdot \big(S(I_0) + (\ell - 1)\, S(I_1)\big) + \text{dropout}` },
    { id: 'eq-dropout', number: 5, title: 'Dropout in training mode', tex: String.raw`E = [\text{training} \wedge p > 0 \wedge \ell > 1]\,(\ell - 1)\, T N D\, P_{out}: \quad E \text{ multiplications},\ E\,[p < 1] \text{ divisions}` },
    { id: 'eq-dense', number: 6, title: 'Dense convention', tex: String.raw`\text{MACs} = T N D\,\big(M(I_0) + (\ell - 1) M(I_1)\big), \qquad \text{FLOPs} = 2\,\text{MACs}` },
    { id: 'eq-shapes', number: 7, title: 'Output shapes', tex: String.raw`\text{output}: (T, N, D P_{out}),\ \ h_n: (D \ell, N, P_{out})${mode === 'LSTM' ? String.raw`,\ \ c_n: (D \ell, N, H)` : ''}` },
  ];
  if (mode !== 'RNN') list.push({ id: 'eq-documented', number: 8, title: 'moduleprofiler’s documented total', tex: DOCUMENTED[mode] });
  return list;
}
