// torch.nn.ReLU: max(0, x) on every element; one comparison each.
import { defineElementwise } from '../elementwise/define.ts';

export interface ReLUParams {
  inplace: boolean;
  input_shape: readonly bigint[];
}

export const definition = defineElementwise<ReLUParams>({
  title: 'ReLU',
  summary: 'The rectified linear unit: every negative element becomes zero, the rest pass unchanged.',
  inplace: true,
  kinds: [{ key: 'comparisons', label: 'Comparisons', unit: 'comparisons', perElement: 1n }],
  exactSummary: 'One comparison with zero per element, which keeps either the element or zero.',
  documented: { perElement: 1n, url: 'https://eagomez2.github.io/moduleprofiler/modules/relu/' },
  date: '2026-12-01',
});
