// The numbered equations of /modules/linear/. Published ids and numbers are permanent
// (tests/unit/equations.test.ts keeps the list): append new ones, never renumber.
import { registry, type Equation } from '../core/equations.ts';

const list: Equation[] = [
  { id: 'eq-linear', number: 1, title: 'What the layer computes', tex: String.raw`y = x\,A^{\mathsf T} + b, \qquad x \in \mathbb R^{(*,\,H_{in})},\; A \in \mathbb R^{H_{out} \times H_{in}},\; b \in \mathbb R^{H_{out}}` },
  { id: 'eq-rows', number: 2, title: 'Rows: the product of the leading sizes', tex: String.raw`\beta = \prod_{i=0}^{r-2} d_i \qquad (\beta = 1 \text{ for a 1-d input})` },
  { id: 'eq-exact-mults', number: 3, title: 'Exact multiplications', tex: String.raw`M = \beta\,H_{out}\,H_{in}` },
  { id: 'eq-exact-adds', number: 4, title: 'Exact additions', tex: String.raw`A = \beta\,H_{out}\,\max(H_{in} + b - 1,\ 0)` },
  { id: 'eq-exact-total', number: 5, title: 'Exact total', tex: String.raw`\text{FLOPs} = M + A = \begin{cases} 2\,\beta\,H_{out}\,H_{in} & b = 1,\ H_{in} \ge 0 \\ \beta\,H_{out}\,(2H_{in} - 1) & b = 0,\ H_{in} \ge 1 \\ 0 & b = 0,\ H_{in} = 0 \end{cases}` },
  { id: 'eq-exact-macs', number: 6, title: 'Exact MACs', tex: String.raw`\text{MACs} = M = \beta\,H_{out}\,H_{in}` },
  { id: 'eq-documented', number: 7, title: 'moduleprofiler’s documented total', tex: String.raw`\text{Linear}_{ops} = \begin{cases} 2\,\beta\,H_{out}\,H_{in} & \text{bias} \\ \beta\,H_{out}\,(2H_{in} - 1) & \text{no bias} \end{cases}` },
  { id: 'eq-dense', number: 8, title: 'The counters’ convention', tex: String.raw`\text{MACs}_{dense} = \beta\,H_{in}\,H_{out}, \qquad \text{FLOPs}_{dense} = 2\,\beta\,H_{in}\,H_{out}` },
];

export const equations = registry(list);
export const equationList = list;
