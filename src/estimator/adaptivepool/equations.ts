// The numbered equations of the adaptive pools' pages (ids and numbers are permanent once published).
import type { Equation } from '../core/equations.ts';
import type { AdaptiveLayout } from './define.ts';

/** The equations of one adaptive pool's page, in page order. */
export function adaptiveEquations(l: AdaptiveLayout): Equation[] {
  const two = l.dims === 2;
  const planes = two ? String.raw`P = N\,C` : String.raw`P = N\,C`;
  const list: Equation[] = [
    {
      id: 'eq-windows',
      number: 1,
      title: 'The window of output index i, along an axis of input size L and output size O',
      tex: String.raw`\text{start}_i = \left\lfloor \frac{i\,L}{O} \right\rfloor, \qquad \text{end}_i = \left\lceil \frac{(i+1)\,L}{O} \right\rceil, \qquad n_i = \text{end}_i - \text{start}_i \qquad (0 \le i < O)`,
    },
    {
      id: 'eq-window-total',
      number: 2,
      title: 'The windows’ total length along one axis, by floor sums and in closed form',
      tex: String.raw`S(L, O) = \sum_{i=0}^{O-1} n_i = \sum_{i=0}^{O-1} \left\lfloor \frac{L\,i + L + O - 1}{O} \right\rfloor - \sum_{i=0}^{O-1} \left\lfloor \frac{L\,i}{O} \right\rfloor = L + O - \gcd(L, O)`,
    },
  ];
  if (two) {
    list.push({
      id: 'eq-separable',
      number: 3,
      title: 'A 2-d window is a product of a row range and a column range',
      tex: String.raw`\sum_{i<H_{out}} \sum_{j<W_{out}} n^{H}_i\, n^{W}_j = S(H_{in}, H_{out})\; S(W_{in}, W_{out})`,
    });
  }
  const E = two ? String.raw`S(H_{in}, H_{out})\,S(W_{in}, W_{out})` : String.raw`S(L_{in}, L_{out})`;
  const Wn = two ? String.raw`H_{out} W_{out}` : String.raw`L_{out}`;
  list.push(
    l.kind === 'max'
      ? { id: 'eq-exact', number: two ? 4 : 3, title: 'Exact count: comparisons', tex: String.raw`\text{comparisons} = \text{total} = ${planes.slice(0, 1)}\,\big(${E} - ${Wn}\big), \qquad ${planes}` }
      : {
          id: 'eq-exact',
          number: two ? 4 : 3,
          title: 'Exact count: additions and divisions',
          tex: String.raw`\begin{aligned} \text{additions} &= P\,\big(${E} - ${Wn}\big) \\ \text{divisions} &= P\,${Wn} \\ \text{total} &= P\,${E} \quad (\text{windows non-empty}) \end{aligned} \qquad ${planes}`,
        },
  );
  return list;
}
