// The counting methods the definitions declare: each quantity is a field of the result.
import type { MethodSpec } from '../core/module.ts';

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count (skipping zero padding)',
  summary: 'What a direct implementation performs when it skips the taps that fall on zero padding: the products on data, and the additions that sum them plus the bias.',
  quantities: [
    { key: 'products_per_filter', label: 'Products per filter T = ∏ T_i', unit: 'multiplications' },
    { key: 'positions_reached', label: 'Positions reached per filter P = ∏ P_i', unit: 'positions' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications' },
    { key: 'additions', label: 'Additions', unit: 'additions' },
    { key: 'macs', label: 'MACs (multiply–accumulates)', unit: 'MACs' },
    { key: 'total_ops', label: 'FLOPs (multiplications + additions)', unit: 'FLOPs' },
  ],
};

export const documentedMethod: MethodSpec = {
  id: 'documented',
  label: 'Documented method (moduleprofiler)',
  summary: 'moduleprofiler’s published formula, reproduced exactly: every kernel tap of every output counted, padding included, plus the channel sums and the bias.',
  quantities: [
    { key: 'filters', label: 'Filters ψ', unit: 'filters' },
    { key: 'ops_per_filter', label: 'Operations per filter λ', unit: 'operations' },
    { key: 'aggregation_ops', label: 'Filter aggregation γ', unit: 'operations' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations' },
  ],
};

export const denseMethod: MethodSpec = {
  id: 'dense',
  label: 'Dense convention (FlopCounterMode, fvcore)',
  summary: 'Every kernel tap of every output counted as one multiply–accumulate, padding included, FLOPs taken as twice the MACs, bias left out.',
  quantities: [
    { key: 'macs', label: 'MACs (= multiplications = additions)', unit: 'MACs' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications' },
    { key: 'additions', label: 'Additions', unit: 'additions' },
    { key: 'total_ops', label: 'FLOPs (2 per MAC)', unit: 'FLOPs' },
  ],
};
