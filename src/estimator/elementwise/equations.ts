// The numbered equations every element-wise page shares, around the module's own definition:
// (1) the function, (2) the elements, (3) the exact count, (4) the documented count where
// moduleprofiler documents one; a page appends its own after these. Published ids and numbers
// are permanent (tests/unit/equations.test.ts keeps the list).
import type { Equation } from '../core/equations.ts';

export const elementsEq: Equation = {
  id: 'eq-elements',
  number: 2,
  title: 'Elements: the product of the sizes',
  tex: String.raw`X = \prod_{i=0}^{r-1} d_i \qquad (X = 1 \text{ for a 0-d input})`,
};

/** The exact count: `terms` per element (TeX), times X. */
export const exactEq = (tex: string): Equation => ({ id: 'eq-exact', number: 3, title: 'Exact count by kind of operation', tex });

/** moduleprofiler's documented count: c operations per element. */
export const documentedEq = (name: string, c: bigint): Equation => ({
  id: 'eq-documented',
  number: 4,
  title: 'moduleprofiler’s documented count',
  tex: String.raw`\text{${name}}_{ops} = ${c === 1n ? '' : `${c}\\,`}X`,
});
