// moduleprofiler (eagomez2/moduleprofiler): the documented method this site reproduces.
import { estimate } from '../estimate.ts';
import type { ConvTranspose1dParams } from '../params.ts';

/**
 * moduleprofiler 0.0.4 as it behaves: the documented total N·(ψ·λ + γ) (our estimate's
 * documented.total_ops, formula not repeated here), except that for an unbatched (C_in, L_in)
 * input the implementation takes N = C_in (PyTorch's golden records, reference_total_ops), so it
 * reports C_in times the documented total. Null where the ones probe cannot run: the tool then
 * raises PyTorch's "Output size is too small". Above 2^53 the tool's float total is rounded; this
 * value is exact.
 * Source: eagomez2/moduleprofiler src/moduleprofiler/ops.py, _convtranspose1d_ops_fn and
 * _convtranspose1d_filter_addition_ops, commit 071b9f85450a899fce3a20666b78b54a9fbe9b18.
 */
export function moduleprofiler(p: ConvTranspose1dParams): bigint | null {
  const r = estimate(p);
  if (!r.ok || r.documented === null) return null;
  return p.batch === null ? p.in_channels * r.documented.total_ops : r.documented.total_ops;
}
