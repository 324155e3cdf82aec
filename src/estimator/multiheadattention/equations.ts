// The numbered equations of /modules/multiheadattention/. Published ids and numbers are permanent
// (tests/unit/equations.test.ts keeps the list): append new ones, never renumber.
import { registry, type Equation } from '../core/equations.ts';

const list: Equation[] = [
  { id: 'eq-attention', number: 1, title: 'What the module computes', tex: String.raw`\begin{aligned} \mathrm{MHA}(q, k, v) &= \big[\,\mathrm{head}_1, \dots, \mathrm{head}_h\,\big]\,W_O^{\mathsf T} + b_O \\ \mathrm{head}_i &= \mathrm{softmax}\!\Big(\frac{Q_i K_i^{\mathsf T}}{\sqrt d} + \text{mask}\Big)\,V_i \end{aligned}` },
  { id: 'eq-sizes', number: 2, title: 'The sizes', tex: String.raw`d = \frac{E}{h}, \qquad S' = S + [\text{add\_bias\_kv}] + [\text{add\_zero\_attn}], \qquad M = N\,h\,L\,S' \;\text{ scores}` },
  { id: 'eq-linear-part', number: 3, title: 'One projection of R vectors from F to E features', tex: String.raw`\text{mults} = R\,E\,F, \qquad \text{adds} = R\,E\,\max(F + b - 1,\ 0)` },
  { id: 'eq-in-projection', number: 4, title: 'The three input projections', tex: String.raw`Q:\ R = N L,\ F = E \qquad K:\ R = N S,\ F = E_k \qquad V:\ R = N S,\ F = E_v` },
  { id: 'eq-scores', number: 5, title: 'Scaling and scores', tex: String.raw`\text{divs} = N\,L\,E, \qquad \text{mults} = M\,d, \qquad \text{adds} = M\,(d - 1) + M\,[\text{a mask}]` },
  { id: 'eq-masks', number: 6, title: 'Merging the masks', tex: String.raw`\text{logical ORs} = M \quad \text{when attn\_mask is bool and key\_padding\_mask is given; else } 0` },
  { id: 'eq-softmax', number: 7, title: 'Softmax over each row of S′ scores', tex: String.raw`\begin{aligned} \text{comparisons} &= N h L\,(S' - 1) & \text{exponentials} &= M \\ \text{additions} &= N h L\,\big(S' + (S' - 1)\big) & \text{divisions} &= M \end{aligned}` },
  { id: 'eq-dropout', number: 8, title: 'Dropout on the weights (training, p > 0)', tex: String.raw`\text{draws} = \text{divs} = \text{mults} = M \quad (0 < p < 1), \qquad \text{mults} = M \quad (p = 1)` },
  { id: 'eq-weighted-sum', number: 9, title: 'The weighted sum of the values', tex: String.raw`\text{mults} = M\,d, \qquad \text{adds} = N\,h\,L\,d\,\max(S' - 1,\ 0)` },
  { id: 'eq-out-projection', number: 10, title: 'The output projection', tex: String.raw`R = N L,\ F = E \text{ in (3)}` },
  { id: 'eq-head-average', number: 11, title: 'Averaging the returned weights over the heads', tex: String.raw`\text{adds} = N\,L\,S'\,(h - 1), \qquad \text{divs} = N\,L\,S' \qquad (\text{need\_weights and average\_attn\_weights})` },
  { id: 'eq-exact-mults', number: 12, title: 'Exact multiplications', tex: String.raw`\text{mults} = \underbrace{N E\,(2 L E + S E_k + S E_v)}_{\text{projections}} + \underbrace{2\,M\,d}_{QK^{\mathsf T},\ AV} + \text{dropout}` },
  { id: 'eq-exact-adds', number: 13, title: 'Exact additions', tex: String.raw`\begin{aligned} \text{adds} = {} & \text{(3) for the four projections} + M\,(d-1) + M\,[\text{mask}] \\ & + N h L\,(2S' - 1) + N h L d\,(S' - 1) + N L S'\,(h - 1)\,[\text{avg}] \end{aligned}` },
  { id: 'eq-exact-divs', number: 14, title: 'Exact divisions', tex: String.raw`\text{divs} = N L E + M + \text{dropout} + N L S'\,[\text{avg}]` },
  { id: 'eq-exact-macs', number: 15, title: 'Exact MACs: the products in dot products', tex: String.raw`\text{MACs} = N E\,(2 L E + S E_k + S E_v) + 2\,N\,L\,S'\,E` },
  { id: 'eq-exact-total', number: 16, title: 'Exact total', tex: String.raw`\text{total} = \text{mults} + \text{adds} + \text{divs} + \text{exps} + \text{comparisons} + \text{ORs} + \text{draws}` },
  { id: 'eq-dense', number: 17, title: 'The counters’ convention', tex: String.raw`\begin{aligned} \text{MACs}_{dense} &= N E\,(2 L E + S E_k + S E_v) + 2\,N\,L\,S'\,E \\ \text{FLOPs}_{dense} &= 2\,\text{MACs}_{dense} \end{aligned}` },
];

export const equations = registry(list);
export const equationList = list;
