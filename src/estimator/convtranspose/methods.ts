// The counting methods the definitions declare: each quantity is a field of the result.
import type { MethodSpec } from '../core/module.ts';

export const exactMethod: MethodSpec = {
  id: 'exact',
  label: 'Exact count (direct scatter)',
  summary: 'What a direct implementation performs: only the products whose target lies inside the output, and the additions that sum them.',
  quantities: [
    { key: 'products_per_filter', label: 'Products per filter M = ∏ M_i', unit: 'multiplications' },
    { key: 'covered_positions', label: 'Covered positions per filter P = ∏ P_i', unit: 'positions' },
    { key: 'additions_per_filter', label: 'Additions per filter M − P', unit: 'additions' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications' },
    { key: 'additions', label: 'Additions', unit: 'additions' },
    { key: 'macs', label: 'MACs (multiply–accumulates)', unit: 'MACs' },
    { key: 'total_ops', label: 'FLOPs (multiplications + additions)', unit: 'FLOPs' },
  ],
};

export const documentedMethod: MethodSpec = {
  id: 'documented',
  label: 'Documented method (moduleprofiler)',
  summary: 'moduleprofiler’s published method, reproduced exactly, quirks included (its ones probe omits output_padding).',
  quantities: [
    { key: 'filters', label: 'Filters ψ', unit: 'filters' },
    { key: 'additions_per_filter', label: 'Additions per filter (probe sum)', unit: 'additions' },
    { key: 'ops_per_filter', label: 'Operations per filter λ', unit: 'operations' },
    { key: 'aggregation_ops', label: 'Filter aggregation γ', unit: 'operations' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations' },
  ],
};

export const denseMethod: MethodSpec = {
  id: 'dense',
  label: 'Dense convention (FlopCounterMode, fvcore)',
  summary: 'Every tap of every input element counted as a product, FLOPs taken as twice the MACs, bias left out.',
  quantities: [
    { key: 'macs', label: 'MACs (= multiplications = additions)', unit: 'MACs' },
    { key: 'multiplications', label: 'Multiplications', unit: 'multiplications' },
    { key: 'additions', label: 'Additions', unit: 'additions' },
    { key: 'total_ops', label: 'FLOPs (2 per MAC)', unit: 'FLOPs' },
  ],
};
