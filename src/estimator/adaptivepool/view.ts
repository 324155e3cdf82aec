// A layer as the peers' formulas see it (src/estimator/peers/adaptivepool.ts).
import type { AdaptiveView } from '../peers/adaptivepool.ts';
import { inputShape, resolve, type AdaptiveLayout, type AdaptivePoolParams } from './define.ts';
import { windowTotal } from './windows.ts';

/** The input's and output's shapes and the windows' totals of a valid layer. */
export function peerView(l: AdaptiveLayout, p: AdaptivePoolParams): AdaptiveView {
  const r = resolve(l, p);
  if (!r.ok) throw new Error(r.error.message);
  const input = inputShape(l, p);
  const spatial = input.slice(-l.dims);
  return {
    kind: l.kind,
    dims: l.dims,
    input,
    output: [...input.slice(0, -l.dims), ...r.out],
    windowTotals: spatial.map((L, i) => windowTotal(L, r.out[i])),
    return_indices: p.return_indices === true,
  };
}
