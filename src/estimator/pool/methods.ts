// The counting methods the pool definitions declare: each quantity is a field of the result.
import type { MethodSpec } from '../core/module.ts';

export const maxExact: MethodSpec = {
  id: 'exact',
  label: 'Exact count (real elements only)',
  summary: 'Each window’s maximum over the real input elements it covers: y − 1 comparisons for y real elements, padding and the ceil_mode overhang never compared.',
  quantities: [
    { key: 'elements_per_plane', label: 'Real elements over all windows of a plane T = ∏ T_i', unit: 'elements', equation: 'eq-pool-window-elements' },
    { key: 'windows_reached', label: 'Windows with a real element per plane P = ∏ P_i', unit: 'windows', equation: 'eq-pool-windows-reached' },
    { key: 'comparisons', label: 'Comparisons', unit: 'comparisons', equation: 'eq-pool-exact' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-pool-exact' },
  ],
};

export const maxDense: MethodSpec = {
  id: 'dense',
  label: 'Dense convention (every window full)',
  summary: 'Every window counted as k elements, padding and overhang included: k − 1 comparisons per output.',
  quantities: [
    { key: 'comparisons', label: 'Comparisons', unit: 'comparisons', equation: 'eq-pool-dense' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-pool-dense' },
  ],
};

export const avgExact: MethodSpec = {
  id: 'exact',
  label: 'Exact count (real elements only)',
  summary: 'Each window’s sum over the real input elements it covers (y − 1 additions; padded zeros are never added), then one division by the divisor PyTorch uses.',
  quantities: [
    { key: 'elements_per_plane', label: 'Real elements over all windows of a plane T = ∏ T_i', unit: 'elements', equation: 'eq-pool-window-elements' },
    { key: 'additions', label: 'Additions', unit: 'additions', equation: 'eq-pool-exact' },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', equation: 'eq-pool-exact' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-pool-exact' },
  ],
};

export const avgDense: MethodSpec = {
  id: 'dense',
  label: 'Dense convention (every window full)',
  summary: 'Every window counted as k elements, padding and overhang included: k − 1 additions and one division per output.',
  quantities: [
    { key: 'additions', label: 'Additions', unit: 'additions', equation: 'eq-pool-dense' },
    { key: 'divisions', label: 'Divisions', unit: 'divisions', equation: 'eq-pool-dense' },
    { key: 'total_ops', label: 'Total operations', unit: 'operations', equation: 'eq-pool-dense' },
  ],
};
