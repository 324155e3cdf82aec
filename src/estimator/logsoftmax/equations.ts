// The numbered equations of /modules/logsoftmax/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';

const list: Equation[] = [
  { id: 'eq-logsoftmax', number: 1, title: 'The function, along one dimension', tex: String.raw`\mathrm{LogSoftmax}(x)_i = \log \frac{e^{x_i}}{\sum_{j=1}^{n} e^{x_j}} = (x_i - m) - \log \sum_{j=1}^{n} e^{x_j - m}, \qquad m = \max_j x_j` },
  { id: 'eq-rows', number: 2, title: 'Row length and number of rows', tex: String.raw`n = d_{\text{dim}}, \qquad M = \prod_{i \ne \text{dim}} d_i \qquad (n = M = 1 \text{ for a 0-d input})` },
  { id: 'eq-exact', number: 3, title: 'Exact count by kind', tex: String.raw`\begin{aligned} \text{comparisons} &= M\,(n - 1) \\ \text{additions} &= M\,\big(n + (n - 1) + n\big) \\ \text{exponentials} &= M\,n \\ \text{logarithms} &= M \end{aligned} \qquad (n \ge 1)` },
  { id: 'eq-exact-total', number: 4, title: 'Exact total', tex: String.raw`\text{total} = M\,(5n - 1) \quad (n \ge 1), \qquad 0 \quad (n = 0)` },
];

export const equations = registry(list);
export const equationList = list;
