// Output positions that receive at least one product: y[t] ≥ 1 iff y_i[t_i] ≥ 1 on every axis.
import { coveredPositions } from '../convtranspose1d/coveredPositions.ts';
import { product } from './outputSize.ts';
import type { Axis } from './tuples.ts';

/** eq-ctn-covered-axis: P_i, the 1-d positions in [0, size_i) that receive at least one product. */
export function coveredPerAxis(axes: readonly Axis[], sizes: readonly bigint[]): bigint[] {
  return axes.map((a, i) => coveredPositions(a, sizes[i]));
}

/** eq-ctn-covered: P = ∏ P_i, the output positions per filter that receive at least one product. */
export function coveredPerFilter(axes: readonly Axis[], sizes: readonly bigint[]): bigint {
  return product(coveredPerAxis(axes, sizes));
}
