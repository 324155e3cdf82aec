// The numbered equations of /modules/flatten/ (ids and numbers are permanent).
import { registry, type Equation } from '../core/equations.ts';
import { elementsEq, exactEq } from '../elementwise/equations.ts';

const list: Equation[] = [
  {
    id: 'eq-flatten',
    number: 1,
    title: 'The output shape',
    tex: String.raw`(d_0, \dots, d_{s-1},\ d_s d_{s+1} \cdots d_e,\ d_{e+1}, \dots, d_{r-1})`,
  },
  elementsEq,
  exactEq(String.raw`\text{total} = 0 \quad \text{for every } X`),
  {
    id: 'eq-wrap',
    number: 4,
    title: 'Negative dimensions',
    tex: String.raw`s \leftarrow s + R \ \text{ if } s < 0, \qquad e \leftarrow e + R \ \text{ if } e < 0, \qquad R = \max(r, 1)`,
  },
];

export const equations = registry(list);
export const equationList = list;
